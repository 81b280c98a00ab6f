/**
 * The SDK's strict JSON configuration ({@link io.github.zvhsdk.model.json.ZvhJson}): unknown properties, wrong types,
 * unknown enum tokens and malformed dates are refused with an {@link io.github.zvhsdk.model.InvalidInputException}
 * naming the JSON path, the offending token and the allowed values.
 */
@NullMarked
package io.github.zvhsdk.model.json;

import org.jspecify.annotations.NullMarked;
