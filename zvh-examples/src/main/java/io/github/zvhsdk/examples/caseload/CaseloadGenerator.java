package io.github.zvhsdk.examples.caseload;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.zvhsdk.model.CaseKind;
import io.github.zvhsdk.model.CaseStatus;
import io.github.zvhsdk.model.Domain;
import io.github.zvhsdk.model.EffectType;
import io.github.zvhsdk.model.LifeDomain;
import io.github.zvhsdk.model.Measure;
import io.github.zvhsdk.model.PartnerType;
import io.github.zvhsdk.model.Prospect;
import io.github.zvhsdk.model.Relation;
import io.github.zvhsdk.model.Theme;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A seeded synthetic caseload: valid facts objects for each decision kind, named as in conformance/FORMAT.md, with
 * unknown facts mixed in. The same seed gives the same caseload, on any machine. For trying {@code zvh batch} and for
 * the benchmarks; the cases are synthetic and describe nobody.
 *
 * <p>Instances are not thread-safe (they hold a random source); use one per thread.
 */
public final class CaseloadGenerator {
    /** The kinds this generator can produce. */
    public static final List<String> KINDS = List.of("intake", "escalation", "regie", "sharing", "transition", "plan");

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String[] DATA_CATEGORIES = {"IDENTIFYING", "BSN", "CASE_FACTS", "LIFE_DOMAIN_ASSESSMENT", "HEALTH",
        "RELIGION_OR_BELIEF", "POLITICAL_OPINION", "ETHNIC_ORIGIN", "SEXUAL_LIFE", "CRIMINAL_JUSTICE", "CHILD_PROTECTION",
        "SOCIAL_DOMAIN", "FINANCIAL", "INCOME", "HOUSING", "RELATIONS", "ENFORCEMENT", "CARE", "NATIONALITY"};
    private static final String[] PURPOSES = {"SCREENING", "REFERRAL_FEEDBACK", "CASE_CONSULTATION", "PLAN_EXECUTION",
        "ZSM_CONTEXT", "KNOWN_ELSEWHERE_CHECK", "TREND_ANALYSIS", "EXPERTISE_ADVICE"};
    private static final String[] SECRECY = {"NONE", "CONSENT", "CONSENT_UNDER_DRANG", "STATUTORY", "GOOD_CARE",
        "CONFLICT_OF_DUTIES"};
    private static final String[] ORIGIN = {"AVG", "WPG", "WJSG"};
    private static final String[] AGE_BANDS = {"UNDER_12", "FROM_12_TO_15", "FROM_16"};
    /** The partner types that are no WGS participant and join a case as a guest (sharing.md, reference profile). */
    private static final List<PartnerType> GUEST_TYPES = List.of(PartnerType.HALT, PartnerType.WONINGCORPORATIE,
            PartnerType.SLACHTOFFERHULP, PartnerType.UWV, PartnerType.OTHER);
    private static final String[] EVENTS = {"START_SCREENING", "ADMIT", "DECLINE", "CLOSE"};
    private static final String[] CLOSE_REASONS = {"GOALS_REACHED", "CRITERIA_NO_LONGER_MET", "OTHER"};
    private static final String[] REGIMES = {"LK2013", "WGS2025"};

    private final String kind;
    private final SplittableRandom random;

    private CaseloadGenerator(String kind, long seed) {
        this.kind = kind;
        this.random = new SplittableRandom(seed);
    }

    /**
     * @param kind one of {@link #KINDS}; never null
     * @param seed the seed: the same seed gives the same caseload
     * @return a generator
     * @throws IllegalArgumentException when the kind is unknown
     */
    public static CaseloadGenerator of(String kind, long seed) {
        Objects.requireNonNull(kind, "kind");
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("unknown kind \"" + kind + "\"; one of " + String.join(", ", KINDS));
        }
        return new CaseloadGenerator(kind, seed);
    }

    /** @return the next facts object */
    public ObjectNode next() {
        return switch (kind) {
            case "intake" -> intake();
            case "escalation" -> escalation();
            case "regie" -> regie();
            case "sharing" -> sharing();
            case "transition" -> transition();
            default -> plan();
        };
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private <E extends Enum<E>> E pick(E[] values) {
        return values[random.nextInt(values.length)];
    }

    private String tri() {
        double d = random.nextDouble();
        return d < 0.45 ? "TRUE" : d < 0.85 ? "FALSE" : "UNKNOWN";
    }

    private String status(boolean problemsAllowed) {
        double d = random.nextDouble();
        if (!problemsAllowed) {
            return d < 0.8 ? "NO_PROBLEM" : "UNKNOWN";
        }
        return d < 0.45 ? "NO_PROBLEM" : d < 0.65 ? "PROBLEM" : d < 0.92 ? "CRIMINOGENIC" : "UNKNOWN";
    }

    private ObjectNode lifeDomains(boolean problemsAllowed) {
        ObjectNode o = F.objectNode();
        for (LifeDomain d : LifeDomain.values()) {
            if (chance(0.85)) {
                o.put(d.name(), status(problemsAllowed));
            }
        }
        return o;
    }

    private ArrayNode domains() {
        ArrayNode a = F.arrayNode();
        for (Domain d : Domain.values()) {
            if (chance(0.5)) {
                a.add(d.name());
            }
        }
        return a;
    }

    private ObjectNode intake() {
        ObjectNode o = F.objectNode();
        o.put("identifiedSubject", chance(0.92));
        o.put("subjectProblems", tri());
        o.put("familyProblemsRelevant", tri());
        o.set("lifeDomains", lifeDomains(true));
        ObjectNode effects = o.putObject("effects");
        for (EffectType e : EffectType.values()) {
            if (chance(0.7)) {
                effects.put(e.name(), pick(Prospect.values()).name());
            }
        }
        if (chance(0.85)) {
            o.set("domainsNeeded", domains());
        }
        o.put("singleChainSufficient", tri());
        o.put("voluntaryFrameworkSufficient", tri());
        o.put("systemInteraction", pick(Prospect.values()).name());
        o.put("areaSafetyProblem", tri());
        return o;
    }

    private ObjectNode escalation() {
        ObjectNode o = F.objectNode();
        double d = random.nextDouble();
        String signal = d < 0.6 ? "PROBLEM" : d < 0.75 ? "UNKNOWN" : d < 0.85 ? "NONE" : "SUSPICION";
        o.put("signal", signal);
        o.set("lifeDomains", lifeDomains(signal.equals("PROBLEM") || signal.equals("UNKNOWN")));
        if (chance(0.85)) {
            o.set("domainsInvolved", domains());
        }
        o.put("cooperationStagnating", tri());
        o.put("acuteSafetyThreat", tri());
        o.put("admissible", tri());
        if (chance(0.5)) {
            o.put("currentPhase", 1 + random.nextInt(4));
        }
        if (chance(0.5)) {
            o.put("currentVenue", chance(0.5) ? "LOCAL" : "ZVH");
        }
        return o;
    }

    private ArrayNode measures(boolean minor) {
        ArrayNode a = F.arrayNode();
        for (Measure m : Measure.values()) {
            if ((minor || !m.isYouthMeasure()) && chance(0.15)) {
                a.add(m.name());
            }
        }
        return a;
    }

    private ArrayNode partners(double p) {
        ArrayNode a = F.arrayNode();
        for (PartnerType t : PartnerType.values()) {
            if (t != PartnerType.ZVH && chance(p)) {
                a.add(t.name());
            }
        }
        return a;
    }

    private ObjectNode regie() {
        ObjectNode o = F.objectNode();
        o.put("phase", 1 + random.nextInt(4));
        o.put("venue", chance(0.5) ? "LOCAL" : "ZVH");
        CaseKind kind = pick(CaseKind.values());
        o.put("caseKind", kind.name());
        boolean personal = kind == CaseKind.PERSOONSGERICHT || kind == CaseKind.SYSTEEMGERICHT;
        o.put("identifiedSubject", personal || chance(0.5));
        ArrayNode themes = o.putArray("themes");
        for (Theme t : Theme.values()) {
            if (chance(0.1)) {
                themes.add(t.name());
            }
        }
        o.set("involvedPartners", partners(0.2));
        boolean minor = chance(0.3);
        o.putObject("subject").put("minor", minor).set("measures", measures(minor));
        o.set("lifeDomains", lifeDomains(true));
        if (kind == CaseKind.SYSTEEMGERICHT || chance(0.2)) {
            ArrayNode household = o.putArray("household");
            int n = random.nextInt(5);
            for (int i = 0; i < n; i++) {
                boolean m = chance(0.4);
                household.addObject().put("relation", pick(Relation.values()).name()).put("minor", m).set("measures", measures(m));
            }
        }
        return o;
    }

    private void maybe(ObjectNode o, String key, String value, double p) {
        if (chance(p)) {
            o.put(key, value);
        }
    }

    /** Mostly the subject; then household members, direct contacts, professionals and others (rev. 2). */
    private String dataSubject() {
        double d = random.nextDouble();
        return d < 0.6 ? "SUBJECT" : d < 0.75 ? "HOUSEHOLD_MEMBER" : d < 0.85 ? "DIRECT_CONTACT" : d < 0.93 ? "PROFESSIONAL"
                : "OTHER_PERSON";
    }

    private ObjectNode sharing() {
        ObjectNode o = F.objectNode();
        // the house's own bureau passes data on in about one request in seven
        PartnerType providerType = chance(0.15) ? PartnerType.ZVH : pick(PartnerType.values());
        ObjectNode provider = o.putObject("provider").put("type", providerType.name());
        maybe(provider, "participant", tri(), 0.9);
        PartnerType recipientType = pick(PartnerType.values());
        ObjectNode recipient = o.putObject("recipient").put("type", recipientType.name());
        maybe(recipient, "participant", tri(), 0.9);
        maybe(recipient, "involvedInCase", tri(), 0.9);
        // rev. 2: a guest at the table is mostly a partner that is no participant; the referrer is sometimes known
        if (chance(GUEST_TYPES.contains(recipientType) ? 0.5 : 0.05)) {
            recipient.put("guest", tri());
            maybe(recipient, "secrecyDeclarationSigned", tri(), 0.8);
        }
        maybe(recipient, "referrer", tri(), 0.3);
        maybe(o, "dataSubject", dataSubject(), 0.9);
        maybe(o, "relevantToSubject", tri(), 0.7);
        String category = pick(DATA_CATEGORIES);
        o.put("category", category);
        o.put("purpose", pick(PURPOSES));
        // rev. 2: the origin holder of what the bureau passes on (the bureau itself only of the case's own records); a
        // partner provider is its own holder and seldom says so
        if (providerType == PartnerType.ZVH ? chance(0.8) : chance(0.1)) {
            PartnerType holder = providerType;
            if (providerType == PartnerType.ZVH) {
                boolean ownRecords = category.equals("CASE_FACTS") || category.equals("LIFE_DOMAIN_ASSESSMENT");
                holder = ownRecords && chance(0.3) ? PartnerType.ZVH : pick(PartnerType.values());
                holder = holder == PartnerType.ZVH && !ownRecords ? PartnerType.POLITIE : holder;
            }
            o.putObject("origin").put("holder", holder.name());
        }
        ObjectNode c = o.putObject("case");
        maybe(c, "status", pick(CaseStatus.values()).name(), 0.9);
        maybe(c, "taskCategory", chance(0.75) ? "BASISTAAK" : "PLUSTAAK", 0.9);
        maybe(c, "admittedUnder", pick(REGIMES), 0.8);
        maybe(c, "covenantInForce", tri(), 0.8);
        String basis = pick(SECRECY);
        maybe(o, "secrecyBasis", basis, 0.7);
        // rev. 2: who can consent, and who did, mostly given with a consent basis
        if (basis.equals("CONSENT") ? chance(0.8) : chance(0.05)) {
            ObjectNode consent = o.putObject("consent");
            maybe(consent, "ageBand", AGE_BANDS[random.nextDouble() < 0.75 ? 2 : random.nextInt(2)], 0.9);
            maybe(consent, "capable", tri(), 0.8);
            if (chance(0.9)) {
                ArrayNode givenBy = consent.putArray("givenBy");
                double d = random.nextDouble();
                if (d < 0.85) {
                    givenBy.add("SUBJECT_SELF");
                }
                if (d > 0.6 && d < 0.97) {
                    givenBy.add("REPRESENTATIVE");
                }
            }
        }
        maybe(o, "originConsent", tri(), 0.15);
        maybe(o, "originRegime", pick(ORIGIN), 0.85);
        maybe(o, "necessityRecorded", tri(), 0.9);
        if (chance(0.05)) {
            o.put("aggregated", true);
        }
        return o;
    }

    private ObjectNode transition() {
        ObjectNode o = F.objectNode();
        o.put("status", pick(CaseStatus.values()).name());
        String event = pick(EVENTS);
        o.put("event", event);
        if (chance(0.8)) {
            ObjectNode r = o.putObject("referrer").put("type", pick(PartnerType.values()).name());
            maybe(r, "participant", tri(), 0.9);
        }
        maybe(o, "intakeOutcome", tri(), 0.9);
        if (event.equals("ADMIT") || chance(0.3)) {
            o.put("intakeRegime", pick(REGIMES));
        }
        maybe(o, "adviceToReferrer", tri(), 0.8);
        if (event.equals("CLOSE") || chance(0.2)) {
            o.put("closeReason", pick(CLOSE_REASONS));
        }
        maybe(o, "planEvaluated", tri(), 0.8);
        maybe(o, "localTakeover", tri(), 0.8);
        return o;
    }

    private ObjectNode plan() {
        ObjectNode o = F.objectNode();
        CaseKind kind = pick(CaseKind.values());
        o.put("caseKind", kind.name());
        ObjectNode ld = lifeDomains(true);
        o.set("lifeDomains", ld);
        ArrayNode involved = partners(0.25);
        o.set("involvedPartners", involved);
        List<String> pool = new ArrayList<>();
        pool.add("GEMEENTE");
        involved.forEach(n -> pool.add(n.asText()));
        ArrayNode casusregie = o.putArray("casusregie");
        casusregie.add(pool.get(random.nextInt(pool.size())));
        if (chance(0.15)) {
            casusregie.add(casusregie.get(0).asText().equals("GGZ") ? "GEMEENTE" : "GGZ");
        }
        ArrayNode retained = o.putArray("retainedHolders");
        if (chance(0.3)) {
            retained.add(chance(0.5) ? "RECLASSERING" : "GECERTIFICEERDE_INSTELLING");
        }
        int household = kind == CaseKind.SYSTEEMGERICHT ? random.nextInt(4) : 0;
        o.put("householdSize", household);
        LocalDate date = LocalDate.of(2025, 3, 1).plusDays(random.nextInt(600));
        ObjectNode plan = o.putObject("plan").put("date", date.toString());
        plan.set("regisseur", chance(0.85) ? casusregie.deepCopy() : F.arrayNode().add(pick(PartnerType.values()).name()));
        ArrayNode parties = plan.putArray("parties");
        pool.forEach(p -> {
            if (chance(0.85)) {
                parties.add(p);
            }
        });
        retained.forEach(r -> {
            if (chance(0.8)) {
                parties.add(r.asText());
            }
        });
        if (chance(0.85)) {
            plan.put("evaluationDate", date.plusDays(random.nextInt(-10, 180)).toString());
        }
        ArrayNode interventions = plan.putArray("interventions");
        int n = random.nextInt(5);
        for (int i = 0; i < n; i++) {
            ObjectNode iv = interventions.addObject().put("owner", pool.get(random.nextInt(pool.size())));
            ArrayNode lds = iv.putArray("lifeDomains");
            for (LifeDomain d : LifeDomain.values()) {
                if (chance(0.2)) {
                    lds.add(d.name());
                }
            }
            iv.put("target", household > 0 && chance(0.3) ? "household[" + random.nextInt(household + 1) + "]" : "SUBJECT");
            iv.put("due", date.plusDays(random.nextInt(-5, 200)).toString());
        }
        return o;
    }
}
