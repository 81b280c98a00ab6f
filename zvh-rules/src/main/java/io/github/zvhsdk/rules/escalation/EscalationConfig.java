package io.github.zvhsdk.rules.escalation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.zvhsdk.model.Theme;
import io.github.zvhsdk.model.Violations;
import io.github.zvhsdk.model.ZvhStyle;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The configuration of an escalation determination: the responsibilities template ({@code AVE-ROLES}) and (rev. 2)
 * the house's themes ({@code VENUE-LOCAL-UNLESS}). JSON: {@code {"responsibilities": {...}, "houseThemes": [...]}};
 * an empty object gives the reference defaults; an unknown key is refused.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ZvhStyle
@JsonSerialize(as = ImmutableEscalationConfig.class)
@JsonDeserialize(as = ImmutableEscalationConfig.class)
public interface EscalationConfig {
    /**
     * The first day on which the reference house themes leave out {@link Theme#RADICALISERING_EXTREMISME}: from then a
     * suspected radicalisation case goes to the radicalisation case consultation (SRC-WGS art. 2.31 lid 13, in the
     * versions of the WGS from 2025-07-01). A fixed date, not moved by a configured WGS date.
     */
    LocalDate RADICALISATION_CONSULTATION_DATE = LocalDate.of(2025, 7, 1);

    /** @return the responsibilities per phase; the spec's reference table unless replaced */
    @Value.Default
    default ResponsibilityTemplate responsibilities() {
        return ResponsibilityTemplate.reference();
    }

    /**
     * (rev. 2) The house's themes: the target groups whose procesregie the house holds (SRC-MJA2124 §3.1.2-3.1.3), so
     * that an admissible case of phase 3 or higher with one of these themes belongs at the house even while local
     * cooperation works. A configured set applies on every date; {@code []} is a house without such themes.
     *
     * @return the configured themes; empty when not configured, and then {@link #houseThemesOn(LocalDate)} gives the
     *     reference
     */
    Optional<Set<Theme>> houseThemes();

    /**
     * The house's themes that apply on a date: the configured {@link #houseThemes()}, or else the reference
     * {@link Theme#VERWARD_GEDRAG_HOOG_RISICO} and, before {@link #RADICALISATION_CONSULTATION_DATE},
     * {@link Theme#RADICALISERING_EXTREMISME}.
     *
     * @param asOf the reference date; never null
     * @return the themes, unmodifiable, in {@link Theme} order; never null
     * @throws NullPointerException when {@code asOf} is null
     */
    default Set<Theme> houseThemesOn(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return houseThemes().orElseGet(() -> asOf.isBefore(RADICALISATION_CONSULTATION_DATE)
                ? ReferenceTemplate.HOUSE_THEMES_BEFORE_CONSULTATION : ReferenceTemplate.HOUSE_THEMES);
    }

    /** @return the reference configuration */
    static EscalationConfig defaults() {
        return ReferenceTemplate.DEFAULT_CONFIG;
    }

    /** @return a new builder */
    static ImmutableEscalationConfig.Builder builder() {
        return ImmutableEscalationConfig.builder();
    }

    /**
     * Checks every constraint at once, and keeps an unmodifiable copy of {@link #houseThemes()}.
     *
     * @return this configuration, or a copy whose theme set is unmodifiable
     */
    @Value.Check
    default EscalationConfig check() {
        boolean nullTheme = houseThemes().map(ts -> ts.stream().anyMatch(Objects::isNull)).orElse(false);
        Violations.of(this, "EscalationConfig")
                .require(responsibilities() != null, "responsibilities", "MODEL-REQUIRED",
                        "may not be null: leave it out for the reference template (AVE-ROLES)")
                .require(!nullTheme, "houseThemes", "MODEL-REQUIRED",
                        "an element is null; each element is one of " + Arrays.toString(Theme.values()))
                .throwIfAny();
        if (houseThemes().isPresent() && !(houseThemes().get() instanceof EnumSetCopy<?>)) {
            return ImmutableEscalationConfig.copyOf(this).withHouseThemes(EnumSetCopy.copyOf(Theme.class,
                    houseThemes().get()));
        }
        return this;
    }
}
