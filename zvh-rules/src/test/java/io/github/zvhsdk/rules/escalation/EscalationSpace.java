package io.github.zvhsdk.rules.escalation;

import io.github.zvhsdk.model.Domain;
import io.github.zvhsdk.model.LifeDomain;
import io.github.zvhsdk.model.LifeDomainAssessment;
import io.github.zvhsdk.model.LifeDomainStatus;
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
 * The whole escalation input space up to the symmetry of leefgebieden: every signal, every count of problem /
 * unknown / no-problem leefgebieden, every subset of {@link Domain} and the unknown set, every tri-state of the three
 * flags. Built once per test class; each point evaluated once through the public API.
 */
final class EscalationSpace {
    static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);
    static final Tri[] TRIS = Tri.values();
    /** −1 is the unknown set; 0..15 a bitmask over {@link Domain#values()}. */
    static final int UNKNOWN_DOMAINS = -1;

    /** One point of the space. */
    record Input(Signal signal, int problems, int unknown, int domains, Tri stagnating, Tri acute, Tri admissible) {
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
                    .currentPhase(currentPhase).currentVenue(currentVenue).build();
        }

        Input with(Signal s) {
            return new Input(s, problems, unknown, domains, stagnating, acute, admissible);
        }

        Input withCounts(int p, int u) {
            return new Input(signal, p, u, domains, stagnating, acute, admissible);
        }

        Input withDomains(int d) {
            return new Input(signal, problems, unknown, d, stagnating, acute, admissible);
        }

        Input withFlag(int flag, Tri t) {
            return new Input(signal, problems, unknown, domains, flag == 0 ? t : stagnating, flag == 1 ? t : acute,
                    flag == 2 ? t : admissible);
        }

        Tri flag(int flag) {
            return flag == 0 ? stagnating : flag == 1 ? acute : admissible;
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

    /** Every point, valid or not. */
    static List<Input> all() {
        List<Input> out = new ArrayList<>();
        for (Signal s : Signal.values()) {
            for (int p = 0; p <= 12; p++) {
                for (int u = 0; p + u <= 12; u++) {
                    for (int d = UNKNOWN_DOMAINS; d < 16; d++) {
                        for (Tri c : TRIS) {
                            for (Tri a : TRIS) {
                                for (Tri m : TRIS) {
                                    out.add(new Input(s, p, u, d, c, a, m));
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
        Map<Input, EscalationDecision> m = new HashMap<>();
        for (Input in : all()) {
            if (in.valid()) {
                m.put(in, Escalation.assess(in.facts(Optional.empty(), Optional.empty()), AS_OF));
            }
        }
        return Collections.unmodifiableMap(m);
    }

    private EscalationSpace() {}
}
