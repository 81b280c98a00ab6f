package io.github.zvhsdk.rules.escalation;

import io.github.zvhsdk.model.Domain;
import io.github.zvhsdk.model.LifeDomain;
import io.github.zvhsdk.model.LifeDomainStatus;
import io.github.zvhsdk.model.Theme;
import io.github.zvhsdk.model.Venue;
import io.github.zvhsdk.model.rule.Tri;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rules of escalation.md over a compact view of the facts. Leefgebieden are symmetric in these rules, so only
 * the counts of problem and unknown leefgebieden matter; the domains only through "at least two of STRAF, ZORG,
 * GEMEENTE", the themes only through "some theme is one of the house's themes". Pure; package-private.
 */
final class AvePhase {
    private static final Set<Domain> CHAINS = EnumSet.of(Domain.STRAF, Domain.ZORG, Domain.GEMEENTE);

    private AvePhase() {}

    /**
     * The facts as the rules see them.
     *
     * @param signal the signal
     * @param problems leefgebieden known to be a problem
     * @param unknown leefgebieden whose status is still unknown (0 under a {@code NONE} or {@code SUSPICION} signal)
     * @param severalDomains at least two of the three chains are involved; UNKNOWN for an unknown set
     * @param stagnating {@code cooperationStagnating}
     * @param acute {@code acuteSafetyThreat}
     * @param admissible {@code admissible}
     * @param voluntaryHelpFailing {@code voluntaryHelpFailing} (rev. 2)
     * @param houseTheme some theme of the case is one of the house's themes (rev. 2); UNKNOWN for unknown themes
     *     unless the house has no themes
     * @param atHouse {@code currentVenue} is {@code ZVH} (rev. 2: the case stays while it meets the criteria)
     */
    record View(Signal signal, int problems, int unknown, Tri severalDomains, Tri stagnating, Tri acute,
            Tri admissible, Tri voluntaryHelpFailing, Tri houseTheme, boolean atHouse) {
        static View of(EscalationFacts f, Set<Theme> houseThemes) {
            int problems = 0;
            int unknown = 0;
            for (LifeDomain d : LifeDomain.values()) {
                LifeDomainStatus s = effectiveStatus(f, d);
                if (s.isProblem() == Tri.TRUE) {
                    problems++;
                } else if (s.isProblem() == Tri.UNKNOWN) {
                    unknown++;
                }
            }
            Tri several = f.domainsInvolved().map(AvePhase::severalDomains).orElse(Tri.UNKNOWN);
            Tri theme = f.themes().map(ts -> AvePhase.houseTheme(ts, houseThemes))
                    .orElse(houseThemes.isEmpty() ? Tri.FALSE : Tri.UNKNOWN);
            return new View(f.signal(), problems, unknown, several, f.cooperationStagnating(), f.acuteSafetyThreat(),
                    f.admissible(), f.voluntaryHelpFailing(), theme, f.currentVenue().orElse(Venue.LOCAL) == Venue.ZVH);
        }

        /** @return this view with another signal and other counts of problem and unknown leefgebieden */
        View with(Signal s, int p, int u) {
            return new View(s, p, u, severalDomains, stagnating, acute, admissible, voluntaryHelpFailing, houseTheme,
                    atHouse);
        }
    }

    /** A leefgebied's status as the rules read it: under {@code NONE} or {@code SUSPICION} an unassessed one is no problem. */
    static LifeDomainStatus effectiveStatus(EscalationFacts f, LifeDomain d) {
        LifeDomainStatus s = f.lifeDomains().status(d);
        return s == LifeDomainStatus.UNKNOWN && f.signal().deniesProblems() ? LifeDomainStatus.NO_PROBLEM : s;
    }

    /** "Several domains": at least two of {@code STRAF}, {@code ZORG}, {@code GEMEENTE} in a known set. */
    static Tri severalDomains(Set<Domain> domains) {
        return Tri.of(domains.stream().filter(CHAINS::contains).count() >= 2);
    }

    /** "A problem is present" (escalation.md). */
    static Tri problemPresent(View v) {
        if (v.signal() == Signal.PROBLEM || v.problems() > 0) {
            return Tri.TRUE;
        }
        return v.signal().deniesProblems() ? Tri.FALSE : Tri.UNKNOWN;
    }

    /** "House theme" (rev. 2): some theme of the case, a known set, is one of the house's themes. */
    static Tri houseTheme(Set<Theme> themes, Set<Theme> houseThemes) {
        return Tri.of(themes.stream().anyMatch(houseThemes::contains));
    }

    /** "Complex": at least two problem leefgebieden (three-valued count) and several domains. */
    static Tri complex(View v) {
        return Tri.atLeast(2, v.problems(), v.unknown()).and(v.severalDomains());
    }

    /** AVE-PHASE row 4: acute threat, or complex with stalled cooperation. */
    static Tri row4(View v) {
        return v.acute().or(complex(v).and(v.stagnating()));
    }

    /** AVE-PHASE row 3: complex, or a problem with stalled cooperation. */
    static Tri row3(View v) {
        return complex(v).or(problemPresent(v).and(v.stagnating()));
    }

    /** AVE-PHASE row 2: a problem is present. */
    static Tri row2(View v) {
        return problemPresent(v);
    }

    /** @return the value of row {@code phase} (1 always holds) */
    static Tri row(View v, int phase) {
        return switch (phase) {
            case 4 -> row4(v);
            case 3 -> row3(v);
            case 2 -> row2(v);
            case 1 -> Tri.TRUE;
            default -> throw new IllegalArgumentException("phase " + phase);
        };
    }

    /** @return the highest row that is TRUE */
    static int lowest(View v) {
        return lowest(row4(v), row3(v), row2(v));
    }

    /** @return the highest row that is not FALSE */
    static int highest(View v) {
        return highest(row4(v), row3(v), row2(v));
    }

    private static int lowest(Tri row4, Tri row3, Tri row2) {
        return row4 == Tri.TRUE ? 4 : row3 == Tri.TRUE ? 3 : row2 == Tri.TRUE ? 2 : 1;
    }

    private static int highest(Tri row4, Tri row3, Tri row2) {
        return row4 != Tri.FALSE ? 4 : row3 != Tri.FALSE ? 3 : row2 != Tri.FALSE ? 2 : 1;
    }

    /** Phase ≥ 3: row 4 or row 3 holds (TRUE exactly when {@link #lowest} ≥ 3, FALSE when {@link #highest} &lt; 3). */
    static Tri phase3(View v) {
        return row4(v).or(row3(v));
    }

    /**
     * VENUE-LOCAL-UNLESS (rev. 2), TRUE meaning the house: for a case not at the house {@code admissible ∧ phase ≥ 3 ∧
     * (cooperationStagnating ∨ acuteSafetyThreat ∨ voluntaryHelpFailing ∨ house theme)}, for a case at the house
     * {@code admissible ∧ phase ≥ 3}. The spec asks for the exact reading (every completion of the unknown facts); this
     * is the formula in Kleene logic, which gives the same value here: the formula is monotone in every operand, each
     * operand ("complex", "a problem is present", the house theme) is itself exact, and the completions the model
     * allows have a least and a greatest element (EscalationPropertiesTest compares both readings on the whole space).
     */
    static Tri venue(View v) {
        return venue(v, phase3(v));
    }

    private static Tri venue(View v, Tri phase3) {
        Tri grounds = v.atHouse() ? Tri.TRUE
                : v.stagnating().or(v.acute()).or(v.voluntaryHelpFailing()).or(v.houseTheme());
        return v.admissible().and(phase3).and(grounds);
    }

    /** The rules {@link #missing} names the facts of, in its order: the rows 4, 3, 2, the venue, the range. */
    static final int RULES = 5;
    /** Per rule, where its value sits in a {@link #code}: the bit offset and the mask. */
    private static final int[] SHIFT = {0, 2, 4, 6, 8};
    private static final int[] MASK = {3, 3, 3, 3, 63};
    private static final int RULED_OUT = -1;

    /**
     * The values of the five rules, packed: each row's and the venue's {@link Tri} ordinal in two bits, the range as
     * {@code 8 × lowest + highest} in six.
     */
    private static int code(View v) {
        Tri r4 = row4(v);
        Tri r3 = row3(v);
        Tri r2 = row2(v);
        return r4.ordinal() | (r3.ordinal() << 2) | (r2.ordinal() << 4) | (venue(v, r4.or(r3)).ordinal() << 6)
                | ((8 * lowest(r4, r3, r2) + highest(r4, r3, r2)) << 8);
    }

    private static int value(int code, int rule) {
        return (code >> SHIFT[rule]) & MASK[rule];
    }

    /** Whether a rule's value is definite: a row or the venue not UNKNOWN, a range of one phase. */
    private static boolean settled(int code, int rule) {
        int value = value(code, rule);
        return rule == RULES - 1 ? value / 8 == value % 8 : value != Tri.UNKNOWN.ordinal();
    }

    /**
     * The missing facts of the rows 4, 3, 2 of AVE-PHASE, VENUE-LOCAL-UNLESS and the range, by the definition of
     * escalation.md ("Missing facts", rev. 2): a rule whose value is definite misses nothing ("a decision whose phase is
     * a range, or whose venue is UNKNOWN, lists its missing facts"); otherwise a fact is missing when it is unknown and
     * some valid completion of the other unknown facts exists under which two values of it give the rule different
     * outcomes (sharing.md's definition), or when learning it alone (the others left unknown) changes the rule's value.
     * The second clause is needed because {@code NONE} and {@code SUSPICION} constrain the leefgebieden: with an unknown
     * signal the first would never name a leefgebied for "a problem is present", yet an assessed problem settles it.
     * Leefgebieden are symmetric, so one unassessed leefgebied stands for all of them; the other unassessed ones are
     * completed by their count of problems (capped at 2, the most any rule counts). {@code domainsInvolved} is completed
     * by the value of "several domains", {@code themes} by that of "house theme": the only ways the rules read them.
     *
     * @param f the facts, for the names of the unassessed leefgebieden
     * @param v their view
     * @return per rule ({@link #RULES}, in the order above), the missing fact names, sorted
     */
    static List<Set<String>> missing(EscalationFacts f, View v) {
        int now = code(v);
        boolean[] open = new boolean[RULES];
        boolean any = false;
        for (int r = 0; r < RULES; r++) {
            open[r] = !settled(now, r);
            any |= open[r];
        }
        List<Set<String>> result = new ArrayList<>();
        if (!any) {
            for (int r = 0; r < RULES; r++) {
                result.add(Set.of());
            }
            return result;
        }
        Signal[] signals = v.signal() == Signal.UNKNOWN ? new Signal[] {Signal.PROBLEM, Signal.NONE}
                : new Signal[] {v.signal()};
        int[] xs = v.unknown() > 0 ? new int[] {0, 1} : new int[] {0};
        int js = v.unknown() > 0 ? Math.min(v.unknown() - 1, 2) + 1 : 1;
        // slots 3..8 hold the three-valued facts and the atoms of the two sets, in this order
        Tri[][] tris = {candidates(v.severalDomains()), candidates(v.stagnating()), candidates(v.acute()),
            candidates(v.admissible()), candidates(v.voluntaryHelpFailing()), candidates(v.houseTheme())};
        int[] dims = new int[3 + tris.length];
        dims[0] = signals.length;
        dims[1] = xs.length;
        dims[2] = js;
        int total = signals.length * xs.length * js;
        for (int i = 0; i < tris.length; i++) {
            dims[3 + i] = tris[i].length;
            total *= tris[i].length;
        }
        // every completion, evaluated once
        int[] codes = new int[total];
        int[] idx = new int[dims.length];
        for (int n = 0; n < total; n++) {
            decode(n, dims, idx);
            Signal s = signals[idx[0]];
            int problems = v.problems() + xs[idx[1]] + idx[2];
            codes[n] = s.deniesProblems() && problems > 0 ? RULED_OUT
                    : code(new View(s, problems, 0, tris[0][idx[3]], tris[1][idx[4]], tris[2][idx[5]],
                            tris[3][idx[6]], tris[4][idx[7]], tris[5][idx[8]], v.atHouse()));
        }
        List<String> leefNames = new ArrayList<>();
        for (LifeDomain d : LifeDomain.values()) {
            if (effectiveStatus(f, d) == LifeDomainStatus.UNKNOWN) {
                leefNames.add("lifeDomains." + d.name());
            }
        }
        // slot index of each fact: 0 signal, 1 a leefgebied (slot 2 completes the others), 3..8 the others
        int[] factSlots = {0, 1, 3, 4, 5, 6, 7, 8};
        List<List<String>> factNames = List.of(List.of("signal"), leefNames, List.of("domainsInvolved"),
                List.of("cooperationStagnating"), List.of("acuteSafetyThreat"), List.of("admissible"),
                List.of("voluntaryHelpFailing"), List.of("themes"));
        for (int r = 0; r < RULES; r++) {
            Set<String> out = new TreeSet<>();
            for (int i = 0; open[r] && i < factSlots.length; i++) {
                int slot = factSlots[i];
                // "learning it alone" is asked of the signal and the leefgebieden only: for the unconstrained facts
                // it implies "two values differ under a completion" (checked on the whole space, see
                // .ci/pit-equivalent.md; EscalationMissingOracleTest asks both clauses of every fact)
                if (dims[slot] > 1 && (relevant(codes, dims, slot, r) || i <= 1 && changesAlone(v, i, now, r))) {
                    out.addAll(factNames.get(i));
                }
            }
            result.add(out);
        }
        return result;
    }

    /** Whether two values of {@code slot} give rule {@code rule} different values with every other slot fixed, for some completion. */
    private static boolean relevant(int[] codes, int[] dims, int slot, int rule) {
        int stride = 1;
        for (int i = slot + 1; i < dims.length; i++) {
            stride *= dims[i];
        }
        for (int n = 0; n < codes.length; n++) {
            int digit = (n / stride) % dims[slot];
            if (digit != 0 || codes[n] == RULED_OUT) {
                continue;
            }
            int base = value(codes[n], rule);
            for (int other = 1; other < dims[slot]; other++) {
                int o = codes[n + other * stride];
                if (o != RULED_OUT && value(o, rule) != base) {
                    return true;
                }
            }
        }
        // a ruled-out base needs no second pass: a completion is ruled out only by a signal that denies problems with
        // a problem counted, and every slot's base value is the one least likely to be ruled out (signal PROBLEM, no
        // extra problem; the other facts do not rule anything out), so when the base is ruled out, so is every other
        // value of its slot
        return false;
    }

    /**
     * Whether learning fact {@code fact} alone (0 the signal, 1 a leefgebied: the facts the model constrains) changes
     * the value of rule {@code rule}, whose value is {@code value(now, rule)}.
     */
    private static boolean changesAlone(View v, int fact, int now, int rule) {
        List<View> refined = new ArrayList<>();
        if (fact == 0) {
            refined.add(v.with(Signal.PROBLEM, v.problems(), v.unknown()));
            if (v.problems() == 0) {
                refined.add(v.with(Signal.NONE, 0, 0));
            }
        } else {
            refined.add(v.with(v.signal(), v.problems() + 1, v.unknown() - 1));
            refined.add(v.with(v.signal(), v.problems(), v.unknown() - 1));
        }
        for (View x : refined) {
            if (value(code(x), rule) != value(now, rule)) {
                return true;
            }
        }
        return false;
    }

    private static void decode(int n, int[] dims, int[] idx) {
        for (int i = dims.length - 1; i >= 0; i--) {
            idx[i] = n % dims[i];
            n /= dims[i];
        }
    }

    private static Tri[] candidates(Tri t) {
        return t == Tri.UNKNOWN ? new Tri[] {Tri.TRUE, Tri.FALSE} : new Tri[] {t};
    }
}
