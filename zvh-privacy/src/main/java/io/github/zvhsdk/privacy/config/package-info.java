/**
 * The privacy configuration of a house ({@link io.github.zvhsdk.privacy.config.HouseConfig}): the WGS date, the
 * participants per date, the covenants, the reference tables of sharing.md (bound by professional secrecy, entitled to
 * use the BSN) and the retention terms, each entry with its {@link io.github.zvhsdk.privacy.config.Provenance}. The
 * reference profile ({@link io.github.zvhsdk.privacy.config.HouseConfig#reference()}) holds the spec's defaults, every
 * interpreted entry marked as interpretation; a region replaces it through configuration, never by editing code.
 *
 * <p>All types are immutable and thread-safe.
 */
@NullMarked
package io.github.zvhsdk.privacy.config;

import org.jspecify.annotations.NullMarked;
