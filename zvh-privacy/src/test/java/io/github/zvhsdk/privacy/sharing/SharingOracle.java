package io.github.zvhsdk.privacy.sharing;

import io.github.zvhsdk.model.CaseStatus;
import io.github.zvhsdk.model.IntakeRegime;
import io.github.zvhsdk.model.PartnerType;
import io.github.zvhsdk.model.TaskCategory;
import io.github.zvhsdk.model.rule.Tri;
import io.github.zvhsdk.privacy.config.HouseConfig;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * sharing.md (revision 2) re-stated for the property tests, sharing no code with {@link SharingRules}: each rule's
 * refusal condition is a plain two-valued predicate over a request whose optional facts are all known, and a rule's
 * verdict on a real request is derived from it by brute force over the completions of the unknown facts the rule
 * reads. The verdict is TRUE when every completion refuses, FALSE when none does, UNKNOWN otherwise; a fact is missing
 * when, for some completion of the rule's other unknown facts, two of its values give different outcomes (sharing.md,
 * "Missing facts"). A Kleene evaluation refuses exactly where this verdict is not FALSE (no rule's condition is a
 * contradiction in disguise), and names the same missing facts; it may say UNKNOWN where every completion refuses.
 *
 * <p>Two readings of the SDK (README, "Readings where the spec leaves room") are part of the re-statement: a recipient
 * whose {@code recipient.guest} is TRUE takes part in the case (SHARE-RECIPIENT does not read its involvement), and
 * SHARE-CONSENT-CAPACITY rests on a possibly bound origin holder three-valued, naming {@code origin.holder}.
 */
final class SharingOracle {
    static final int P_PART = 0;
    static final int R_PART = 1;
    static final int INVOLVED = 2;
    static final int SUBJECT = 3;
    static final int RELEVANT = 4;
    static final int STATUS = 5;
    static final int TASK = 6;
    static final int ADMITTED = 7;
    static final int COVENANT = 8;
    static final int BASIS = 9;
    static final int ORIGIN = 10;
    static final int NECESSITY = 11;
    static final int HOLDER = 12;
    static final int GUEST = 13;
    static final int DECLARATION = 14;
    static final int REFERRER = 15;
    static final int ORIGIN_CONSENT = 16;
    static final int AGE = 17;
    static final int CAPABLE = 18;
    static final int GIVEN = 19;

    /** The optional facts, indexed as above, by their spec names. */
    static final List<String> FACTS = List.of("provider.participant", "recipient.participant", "recipient.involvedInCase",
            "dataSubject", "relevantToSubject", "case.status", "case.taskCategory", "case.admittedUnder",
            "case.covenantInForce", "secrecyBasis", "originRegime", "necessityRecorded", "origin.holder", "recipient.guest",
            "recipient.secrecyDeclarationSigned", "recipient.referrer", "originConsent", "consent.ageBand", "consent.capable",
            "consent.givenBy");

    private static final List<Object> BOOLEANS = List.of(Boolean.TRUE, Boolean.FALSE);
    private static final Set<ConsentGiver> NOBODY = EnumSet.noneOf(ConsentGiver.class);
    private static final List<Object> GIVERS = List.of(NOBODY, EnumSet.of(ConsentGiver.SUBJECT_SELF),
            EnumSet.of(ConsentGiver.REPRESENTATIVE), EnumSet.allOf(ConsentGiver.class));

    /** The facts each rule reads, re-stated from sharing.md's rules table (SHARE-REGIME and the regime rules aside). */
    static final Map<String, int[]> READS = Map.ofEntries(
            Map.entry("SHARE-AGGREGATE-ONLY", new int[] {}),
            Map.entry("SHARE-PARTICIPANTS", new int[] {P_PART, R_PART, GUEST}),
            Map.entry("SHARE-GUEST", new int[] {R_PART, GUEST, TASK, DECLARATION, ORIGIN_CONSENT}),
            Map.entry("SHARE-COVENANT", new int[] {COVENANT}),
            Map.entry("SHARE-TRANSITION", new int[] {STATUS, ADMITTED}),
            Map.entry("SHARE-STATUS", new int[] {STATUS}),
            Map.entry("SHARE-RECIPIENT", new int[] {INVOLVED, TASK, REFERRER}),
            Map.entry("SHARE-CATEGORY", new int[] {}),
            Map.entry("SHARE-SECRECY", new int[] {HOLDER, BASIS, TASK}),
            Map.entry("SHARE-CONSENT-CAPACITY", new int[] {HOLDER, AGE, CAPABLE, GIVEN}),
            Map.entry("SHARE-SPECIAL-CATEGORY", new int[] {TASK, BASIS}),
            Map.entry("SHARE-JUSTICE-ORIGIN", new int[] {ORIGIN, HOLDER, TASK}),
            Map.entry("SHARE-BSN", new int[] {}),
            Map.entry("SHARE-THIRD-PARTY", new int[] {SUBJECT, RELEVANT, TASK}),
            Map.entry("SHARE-NECESSITY", new int[] {NECESSITY}));

    /** The statuses column of the purposes table. */
    static final Map<Purpose, Set<CaseStatus>> STATUSES = Map.of(
            Purpose.SCREENING, EnumSet.of(CaseStatus.REGISTERED, CaseStatus.SCREENING),
            Purpose.REFERRAL_FEEDBACK, EnumSet.of(CaseStatus.SCREENING, CaseStatus.ADMITTED, CaseStatus.DECLINED),
            Purpose.CASE_CONSULTATION, EnumSet.of(CaseStatus.ADMITTED),
            Purpose.PLAN_EXECUTION, EnumSet.of(CaseStatus.ADMITTED),
            Purpose.ZSM_CONTEXT, EnumSet.of(CaseStatus.ADMITTED),
            Purpose.KNOWN_ELSEWHERE_CHECK, EnumSet.of(CaseStatus.REGISTERED, CaseStatus.SCREENING, CaseStatus.ADMITTED));

    /** The categories column of the purposes table. */
    static final Map<Purpose, Set<DataCategory>> CATEGORIES = Map.of(
            Purpose.SCREENING, EnumSet.of(DataCategory.IDENTIFYING, DataCategory.BSN, DataCategory.CASE_FACTS,
                    DataCategory.LIFE_DOMAIN_ASSESSMENT, DataCategory.CRIMINAL_JUSTICE, DataCategory.CHILD_PROTECTION,
                    DataCategory.SOCIAL_DOMAIN, DataCategory.FINANCIAL, DataCategory.INCOME, DataCategory.HOUSING,
                    DataCategory.RELATIONS, DataCategory.ENFORCEMENT, DataCategory.CARE, DataCategory.NATIONALITY),
            Purpose.REFERRAL_FEEDBACK, EnumSet.of(DataCategory.CASE_FACTS),
            Purpose.CASE_CONSULTATION, EnumSet.allOf(DataCategory.class),
            Purpose.PLAN_EXECUTION, EnumSet.allOf(DataCategory.class),
            Purpose.ZSM_CONTEXT, EnumSet.of(DataCategory.CASE_FACTS, DataCategory.CRIMINAL_JUSTICE),
            Purpose.KNOWN_ELSEWHERE_CHECK, EnumSet.of(DataCategory.IDENTIFYING, DataCategory.BSN));

    static final Set<PartnerType> PUBLIC = EnumSet.of(PartnerType.POLITIE, PartnerType.OPENBAAR_MINISTERIE, PartnerType.DJI,
            PartnerType.RAAD_VOOR_DE_KINDERBESCHERMING, PartnerType.GEMEENTE, PartnerType.LEERPLICHT, PartnerType.GGD);
    static final Set<PartnerType> ZSM = EnumSet.of(PartnerType.OPENBAAR_MINISTERIE, PartnerType.POLITIE,
            PartnerType.RECLASSERING, PartnerType.RAAD_VOOR_DE_KINDERBESCHERMING, PartnerType.HALT);
    static final Set<DataCategory> SPECIAL = EnumSet.of(DataCategory.HEALTH, DataCategory.RELIGION_OR_BELIEF,
            DataCategory.POLITICAL_OPINION, DataCategory.ETHNIC_ORIGIN, DataCategory.SEXUAL_LIFE);
    static final Set<DataCategory> SPECIAL_OUTSIDE_WGS = EnumSet.of(DataCategory.RELIGION_OR_BELIEF,
            DataCategory.POLITICAL_OPINION, DataCategory.ETHNIC_ORIGIN, DataCategory.SEXUAL_LIFE);

    /** A rule's verdict on a request: its value over the completions, and its missing facts. */
    record Verdict(Tri value, Set<String> missing) {
        boolean refuses() {
            return value != Tri.FALSE;
        }
    }

    /** What a rule's predicate sees: the request's required facts, the configuration, and one completion. */
    private record Request(PartnerType provider, PartnerType recipient, DataCategory category, Purpose purpose,
            boolean beforeWgs, boolean guestTrue, HouseConfig config) {}

    private SharingOracle() {}

    /** @return the request's optional facts, indexed as {@link #FACTS}, null where unknown (a tri fact as a Boolean) */
    static Object[] known(SharingFacts f) {
        Object[] v = new Object[FACTS.size()];
        v[P_PART] = bool(f.provider().participant());
        v[R_PART] = bool(f.recipient().participant());
        v[INVOLVED] = bool(f.recipient().involvedInCase());
        v[SUBJECT] = f.dataSubject().orElse(null);
        v[RELEVANT] = bool(f.relevantToSubject());
        v[STATUS] = f.caseFacts().status().orElse(null);
        v[TASK] = f.caseFacts().taskCategory().orElse(null);
        v[ADMITTED] = f.caseFacts().admittedUnder().orElse(null);
        v[COVENANT] = bool(f.caseFacts().covenantInForce());
        v[BASIS] = f.secrecyBasis().orElse(null);
        v[ORIGIN] = f.originRegime().orElse(null);
        v[NECESSITY] = bool(f.necessityRecorded());
        v[HOLDER] = f.origin().holder().orElse(null);
        v[GUEST] = bool(f.recipient().guest());
        v[DECLARATION] = bool(f.recipient().secrecyDeclarationSigned());
        v[REFERRER] = bool(f.recipient().referrer());
        v[ORIGIN_CONSENT] = bool(f.originConsent());
        v[AGE] = f.consent().ageBand().orElse(null);
        v[CAPABLE] = bool(f.consent().capable());
        v[GIVEN] = f.consent().givenBy().map(s -> (Object) (s.isEmpty() ? NOBODY : EnumSet.copyOf(s))).orElse(null);
        return v;
    }

    private static Boolean bool(Tri t) {
        return t == Tri.UNKNOWN ? null : t == Tri.TRUE;
    }

    /** The values a fact can take for this request (the holder ZVH only of the case's own records). */
    private static List<Object> domain(int fact, DataCategory category) {
        return switch (fact) {
            case SUBJECT -> List.of((Object[]) DataSubject.values());
            case STATUS -> List.of((Object[]) CaseStatus.values());
            case TASK -> List.of((Object[]) TaskCategory.values());
            case ADMITTED -> List.of((Object[]) IntakeRegime.values());
            case BASIS -> List.of((Object[]) SecrecyBasis.values());
            case ORIGIN -> List.of((Object[]) OriginRegime.values());
            case HOLDER -> Arrays.stream(PartnerType.values()).filter(p -> p != PartnerType.ZVH
                    || category == DataCategory.CASE_FACTS || category == DataCategory.LIFE_DOMAIN_ASSESSMENT)
                    .map(p -> (Object) p).toList();
            case AGE -> List.of((Object[]) ConsentAgeBand.values());
            case GIVEN -> GIVERS;
            default -> BOOLEANS;
        };
    }

    /**
     * @return the verdict of every rule that applies to a request with personal data (SHARE-REGIME included, the
     *     condition-only SHARE-SPECIAL and SHARE-RETENTION not), by rule id; empty for aggregated data
     */
    static Map<String, Verdict> verdicts(SharingFacts f, HouseConfig config, LocalDate asOf) {
        Map<String, Verdict> out = new LinkedHashMap<>();
        if (f.aggregated()) {
            return out;
        }
        Object[] known = known(f);
        Request q = new Request(f.provider().type(), f.recipient().type(), f.category(), f.purpose(),
                asOf.isBefore(config.wgsDate()), f.recipient().guest() == Tri.TRUE, config);
        boolean regimeKnown = q.beforeWgs() || known[TASK] != null;
        out.put("SHARE-REGIME", regimeKnown ? new Verdict(Tri.FALSE, Set.of()) : new Verdict(Tri.UNKNOWN, Set.of("case.taskCategory")));
        List<String> rules = new ArrayList<>(List.of("SHARE-AGGREGATE-ONLY", "SHARE-PARTICIPANTS", "SHARE-GUEST",
                "SHARE-SECRECY", "SHARE-CONSENT-CAPACITY", "SHARE-SPECIAL-CATEGORY", "SHARE-JUSTICE-ORIGIN", "SHARE-BSN",
                "SHARE-THIRD-PARTY", "SHARE-NECESSITY"));
        if (regimeKnown) {
            rules.add("SHARE-COVENANT");
            rules.add("SHARE-TRANSITION");
        }
        if (!STATUSES.containsKey(q.purpose())) {
            // TREND_ANALYSIS, EXPERTISE_ADVICE: status, recipient and category do not apply
        } else {
            rules.add("SHARE-STATUS");
            rules.add("SHARE-RECIPIENT");
            rules.add("SHARE-CATEGORY");
        }
        for (String rule : rules) {
            out.put(rule, verdict(rule, q, known));
        }
        return out;
    }

    private static Verdict verdict(String rule, Request q, Object[] known) {
        // SHARE-CONSENT-CAPACITY reads the consent only when secrecyBasis is known to be CONSENT
        if (rule.equals("SHARE-CONSENT-CAPACITY") && known[BASIS] != SecrecyBasis.CONSENT) {
            return new Verdict(Tri.FALSE, Set.of());
        }
        int[] reads = READS.get(rule);
        List<Integer> unknown = new ArrayList<>();
        for (int r : reads) {
            if (known[r] == null) {
                unknown.add(r);
            }
        }
        int n = unknown.size();
        List<List<Object>> domains = new ArrayList<>();
        int[] stride = new int[n];
        int size = 1;
        for (int i = 0; i < n; i++) {
            List<Object> d = domain(unknown.get(i), q.category());
            domains.add(d);
            stride[i] = size;
            size *= d.size();
        }
        boolean[] outcome = new boolean[size];
        boolean some = false;
        boolean every = true;
        Object[] v = known.clone();
        for (int idx = 0; idx < size; idx++) {
            for (int i = 0; i < n; i++) {
                v[unknown.get(i)] = domains.get(i).get((idx / stride[i]) % domains.get(i).size());
            }
            outcome[idx] = refuses(rule, q, v);
            some |= outcome[idx];
            every &= outcome[idx];
        }
        Tri value = every ? Tri.TRUE : some ? Tri.UNKNOWN : Tri.FALSE;
        Set<String> missing = new LinkedHashSet<>();
        if (value == Tri.UNKNOWN) {
            for (int i = 0; i < n; i++) {
                int radix = domains.get(i).size();
                for (int idx = 0; idx < size && !missing.contains(FACTS.get(unknown.get(i))); idx++) {
                    if ((idx / stride[i]) % radix != 0) {
                        continue;
                    }
                    for (int j = 1; j < radix; j++) {
                        if (outcome[idx + j * stride[i]] != outcome[idx]) {
                            missing.add(FACTS.get(unknown.get(i)));
                            break;
                        }
                    }
                }
            }
        }
        return new Verdict(value, missing);
    }

    /** "The regime is WGS" for a completion: from the WGS date a basistaak. */
    private static boolean wgs(Request q, Object[] v) {
        return !q.beforeWgs() && v[TASK] == TaskCategory.BASISTAAK;
    }

    private static boolean is(Object[] v, int fact) {
        return (Boolean) v[fact];
    }

    /** The origin holder: the provider, or origin.holder when the provider is the house's bureau. */
    private static PartnerType holder(Request q, Object[] v) {
        return q.provider() == PartnerType.ZVH ? (PartnerType) v[HOLDER] : q.provider();
    }

    /** Who must consent: under 12 the representative; from 12 the person when capable, else the representative. */
    static boolean consentGiven(ConsentAgeBand age, boolean capable, Set<?> givenBy) {
        return givenBy.contains(age == ConsentAgeBand.UNDER_12 || !capable ? ConsentGiver.REPRESENTATIVE : ConsentGiver.SUBJECT_SELF);
    }

    /** The bases the regime accepts (SHARE-SECRECY). */
    static boolean accepted(SecrecyBasis basis, boolean wgs) {
        return switch (basis) {
            case CONSENT, STATUTORY, CONFLICT_OF_DUTIES -> true;
            case GOOD_CARE -> wgs;
            case NONE, CONSENT_UNDER_DRANG -> false;
        };
    }

    /** Each rule's refusal condition over a complete request, re-stated from sharing.md's rules table. */
    private static boolean refuses(String rule, Request q, Object[] v) {
        PartnerType p = q.provider();
        PartnerType r = q.recipient();
        DataCategory c = q.category();
        Purpose purpose = q.purpose();
        boolean atTheTable = purpose == Purpose.CASE_CONSULTATION || purpose == Purpose.PLAN_EXECUTION;
        return switch (rule) {
            case "SHARE-AGGREGATE-ONLY" -> purpose == Purpose.TREND_ANALYSIS || purpose == Purpose.EXPERTISE_ADVICE;
            case "SHARE-PARTICIPANTS" -> (p != PartnerType.ZVH && !is(v, P_PART))
                    || (r != PartnerType.ZVH && !is(v, R_PART) && !is(v, GUEST));
            case "SHARE-GUEST" -> r != PartnerType.ZVH && !is(v, R_PART) && is(v, GUEST)
                    && (!wgs(q, v) || !atTheTable || (p != PartnerType.ZVH && !PUBLIC.contains(p)) || !is(v, DECLARATION)
                            || c == DataCategory.BSN
                            || ((SPECIAL.contains(c) || c == DataCategory.CRIMINAL_JUSTICE) && !is(v, ORIGIN_CONSENT)));
            case "SHARE-COVENANT" -> !wgs(q, v) && !is(v, COVENANT);
            case "SHARE-TRANSITION" -> wgs(q, v) && v[STATUS] == CaseStatus.ADMITTED && v[ADMITTED] != IntakeRegime.WGS2025;
            case "SHARE-STATUS" -> !STATUSES.get(purpose).contains((CaseStatus) v[STATUS]);
            case "SHARE-RECIPIENT" -> !recipientAllowed(q, v);
            case "SHARE-CATEGORY" -> !CATEGORIES.get(purpose).contains(c);
            case "SHARE-SECRECY" -> q.config().secrecyBound().containsKey(holder(q, v))
                    && !accepted((SecrecyBasis) v[BASIS], wgs(q, v));
            case "SHARE-CONSENT-CAPACITY" -> (SPECIAL_OUTSIDE_WGS.contains(c) || q.config().secrecyBound().containsKey(holder(q, v)))
                    && !consentGiven((ConsentAgeBand) v[AGE], is(v, CAPABLE), (Set<?>) v[GIVEN]);
            case "SHARE-SPECIAL-CATEGORY" -> SPECIAL_OUTSIDE_WGS.contains(c) && (wgs(q, v) || v[BASIS] != SecrecyBasis.CONSENT);
            case "SHARE-JUSTICE-ORIGIN" -> {
                PartnerType h = holder(q, v);
                Object origin = v[ORIGIN];
                boolean police = origin == OriginRegime.WPG;
                boolean justice = origin == OriginRegime.WJSG;
                yield (police && h != PartnerType.POLITIE)
                        || (justice && h != PartnerType.OPENBAAR_MINISTERIE && h != PartnerType.DJI)
                        || (wgs(q, v) && c == DataCategory.CRIMINAL_JUSTICE && origin == OriginRegime.AVG)
                        || ((police || justice) && p != h && !(wgs(q, v) && p == PartnerType.ZVH && atTheTable));
            }
            case "SHARE-BSN" -> c == DataCategory.BSN && !(q.config().bsnEntitled().containsKey(p)
                    && q.config().bsnEntitled().containsKey(r));
            case "SHARE-THIRD-PARTY" -> {
                DataSubject s = (DataSubject) v[SUBJECT];
                yield ((s == DataSubject.HOUSEHOLD_MEMBER || s == DataSubject.DIRECT_CONTACT || s == DataSubject.OTHER_PERSON)
                        && !is(v, RELEVANT))
                        || (wgs(q, v) && s == DataSubject.OTHER_PERSON)
                        || (s == DataSubject.PROFESSIONAL && c != DataCategory.IDENTIFYING);
            }
            case "SHARE-NECESSITY" -> !is(v, NECESSITY);
            default -> throw new IllegalArgumentException(rule);
        };
    }

    /** The recipients column of the purposes table. */
    private static boolean recipientAllowed(Request q, Object[] v) {
        PartnerType p = q.provider();
        PartnerType r = q.recipient();
        // a guest takes part in the case it was admitted to; anyone else must be involved
        boolean takesPart = q.guestTrue() || is(v, INVOLVED);
        return switch (q.purpose()) {
            case SCREENING -> r == PartnerType.ZVH || (PUBLIC.contains(r) && takesPart)
                    || (p == PartnerType.ZVH && (q.category() == DataCategory.IDENTIFYING || q.category() == DataCategory.BSN)
                            && (!wgs(q, v) || PUBLIC.contains(r)));
            case REFERRAL_FEEDBACK -> p == PartnerType.ZVH && is(v, REFERRER);
            case CASE_CONSULTATION, PLAN_EXECUTION -> r == PartnerType.ZVH || takesPart;
            case ZSM_CONTEXT -> (p == PartnerType.ZVH && ZSM.contains(r)) || (ZSM.contains(p) && r == PartnerType.ZVH);
            case KNOWN_ELSEWHERE_CHECK -> p == PartnerType.ZVH && r == PartnerType.ZVH;
            case TREND_ANALYSIS, EXPERTISE_ADVICE -> true;
        };
    }
}
