package io.github.zvhsdk.rules.plan;

import io.github.zvhsdk.model.CaseKind;
import io.github.zvhsdk.model.LifeDomain;
import io.github.zvhsdk.model.PartnerType;
import io.github.zvhsdk.model.rule.Citation;
import io.github.zvhsdk.model.rule.SourceId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The PLAN-* rules of casework.md: each returns its findings, empty when the rule holds. */
final class PlanRules {
    static final String REGISSEUR = "PLAN-REGISSEUR";
    static final String COVERAGE = "PLAN-COVERAGE";
    static final String OWNER = "PLAN-OWNER";
    static final String PARTIES = "PLAN-PARTIES";
    static final String MONITORING = "PLAN-MONITORING";
    static final String DUE = "PLAN-DUE";
    static final String TARGET = "PLAN-TARGET";

    /** The rules in the spec's order. */
    static final List<String> ALL = List.of(REGISSEUR, COVERAGE, OWNER, PARTIES, MONITORING, DUE, TARGET);

    private static final Locale NL = Locale.forLanguageTag("nl");
    private static final Locale EN = Locale.ENGLISH;

    private PlanRules() {}

    static List<Citation> citations(String ruleId) {
        return switch (ruleId) {
            case REGISSEUR, OWNER -> List.of(Citation.of(SourceId.LK2013, "§5.5"));
            case PARTIES -> List.of(Citation.of(SourceId.LK2013, "§5.5"), Citation.of(SourceId.LK2013, "Bijlage I"));
            case COVERAGE, MONITORING, DUE -> List.of(Citation.of(SourceId.LK2013, "§3.2"));
            case TARGET -> List.of(Citation.of(SourceId.LK2013, "§3.3"));
            default -> throw new IllegalArgumentException(ruleId);
        };
    }

    static List<PlanFinding> evaluate(String ruleId, PlanFacts f) {
        return switch (ruleId) {
            case REGISSEUR -> regisseur(f);
            case COVERAGE -> coverage(f);
            case OWNER -> owner(f);
            case PARTIES -> parties(f);
            case MONITORING -> monitoring(f);
            case DUE -> due(f);
            case TARGET -> target(f);
            default -> throw new IllegalArgumentException(ruleId);
        };
    }

    private static ImmutablePlanFinding.Builder finding(String ruleId, String nl, String en) {
        return PlanFinding.builder().ruleId(ruleId).citations(citations(ruleId)).nl(nl).en(en);
    }

    /**
     * The plan's interventions. The accessor is {@code @Nullable} only so that a value under construction can hold a
     * missing list for {@link PlanOfApproach#check()} to refuse; a built plan never returns null here.
     */
    private static List<Intervention> interventions(PlanFacts f) {
        return Objects.requireNonNull(f.plan().interventions(), "PlanOfApproach.check() refuses missing interventions");
    }

    private static String at(int i) {
        return "plan.interventions[" + i + "]";
    }

    /** PLAN-REGISSEUR (SRC-LK2013 §5.5): {@code plan.regisseur} is not exactly {@code casusregie}; a finding per partner. */
    static List<PlanFinding> regisseur(PlanFacts f) {
        List<PlanFinding> r = new ArrayList<>();
        Set<PartnerType> named = f.plan().regisseur();
        Set<PartnerType> holders = f.casusregie();
        for (PartnerType p : PartnerType.values()) {
            if (named.contains(p) && !holders.contains(p)) {
                r.add(finding(REGISSEUR,
                        "Het plan noemt «" + p.labelNl() + "» als casusregisseur, maar die heeft geen casusregie.",
                        "The plan names «" + p.labelEn() + "» as casusregisseur, but it does not hold casusregie.")
                        .partner(p).build());
            } else if (!named.contains(p) && holders.contains(p)) {
                r.add(finding(REGISSEUR,
                        "«" + p.labelNl() + "» heeft de casusregie, maar het plan noemt die niet als casusregisseur.",
                        "«" + p.labelEn() + "» holds casusregie, but the plan does not name it as casusregisseur.")
                        .partner(p).build());
            }
        }
        return r;
    }

    /** @return the leefgebieden assessed PROBLEM or CRIMINOGENIC that no intervention addresses */
    static Set<LifeDomain> uncovered(PlanFacts f) {
        Set<LifeDomain> u = EnumSet.noneOf(LifeDomain.class);
        u.addAll(f.lifeDomains().where(s -> s.isProblem()));
        for (Intervention i : interventions(f)) {
            u.removeAll(i.lifeDomains());
        }
        return u;
    }

    /** PLAN-COVERAGE (SRC-LK2013 §3.2): a problem leefgebied is addressed by no intervention; a finding per leefgebied. */
    static List<PlanFinding> coverage(PlanFacts f) {
        List<PlanFinding> r = new ArrayList<>();
        for (LifeDomain d : uncovered(f)) {
            var s = f.lifeDomains().status(d);
            r.add(finding(COVERAGE,
                    "Leefgebied «" + d.labelNl() + "», beoordeeld als «" + s.labelNl() + "», krijgt geen interventie.",
                    "Leefgebied «" + d.labelEn() + "», assessed «" + s.labelEn() + "», is addressed by no intervention.")
                    .lifeDomain(d).build());
        }
        return r;
    }

    /**
     * PLAN-OWNER (SRC-LK2013 §5.5): an intervention's owner is not an involved partner ({@code GEMEENTE} always is),
     * or is {@code ZVH}; a finding per intervention.
     */
    static List<PlanFinding> owner(PlanFacts f) {
        List<PlanFinding> r = new ArrayList<>();
        List<Intervention> is = interventions(f);
        for (int i = 0; i < is.size(); i++) {
            PartnerType o = is.get(i).owner();
            if (o == PartnerType.ZVH) {
                r.add(finding(OWNER,
                        "Interventie " + at(i) + " is belegd bij het Zorg- en Veiligheidshuis zelf; het huis coördineert, partners voeren interventies uit.",
                        "Intervention " + at(i) + " is owned by the house itself; the house coordinates, partners deliver interventions.")
                        .intervention(i).partner(o).build());
            } else if (o != PartnerType.GEMEENTE && !f.involvedPartners().contains(o)) {
                r.add(finding(OWNER,
                        "Interventie " + at(i) + " is belegd bij «" + o.labelNl() + "», die niet bij de casus betrokken is.",
                        "Intervention " + at(i) + " is owned by «" + o.labelEn() + "», which is not involved in the case.")
                        .intervention(i).partner(o).build());
            }
        }
        return r;
    }

    /**
     * PLAN-PARTIES (SRC-LK2013 §5.5, Bijlage I): an intervention owner, a casusregie holder or a retained holder is not
     * among {@code plan.parties}; a finding per partner, naming every reason it had to agree.
     */
    static List<PlanFinding> parties(PlanFacts f) {
        Map<PartnerType, List<String[]>> why = new LinkedHashMap<>();
        for (PartnerType p : new TreeSet<>(f.casusregie())) {
            why.computeIfAbsent(p, k -> new ArrayList<>()).add(new String[] {"heeft de casusregie", "holds casusregie"});
        }
        for (PartnerType p : new TreeSet<>(f.retainedHolders())) {
            why.computeIfAbsent(p, k -> new ArrayList<>()).add(new String[] {"houdt een wettelijke rol", "holds a statutory role"});
        }
        List<Intervention> is = interventions(f);
        Map<PartnerType, List<Integer>> owned = new LinkedHashMap<>();
        for (int i = 0; i < is.size(); i++) {
            owned.computeIfAbsent(is.get(i).owner(), k -> new ArrayList<>()).add(i);
        }
        owned.forEach((p, idx) -> {
            String list = idx.stream().map(PlanRules::at).collect(Collectors.joining(", "));
            why.computeIfAbsent(p, k -> new ArrayList<>()).add(new String[] {"voert " + list + " uit", "owns " + list});
        });
        List<PlanFinding> r = new ArrayList<>();
        for (PartnerType p : PartnerType.values()) {
            List<String[]> reasons = why.get(p);
            if (reasons == null || f.plan().parties().contains(p)) {
                continue;
            }
            String nl = reasons.stream().map(x -> x[0]).collect(Collectors.joining(" en "));
            String en = reasons.stream().map(x -> x[1]).collect(Collectors.joining(" and "));
            r.add(finding(PARTIES,
                    "«" + p.labelNl() + "» " + nl + ", maar heeft niet met het plan ingestemd.",
                    "«" + p.labelEn() + "» " + en + ", but did not agree to the plan.")
                    .partner(p).build());
        }
        return r;
    }

    /** PLAN-MONITORING (SRC-LK2013 §3.2): {@code plan.evaluationDate} is absent or not after {@code plan.date}. */
    static List<PlanFinding> monitoring(PlanFacts f) {
        PlanOfApproach p = f.plan();
        if (p.evaluationDate().isEmpty()) {
            return List.of(finding(MONITORING, "Het plan heeft geen evaluatiedatum: er is geen monitoring afgesproken.",
                    "The plan has no evaluation date: no monitoring is agreed.").build());
        }
        if (!p.evaluationDate().get().isAfter(p.date())) {
            return List.of(finding(MONITORING,
                    "De evaluatiedatum " + p.evaluationDate().get() + " ligt niet na de datum van het plan " + p.date() + ".",
                    "The evaluation date " + p.evaluationDate().get() + " is not after the plan's date " + p.date() + ".")
                    .build());
        }
        return List.of();
    }

    /** PLAN-DUE (SRC-LK2013 §3.2): an intervention is due before {@code plan.date}; a finding per intervention. */
    static List<PlanFinding> due(PlanFacts f) {
        List<PlanFinding> r = new ArrayList<>();
        List<Intervention> is = interventions(f);
        for (int i = 0; i < is.size(); i++) {
            if (is.get(i).due().isBefore(f.plan().date())) {
                r.add(finding(DUE,
                        "Interventie " + at(i) + " moet klaar zijn op " + is.get(i).due() + ", vóór de datum van het plan " + f.plan().date() + ".",
                        "Intervention " + at(i) + " is due on " + is.get(i).due() + ", before the plan's date " + f.plan().date() + ".")
                        .intervention(i).build());
            }
        }
        return r;
    }

    /**
     * PLAN-TARGET (SRC-LK2013 §3.3; rev. 2): an intervention targets a household member in a {@code GEBIEDSGERICHT} or
     * {@code THEMAGEBONDEN} case, or {@code household[i]} with i ≥ {@code householdSize}; a finding per intervention. A
     * person-oriented case may address the household too (SRC-MJA2124 §3, §2.2.3: the person-oriented approach is
     * "altijd gecombineerd met een systeemgerichte aanpak").
     */
    static List<PlanFinding> target(PlanFacts f) {
        List<PlanFinding> r = new ArrayList<>();
        List<Intervention> is = interventions(f);
        for (int i = 0; i < is.size(); i++) {
            Target t = is.get(i).target();
            if (t.isSubject()) {
                continue;
            }
            String nl;
            String en;
            if (!hasHousehold(f.caseKind())) {
                nl = "de casus is " + f.caseKind().label(NL) + " en heeft geen eigen huishouden";
                en = "the case is " + f.caseKind().label(EN) + " and has no household of its own";
            } else if (t.householdIndex().getAsInt() >= f.householdSize()) {
                nl = "het huishouden van de casus heeft geen lid " + t;
                en = "the case's household has no member " + t;
            } else {
                continue;
            }
            r.add(finding(TARGET,
                    "Interventie " + at(i) + " richt zich op " + t + ", maar " + nl + ".",
                    "Intervention " + at(i) + " targets " + t + ", but " + en + ".")
                    .intervention(i).build());
        }
        return r;
    }

    /**
     * @param kind the case kind
     * @return whether a plan for a case of this kind may address household members (PLAN-TARGET, rev. 2): a person-
     *     or system-oriented case, not an area or theme case
     */
    static boolean hasHousehold(CaseKind kind) {
        return switch (kind) {
            case PERSOONSGERICHT, SYSTEEMGERICHT -> true;
            case GEBIEDSGERICHT, THEMAGEBONDEN -> false;
        };
    }
}
