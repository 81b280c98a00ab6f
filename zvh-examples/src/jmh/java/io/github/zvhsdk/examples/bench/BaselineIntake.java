package io.github.zvhsdk.examples.bench;

import io.github.zvhsdk.model.Domain;
import io.github.zvhsdk.model.EffectType;
import io.github.zvhsdk.model.LifeDomain;
import io.github.zvhsdk.model.LifeDomainStatus;
import io.github.zvhsdk.model.Prospect;
import io.github.zvhsdk.model.rule.Tri;
import io.github.zvhsdk.rules.intake.ComplexityReading;
import io.github.zvhsdk.rules.intake.IntakeFacts;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The floor of the intake benchmarks: spec/intake.md as a hand-written chain of {@code if}s that returns only the
 * outcome (no criteria, no missing facts, no citations, no validation), for the reference configuration (WGS date
 * 2025-03-01, no regional criteria). Kleene values are coded 0 = FALSE, 1 = UNKNOWN, 2 = TRUE, so AND is the minimum
 * and OR the maximum.
 */
public final class BaselineIntake {
    private static final LocalDate WGS_DATE = LocalDate.of(2025, 3, 1);
    private static final int F = 0;
    private static final int U = 1;
    private static final int T = 2;
    private static final LifeDomain[] LIFE_DOMAINS = LifeDomain.values();

    private BaselineIntake() {}

    /**
     * The intake outcome.
     *
     * @param f the facts
     * @param reading the LK2013 reading
     * @param asOf the reference date (not before 2013-01-01; not checked)
     * @return the outcome
     */
    public static Tri outcome(IntakeFacts f, ComplexityReading reading, LocalDate asOf) {
        int v = asOf.isBefore(WGS_DATE) ? lk2013(f, reading) : wgs2025(f);
        return v == T ? Tri.TRUE : v == F ? Tri.FALSE : Tri.UNKNOWN;
    }

    private static int lk2013(IntakeFacts f, ComplexityReading reading) {
        Map<EffectType, Prospect> effects = f.effects();
        int a = Math.min(lifeDomains(f, false), Math.max(Math.max(lkEffect(effects.get(EffectType.CRIME)),
                lkEffect(effects.get(EffectType.SERIOUS_NUISANCE))), Math.max(lkEffect(effects.get(EffectType.NUISANCE)),
                lkEffect(effects.get(EffectType.DERAILING)))));
        int b = Math.min(severalDomains(f.domainsNeeded()), Math.min(not(f.singleChainSufficient()),
                not(f.voluntaryFrameworkSufficient())));
        int c = lkProspect(f.systemInteraction());
        int d = tri(f.areaSafetyProblem());
        if (reading == ComplexityReading.STANDALONE_D) {
            return Math.max(Math.min(a, Math.min(b, c)), d);
        }
        return Math.min(Math.min(a, b), Math.max(c, d));
    }

    private static int wgs2025(IntakeFacts f) {
        if (!f.identifiedSubject()) {
            return F;
        }
        int a = Math.max(tri(f.subjectProblems()), tri(f.familyProblemsRelevant()));
        Map<EffectType, Prospect> effects = f.effects();
        int c = Math.max(wgsEffect(effects.get(EffectType.CRIME)), Math.max(wgsEffect(effects.get(EffectType.SERIOUS_NUISANCE)),
                wgsEffect(effects.get(EffectType.UNSAFE_SITUATION))));
        return Math.min(Math.min(a, lifeDomains(f, true)), Math.min(c, severalDomains(f.domainsNeeded())));
    }

    /** At least two leefgebieden qualify: PROBLEM or CRIMINOGENIC (LK2013-A), CRIMINOGENIC only (WGS-B). */
    private static int lifeDomains(IntakeFacts f, boolean criminogenicOnly) {
        int known = 0;
        int unknown = 0;
        for (LifeDomain l : LIFE_DOMAINS) {
            LifeDomainStatus s = f.lifeDomains().status(l);
            if (s == LifeDomainStatus.CRIMINOGENIC || (s == LifeDomainStatus.PROBLEM && !criminogenicOnly)) {
                known++;
            } else if (s == LifeDomainStatus.UNKNOWN) {
                unknown++;
            }
        }
        return known >= 2 ? T : known + unknown < 2 ? F : U;
    }

    private static int severalDomains(Optional<Set<Domain>> needed) {
        if (needed.isEmpty()) {
            return U;
        }
        Set<Domain> s = needed.get();
        int chains = (s.contains(Domain.STRAF) ? 1 : 0) + (s.contains(Domain.ZORG) ? 1 : 0)
                + (s.contains(Domain.GEMEENTE) ? 1 : 0);
        return chains >= 2 ? T : F;
    }

    /** LK2013-A's effects: now or expected; an absent effect is UNKNOWN. */
    private static int lkEffect(Prospect p) {
        return p == null ? U : lkProspect(p);
    }

    private static int lkProspect(Prospect p) {
        return switch (p) {
            case PRESENT, EXPECTED_OBJECTIVE, EXPECTED -> T;
            case UNKNOWN -> U;
            case PAST, ABSENT -> F;
        };
    }

    /** WGS-C's effects: now, in the past or objectively expected; an absent effect is UNKNOWN. */
    private static int wgsEffect(Prospect p) {
        if (p == null) {
            return U;
        }
        return switch (p) {
            case PRESENT, PAST, EXPECTED_OBJECTIVE -> T;
            case UNKNOWN -> U;
            case EXPECTED, ABSENT -> F;
        };
    }

    private static int tri(Tri t) {
        return t == Tri.TRUE ? T : t == Tri.FALSE ? F : U;
    }

    private static int not(Tri t) {
        return t == Tri.TRUE ? F : t == Tri.FALSE ? T : U;
    }
}
