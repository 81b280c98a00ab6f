package io.github.zvhsdk.rules.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zvhsdk.model.LifeDomain;
import io.github.zvhsdk.model.LifeDomainAssessment;
import io.github.zvhsdk.model.LifeDomainStatus;
import io.github.zvhsdk.model.rule.Tri;
import io.github.zvhsdk.rules.escalation.EscalationSpace.Input;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The missing facts of AVE-PHASE-4/3/2, VENUE-LOCAL-UNLESS and the phase range, against their definition evaluated by
 * brute force over the real facts: every unknown fact separately (each unassessed leefgebied on its own, with
 * {@code CRIMINOGENIC} among its values), every definite value of every other unknown fact (all 16 domain sets, all
 * three definite signals), and the decisions of complete facts as the only rule evaluations. A fact is missing for a
 * rule when it is unknown and either (a) two of its values give different outcomes under some completion of the
 * other unknown facts (sharing.md's definition), or (b) learning it alone changes the rule's value (AvePhase's
 * Javadoc: under an unknown signal, (a) alone would never name a leefgebied for "a problem is present").
 *
 * <p>The implementation ({@code AvePhase.missing}) reasons over counts of leefgebieden with a cap; this oracle does
 * neither. Inputs: a seeded sample of the space with at most three unassessed leefgebieden (three is one more than
 * the cap), plus every input with a ruled-out completion that matters; coverage of both clauses is asserted.
 */
@DisplayName("AVE missing facts: the definition, brute force over real facts, agrees with the decision")
class EscalationMissingOracleTest {
    private static final LifeDomain[] LEEF = LifeDomain.values();
    private static final Signal[] DEFINITE_SIGNALS = {Signal.NONE, Signal.SUSPICION, Signal.PROBLEM};
    private static final LifeDomainStatus[] DEFINITE_STATUS = {LifeDomainStatus.NO_PROBLEM, LifeDomainStatus.PROBLEM,
            LifeDomainStatus.CRIMINOGENIC};
    private static final Tri[] DEFINITE_TRI = {Tri.TRUE, Tri.FALSE};
    /** The rules compared: the three phase rows, the venue, the range (index 4). */
    private static final int RULES = 5;

    /** The decision's values on one set of facts, per rule: rows 4, 3, 2, venue, then the range. */
    private record Outcome(List<Object> values) {}

    /** A fact a partial input leaves unknown, and the values it can take. */
    private record Unknown(String name, int kind, int index, int values) {}

    private static final int SIGNAL = 0;
    private static final int LEEFGEBIED = 1;
    private static final int DOMAINS = 2;
    private static final int FLAG = 3;

    /** Complete facts, encoded; filled per test run (never static: PIT swaps mutants within one JVM). */
    private final Map<Long, Outcome> complete = new HashMap<>();

    private static Outcome outcome(EscalationDecision d) {
        List<Object> v = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            v.add(d.rules().get(r).value());
        }
        v.add(List.of(d.lowest(), d.highest()));
        return new Outcome(v);
    }

    /** Facts from explicit values: statuses per leefgebied, a domain mask (−1 unknown), three flags. */
    private static EscalationFacts facts(Signal s, LifeDomainStatus[] statuses, int domains, Tri[] flags) {
        LifeDomainAssessment a = LifeDomainAssessment.unknown();
        for (int i = 0; i < LEEF.length; i++) {
            a = a.with(LEEF[i], statuses[i]);
        }
        return EscalationFacts.builder().signal(s).lifeDomains(a).domainsInvolved(EscalationSpace.domainSet(domains))
                .cooperationStagnating(flags[0]).acuteSafetyThreat(flags[1]).admissible(flags[2]).build();
    }

    private static boolean valid(Signal s, LifeDomainStatus[] statuses) {
        if (!s.deniesProblems()) {
            return true;
        }
        for (LifeDomainStatus st : statuses) {
            if (st == LifeDomainStatus.PROBLEM || st == LifeDomainStatus.CRIMINOGENIC) {
                return false;
            }
        }
        return true;
    }

    /** The outcome of complete facts, each distinct one assessed once. */
    private Outcome completeOutcome(Signal s, LifeDomainStatus[] statuses, int domains, Tri[] flags) {
        long key = s.ordinal();
        for (LifeDomainStatus st : statuses) {
            key = key * 4 + st.ordinal();
        }
        key = key * 16 + domains;
        for (Tri t : flags) {
            key = key * 3 + t.ordinal();
        }
        return complete.computeIfAbsent(key,
                k -> outcome(Escalation.assess(facts(s, statuses, domains, flags), EscalationSpace.AS_OF)));
    }

    /** What the oracle found for one input, per rule. */
    private record Expected(List<Set<String>> missing, boolean clauseAOnly, boolean clauseBOnly) {}

    private Expected oracle(Signal signal, LifeDomainStatus[] statuses, int domains, Tri[] flags, Outcome partial) {
        List<Unknown> unknowns = new ArrayList<>();
        if (signal == Signal.UNKNOWN) {
            unknowns.add(new Unknown("signal", SIGNAL, 0, DEFINITE_SIGNALS.length));
        }
        if (!signal.deniesProblems()) {
            for (int i = 0; i < LEEF.length; i++) {
                if (statuses[i] == LifeDomainStatus.UNKNOWN) {
                    unknowns.add(new Unknown("lifeDomains." + LEEF[i].name(), LEEFGEBIED, i, DEFINITE_STATUS.length));
                }
            }
        }
        if (domains == EscalationSpace.UNKNOWN_DOMAINS) {
            unknowns.add(new Unknown("domainsInvolved", DOMAINS, 0, 16));
        }
        String[] flagNames = {"cooperationStagnating", "acuteSafetyThreat", "admissible"};
        for (int f = 0; f < 3; f++) {
            if (flags[f] == Tri.UNKNOWN) {
                unknowns.add(new Unknown(flagNames[f], FLAG, f, 2));
            }
        }
        int[] dims = unknowns.stream().mapToInt(Unknown::values).toArray();
        int total = 1;
        for (int d : dims) {
            total *= d;
        }
        // every completion (null when the model rules it out)
        Outcome[] out = new Outcome[total];
        int[] digit = new int[dims.length];
        for (int n = 0; n < total; n++) {
            int rest = n;
            for (int i = dims.length - 1; i >= 0; i--) {
                digit[i] = rest % dims[i];
                rest /= dims[i];
            }
            Signal s = signal;
            LifeDomainStatus[] st = statuses.clone();
            int dm = domains;
            Tri[] fl = flags.clone();
            for (int i = 0; i < dims.length; i++) {
                Unknown u = unknowns.get(i);
                switch (u.kind()) {
                    case SIGNAL -> s = DEFINITE_SIGNALS[digit[i]];
                    case LEEFGEBIED -> st[u.index()] = DEFINITE_STATUS[digit[i]];
                    case DOMAINS -> dm = digit[i];
                    default -> fl[u.index()] = DEFINITE_TRI[digit[i]];
                }
            }
            // under NONE or SUSPICION an unassessed leefgebied reads as no problem
            if (s.deniesProblems()) {
                for (int i = 0; i < st.length; i++) {
                    if (st[i] == LifeDomainStatus.UNKNOWN) {
                        st[i] = LifeDomainStatus.NO_PROBLEM;
                    }
                }
            }
            out[n] = valid(s, st) ? completeOutcome(s, st, dm, fl) : null;
        }
        List<Set<String>> missing = new ArrayList<>();
        boolean aOnly = false;
        boolean bOnly = false;
        for (int r = 0; r < RULES; r++) {
            Set<String> m = new TreeSet<>();
            for (int i = 0; i < dims.length; i++) {
                boolean a = clauseA(out, dims, i, r);
                boolean b = clauseB(signal, statuses, domains, flags, unknowns.get(i), partial, r);
                if (a || b) {
                    m.add(unknowns.get(i).name());
                }
                aOnly |= a && !b;
                bOnly |= b && !a;
            }
            missing.add(m);
        }
        return new Expected(missing, aOnly, bOnly);
    }

    /** (a): some completion of the others under which two values of unknown {@code i} give different outcomes. */
    private static boolean clauseA(Outcome[] out, int[] dims, int i, int rule) {
        int stride = 1;
        for (int j = i + 1; j < dims.length; j++) {
            stride *= dims[j];
        }
        for (int n = 0; n < out.length; n++) {
            if ((n / stride) % dims[i] != 0) {
                continue;
            }
            Object seen = null;
            for (int k = 0; k < dims[i]; k++) {
                Outcome o = out[n + k * stride];
                if (o == null) {
                    continue;
                }
                Object v = o.values().get(rule);
                if (seen != null && !seen.equals(v)) {
                    return true;
                }
                seen = v;
            }
        }
        return false;
    }

    /** (b): learning unknown {@code u} alone, to some value the model allows, changes the rule's value. */
    private static boolean clauseB(Signal signal, LifeDomainStatus[] statuses, int domains, Tri[] flags, Unknown u,
            Outcome partial, int rule) {
        for (int k = 0; k < u.values(); k++) {
            Signal s = signal;
            LifeDomainStatus[] st = statuses.clone();
            int dm = domains;
            Tri[] fl = flags.clone();
            switch (u.kind()) {
                case SIGNAL -> s = DEFINITE_SIGNALS[k];
                case LEEFGEBIED -> st[u.index()] = DEFINITE_STATUS[k];
                case DOMAINS -> dm = k;
                default -> fl[u.index()] = DEFINITE_TRI[k];
            }
            if (!valid(s, st)) {
                continue;
            }
            Outcome learned = outcome(Escalation.assess(facts(s, st, dm, fl), EscalationSpace.AS_OF));
            if (!learned.values().get(rule).equals(partial.values().get(rule))) {
                return true;
            }
        }
        return false;
    }

    private static LifeDomainStatus[] statuses(Input in) {
        LifeDomainStatus[] st = new LifeDomainStatus[LEEF.length];
        for (int i = 0; i < st.length; i++) {
            st[i] = i < in.problems() ? (i % 2 == 0 ? LifeDomainStatus.PROBLEM : LifeDomainStatus.CRIMINOGENIC)
                    : i < in.problems() + in.unknown() ? LifeDomainStatus.UNKNOWN : LifeDomainStatus.NO_PROBLEM;
        }
        return st;
    }

    @Test
    @DisplayName("per rule and for the range: missing is exactly the unknown facts the definition names")
    void missingMatchesTheDefinition() {
        List<Input> pool = new ArrayList<>();
        for (Input in : EscalationSpace.all()) {
            if (in.valid() && in.unknown() <= 3) {
                pool.add(in);
            }
        }
        Collections.shuffle(pool, new Random(20261204L));
        List<Input> sample = new ArrayList<>(pool.subList(0, 2500));
        // every input with three unassessed leefgebieden and everything else unknown: the most completions, the cap
        for (Input in : pool) {
            if (in.unknown() == 3 && in.domains() == EscalationSpace.UNKNOWN_DOMAINS && in.signal() == Signal.UNKNOWN
                    && !sample.contains(in)) {
                sample.add(in);
            }
        }
        int checked = 0;
        int definiteWithUnknowns = 0;
        int aOnly = 0;
        int bOnly = 0;
        Map<String, int[]> namedAndNot = new HashMap<>();
        for (Input in : sample) {
            LifeDomainStatus[] st = statuses(in);
            Tri[] flags = {in.stagnating(), in.acute(), in.admissible()};
            EscalationFacts f = facts(in.signal(), st, in.domains(), flags);
            EscalationDecision d = Escalation.assess(f, EscalationSpace.AS_OF);
            Outcome partial = outcome(d);
            Expected e = oracle(in.signal(), st, in.domains(), flags, partial);
            for (int r = 0; r < 4; r++) {
                assertThat(new TreeSet<>(d.rules().get(r).missing())).as("%s, rule %s", in, d.rules().get(r).ruleId())
                        .isEqualTo(e.missing().get(r));
            }
            // the range's missing facts, as the AVE-DIRECTION rule shows them when the direction is open
            Set<String> range = e.missing().get(4);
            if (d.lowest() < d.highest()) {
                EscalationDecision open = Escalation.assess(EscalationFacts.builder().from(f).currentPhase(d.lowest())
                        .build(), EscalationSpace.AS_OF);
                assertThat(open.rules().get(4).ruleId()).isEqualTo("AVE-DIRECTION");
                assertThat(new TreeSet<>(open.rules().get(4).missing())).as("%s, range", in).isEqualTo(range);
            } else {
                assertThat(range).as("%s: a definite range misses nothing", in).isEmpty();
            }
            Set<String> union = new TreeSet<>(range);
            union.addAll(e.missing().get(3));
            assertThat(new TreeSet<>(d.missing())).as("%s, decision", in).isEqualTo(union);
            if (d.missing().isEmpty() && (in.signal() == Signal.UNKNOWN || in.unknown() > 0
                    || in.domains() == EscalationSpace.UNKNOWN_DOMAINS)) {
                definiteWithUnknowns++;
            }
            aOnly += e.clauseAOnly() ? 1 : 0;
            bOnly += e.clauseBOnly() ? 1 : 0;
            for (int r = 0; r < RULES; r++) {
                for (String name : e.missing().get(r)) {
                    namedAndNot.computeIfAbsent(kind(name), k -> new int[2])[0]++;
                }
            }
            checked++;
        }
        assertThat(checked).isGreaterThan(2500);
        // coverage: every kind of fact is named somewhere, some inputs with unknown facts miss nothing, and each
        // clause of the definition decides on its own somewhere (or one of them would be untested)
        assertThat(namedAndNot.keySet()).containsExactlyInAnyOrder("signal", "lifeDomains", "domainsInvolved",
                "cooperationStagnating", "acuteSafetyThreat", "admissible");
        assertThat(definiteWithUnknowns).isPositive();
        assertThat(bOnly).as("inputs where only 'learning it alone' names a fact").isPositive();
        assertThat(aOnly).as("inputs where only 'two values differ under a completion' names a fact").isPositive();
    }

    private static String kind(String name) {
        return name.startsWith("lifeDomains.") ? "lifeDomains" : name;
    }
}
