package io.github.zvhsdk.privacy.config;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.zvhsdk.model.Bsn;
import io.github.zvhsdk.model.Violations;
import io.github.zvhsdk.model.ZvhStyle;
import io.github.zvhsdk.model.rule.Citation;
import io.github.zvhsdk.model.rule.SourceId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a configured entry comes from: the source and section it rests on, whether it is an interpretation (a
 * reference policy or an [open] point filled in) rather than the letter of a source, and when it was last checked.
 * Every entry of a {@link HouseConfig} carries one, so that a decision can always say what it rested on.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ZvhStyle
@JsonSerialize(as = ImmutableProvenance.class)
@JsonDeserialize(as = ImmutableProvenance.class)
public interface Provenance {
    /** @return the source the entry rests on; required */
    @NotNull
    SourceId source();

    /** @return the section, article or paragraph of the source; empty when none; never null */
    @Value.Default
    @Size(max = 200)
    default String section() {
        return "";
    }

    /** @return true when the entry is an interpretation rather than the letter of the source; required */
    @NotNull
    Boolean interpretation();

    /** @return the date the entry was last checked against its source; empty when never */
    Optional<LocalDate> checkedOn();

    /** @return a short note on the reading taken (configuration text, never personal data); empty when none */
    Optional<@Size(max = 500) String> note();

    /** @return the provenance as a citation of its source and section */
    default Citation citation() {
        return Citation.of(source(), section());
    }

    /** @return a new builder */
    static ImmutableProvenance.Builder builder() {
        return ImmutableProvenance.builder();
    }

    /**
     * @param source the source; never null
     * @param section the section; never null
     * @param note the reading taken; never null
     * @return an entry marked as interpretation
     */
    static Provenance interpretation(SourceId source, String section, String note) {
        return builder().source(source).section(section).interpretation(true).note(note).build();
    }

    /** Checks every constraint at once. */
    @Value.Check
    default void check() {
        Violations.of(this, "Provenance")
                .require(!Bsn.mayAppearIn(section()), "section", "MODEL-BSN",
                        "must not hold a run of 8 or more digits (it could be a BSN)")
                .require(!note().map(Bsn::mayAppearIn).orElse(false), "note", "MODEL-BSN",
                        "must not hold a run of 8 or more digits (it could be a BSN)")
                .throwIfAny();
    }
}
