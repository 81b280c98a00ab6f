package io.github.zvhsdk.rules.escalation;

import io.github.zvhsdk.model.Domain;
import io.github.zvhsdk.model.LifeDomain;
import io.github.zvhsdk.model.LifeDomainAssessment;
import io.github.zvhsdk.model.LifeDomainStatus;
import io.github.zvhsdk.model.Theme;
import io.github.zvhsdk.model.Venue;
import io.github.zvhsdk.model.rule.Tri;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The escalation input space, in two parts, each up to the symmetry of leefgebieden.
 *
 * <p>The <b>phase space</b> ({@link #all()}): every signal, every count of problem / unknown / no-problem leefgebieden,
 * every subset of {@link Domain} and the unknown set, every tri-state of cooperationStagnating, acuteSafetyThreat and
 * admissible; voluntaryHelpFailing and themes unknown, {@link #AS_OF}. The phase reads nothing else, so it is complete
 * for the phase.
 *
 * <p>The <b>venue space</b> ({@link #venueSpace()}, rev. 2): every signal; the leefgebied counts with at most three
 * problem or unknown leefgebieden (the rules count to two: "a problem" and "at least two", so these reach every value
 * of every count, and refining an unknown leefgebied stays inside); the domain sets that give each value of "at least
 * two of STRAF, ZORG, GEMEENTE" (unknown, none, one chain with OVERIG, two chains); every tri-state of the four flags
 * (voluntaryHelpFailing among them); the representative theme sets {@link #THEME_SETS} (unknown, none, a house theme
 * on every date, radicalisation, a theme that is never the house's, and a house theme with another); and both sides
 * of 2025-07-01, the date the reference house themes lose radicalisation.
 *
 * <p>Built afresh for each test class; each point is evaluated through the public API.
 */
final class EscalationSpace {
    static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);
    /** The last day on which the reference house themes include radicalisation, and the first on which they do not. */
    static final List<LocalDate> DATES = List.of(LocalDate.of(2025, 6, 30), LocalDate.of(2025, 7, 1));
    static final Tri[] TRIS = Tri.values();
    /** −1 is the unknown set; 0..15 a bitmask over {@link Domain#values()}. */
    static final int UNKNOWN_DOMAINS = -1;
    /** The domain sets of the venue space: unknown, none, {STRAF, OVERIG} (one chain), {ZORG, GEMEENTE} (two). */
    static final int[] VENUE_DOMAINS = {UNKNOWN_DOMAINS, 0, 1 | 8, 2 | 4};
    /**
     * The theme sets of the venue space, by index: 0 unknown, 1 none, 2 {@code VERWARD_GEDRAG_HOOG_RISICO} (a reference
     * house theme on every date), 3 {@code RADICALISERING_EXTREMISME} (one before 2025-07-01 only), 4 {@code JEUGD}
     * (never a reference house theme), 5 {@code VERWARD_GEDRAG_HOOG_RISICO} with {@code JEUGD}.
     */
    static final List<Optional<Set<Theme>>> THEME_SETS = List.of(Optional.empty(), Optional.of(Set.of()),
            Optional.of(Set.of(Theme.VERWARD_GEDRAG_HOOG_RISICO)), Optional.of(Set.of(Theme.RADICALISERING_EXTREMISME)),
            Optional.of(Set.of(Theme.JEUGD)), Optional.of(Set.of(Theme.VERWARD_GEDRAG_HOOG_RISICO, Theme.JEUGD)));
    static final int UNKNOWN_THEMES = 0;
    /** The number of flags: cooperationStagnating, acuteSafetyThreat, admissible, voluntaryHelpFailing. */
    static final int FLAGS = 4;

    /** One point of the space. */
    record Input(Signal signal, int problems, int unknown, int domains, Tri stagnating, Tri acute, Tri admissible,
            Tri voluntaryHelpFailing, int themes, LocalDate asOf) {
        int noProblem() {
            return 12 - problems - unknown;
        }

        boolean valid() {
            return !(signal.deniesProblems() && problems > 0);
        }

        EscalationFacts facts(Optional<Integer> currentPhase, Optional<Venue> currentVenue) {
            LifeDomain[] ds = LifeDomain.values();
            LifeDomainAssessment a = LifeDomainAssessment.unknown();
            for (int i = 0; i < 12; i++) {
                if (i < problems) {
                    a = a.with(ds[i], i % 2 == 0 ? LifeDomainStatus.PROBLEM : LifeDomainStatus.CRIMINOGENIC);
                } else if (i >= problems + unknown) {
                    a = a.with(ds[i], LifeDomainStatus.NO_PROBLEM);
                }
            }
            return EscalationFacts.builder().signal(signal).lifeDomains(a).domainsInvolved(domainSet(domains))
                    .cooperationStagnating(stagnating).acuteSafetyThreat(acute).admissible(admissible)
                    .voluntaryHelpFailing(voluntaryHelpFailing).themes(THEME_SETS.get(themes))
                    .currentPhase(currentPhase).currentVenue(currentVenue).build();
        }

        Input with(Signal s) {
            return new Input(s, problems, unknown, domains, stagnating, acute, admissible, voluntaryHelpFailing, themes,
                    asOf);
        }

        Input withCounts(int p, int u) {
            return new Input(signal, p, u, domains, stagnating, acute, admissible, voluntaryHelpFailing, themes, asOf);
        }

        Input withDomains(int d) {
            return new Input(signal, problems, unknown, d, stagnating, acute, admissible, voluntaryHelpFailing, themes,
                    asOf);
        }

        Input withThemes(int t) {
            return new Input(signal, problems, unknown, domains, stagnating, acute, admissible, voluntaryHelpFailing, t,
                    asOf);
        }

        /** @param flag 0 cooperationStagnating, 1 acuteSafetyThreat, 2 admissible, 3 voluntaryHelpFailing */
        Input withFlag(int flag, Tri t) {
            return new Input(signal, problems, unknown, domains, flag == 0 ? t : stagnating, flag == 1 ? t : acute,
                    flag == 2 ? t : admissible, flag == 3 ? t : voluntaryHelpFailing, themes, asOf);
        }

        Tri flag(int flag) {
            return switch (flag) {
                case 0 -> stagnating;
                case 1 -> acute;
                case 2 -> admissible;
                default -> voluntaryHelpFailing;
            };
        }
    }

    static Optional<Set<Domain>> domainSet(int mask) {
        if (mask == UNKNOWN_DOMAINS) {
            return Optional.empty();
        }
        Set<Domain> s = EnumSet.noneOf(Domain.class);
        for (Domain d : Domain.values()) {
            if ((mask & (1 << d.ordinal())) != 0) {
                s.add(d);
            }
        }
        return Optional.of(s);
    }

    /** Every point of the phase space, valid or not. */
    static List<Input> all() {
        List<Input> out = new ArrayList<>();
        for (Signal s : Signal.values()) {
            for (int p = 0; p <= 12; p++) {
                for (int u = 0; p + u <= 12; u++) {
                    for (int d = UNKNOWN_DOMAINS; d < 16; d++) {
                        for (Tri c : TRIS) {
                            for (Tri a : TRIS) {
                                for (Tri m : TRIS) {
                                    out.add(new Input(s, p, u, d, c, a, m, Tri.UNKNOWN, UNKNOWN_THEMES, AS_OF));
                                }
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Every valid point of the venue space. */
    static List<Input> venueSpace() {
        List<Input> out = new ArrayList<>();
        for (Signal s : Signal.values()) {
            for (int p = 0; p <= 3; p++) {
                for (int u = 0; p + u <= 3; u++) {
                    for (int d : VENUE_DOMAINS) {
                        for (Tri c : TRIS) {
                            for (Tri a : TRIS) {
                                for (Tri m : TRIS) {
                                    for (Tri h : TRIS) {
                                        for (int t = 0; t < THEME_SETS.size(); t++) {
                                            for (LocalDate date : DATES) {
                                                Input in = new Input(s, p, u, d, c, a, m, h, t, date);
                                                if (in.valid()) {
                                                    out.add(in);
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * Every valid point's decision (no current phase, no current venue). Computed afresh on each call and never cached
     * in a static field: PIT runs many mutants in one JVM, and a cache filled under the first mutant would judge the
     * later ones by that mutant's decisions (call it from {@code @BeforeAll}, which runs once per test-class run).
     */
    static Map<Input, EscalationDecision> decisions() {
        List<Input> valid = new ArrayList<>();
        for (Input in : all()) {
            if (in.valid()) {
                valid.add(in);
            }
        }
        return decisions(valid, Optional.empty(), EscalationConfig.defaults());
    }

    /** The decisions of the given points, with a current venue (no current phase) and a configuration. */
    static Map<Input, EscalationDecision> decisions(List<Input> points, Optional<Venue> currentVenue,
            EscalationConfig config) {
        Map<Input, EscalationDecision> m = new HashMap<>();
        for (Input in : points) {
            m.put(in, Escalation.assess(in.facts(Optional.empty(), currentVenue), config, in.asOf()));
        }
        return Collections.unmodifiableMap(m);
    }

    private EscalationSpace() {}
}
