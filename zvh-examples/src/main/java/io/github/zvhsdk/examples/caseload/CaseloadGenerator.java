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
import io.github.zvhsdk.model.rule.FrameworkDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * A seeded synthetic caseload: valid facts objects for each decision kind, named as in conformance/FORMAT.md, with
 * unknown facts mixed in. The same seed gives the same caseload, on any machine. For trying {@code zvh batch} and for
 * the benchmarks; the cases are synthetic and describe nobody.
 *
 * <p>A sharing request's case carries its retention dates (rev. 2) drawn up to the generator's reference date, never
 * after it: decide the caseload with {@code zvh batch --as-of} that date or a later one. Most cases are first processed
 * within two years of it, some up to eight; a closed case has its closing date, a declined one its date of declining; a
 * case first processed under the WGS (from the default WGS date) that is near or past its five years has renewals, on
 * either ground, most with the origin's consent, some too late. The default reference date, 2025-06-01, is too early
 * for any WGS case to be renewed: give a later one ({@link #of(String, long, LocalDate)}, {@code zvh generate --as-of})
 * for those.
 *
 * <p>Instances are not thread-safe (they hold a random source); use one per thread.
 */
public final class CaseloadGenerator {
    /** The kinds this generator can produce. */
    public static final List<String> KINDS = List.of("intake", "escalation", "regie", "sharing", "transition", "plan");
    /** The default reference date: no date of a generated case lies after it. */
    public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2025, 6, 1);

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
    /** The six household relations: a regie household has no other (REGIE-HOUSEHOLD, rev. 2). */
    private static final Relation[] HOUSEHOLD = Arrays.stream(Relation.values()).filter(Relation::isHousehold)
            .toArray(Relation[]::new);

    private final String kind;
    private final SplittableRandom random;
    private final LocalDate asOf;

    private CaseloadGenerator(String kind, long seed, LocalDate asOf) {
        this.kind = kind;
        this.random = new SplittableRandom(seed);
        this.asOf = asOf;
    }

    /**
     * A generator for the default reference date, {@link #DEFAULT_AS_OF}.
     *
     * @param kind one of {@link #KINDS}; never null
     * @param seed the seed: the same seed gives the same caseload
     * @return a generator
     * @throws IllegalArgumentException when the kind is unknown
     */
    public static CaseloadGenerator of(String kind, long seed) {
        return of(kind, seed, DEFAULT_AS_OF);
    }

    /**
     * @param kind one of {@link #KINDS}; never null
     * @param seed the seed: the same seed gives the same caseload (for one reference date)
     * @param asOf the reference date: the sharing requests' case dates are drawn up to it; never null, from 2013-01-01
     * @return a generator
     * @throws IllegalArgumentException when the kind is unknown or {@code asOf} is before 2013-01-01
     */
    public static CaseloadGenerator of(String kind, long seed, LocalDate asOf) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(asOf, "asOf");
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("unknown kind \"" + kind + "\"; one of " + String.join(", ", KINDS));
        }
        if (asOf.isBefore(FrameworkDates.FRAMEWORK_START)) {
            throw new IllegalArgumentException("the reference date " + asOf + " is before " + FrameworkDates.FRAMEWORK_START);
        }
        return new CaseloadGenerator(kind, seed, asOf);
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
        // rev. 2: voluntary help fails in a minority of cases and is sometimes not (yet) assessed; most cases carry
        // zero to two themes, radicalisation rarely, and a fifth have no themes recorded (unknown)
        if (chance(0.9)) {
            double v = random.nextDouble();
            o.put("voluntaryHelpFailing", v < 0.25 ? "TRUE" : v < 0.8 ? "FALSE" : "UNKNOWN");
        }
        if (chance(0.8)) {
            ArrayNode themes = o.putArray("themes");
            for (Theme t : Theme.values()) {
                if (chance(t == Theme.RADICALISERING_EXTREMISME ? 0.03 : 0.12)) {
                    themes.add(t.name());
                }
            }
        }
        if (chance(0.5)) {
            o.put("currentPhase", 1 + random.nextInt(4));
        }
        if (chance(0.5)) {
            o.put("currentVenue", chance(0.5) ? "LOCAL" : "ZVH");
        }
        return o;
    }

    /**
     * The statutory measures of one person (regie.md). A minor may be under child protection or youth probation; an
     * adult's youth probation (adolescentenstrafrecht, young adults up to 23, rev. 2) is rare, as is the Wzd measure
     * (rev. 2); child protection ends at 18.
     */
    private ArrayNode measures(boolean minor) {
        ArrayNode a = F.arrayNode();
        for (Measure m : Measure.values()) {
            double p = switch (m) {
                case CHILD_PROTECTION -> minor ? 0.15 : 0;
                case YOUTH_PROBATION -> minor ? 0.15 : 0.03;
                case WZD_CARE -> 0.05;
                default -> 0.15;
            };
            if (chance(p)) {
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
                household.addObject().put("relation", pick(HOUSEHOLD).name()).put("minor", m).set("measures", measures(m));
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
        @Nullable CaseStatus status = chance(0.9) ? pick(CaseStatus.values()) : null;
        if (status != null) {
            c.put("status", status.name());
        }
        maybe(c, "taskCategory", chance(0.75) ? "BASISTAAK" : "PLUSTAAK", 0.9);
        maybe(c, "admittedUnder", pick(REGIMES), 0.8);
        maybe(c, "covenantInForce", tri(), 0.8);
        if (chance(0.75)) {
            retention(c, status);
        }
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

    /** Days back from {@code asOf}, not before 2013-01-01. */
    private LocalDate back(int days) {
        LocalDate d = asOf.minusDays(days);
        return d.isBefore(FrameworkDates.FRAMEWORK_START) ? FrameworkDates.FRAMEWORK_START : d;
    }

    /** A date from {@code from} to {@code asOf}, both included. */
    private LocalDate between(LocalDate from) {
        return from.plusDays(random.nextLong(asOf.toEpochDay() - from.toEpochDay() + 1));
    }

    /**
     * The retention facts of a case (sharing.md, "Retention", rev. 2), none after {@code asOf}: the date of first
     * processing by status (a registration is days old, an admitted case mostly under two years, a few up to eight), a
     * closing or declining date for a closed or declined case, and renewals for a WGS case near or past its five years.
     */
    private void retention(ObjectNode c, @Nullable CaseStatus status) {
        int age;
        if (status == CaseStatus.REGISTERED || status == CaseStatus.SCREENING || status == CaseStatus.DECLINED) {
            age = random.nextInt(90);
        } else {
            double d = random.nextDouble();
            age = d < 0.7 ? random.nextInt(730) : d < 0.9 ? 730 + random.nextInt(1095) : 1825 + random.nextInt(1095);
        }
        LocalDate first = back(age);
        c.put("firstProcessedOn", first.toString());
        @Nullable LocalDate closed = null;
        if (status == CaseStatus.CLOSED && chance(0.85)) {
            closed = between(first);
            c.put("closedOn", closed.toString());
        } else if (status == CaseStatus.DECLINED && chance(0.85)) {
            c.put("declinedOn", between(first).toString());
        }
        LocalDate end = first.plusYears(5);
        boolean wgsCase = !first.isBefore(FrameworkDates.DEFAULT_WGS_DATE);
        if (!wgsCase || status == CaseStatus.DECLINED || asOf.isBefore(end.minusDays(180)) || !chance(0.6)) {
            return;
        }
        ArrayNode renewals = c.putArray("renewals");
        // usually shortly before the end, sometimes too late; repeated two years on, while the date allows it
        LocalDate on = chance(0.15) ? end.plusDays(1 + random.nextInt(60)) : end.minusDays(random.nextInt(120));
        for (; !on.isAfter(asOf) && renewals.size() < 3; on = on.plusYears(2).minusDays(random.nextInt(60))) {
            ObjectNode r = renewals.addObject().put("on", on.toString());
            boolean closedByThen = closed != null && !closed.isAfter(on);
            r.put("ground", (closedByThen ? chance(0.85) : chance(0.1)) ? "RELAPSE_RISK" : "STILL_MEETS_CRITERIA");
            double consent = random.nextDouble();
            if (consent < 0.93) {
                r.put("originConsent", consent < 0.85 ? "TRUE" : "FALSE");
            }
        }
        if (renewals.isEmpty()) {
            c.remove("renewals");
        }
    }

    private ObjectNode transition() {
        ObjectNode o = F.objectNode();
        // rev. 2: placements on the Top-X list and hand-overs to the radicalisation case consultation are the rare steps
        double e = random.nextDouble();
        String event = e < 0.88 ? pick(EVENTS) : e < 0.96 ? "PLACE_ON_TOP_X" : "HAND_OVER";
        // a case system mostly asks for a step its case can take; sometimes for one it cannot (CASE-TRANSITION)
        List<CaseStatus> from = List.copyOf(io.github.zvhsdk.rules.casework.Event.valueOf(event).from());
        o.put("status", (chance(0.7) ? from.get(random.nextInt(from.size())) : pick(CaseStatus.values())).name());
        o.put("event", event);
        if (chance(0.8)) {
            ObjectNode r = o.putObject("referrer").put("type", pick(PartnerType.values()).name());
            maybe(r, "participant", tri(), 0.9);
        }
        maybe(o, "intakeOutcome", tri(), 0.9);
        boolean topX = event.equals("PLACE_ON_TOP_X");
        if (topX) {
            o.put("intakeRegime", chance(0.9) ? "WGS2025" : "LK2013");
        } else if (event.equals("ADMIT") || chance(0.3)) {
            o.put("intakeRegime", pick(REGIMES));
        }
        maybe(o, "adviceToReferrer", tri(), 0.8);
        if (event.equals("CLOSE") || chance(0.2)) {
            o.put("closeReason", pick(CLOSE_REASONS));
        }
        maybe(o, "planEvaluated", tri(), 0.8);
        maybe(o, "localTakeover", tri(), 0.8);
        if (topX ? chance(0.9) : chance(0.05)) {
            ObjectNode x = o.putObject("topX");
            maybe(x, "criteriaMet", tri(), 0.9);
            // the houses publish their criteria (SRC-WGS art. 2.32 lid 1): mostly known and TRUE
            maybe(x, "criteriaPublished", chance(0.85) ? "TRUE" : tri(), 0.9);
        }
        if (event.equals("HAND_OVER") ? chance(0.9) : chance(0.03)) {
            o.put("handOverAccepted", tri());
        }
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
        // rev. 2: a person-oriented plan may address the household too; an area or theme case has none
        boolean withHousehold = kind == CaseKind.SYSTEEMGERICHT || kind == CaseKind.PERSOONSGERICHT;
        int household = withHousehold ? random.nextInt(4) : 0;
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
            boolean member = household > 0 ? chance(0.3) : chance(0.03); // rarely a target the case does not have
            iv.put("target", member ? "household[" + random.nextInt(household + 1) + "]" : "SUBJECT");
            iv.put("due", date.plusDays(random.nextInt(-5, 200)).toString());
        }
        return o;
    }
}
