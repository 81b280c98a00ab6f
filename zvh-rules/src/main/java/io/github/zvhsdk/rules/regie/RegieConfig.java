package io.github.zvhsdk.rules.regie;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.zvhsdk.model.ZvhStyle;
import org.immutables.value.Value;

/**
 * The configuration of a regie decision: the ordered casusregie policy. JSON: {@code {"casusPolicy": {...}}}; an
 * empty object gives the reference policy; an unknown key is refused.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ZvhStyle
@JsonSerialize(as = ImmutableRegieConfig.class)
@JsonDeserialize(as = ImmutableRegieConfig.class)
public interface RegieConfig {
    /** @return the casusregie policy; the spec's reference list unless replaced */
    @Value.Default
    default CasusPolicy casusPolicy() {
        return CasusPolicy.reference();
    }

    /** @return the reference configuration */
    static RegieConfig defaults() {
        return ReferencePolicy.CONFIG;
    }

    /** @return a new builder */
    static ImmutableRegieConfig.Builder builder() {
        return ImmutableRegieConfig.builder();
    }
}
