package io.github.zvhsdk.rules.regie;

import io.github.zvhsdk.model.CaseKind;
import io.github.zvhsdk.model.LifeDomain;
import io.github.zvhsdk.model.Measure;
import io.github.zvhsdk.model.PartnerType;
import io.github.zvhsdk.model.Venue;
import io.github.zvhsdk.model.rule.Citation;
import io.github.zvhsdk.model.rule.FrameworkDates;
import io.github.zvhsdk.model.rule.RuleResult;
import io.github.zvhsdk.model.rule.SourceId;
import io.github.zvhsdk.model.rule.Tri;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Who coordinates what (regie.md): regie op samenwerking ({@code REGIE-SAMENWERKING}), procesregie
 * ({@code REGIE-PROCES}) and casusregie ({@code REGIE-CASUS} with its ordered policy, {@code CASUS-AREA},
 * {@code REGIE-SYSTEM}), plus the statutory roles that stay with their own partner. Regie reads definite facts only.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Regie {
    /** The rule id of regie op samenwerking. */
    public static final String SAMENWERKING_RULE = "REGIE-SAMENWERKING";
    /** The rule id of procesregie. */
    public static final String PROCES_RULE = "REGIE-PROCES";
    /** The rule id of "one family, one plan, one regisseur". */
    public static final String SYSTEM_RULE = "REGIE-SYSTEM";
    /** The rule id of casusregie for area and theme cases without an identified subject. */
    public static final String AREA_RULE = "CASUS-AREA";
    /** The name of the subject in a retained role. */
    public static final String SUBJECT = "SUBJECT";

    static final List<Citation> SAMENWERKING_CITATIONS = List.of(Citation.of(SourceId.LK2013, "§1.1"),
            Citation.of(SourceId.LK2013, "§5.4"), Citation.of(SourceId.LK2013, "§5.5"));
    static final List<Citation> PROCES_CITATIONS = List.of(Citation.of(SourceId.LK2013, "§5.5"),
            Citation.of(SourceId.WVV2024, "§5.1"));
    static final List<Citation> SYSTEM_CITATIONS = List.of(Citation.of(SourceId.LK2013, "§3.3"));
    static final List<Citation> AREA_CITATIONS = List.of(Citation.of(SourceId.MJA2124, "§3.2.5"));
    static final List<Citation> RETAINED_CITATIONS = List.of(Citation.of(SourceId.LK2013, "§3.1"),
            Citation.of(SourceId.LK2013, "§5.5.2"));

    private Regie() {}

    /**
     * Decides regie with the reference policy.
     *
     * @param facts the facts; never null
     * @param asOf the reference date; never null, not before 2013-01-01
     * @return the decision; never null
     * @throws NullPointerException when {@code facts} is null
     * @throws io.github.zvhsdk.model.InvalidInputException when {@code asOf} is null or before 2013-01-01
     */
    public static RegieDecision decide(RegieFacts facts, LocalDate asOf) {
        return decide(facts, RegieConfig.defaults(), asOf);
    }

    /**
     * REGIE-SAMENWERKING, REGIE-PROCES, REGIE-CASUS, CASUS-AREA and REGIE-SYSTEM (SRC-LK2013 §1.1, §3.3, §5.4, §5.5,
     * §5.7; SRC-WVV2024 §1, §5.1; SRC-MJA2124 §3.1, §3.2.5): decides the three kinds of regie and the retained
     * statutory roles. REGIE-SYSTEM puts a {@code SYSTEEMGERICHT} household with the gecertificeerde instelling when a
     * minor in it (the subject included) is under {@code CHILD_PROTECTION} or {@code YOUTH_PROBATION}; an adult under
     * {@code YOUTH_PROBATION} does not (rev. 2), and a subject who is one falls to CASUS-FORCED-YOUTH. A retained role
     * of {@code WZD_CARE} is held by the configured Wzd care provider ({@link RegieConfig#wzdCareHolder()}).
     *
     * @param facts the facts (valid by construction); never null
     * @param config the configuration (the casusregie policy and the Wzd holder); never null
     * @param asOf the reference date; never null, not before 2013-01-01
     * @return the decision; never null
     * @throws NullPointerException when {@code facts} or {@code config} is null
     * @throws io.github.zvhsdk.model.InvalidInputException when {@code asOf} is null or before 2013-01-01
     */
    public static RegieDecision decide(RegieFacts facts, RegieConfig config, LocalDate asOf) {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(config, "config");
        FrameworkDates.requireInFramework(asOf, "RegieFacts");
        CasusPolicy policy = config.casusPolicy();

        List<RuleResult> rules = new ArrayList<>();
        Set<Citation> citations = new LinkedHashSet<>();
        rules.add(RuleResult.of(SAMENWERKING_RULE, Tri.TRUE, List.of(), SAMENWERKING_CITATIONS));
        Procesregie proces = procesregie(facts.phase(), facts.venue());
        rules.add(RuleResult.of(PROCES_RULE, Tri.TRUE, List.of(), PROCES_CITATIONS));
        citations.addAll(SAMENWERKING_CITATIONS);
        citations.addAll(PROCES_CITATIONS);

        String casusRule = null;
        Set<PartnerType> casus = null;
        if (!facts.identifiedSubject()) {
            // only GEBIEDSGERICHT and THEMAGEBONDEN cases get here: the others are refused without a subject
            rules.add(RuleResult.of(AREA_RULE, Tri.TRUE, List.of(), AREA_CITATIONS));
            citations.addAll(AREA_CITATIONS);
            casusRule = AREA_RULE;
            casus = EnumSet.of(PartnerType.GEMEENTE);
        } else if (facts.caseKind() == CaseKind.SYSTEEMGERICHT) {
            boolean youth = minorUnderYouthMeasure(facts.subject().minor(), facts.subject().measures())
                    || facts.household().stream().anyMatch(m -> minorUnderYouthMeasure(m.minor(), m.measures()));
            rules.add(RuleResult.of(SYSTEM_RULE, Tri.of(youth), List.of(), SYSTEM_CITATIONS));
            citations.addAll(SYSTEM_CITATIONS);
            if (youth) {
                casusRule = SYSTEM_RULE;
                casus = EnumSet.of(PartnerType.GECERTIFICEERDE_INSTELLING);
            }
        }
        if (casus == null) {
            for (CasusRule r : policy.rules()) {
                boolean applies = applies(r, facts);
                rules.add(RuleResult.of(r.id(), Tri.of(applies), List.of(), r.citations()));
                citations.addAll(r.citations());
                if (applies) {
                    casusRule = r.id();
                    casus = r.centreOfGravity() ? EnumSet.of(centreOfGravity(facts, policy))
                            : EnumSet.copyOf(r.casusregie());
                    break;
                }
            }
        }
        // the policy's last rule is unconditional, so a holder is always found
        Objects.requireNonNull(casus, "casusregie");

        List<RetainedRole> retained = new ArrayList<>();
        if (facts.identifiedSubject()) {
            retain(retained, SUBJECT, facts.subject().measures(), casus, config);
            if (facts.caseKind() == CaseKind.SYSTEEMGERICHT) {
                for (int i = 0; i < facts.household().size(); i++) {
                    retain(retained, "household[" + i + "]", facts.household().get(i).measures(), casus, config);
                }
            }
        }
        if (!retained.isEmpty()) {
            citations.addAll(RETAINED_CITATIONS);
        }
        return RegieDecision.builder()
                .regieOpSamenwerking(PartnerType.GEMEENTE)
                .regieOpSamenwerkingRule(SAMENWERKING_RULE)
                .procesregie(proces)
                .procesregieRule(PROCES_RULE)
                .casusregie(casus)
                .casusRule(casusRule)
                .retainedStatutoryRoles(retained)
                .rules(rules)
                .citations(citations)
                .policy(policy.id())
                .wzdCareHolder(config.wzdCareHolder())
                .asOf(asOf)
                .build();
    }

    /**
     * REGIE-PROCES (SRC-LK2013 §5.5, SRC-WVV2024 §5.1): phase ≤ 2 → {@code NONE}; phase ≥ 3 and local →
     * {@code GEMEENTE}; phase ≥ 3 at the house → {@code ZVH}.
     *
     * @param phase the AVE phase, 1–4
     * @param venue the venue; never null
     * @return who holds procesregie; never null
     */
    static Procesregie procesregie(int phase, Venue venue) {
        if (phase <= 2) {
            return Procesregie.NONE;
        }
        return venue == Venue.ZVH ? Procesregie.ZVH : Procesregie.GEMEENTE;
    }

    /** REGIE-CASUS: whether one policy rule applies to the subject. */
    static boolean applies(CasusRule r, RegieFacts f) {
        boolean measure = r.whenSubjectMeasure().isEmpty()
                || r.whenSubjectMeasure().stream().anyMatch(f.subject().measures()::contains);
        boolean theme = r.whenTheme().isEmpty() || r.whenTheme().stream().anyMatch(f.themes()::contains);
        return measure && theme;
    }

    /**
     * CASUS-ZWAARTEPUNT (SRC-LK2013 §5.5): each problem leefgebied counts for the partner type whose expertise covers
     * it if that partner is involved, else for the fallback; the highest count holds casusregie, ties to the first in
     * the tie order; with no problem leefgebied, the fallback.
     */
    static PartnerType centreOfGravity(RegieFacts f, CasusPolicy policy) {
        Map<PartnerType, Integer> count = new EnumMap<>(PartnerType.class);
        for (LifeDomain d : LifeDomain.values()) {
            if (f.lifeDomains().status(d).isProblem() == Tri.TRUE) {
                PartnerType expert = policy.expertise().get(d);
                PartnerType p = expert == policy.fallback() || f.involvedPartners().contains(expert) ? expert
                        : policy.fallback();
                count.merge(p, 1, Integer::sum);
            }
        }
        PartnerType best = policy.fallback();
        int bestCount = 0;
        for (PartnerType p : policy.tieOrder()) {
            int c = count.getOrDefault(p, 0);
            if (c > bestCount) {
                best = p;
                bestCount = c;
            }
        }
        return best;
    }

    /**
     * REGIE-SYSTEM rule 1: a minor under a youth measure ({@code CHILD_PROTECTION} or {@code YOUTH_PROBATION}). An
     * adult under {@code YOUTH_PROBATION} (adolescentenstrafrecht, rev. 2) does not trigger it: the rule is about the
     * safety of children, and the adult's measure is a retained role.
     */
    private static boolean minorUnderYouthMeasure(boolean minor, Set<Measure> measures) {
        return minor && measures.stream().anyMatch(Measure::isYouthMeasure);
    }

    private static void retain(List<RetainedRole> out, String who, Set<Measure> measures, Set<PartnerType> casus,
            RegieConfig config) {
        Set<Measure> ordered = EnumSet.noneOf(Measure.class);
        ordered.addAll(measures);
        for (Measure m : ordered) {
            PartnerType holder = config.holder(m);
            if (!casus.contains(holder)) {
                out.add(RetainedRole.of(who, m, holder));
            }
        }
    }
}
