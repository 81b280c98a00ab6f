package io.github.zvhsdk.rules.intake;

import io.github.zvhsdk.model.Domain;
import io.github.zvhsdk.model.EffectType;
import io.github.zvhsdk.model.LifeDomain;
import io.github.zvhsdk.model.LifeDomainAssessment;
import io.github.zvhsdk.model.LifeDomainStatus;
import io.github.zvhsdk.model.Prospect;
import io.github.zvhsdk.model.rule.Tri;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The criteria of both intake tests as three-valued {@link Term}s over the facts (spec/intake.md). Each criterion
 * reads its own facts only (the criteria read disjoint facts), each fact once.
 */
final class IntakeCriteria {
    /** The effects LK2013-A reads: "crimineel en/of overlastgevend gedrag of verder afglijden". */
    static final Set<EffectType> LK2013_EFFECTS =
            EnumSet.of(EffectType.CRIME, EffectType.SERIOUS_NUISANCE, EffectType.NUISANCE, EffectType.DERAILING);
    /** Now or expected, with or without objective indications; PAST alone does not count (LK2013-A, LK2013-C). */
    static final Set<Prospect> LK2013_PROSPECTS =
            EnumSet.of(Prospect.PRESENT, Prospect.EXPECTED_OBJECTIVE, Prospect.EXPECTED);
    /** The effects WGS-C reads: caused by the subject, "ernstige overlast, criminaliteit, of onveilige situaties". */
    static final Set<EffectType> WGS_EFFECTS =
            EnumSet.of(EffectType.CRIME, EffectType.SERIOUS_NUISANCE, EffectType.UNSAFE_SITUATION);
    /** "leiden, hebben geleid, of, gelet op duidelijke en objectieve aanwijzingen, zouden gaan leiden" (WGS-C). */
    static final Set<Prospect> WGS_PROSPECTS =
            EnumSet.of(Prospect.PRESENT, Prospect.PAST, Prospect.EXPECTED_OBJECTIVE);
    /** The chains that count towards "several domains"; OVERIG never does. */
    static final Set<Domain> CHAINS = EnumSet.of(Domain.STRAF, Domain.ZORG, Domain.GEMEENTE);

    private IntakeCriteria() {}

    /** LK2013-A (SRC-LK2013 §4.2): ≥ 2 problem leefgebieden ∧ a qualifying effect now or expected. */
    static Term lk2013A(IntakeFacts f) {
        return Term.and(List.of(leefgebieden(f, LifeDomainStatus::isProblem), effects(f, LK2013_EFFECTS,
                LK2013_PROSPECTS)));
    }

    /** LK2013-B (SRC-LK2013 §4.2): several chains ∧ ¬ single chain sufficient ∧ ¬ voluntary framework sufficient. */
    static Term lk2013B(IntakeFacts f) {
        return Term.and(List.of(severalDomains(f),
                Term.fact("singleChainSufficient", f.singleChainSufficient().not()),
                Term.fact("voluntaryFrameworkSufficient", f.voluntaryFrameworkSufficient().not())));
    }

    /** LK2013-C (SRC-LK2013 §4.2): the system interaction is present or expected (not only past). */
    static Term lk2013C(IntakeFacts f) {
        return Term.fact("systemInteraction", prospect(f.systemInteraction(), LK2013_PROSPECTS));
    }

    /** LK2013-D (SRC-LK2013 §4.2): a serious area-bound safety problem that needs a cross-chain approach. */
    static Term lk2013D(IntakeFacts f) {
        return Term.fact("areaSafetyProblem", f.areaSafetyProblem());
    }

    /** The LK2013 outcome under a reading: (A ∧ B ∧ C) ∨ D, or A ∧ B ∧ (C ∨ D). */
    static Term lk2013(ComplexityReading reading, Term a, Term b, Term c, Term d) {
        return switch (reading) {
            case STANDALONE_D -> Term.or(List.of(Term.and(List.of(a, b, c)), d));
            case D_REPLACES_C -> Term.and(List.of(a, b, Term.or(List.of(c, d))));
        };
    }

    /** WGS-SUBJECT (SRC-WGS art. 2.31 lid 1, SRC-BGS art. 2.20 lid 1 aanhef): the case names an identified person. */
    static Term wgsSubject(IntakeFacts f) {
        return Term.fact("identifiedSubject", Tri.of(f.identifiedSubject()));
    }

    /** WGS-A (SRC-BGS art. 2.20 lid 1 onder a): problems of the subject, or relevant ones in the family situation. */
    static Term wgsA(IntakeFacts f) {
        return Term.or(List.of(Term.fact("subjectProblems", f.subjectProblems()),
                Term.fact("familyProblemsRelevant", f.familyProblemsRelevant())));
    }

    /** WGS-B (SRC-BGS art. 2.20 lid 1 onder b): at least two leefgebieden with criminogenic factors. */
    static Term wgsB(IntakeFacts f) {
        return leefgebieden(f, LifeDomainStatus::isCriminogenic);
    }

    /**
     * WGS-C (SRC-BGS art. 2.20 lid 1 onder c): the subject causes crime, serious nuisance or unsafe situations, now, in
     * the past or objectively expected.
     */
    static Term wgsC(IntakeFacts f) {
        return effects(f, WGS_EFFECTS, WGS_PROSPECTS);
    }

    /** WGS-D (SRC-BGS art. 2.20 lid 1 onder d): cooperation of participants from several domains is necessary. */
    static Term wgsD(IntakeFacts f) {
        return severalDomains(f);
    }

    /**
     * WGS-REGIONAL (SRC-WVV2024 §6, within SRC-BGS art. 2.20 lid 1): every configured regional criterion holds; TRUE
     * when there is none.
     */
    static Term wgsRegional(IntakeFacts f, IntakeConfig config) {
        List<Term> terms = new ArrayList<>();
        for (String id : config.regionalCriteria()) {
            terms.add(Term.fact("regional." + id, f.regional().getOrDefault(id, Tri.UNKNOWN)));
        }
        return Term.and(terms);
    }

    /** The facts' names, by ordinal: built once rather than per decision ({@code lifeDomains.DRUGS}, …). */
    private static final String[] LIFE_DOMAIN_FACTS = Arrays.stream(LifeDomain.values())
            .map(d -> "lifeDomains." + d.name()).toArray(String[]::new);
    private static final String[] EFFECT_FACTS = Arrays.stream(EffectType.values())
            .map(e -> "effects." + e.name()).toArray(String[]::new);

    // leefgebieden and effects are Term.atLeast and Term.or over fact leaves, written out: no leaf terms and no lists
    // per decision (IntakeCriteriaTest checks both against the Term forms on every input of their spaces)
    private static final LifeDomain[] DOMAINS = LifeDomain.values();

    static Term leefgebieden(IntakeFacts f, Function<LifeDomainStatus, Tri> qualifies) {
        LifeDomainAssessment a = f.lifeDomains();
        int known = 0;
        int unknown = 0;
        for (LifeDomain d : DOMAINS) {
            Tri q = qualifies.apply(a.status(d));
            if (q == Tri.TRUE) {
                known++;
            } else if (q == Tri.UNKNOWN) {
                unknown++;
            }
        }
        Tri v = Tri.atLeast(2, known, unknown);
        if (v != Tri.UNKNOWN) {
            return Term.definite(v);
        }
        List<String> missing = new ArrayList<>(unknown);
        for (LifeDomain d : DOMAINS) {
            if (qualifies.apply(a.status(d)) == Tri.UNKNOWN) {
                missing.add(LIFE_DOMAIN_FACTS[d.ordinal()]);
            }
        }
        return new Term(v, missing);
    }

    static Term effects(IntakeFacts f, Set<EffectType> read, Set<Prospect> qualifying) {
        Tri v = Tri.FALSE;
        for (EffectType e : read) {
            v = v.or(prospect(f.effect(e), qualifying));
        }
        if (v != Tri.UNKNOWN) {
            return Term.definite(v);
        }
        List<String> missing = new ArrayList<>(read.size());
        for (EffectType e : read) {
            if (f.effect(e) == Prospect.UNKNOWN) {
                missing.add(EFFECT_FACTS[e.ordinal()]);
            }
        }
        return new Term(v, missing);
    }

    /** "Several domains": at least two of STRAF, ZORG, GEMEENTE in domainsNeeded; UNKNOWN when the set is unknown. */
    private static Term severalDomains(IntakeFacts f) {
        Optional<Set<Domain>> needed = f.domainsNeeded();
        if (needed.isEmpty()) {
            return Term.fact("domainsNeeded", Tri.UNKNOWN);
        }
        int chains = 0;
        for (Domain d : needed.get()) {
            if (CHAINS.contains(d)) {
                chains++;
            }
        }
        return Term.definite(Tri.of(chains >= 2));
    }

    private static Tri prospect(Prospect p, Set<Prospect> qualifying) {
        return p == Prospect.UNKNOWN ? Tri.UNKNOWN : Tri.of(qualifying.contains(p));
    }
}
