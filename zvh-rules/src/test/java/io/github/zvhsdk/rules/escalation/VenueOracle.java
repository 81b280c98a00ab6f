package io.github.zvhsdk.rules.escalation;

import io.github.zvhsdk.model.Domain;
import io.github.zvhsdk.model.Theme;
import io.github.zvhsdk.model.rule.Tri;
import io.github.zvhsdk.rules.escalation.EscalationSpace.Input;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * VENUE-LOCAL-UNLESS in the exact sense of escalation.md (rev. 2), written from the spec alone and independent of
 * {@code AvePhase}: the venue of every completion of the unknown facts, each decided by the spec's formula in plain
 * two-valued logic; {@code ZVH} when every completion gives {@code ZVH}, {@code LOCAL} when every one gives
 * {@code LOCAL}, {@code UNKNOWN} otherwise.
 *
 * <p>Completions: every definite signal ({@code NONE} and {@code SUSPICION} only while no leefgebied is a problem, and
 * then every unassessed leefgebied reads as no problem), every number of the unassessed leefgebieden that are a
 * problem (the rules count leefgebieden, so which ones does not matter), every value of the flags, every value of
 * "at least two of STRAF, ZORG, GEMEENTE" that some domain set gives, and every value of "house theme" that some set of
 * {@link Theme} gives (all 1,024 sets, enumerated once per set of house themes). Not thread-safe (it caches).
 */
final class VenueOracle {
    private final Map<Set<Theme>, Boolean> houseThemeCanBeFalse = new HashMap<>();
    private final Map<Set<Theme>, Boolean> houseThemeCanBeTrue = new HashMap<>();

    /**
     * @param in the facts
     * @param atHouse whether {@code currentVenue} is {@code ZVH}
     * @param houseThemes the house's themes on the date
     * @return the exact venue
     */
    EscalationVenue venue(Input in, boolean atHouse, Set<Theme> houseThemes) {
        boolean[] seen = new boolean[2];
        Signal[] signals = in.signal() == Signal.UNKNOWN ? new Signal[] {Signal.NONE, Signal.SUSPICION, Signal.PROBLEM}
                : new Signal[] {in.signal()};
        boolean[] several = values(in.domains() == EscalationSpace.UNKNOWN_DOMAINS ? null : chains(in.domains()) >= 2,
                true, true);
        Optional<Set<Theme>> themes = EscalationSpace.THEME_SETS.get(in.themes());
        boolean[] theme = themes.isPresent() ? new boolean[] {themes.get().stream().anyMatch(houseThemes::contains)}
                : values(null, canBe(houseThemes, false), canBe(houseThemes, true));
        for (Signal s : signals) {
            for (int extra = 0; extra <= in.unknown(); extra++) {
                int problems = in.problems() + extra;
                if (s.deniesProblems() && problems > 0) {
                    continue;
                }
                for (boolean d : several) {
                    for (boolean stag : tri(in.stagnating())) {
                        for (boolean acute : tri(in.acute())) {
                            for (boolean adm : tri(in.admissible())) {
                                for (boolean vhf : tri(in.voluntaryHelpFailing())) {
                                    for (boolean t : theme) {
                                        boolean problem = s == Signal.PROBLEM || problems >= 1;
                                        boolean complex = problems >= 2 && d;
                                        boolean row4 = acute || (complex && stag);
                                        boolean row3 = complex || (problem && stag);
                                        boolean grounds = atHouse || stag || acute || vhf || t;
                                        seen[adm && (row4 || row3) && grounds ? 1 : 0] = true;
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return seen[0] && seen[1] ? EscalationVenue.UNKNOWN : seen[1] ? EscalationVenue.ZVH : EscalationVenue.LOCAL;
    }

    private static long chains(int mask) {
        Set<Domain> chains = EnumSet.of(Domain.STRAF, Domain.ZORG, Domain.GEMEENTE);
        return EscalationSpace.domainSet(mask).orElseThrow().stream().filter(chains::contains).count();
    }

    /** The values a fact can take: its known value, or those of {@code canBeFalse} and {@code canBeTrue}. */
    private static boolean[] values(Boolean known, boolean canBeFalse, boolean canBeTrue) {
        if (known != null) {
            return new boolean[] {known};
        }
        if (canBeFalse && canBeTrue) {
            return new boolean[] {false, true};
        }
        return new boolean[] {canBeTrue};
    }

    private static boolean[] tri(Tri t) {
        return t == Tri.UNKNOWN ? new boolean[] {false, true} : new boolean[] {t == Tri.TRUE};
    }

    /** Whether some set of themes has (or has not) one of the house's themes: every set of Theme, once per house. */
    private boolean canBe(Set<Theme> houseThemes, boolean value) {
        Map<Set<Theme>, Boolean> cache = value ? houseThemeCanBeTrue : houseThemeCanBeFalse;
        return cache.computeIfAbsent(houseThemes, h -> {
            Theme[] all = Theme.values();
            for (int mask = 0; mask < 1 << all.length; mask++) {
                boolean has = false;
                for (int i = 0; i < all.length; i++) {
                    has |= (mask & (1 << i)) != 0 && h.contains(all[i]);
                }
                if (has == value) {
                    return true;
                }
            }
            return false;
        });
    }
}
