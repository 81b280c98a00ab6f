/**
 * JSON Schemas (draft 2020-12) of the SDK's facts, decisions and configurations, generated from the model types with
 * victools' jsonschema-generator ({@link io.github.zvhsdk.examples.schema.ZvhSchemas}); printed by {@code zvh schema}.
 * The generator is a dependency of zvh-examples only, never of the library modules.
 */
@NullMarked
package io.github.zvhsdk.examples.schema;

import org.jspecify.annotations.NullMarked;
