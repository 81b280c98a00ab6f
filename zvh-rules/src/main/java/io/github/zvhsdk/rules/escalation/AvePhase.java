package io.github.zvhsdk.rules.escalation;

import io.github.zvhsdk.model.Domain;
import io.github.zvhsdk.model.LifeDomain;
import io.github.zvhsdk.model.LifeDomainStatus;
import io.github.zvhsdk.model.rule.Tri;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The rules of escalation.md over a compact view of the facts. Leefgebieden are symmetric in these rules, so only
 * the counts of problem and unknown leefgebieden matter; the domains only through "at least two of STRAF, ZORG,
 * GEMEENTE". Pure; package-private.
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
     */
    record View(Signal signal, int problems, int unknown, Tri severalDomains, Tri stagnating, Tri acute,
            Tri admissible) {
        static View of(EscalationFacts f) {
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
            return new View(f.signal(), problems, unknown, several, f.cooperationStagnating(), f.acuteSafetyThreat(),
                    f.admissible());
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
        for (int p = 4; p > 1; p--) {
            if (row(v, p) == Tri.TRUE) {
                return p;
            }
        }
        return 1;
    }

    /** @return the highest row that is not FALSE */
    static int highest(View v) {
        for (int p = 4; p > 1; p--) {
            if (row(v, p) != Tri.FALSE) {
                return p;
            }
        }
        return 1;
    }

    /**
     * VENUE-LOCAL-UNLESS in its read-once form: {@code admissible ∧ (acuteSafetyThreat ∨ (cooperationStagnating ∧ a
     * problem is present))}, TRUE meaning the house.
     */
    static Tri atHouse(View v) {
        return v.admissible().and(v.acute().or(v.stagnating().and(problemPresent(v))));
    }

    /**
     * The missing facts of several rules at once, by the definition sharing.md gives and the model's
     * {@code RefusalRule} applies: when a rule's value is not definite, a fact is missing when it is unknown and some
     * definite values of the other unknown facts exist under which two values of this fact give the rule different
     * definite outcomes. Because {@code NONE} and {@code SUSPICION} constrain the leefgebieden, that definition alone
     * would never name a leefgebied for "a problem is present" while the signal is unknown; so a fact is also missing
     * when learning it alone changes the rule's value (an assessed problem settles that row). Leefgebieden are symmetric, so one unassessed leefgebied stands for all of them; the other
     * unassessed ones are completed by their count of problems (capped at 2, the most any rule counts).
     *
     * @param f the facts, for the names of the unassessed leefgebieden
     * @param v their view
     * @param rules the rules (a rule's value, or the range of phases); never null
     * @return per rule, the missing fact names, sorted; empty for a rule whose value is definite
     */
    static List<Set<String>> missing(EscalationFacts f, View v, List<Function<View, ?>> rules) {
        Signal[] signals = v.signal() == Signal.UNKNOWN ? new Signal[] {Signal.PROBLEM, Signal.NONE}
                : new Signal[] {v.signal()};
        int[] xs = v.unknown() > 0 ? new int[] {0, 1} : new int[] {0};
        int js = v.unknown() > 0 ? Math.min(v.unknown() - 1, 2) + 1 : 1;
        Tri[] ds = candidates(v.severalDomains());
        Tri[] cs = candidates(v.stagnating());
        Tri[] as = candidates(v.acute());
        Tri[] ms = candidates(v.admissible());
        int[] dims = {signals.length, xs.length, js, ds.length, cs.length, as.length, ms.length};
        int total = 1;
        for (int d : dims) {
            total *= d;
        }
        // every completion, evaluated once per rule; null marks a completion the input rules out
        Object[][] outcome = new Object[rules.size()][total];
        int[] idx = new int[dims.length];
        for (int n = 0; n < total; n++) {
            decode(n, dims, idx);
            Signal s = signals[idx[0]];
            int problems = v.problems() + xs[idx[1]] + idx[2];
            if (s.deniesProblems() && problems > 0) {
                continue;
            }
            View c = new View(s, problems, 0, ds[idx[3]], cs[idx[4]], as[idx[5]], ms[idx[6]]);
            for (int r = 0; r < rules.size(); r++) {
                outcome[r][n] = rules.get(r).apply(c);
            }
        }
        List<String> leefNames = new ArrayList<>();
        for (LifeDomain d : LifeDomain.values()) {
            if (effectiveStatus(f, d) == LifeDomainStatus.UNKNOWN) {
                leefNames.add("lifeDomains." + d.name());
            }
        }
        // slot index of each fact: 0 signal, 1 a leefgebied (slot 2 completes the others), 3..6 the tri facts
        int[] factSlots = {0, 1, 3, 4, 5, 6};
        List<List<String>> factNames = List.of(List.of("signal"), leefNames, List.of("domainsInvolved"),
                List.of("cooperationStagnating"), List.of("acuteSafetyThreat"), List.of("admissible"));
        List<Set<String>> result = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            Set<String> out = new TreeSet<>();
            for (int i = 0; i < factSlots.length; i++) {
                int slot = factSlots[i];
                // "learning it alone" is asked of the signal and the leefgebieden only: for the unconstrained tri
                // facts it implies "two values differ under a completion" (checked on the whole space, see
                // .ci/pit-equivalent.md; EscalationMissingOracleTest asks both clauses of every fact)
                if (dims[slot] > 1 && (relevant(outcome[r], dims, slot) || i <= 1 && changesAlone(v, i, rules.get(r)))) {
                    out.addAll(factNames.get(i));
                }
            }
            result.add(out);
        }
        return result;
    }

    /** Whether two values of {@code slot} give different outcomes with every other slot fixed, for some completion. */
    private static boolean relevant(Object[] outcome, int[] dims, int slot) {
        int stride = 1;
        for (int i = slot + 1; i < dims.length; i++) {
            stride *= dims[i];
        }
        for (int n = 0; n < outcome.length; n++) {
            int digit = (n / stride) % dims[slot];
            if (digit != 0 || outcome[n] == null) {
                continue;
            }
            for (int other = 1; other < dims[slot]; other++) {
                Object o = outcome[n + other * stride];
                if (o != null && !o.equals(outcome[n])) {
                    return true;
                }
            }
        }
        // a ruled-out base (null) needs no second pass: a completion is ruled out only by a signal that denies
        // problems with a problem counted, and every slot's base value is the one least likely to be ruled out
        // (signal PROBLEM, no extra problem; the tri facts do not rule anything out), so when the base is ruled
        // out, so is every other value of its slot
        return false;
    }

    /**
     * Whether learning fact {@code fact} alone (0 the signal, 1 a leefgebied: the facts the model constrains) changes
     * the value.
     */
    private static boolean changesAlone(View v, int fact, Function<View, ?> rule) {
        Object now = rule.apply(v);
        List<View> refined = new ArrayList<>();
        if (fact == 0) {
            refined.add(new View(Signal.PROBLEM, v.problems(), v.unknown(), v.severalDomains(), v.stagnating(),
                    v.acute(), v.admissible()));
            if (v.problems() == 0) {
                refined.add(new View(Signal.NONE, 0, 0, v.severalDomains(), v.stagnating(), v.acute(),
                        v.admissible()));
            }
        } else {
            refined.add(new View(v.signal(), v.problems() + 1, v.unknown() - 1, v.severalDomains(), v.stagnating(),
                    v.acute(), v.admissible()));
            refined.add(new View(v.signal(), v.problems(), v.unknown() - 1, v.severalDomains(), v.stagnating(),
                    v.acute(), v.admissible()));
        }
        for (View x : refined) {
            if (!rule.apply(x).equals(now)) {
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

    /** @return the range as a comparable value */
    static List<Integer> range(View v) {
        return List.of(lowest(v), highest(v));
    }
}
