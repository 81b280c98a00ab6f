package io.github.zvhsdk.privacy.sharing;

import io.github.zvhsdk.model.CaseStatus;
import io.github.zvhsdk.model.IntakeRegime;
import io.github.zvhsdk.model.PartnerType;
import io.github.zvhsdk.model.TaskCategory;
import io.github.zvhsdk.model.rule.Citation;
import io.github.zvhsdk.model.rule.Fact;
import io.github.zvhsdk.model.rule.Facts;
import io.github.zvhsdk.model.rule.RefusalRule;
import io.github.zvhsdk.model.rule.RuleResult;
import io.github.zvhsdk.model.rule.SourceId;
import io.github.zvhsdk.model.rule.Tri;
import io.github.zvhsdk.privacy.config.HouseConfig;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The SHARE-* rules of sharing.md (revision 2), each a fail-closed {@link RefusalRule} over the request's optional
 * facts. The four required facts (provider and recipient type, category, purpose), the configuration and {@code asOf}
 * are known constants of a request; each rule declares the optional facts it reads for that request. "The regime is
 * {@code WGS}", which the rev. 2 rules read, is the fact {@code case.taskCategory} from the WGS date on (UNKNOWN while
 * it is unknown) and FALSE before it.
 */
final class SharingRules {
    static final Fact<Tri> PROVIDER_PARTICIPANT = Fact.tri("provider.participant");
    static final Fact<Tri> RECIPIENT_PARTICIPANT = Fact.tri("recipient.participant");
    static final Fact<Tri> RECIPIENT_INVOLVED = Fact.tri("recipient.involvedInCase");
    static final Fact<DataSubject> DATA_SUBJECT = Fact.ofEnum("dataSubject", DataSubject.class);
    static final Fact<Tri> RELEVANT = Fact.tri("relevantToSubject");
    static final Fact<CaseStatus> CASE_STATUS = Fact.ofEnum("case.status", CaseStatus.class);
    static final Fact<TaskCategory> TASK_CATEGORY = Fact.ofEnum("case.taskCategory", TaskCategory.class);
    static final Fact<IntakeRegime> ADMITTED_UNDER = Fact.ofEnum("case.admittedUnder", IntakeRegime.class);
    static final Fact<Tri> COVENANT_IN_FORCE = Fact.tri("case.covenantInForce");
    static final Fact<SecrecyBasis> SECRECY_BASIS = Fact.ofEnum("secrecyBasis", SecrecyBasis.class);
    static final Fact<OriginRegime> ORIGIN_REGIME = Fact.ofEnum("originRegime", OriginRegime.class);
    static final Fact<Tri> NECESSITY = Fact.tri("necessityRecorded");
    static final Fact<PartnerType> ORIGIN_HOLDER = Fact.ofEnum("origin.holder", PartnerType.class);
    static final Fact<Tri> RECIPIENT_GUEST = Fact.tri("recipient.guest");
    static final Fact<Tri> DECLARATION_SIGNED = Fact.tri("recipient.secrecyDeclarationSigned");
    static final Fact<Tri> RECIPIENT_REFERRER = Fact.tri("recipient.referrer");
    static final Fact<Tri> ORIGIN_CONSENT = Fact.tri("originConsent");
    static final Fact<ConsentAgeBand> CONSENT_AGE = Fact.ofEnum("consent.ageBand", ConsentAgeBand.class);
    static final Fact<Tri> CONSENT_CAPABLE = Fact.tri("consent.capable");
    static final Fact<Set<ConsentGiver>> CONSENT_GIVEN_BY = Fact.of("consent.givenBy", GivenBy.ALL);

    // The facts a rule reads for a request, narrowed to those its condition can depend on for that request: the
    // missing-fact search enumerates the completions of every unknown fact read, so a fact read in vain costs a factor.
    private static final List<Fact<?>> PARTICIPANT_FACTS = List.of(PROVIDER_PARTICIPANT, RECIPIENT_PARTICIPANT,
            RECIPIENT_GUEST);
    private static final List<Fact<?>> RECIPIENT_PARTICIPANT_FACTS = List.of(RECIPIENT_PARTICIPANT, RECIPIENT_GUEST);
    private static final List<Fact<?>> PROVIDER_PARTICIPANT_FACTS = List.of(PROVIDER_PARTICIPANT);
    private static final List<Fact<?>> GUEST_FACTS = List.of(RECIPIENT_PARTICIPANT, RECIPIENT_GUEST, DECLARATION_SIGNED);
    private static final List<Fact<?>> GUEST_FACTS_WITH_CONSENT = List.of(RECIPIENT_PARTICIPANT, RECIPIENT_GUEST,
            DECLARATION_SIGNED, ORIGIN_CONSENT);
    private static final List<Fact<?>> TRANSITION_FACTS = List.of(CASE_STATUS, ADMITTED_UNDER);
    private static final List<Fact<?>> SECRECY_FACTS = List.of(SECRECY_BASIS);
    private static final List<Fact<?>> CONSENT_FACTS = List.of(CONSENT_AGE, CONSENT_CAPABLE, CONSENT_GIVEN_BY);
    private static final List<Fact<?>> SPECIAL_CATEGORY_FACTS = List.of(SECRECY_BASIS);
    private static final List<Fact<?>> JUSTICE_FACTS = List.of(ORIGIN_REGIME);
    private static final List<Fact<?>> THIRD_PARTY_FACTS = List.of(DATA_SUBJECT, RELEVANT);
    private static final List<Fact<?>> REGIME_FACTS = List.of(TASK_CATEGORY);
    private static final List<Fact<?>> COVENANT_FACTS = List.of(COVENANT_IN_FORCE);
    private static final List<Fact<?>> STATUS_FACTS = List.of(CASE_STATUS);
    private static final List<Fact<?>> INVOLVEMENT_FACTS = List.of(RECIPIENT_INVOLVED);
    private static final List<Fact<?>> REFERRER_FACTS = List.of(RECIPIENT_REFERRER);
    private static final List<Fact<?>> NECESSITY_FACTS = List.of(NECESSITY);
    private static final PartnerType[] PARTNER_TYPES = PartnerType.values();

    /**
     * Every optional fact name a decision can list as missing, in spec order (sharing.md, "Missing facts"), and last
     * {@code case.firstProcessedOn}, which SHARE-RETENTION names when configured covenant terms have ended but the
     * date of first processing, which decides whether they apply, is not given (README, readings).
     */
    static final List<String> OPTIONAL_FACTS = List.of("provider.participant", "recipient.participant",
            "recipient.involvedInCase", "dataSubject", "relevantToSubject", "case.status", "case.taskCategory",
            "case.admittedUnder", "case.covenantInForce", "secrecyBasis", "originRegime", "necessityRecorded",
            "origin.holder", "recipient.guest", "recipient.secrecyDeclarationSigned", "recipient.referrer",
            "originConsent", "consent.ageBand", "consent.capable", "consent.givenBy", "case.firstProcessedOn");

    /** The criminal-justice partners at the ZSM table (sharing.md, ZSM_CONTEXT). */
    static final Set<PartnerType> ZSM_PARTNERS = EnumSet.of(PartnerType.OPENBAAR_MINISTERIE, PartnerType.POLITIE,
            PartnerType.RECLASSERING, PartnerType.RAAD_VOOR_DE_KINDERBESCHERMING, PartnerType.HALT);
    /**
     * The public participants (SRC-WGS art. 2.27 lid 1, as the purposes table lists them): they judge a registration at
     * the screening table, receive the enrichment question under the WGS, and provide to a guest.
     */
    static final Set<PartnerType> PUBLIC_PARTICIPANTS = EnumSet.of(PartnerType.POLITIE, PartnerType.OPENBAAR_MINISTERIE,
            PartnerType.DJI, PartnerType.RAAD_VOOR_DE_KINDERBESCHERMING, PartnerType.GEMEENTE, PartnerType.LEERPLICHT,
            PartnerType.GGD);
    /** The origin holder of Wpg data (SHARE-JUSTICE-ORIGIN). */
    private static final Set<PartnerType> WPG_HOLDERS = EnumSet.of(PartnerType.POLITIE);
    /** The origin holders of Wjsg data (SHARE-JUSTICE-ORIGIN, rev. 2: Wjsg art. 8b, 39fa, 51ca). */
    static final Set<PartnerType> WJSG_HOLDERS = EnumSet.of(PartnerType.OPENBAAR_MINISTERIE, PartnerType.DJI);
    /** The grounds that break professional secrecy under either regime (SHARE-SECRECY); the WGS adds GOOD_CARE. */
    static final Set<SecrecyBasis> SECRECY_GROUNDS = EnumSet.of(SecrecyBasis.CONSENT, SecrecyBasis.STATUTORY,
            SecrecyBasis.CONFLICT_OF_DUTIES);
    /** Whom SHARE-THIRD-PARTY asks to be relevant to the subject's problems. */
    private static final Set<DataSubject> RELATED_PERSONS = EnumSet.of(DataSubject.HOUSEHOLD_MEMBER,
            DataSubject.DIRECT_CONTACT, DataSubject.OTHER_PERSON);
    /** The purposes at the case table: a guest may sit there, and the recipient must take part in the case. */
    private static final Set<Purpose> AT_THE_TABLE = EnumSet.of(Purpose.CASE_CONSULTATION, Purpose.PLAN_EXECUTION);
    private static final ConsentAgeBand[] AGE_BANDS = ConsentAgeBand.values();
    private static final Tri[] CAPABILITIES = {Tri.TRUE, Tri.FALSE};

    static final String NO_PERSONAL_DATA = "SHARE-NO-PERSONAL-DATA";
    static final String AGGREGATE_ONLY = "SHARE-AGGREGATE-ONLY";
    static final String REGIME = "SHARE-REGIME";
    static final String PARTICIPANTS = "SHARE-PARTICIPANTS";
    static final String GUEST = "SHARE-GUEST";
    static final String COVENANT = "SHARE-COVENANT";
    static final String TRANSITION = "SHARE-TRANSITION";
    static final String STATUS = "SHARE-STATUS";
    static final String RECIPIENT = "SHARE-RECIPIENT";
    static final String CATEGORY = "SHARE-CATEGORY";
    static final String SECRECY = "SHARE-SECRECY";
    static final String CONSENT_CAPACITY = "SHARE-CONSENT-CAPACITY";
    static final String SPECIAL = "SHARE-SPECIAL";
    static final String SPECIAL_CATEGORY = "SHARE-SPECIAL-CATEGORY";
    static final String JUSTICE_ORIGIN = "SHARE-JUSTICE-ORIGIN";
    static final String BSN = "SHARE-BSN";
    static final String THIRD_PARTY = "SHARE-THIRD-PARTY";
    static final String NECESSITY_RULE = "SHARE-NECESSITY";
    static final String RETENTION = "SHARE-RETENTION";

    /** Every rule id, in the order of the spec's table. */
    static final List<String> ALL = List.of(NO_PERSONAL_DATA, AGGREGATE_ONLY, REGIME, PARTICIPANTS, GUEST, COVENANT,
            TRANSITION, STATUS, RECIPIENT, CATEGORY, SECRECY, CONSENT_CAPACITY, SPECIAL, SPECIAL_CATEGORY, JUSTICE_ORIGIN,
            BSN, THIRD_PARTY, RETENTION, NECESSITY_RULE);

    /** Each rule's citations, built once: they are the same in every decision. */
    private static final Map<String, List<Citation>> CITATIONS = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(id -> id, SharingRules::buildCitations));

    // each rule's two definite results, built once: a rule whose condition is definite for a request gives one of them
    private static final Definite D_AGGREGATE_ONLY = new Definite(AGGREGATE_ONLY);
    private static final Definite D_PARTICIPANTS = new Definite(PARTICIPANTS);
    private static final Definite D_GUEST = new Definite(GUEST);
    private static final Definite D_COVENANT = new Definite(COVENANT);
    private static final Definite D_TRANSITION = new Definite(TRANSITION);
    private static final Definite D_STATUS = new Definite(STATUS);
    private static final Definite D_RECIPIENT = new Definite(RECIPIENT);
    private static final Definite D_CATEGORY = new Definite(CATEGORY);
    private static final Definite D_SECRECY = new Definite(SECRECY);
    private static final Definite D_CONSENT_CAPACITY = new Definite(CONSENT_CAPACITY);
    private static final Definite D_SPECIAL_CATEGORY = new Definite(SPECIAL_CATEGORY);
    private static final Definite D_JUSTICE_ORIGIN = new Definite(JUSTICE_ORIGIN);
    private static final Definite D_BSN = new Definite(BSN);
    private static final Definite D_THIRD_PARTY = new Definite(THIRD_PARTY);
    private static final Definite D_NECESSITY = new Definite(NECESSITY_RULE);
    /** The results that are the same in every decision that has them. */
    static final RuleResult NO_PERSONAL_DATA_RESULT = RuleResult.of(NO_PERSONAL_DATA, Tri.FALSE, List.of(),
            citations(NO_PERSONAL_DATA));
    static final RuleResult SPECIAL_RESULT = RuleResult.of(SPECIAL, Tri.FALSE, List.of(), citations(SPECIAL));
    private static final RuleResult REGIME_KNOWN = RuleResult.of(REGIME, Tri.FALSE, List.of(), citations(REGIME));
    private static final RuleResult REGIME_UNKNOWN = RuleResult.of(REGIME, Tri.UNKNOWN, List.of("case.taskCategory"),
            citations(REGIME));

    // Rules whose result, for the commonest shapes of request, depends only on the states of the few facts they read:
    // their results over every state, computed once with RefusalRule (see Table), so that an UNKNOWN one costs a lookup
    private static final Table PARTICIPANTS_BOTH = new Table(D_PARTICIPANTS, PARTICIPANT_FACTS,
            y -> participants(y, PartnerType.POLITIE, PartnerType.GGZ));
    private static final Table PARTICIPANTS_TO = new Table(D_PARTICIPANTS, RECIPIENT_PARTICIPANT_FACTS,
            y -> participants(y, PartnerType.ZVH, PartnerType.GGZ));
    private static final Table PARTICIPANTS_FROM = new Table(D_PARTICIPANTS, PROVIDER_PARTICIPANT_FACTS,
            y -> participants(y, PartnerType.POLITIE, PartnerType.ZVH));
    private static final Table GUEST_BARRED = new Table(D_GUEST, RECIPIENT_PARTICIPANT_FACTS, SharingRules::guest);
    /** By [origin must consent][the regime is WGS (TRUE) or unknown]. */
    private static final Table[][] GUEST_AT_THE_TABLE = new Table[2][2];
    /** By [the category is IDENTIFYING][Tri ordinal of "the regime is WGS"]. */
    private static final Table[][] THIRD_PARTY_TABLES = new Table[2][3];
    /** For a provider other than ZVH, by [POLITIE, an Wjsg holder, another][criminal-justice data][Tri ordinal of "WGS"]. */
    private static final Table[][][] JUSTICE_TABLES = new Table[3][2][3];
    /** For a provider other than ZVH that is bound by secrecy, by [Tri ordinal of "the regime is WGS"]. */
    private static final Table[] SECRECY_BOUND = new Table[3];
    private static final Table NECESSITY_TABLE = new Table(D_NECESSITY, NECESSITY_FACTS, y -> y.tri(NECESSITY).not());
    private static final Table COVENANT_TABLE = new Table(D_COVENANT, COVENANT_FACTS, y -> y.tri(COVENANT_IN_FORCE).not());
    private static final Table TRANSITION_TABLE = new Table(D_TRANSITION, TRANSITION_FACTS, SharingRules::transition);
    private static final Table INVOLVEMENT_TABLE = new Table(D_RECIPIENT, INVOLVEMENT_FACTS,
            y -> y.tri(RECIPIENT_INVOLVED).not());
    private static final Table REFERRER_TABLE = new Table(D_RECIPIENT, REFERRER_FACTS, y -> y.tri(RECIPIENT_REFERRER).not());
    /** For a provider other than ZVH (or one of the four special categories): the consent facts decide. */
    private static final Table CONSENT_TABLE = new Table(D_CONSENT_CAPACITY, CONSENT_FACTS, SharingRules::consentLacking);
    /** By purpose ordinal. */
    private static final Table[] STATUS_TABLES = new Table[Purpose.values().length];
    /** By [Tri ordinal of "the regime is WGS"]. */
    private static final Table[] SPECIAL_CATEGORY_TABLES = new Table[3];

    static {
        for (Tri wgs : Tri.values()) {
            int w = wgs.ordinal();
            for (int consent = 0; consent < 2; consent++) {
                boolean originMustConsent = consent == 1;
                if (wgs != Tri.FALSE) {
                    GUEST_AT_THE_TABLE[consent][wgs == Tri.TRUE ? 0 : 1] = new Table(D_GUEST, regimeReads(wgs,
                            originMustConsent ? GUEST_FACTS_WITH_CONSENT : GUEST_FACTS),
                            y -> guest(y).and(guestBarred(y, wgs, originMustConsent)));
                }
            }
            for (int identifying = 0; identifying < 2; identifying++) {
                DataCategory c = identifying == 1 ? DataCategory.IDENTIFYING : DataCategory.CASE_FACTS;
                THIRD_PARTY_TABLES[identifying][w] = new Table(D_THIRD_PARTY, regimeReads(wgs, THIRD_PARTY_FACTS),
                        y -> thirdParty(y, wgs, c));
            }
            PartnerType[] kinds = {PartnerType.POLITIE, PartnerType.OPENBAAR_MINISTERIE, PartnerType.GEMEENTE};
            for (int kind = 0; kind < 3; kind++) {
                PartnerType provider = kinds[kind];
                for (int cj = 0; cj < 2; cj++) {
                    DataCategory c = cj == 1 ? DataCategory.CRIMINAL_JUSTICE : DataCategory.CASE_FACTS;
                    JUSTICE_TABLES[kind][cj][w] = new Table(D_JUSTICE_ORIGIN, regimeReads(wgs, JUSTICE_FACTS),
                            y -> justiceOrigin(y, wgs, provider, c, Purpose.CASE_CONSULTATION, ORIGIN_HOLDER));
                }
            }
            SECRECY_BOUND[w] = new Table(D_SECRECY, regimeReads(wgs, SECRECY_FACTS), y -> basisAccepted(y, wgs).not());
            SPECIAL_CATEGORY_TABLES[w] = new Table(D_SPECIAL_CATEGORY, regimeReads(wgs, SPECIAL_CATEGORY_FACTS),
                    y -> specialCategory(y, wgs));
        }
        for (Purpose p : Purpose.values()) {
            STATUS_TABLES[p.ordinal()] = new Table(D_STATUS, STATUS_FACTS, y -> y.isAnyOf(CASE_STATUS, p.statuses()).not());
        }
    }

    private SharingRules() {}

    /**
     * @param ruleId one of {@link #ALL}
     * @return the rule's citations; never null
     * @throws IllegalArgumentException for an id that is not a sharing rule
     */
    static List<Citation> citations(String ruleId) {
        List<Citation> c = CITATIONS.get(ruleId);
        if (c == null) {
            throw new IllegalArgumentException("unknown rule " + ruleId);
        }
        return c;
    }

    private static List<Citation> buildCitations(String ruleId) {
        return switch (ruleId) {
            case NO_PERSONAL_DATA -> List.of(Citation.of(SourceId.AVG, "art. 4(1)"));
            case AGGREGATE_ONLY -> List.of(Citation.of(SourceId.AVG, "art. 5(1)(b),(c)"));
            case REGIME -> List.of(Citation.of(SourceId.AVG, "art. 6, 30"));
            case PARTICIPANTS -> List.of(Citation.of(SourceId.WGS, "art. 2.27"), Citation.of(SourceId.LK2013, "§5.5"));
            case GUEST -> List.of(Citation.of(SourceId.WGS, "art. 2.31 lid 9–10, art. 1.7 lid 3"),
                    Citation.of(SourceId.BGS, "art. 2.21"));
            case COVENANT -> List.of(Citation.of(SourceId.MJA2124, "§3.3.1"), Citation.of(SourceId.HANDVAT2019, ""));
            case TRANSITION -> List.of(Citation.of(SourceId.REFERENCE_POLICY, "sharing.md, SHARE-TRANSITION (transitional law is [open])"));
            case STATUS -> List.of(Citation.of(SourceId.AVG, "art. 5(1)(b)"), Citation.of(SourceId.WGS, "art. 2.31 lid 8 and 13"));
            case RECIPIENT -> List.of(Citation.of(SourceId.LK2013, "§5.5.3"));
            case CATEGORY, NECESSITY_RULE -> List.of(Citation.of(SourceId.AVG, "art. 5(1)(c)"));
            case SECRECY -> List.of(Citation.of(SourceId.WGS, "art. 2.29 lid 2"), Citation.of(SourceId.HANDVAT2019, "§2.7–2.9"));
            // BW, Jeugdwet and Wmo 2015 are no sources of sources.md: the spec's reading of them is cited as such
            case CONSENT_CAPACITY -> List.of(Citation.of(SourceId.REFERENCE_POLICY, "sharing.md, SHARE-CONSENT-CAPACITY: "
                    + "BW 7:457 with 7:465 lid 1–3 (WGBO); Jeugdwet art. 7.3.11 with 7.3.15 lid 1–3; Wmo 2015 art. 5.3.3 lid 2"),
                    Citation.of(SourceId.LK2013, "§5.7"));
            case SPECIAL -> List.of(Citation.of(SourceId.AVG, "art. 9"));
            case SPECIAL_CATEGORY -> List.of(Citation.of(SourceId.WGS, "art. 2.29 lid 1, art. 2.30 lid 1"),
                    Citation.of(SourceId.AVG, "art. 9"), Citation.of(SourceId.UAVG, "art. 22–30"));
            case JUSTICE_ORIGIN -> List.of(Citation.of(SourceId.WJSG, "art. 39f, 51c"), Citation.of(SourceId.WPG, "art. 20"),
                    Citation.of(SourceId.WGS, "art. 2.30 lid 1 a"));
            case BSN -> List.of(Citation.of(SourceId.UAVG, "art. 46"));
            case THIRD_PARTY -> List.of(Citation.of(SourceId.WVV2024, "§6 (criterion a)"), Citation.of(SourceId.BGS, "art. 2.19"),
                    Citation.of(SourceId.WGS, "art. 2.30 lid 1 b, c"));
            case RETENTION -> List.of(Citation.of(SourceId.WGS, "art. 1.8 lid 7"), Citation.of(SourceId.BGS, "art. 1.16"),
                    Citation.of(SourceId.AVG, "art. 5(1)(e)"));
            default -> throw new IllegalArgumentException("unknown rule " + ruleId);
        };
    }

    /**
     * The request's optional facts as {@link Facts} (absent and UNKNOWN are unknown), only those some rule reads for
     * this request (a lookup searches them in order, so fewer is faster): {@code case.taskCategory} never (the regime
     * is passed as a constant where it is known, and the fact is unknown where it is not), the covenant only under a
     * covenant, {@code case.admittedUnder} only under the WGS, participation and guest facts only of a party other than
     * ZVH, {@code origin.holder} only when the provider is ZVH (else the provider is the holder), the guest's
     * declaration and the origin's consent only at the case table, the referrer only for REFERRAL_FEEDBACK, and the
     * consent facts only on the basis CONSENT.
     */
    private static Facts facts(SharingFacts f, SharingRegime regime) {
        CaseFacts c = f.caseFacts();
        Recipient r = f.recipient();
        Facts.Builder b = Facts.builder();
        // the participation and guest facts first: SHARE-PARTICIPANTS and SHARE-GUEST read them most
        if (r.type() != PartnerType.ZVH) {
            b.with(RECIPIENT_PARTICIPANT, r.participant()).with(RECIPIENT_GUEST, r.guest());
        }
        if (f.provider().type() != PartnerType.ZVH) {
            b.with(PROVIDER_PARTICIPANT, f.provider().participant());
        } else {
            b.with(ORIGIN_HOLDER, f.origin().holder().orElse(null));
        }
        b.with(DATA_SUBJECT, f.dataSubject().orElse(null))
                .with(RELEVANT, f.relevantToSubject())
                .with(ORIGIN_REGIME, f.originRegime().orElse(null))
                .with(SECRECY_BASIS, f.secrecyBasis().orElse(null))
                .with(NECESSITY, f.necessityRecorded());
        if (!f.purpose().aggregatedOnly() || regime == SharingRegime.WGS) {
            b.with(CASE_STATUS, c.status().orElse(null));
        }
        if (regime == SharingRegime.WGS) {
            b.with(ADMITTED_UNDER, c.admittedUnder().orElse(null));
        } else if (regime == SharingRegime.COVENANT) {
            b.with(COVENANT_IN_FORCE, c.covenantInForce());
        }
        if (r.type() != PartnerType.ZVH) {
            b.with(RECIPIENT_INVOLVED, r.involvedInCase());
            if (AT_THE_TABLE.contains(f.purpose())) {
                b.with(DECLARATION_SIGNED, r.secrecyDeclarationSigned()).with(ORIGIN_CONSENT, f.originConsent());
            }
        }
        if (f.purpose() == Purpose.REFERRAL_FEEDBACK) {
            b.with(RECIPIENT_REFERRER, r.referrer());
        }
        if (f.secrecyBasis().orElse(null) == SecrecyBasis.CONSENT) {
            Consent consent = f.consent();
            b.with(CONSENT_AGE, consent.ageBand().orElse(null))
                    .with(CONSENT_CAPABLE, consent.capable())
                    .with(CONSENT_GIVEN_BY, consent.givenBy().orElse(null));
        }
        return b.build();
    }

    /** SHARE-REGIME: the regime of the request (sharing.md, "Legal regime"). */
    static SharingRegime regime(SharingFacts f, LocalDate wgsDate, LocalDate asOf) {
        if (asOf.isBefore(wgsDate)) {
            return SharingRegime.COVENANT;
        }
        return f.caseFacts().taskCategory().map(t -> t == TaskCategory.BASISTAAK ? SharingRegime.WGS : SharingRegime.COVENANT)
                .orElse(SharingRegime.UNKNOWN);
    }

    /** The basis of a known regime. */
    static SharingBasis basis(SharingRegime regime, LocalDate wgsDate, LocalDate asOf) {
        if (regime == SharingRegime.WGS) {
            return SharingBasis.WGS_JOINT_PROCESSING;
        }
        return asOf.isBefore(wgsDate) ? SharingBasis.PARTNER_BASIS_AND_COVENANT : SharingBasis.PARTNER_BASIS_AND_TASK_COVENANT;
    }

    /** SHARE-REGIME as a rule result: refuses (UNKNOWN, naming {@code case.taskCategory}) when the regime is unknown. */
    private static RuleResult regimeResult(SharingRegime regime) {
        return regime == SharingRegime.UNKNOWN
                ? REGIME_UNKNOWN
                : REGIME_KNOWN;
    }

    /**
     * Evaluates every rule that applies to a request with personal data and returns the results in the spec's order
     * (SHARE-REGIME and the condition-only SHARE-SPECIAL among them). Each rule's refusal condition is evaluated over
     * what is known; a definite value gives the rule's constant result (the same result a {@link RefusalRule} gives,
     * built once), and only an UNKNOWN one is handed to a {@link RefusalRule} over the facts the rule reads for this
     * request, which names the missing facts.
     */
    static List<RuleResult> trace(SharingFacts f, HouseConfig config, SharingRegime regime, LocalDate asOf,
            @Nullable RuleResult retention) {
        PartnerType provider = f.provider().type();
        PartnerType recipient = f.recipient().type();
        DataCategory category = f.category();
        Purpose purpose = f.purpose();
        // "the regime is WGS" where the request settles it (before the WGS date, or with the task category known);
        // UNKNOWN where the rules must read case.taskCategory
        Tri wgsRegime = regime == SharingRegime.UNKNOWN ? Tri.UNKNOWN : Tri.of(regime == SharingRegime.WGS);
        Facts x = facts(f, regime);
        List<RuleResult> trace = new ArrayList<>(ALL.size());
        Tri v;

        // SHARE-AGGREGATE-ONLY: an aggregated-only purpose with personal data.
        trace.add(D_AGGREGATE_ONLY.of(purpose.aggregatedOnly()));
        trace.add(regimeResult(regime));

        // SHARE-PARTICIPANTS: the provider (other than ZVH) is not a participant; or the recipient (other than ZVH) is
        // not a participant and not a guest (a guest is judged by SHARE-GUEST).
        v = participants(x, provider, recipient);
        trace.add(v != Tri.UNKNOWN ? D_PARTICIPANTS.of(v == Tri.TRUE) : (provider == PartnerType.ZVH ? PARTICIPANTS_TO
                : recipient == PartnerType.ZVH ? PARTICIPANTS_FROM : PARTICIPANTS_BOTH).result(x));
        // SHARE-GUEST: a guest only under the WGS, at the table, from ZVH or a public participant, with the declaration
        // signed, never the BSN, and special or criminal data only with the origin's consent. Where the required facts
        // or the regime already bar a guest (not at the table, a private provider, the BSN, a covenant), the condition
        // is the guest reading alone.
        if (recipient == PartnerType.ZVH) {
            trace.add(D_GUEST.of(false));
        } else {
            boolean barred = wgsRegime == Tri.FALSE || !AT_THE_TABLE.contains(purpose)
                    || (provider != PartnerType.ZVH && !PUBLIC_PARTICIPANTS.contains(provider))
                    || category == DataCategory.BSN;
            boolean originMustConsent = category.isSpecial() || category == DataCategory.CRIMINAL_JUSTICE;
            v = barred ? guest(x) : guest(x).and(guestBarred(x, wgsRegime, originMustConsent));
            trace.add(v != Tri.UNKNOWN ? D_GUEST.of(v == Tri.TRUE) : barred ? GUEST_BARRED.result(x)
                    : GUEST_AT_THE_TABLE[originMustConsent ? 1 : 0][wgsRegime == Tri.TRUE ? 0 : 1].result(x));
        }

        if (regime != SharingRegime.UNKNOWN) {
            // SHARE-COVENANT: regime COVENANT and the covenant is not in force.
            v = regime == SharingRegime.COVENANT ? x.tri(COVENANT_IN_FORCE).not() : Tri.FALSE;
            trace.add(v != Tri.UNKNOWN ? D_COVENANT.of(v == Tri.TRUE)
                    : COVENANT_TABLE.result(x));
            // SHARE-TRANSITION: regime WGS, case ADMITTED, and not admitted under WGS2025.
            v = regime == SharingRegime.WGS ? transition(x) : Tri.FALSE;
            trace.add(v != Tri.UNKNOWN ? D_TRANSITION.of(v == Tri.TRUE)
                    : TRANSITION_TABLE.result(x));
        }

        if (!purpose.aggregatedOnly()) {
            // SHARE-STATUS: the case status is not one the purpose allows.
            v = x.isAnyOf(CASE_STATUS, purpose.statuses()).not();
            trace.add(v != Tri.UNKNOWN ? D_STATUS.of(v == Tri.TRUE)
                    : STATUS_TABLES[purpose.ordinal()].result(x));
            // SHARE-RECIPIENT: the recipient is not one the purpose allows (for this provider, category and regime).
            trace.add(recipient(x, wgsRegime, provider, f.recipient(), category, purpose));
            // SHARE-CATEGORY: the category is not one the purpose allows.
            trace.add(D_CATEGORY.of(!purpose.categories().contains(category)));
        }

        // The origin holder, as the rules read it: the provider unless it is ZVH, else origin.holder. When the bureau
        // passes data on whose holder is unknown, the missing-fact search runs over one partner type per class of holders
        // the rules tell apart (bound by secrecy; POLITIE, an Wjsg holder, ZVH or another): a handful of values instead of
        // every partner type. For a partner provider the rules' results come from their tables.
        boolean fromHouse = provider == PartnerType.ZVH;
        Fact<PartnerType> searched = fromHouse && f.origin().holder().isEmpty() ? holderClasses(config) : ORIGIN_HOLDER;
        // SHARE-SECRECY: the origin holder is (or may be) bound by professional secrecy and the basis is not one the
        // regime accepts, for every category.
        v = !fromHouse && !config.isSecrecyBound(provider) ? Tri.FALSE : secrecy(x, provider, config, ORIGIN_HOLDER, wgsRegime);
        trace.add(v != Tri.UNKNOWN ? D_SECRECY.of(v == Tri.TRUE)
                : !fromHouse ? SECRECY_BOUND[wgsRegime.ordinal()].result(x)
                : D_SECRECY.missing(regimeReads(wgsRegime, List.of(searched, SECRECY_BASIS)),
                        y -> secrecy(y, provider, config, searched, wgsRegime), x));
        // SHARE-CONSENT-CAPACITY: the request rests on consent (basis known to be CONSENT), and the one whose consent is
        // needed did not give it.
        boolean restsOnHolder = !category.isSpecialOutsideWgs();
        v = f.secrecyBasis().orElse(null) != SecrecyBasis.CONSENT
                || (restsOnHolder && !fromHouse && !config.isSecrecyBound(provider))
                ? Tri.FALSE : consentCapacity(x, provider, config, ORIGIN_HOLDER, restsOnHolder);
        trace.add(v != Tri.UNKNOWN ? D_CONSENT_CAPACITY.of(v == Tri.TRUE)
                // the request rests on the consent for certain: the consent facts decide
                : !fromHouse || !restsOnHolder ? CONSENT_TABLE.result(x)
                : D_CONSENT_CAPACITY.missing(List.of(searched, CONSENT_AGE, CONSENT_CAPABLE, CONSENT_GIVEN_BY),
                        y -> consentCapacity(y, provider, config, searched, true), x));
        // SHARE-SPECIAL never refuses: it only adds its condition (see conditions)
        trace.add(SPECIAL_RESULT);
        // SHARE-SPECIAL-CATEGORY: religion, political opinion, ethnic origin or sexual life under the WGS, or under a
        // covenant without consent.
        v = category.isSpecialOutsideWgs() ? specialCategory(x, wgsRegime) : Tri.FALSE;
        trace.add(v != Tri.UNKNOWN ? D_SPECIAL_CATEGORY.of(v == Tri.TRUE)
                : SPECIAL_CATEGORY_TABLES[wgsRegime.ordinal()].result(x));

        // SHARE-JUSTICE-ORIGIN: police and justice data only from their origin holders and not passed on; criminal data
        // under the WGS only as police or justice data; an unknown origin could be either.
        v = justiceOrigin(x, wgsRegime, provider, category, purpose, ORIGIN_HOLDER);
        trace.add(v != Tri.UNKNOWN ? D_JUSTICE_ORIGIN.of(v == Tri.TRUE)
                : !fromHouse ? JUSTICE_TABLES[provider == PartnerType.POLITIE ? 0 : WJSG_HOLDERS.contains(provider) ? 1 : 2]
                        [category == DataCategory.CRIMINAL_JUSTICE ? 1 : 0][wgsRegime.ordinal()].result(x)
                : D_JUSTICE_ORIGIN.missing(regimeReads(wgsRegime, List.of(ORIGIN_REGIME, searched)),
                        y -> justiceOrigin(y, wgsRegime, provider, category, purpose, searched), x));

        // SHARE-BSN: category BSN and the provider or the recipient is not entitled to use the BSN.
        trace.add(D_BSN.of(category == DataCategory.BSN
                && !(config.isBsnEntitled(provider) && config.isBsnEntitled(recipient))));

        // SHARE-THIRD-PARTY: a related person's data not known to be relevant; under the WGS no other person's; a
        // professional's identifying data only.
        v = thirdParty(x, wgsRegime, category);
        trace.add(v != Tri.UNKNOWN ? D_THIRD_PARTY.of(v == Tri.TRUE)
                : THIRD_PARTY_TABLES[category == DataCategory.IDENTIFYING ? 1 : 0][wgsRegime.ordinal()].result(x));

        // SHARE-RETENTION (rev. 2): only when the retention dates are given; asOf after the end (RetentionCheck).
        if (retention != null) {
            trace.add(retention);
        }

        // SHARE-NECESSITY: no recorded necessity.
        v = x.tri(NECESSITY).not();
        trace.add(v != Tri.UNKNOWN ? D_NECESSITY.of(v == Tri.TRUE) : NECESSITY_TABLE.result(x));
        return trace;
    }

    /** The facts a rule reads, with {@code case.taskCategory} where the regime is read from it (unknown). */
    private static List<Fact<?>> regimeReads(Tri wgsRegime, List<Fact<?>> reads) {
        if (wgsRegime != Tri.UNKNOWN) {
            return reads;
        }
        List<Fact<?>> withTask = new ArrayList<>(reads.size() + 1);
        withTask.addAll(reads);
        withTask.add(TASK_CATEGORY);
        return withTask;
    }

    /** SHARE-PARTICIPANTS' refusal condition. */
    private static Tri participants(Facts y, PartnerType provider, PartnerType recipient) {
        return notParticipant(y, provider, PROVIDER_PARTICIPANT).or(recipient == PartnerType.ZVH ? Tri.FALSE
                : y.tri(RECIPIENT_PARTICIPANT).not().and(y.tri(RECIPIENT_GUEST).not()));
    }

    /** SHARE-TRANSITION's refusal condition under the WGS. */
    private static Tri transition(Facts y) {
        return y.is(CASE_STATUS, CaseStatus.ADMITTED).and(y.is(ADMITTED_UNDER, IntakeRegime.WGS2025).not());
    }

    /** SHARE-SECRECY's refusal condition. */
    private static Tri secrecy(Facts y, PartnerType provider, HouseConfig config, Fact<PartnerType> holder, Tri wgsRegime) {
        return bound(y, provider, config, holder).and(basisAccepted(y, wgsRegime).not());
    }

    /** SHARE-CONSENT-CAPACITY's refusal condition, the basis known to be CONSENT. */
    private static Tri consentCapacity(Facts y, PartnerType provider, HouseConfig config, Fact<PartnerType> holder,
            boolean restsOnHolder) {
        return (restsOnHolder ? bound(y, provider, config, holder) : Tri.TRUE).and(consentLacking(y));
    }

    /** SHARE-SPECIAL-CATEGORY's refusal condition for one of its four categories. */
    private static Tri specialCategory(Facts y, Tri wgsRegime) {
        Tri wgs = wgs(y, wgsRegime);
        return wgs.or(wgs.not().and(y.is(SECRECY_BASIS, SecrecyBasis.CONSENT).not()));
    }

    /** SHARE-THIRD-PARTY's refusal condition. */
    private static Tri thirdParty(Facts y, Tri wgsRegime, DataCategory category) {
        return y.isAnyOf(DATA_SUBJECT, RELATED_PERSONS).and(y.tri(RELEVANT).not())
                .or(wgs(y, wgsRegime).and(y.is(DATA_SUBJECT, DataSubject.OTHER_PERSON)))
                .or(category == DataCategory.IDENTIFYING ? Tri.FALSE : y.is(DATA_SUBJECT, DataSubject.PROFESSIONAL));
    }

    /**
     * A rule's results over every state of the facts it reads (each unknown or one of its values), computed once with
     * {@link RefusalRule} when the class is initialised, for a rule whose result, for requests of one shape, depends on
     * nothing else: a lookup instead of a missing-fact search on the hot path. By construction the results are those
     * the rule gives when evaluated per request.
     */
    private static final class Table {
        private final List<Fact<?>> reads;
        private final RuleResult[] results;

        Table(Definite rule, List<Fact<?>> reads, Function<Facts, Tri> condition) {
            this.reads = reads;
            int total = 1;
            for (Fact<?> f : reads) {
                total *= f.values().size() + 1;
            }
            this.results = new RuleResult[total];
            for (int index = 0; index < total; index++) {
                Facts.Builder b = Facts.builder();
                int rest = index;
                for (Fact<?> f : reads) {
                    int states = f.values().size() + 1;
                    int state = rest % states;
                    rest /= states;
                    if (state > 0) {
                        set(b, f, f.values().get(state - 1));
                    }
                }
                Facts facts = b.build();
                Tri v = condition.apply(facts);
                results[index] = v != Tri.UNKNOWN ? rule.of(v == Tri.TRUE) : rule.missing(reads, condition, facts);
            }
        }

        /** @return the result for the states of the read facts in {@code x} */
        RuleResult result(Facts x) {
            int index = 0;
            int weight = 1;
            for (Fact<?> f : reads) {
                Object v = x.get(f).orElse(null);
                index += (v == null ? 0 : f.values().indexOf(v) + 1) * weight;
                weight *= f.values().size() + 1;
            }
            return results[index];
        }

        @SuppressWarnings("unchecked")
        private static <T> void set(Facts.Builder b, Fact<T> fact, Object value) {
            b.with(fact, (T) value);
        }
    }

    /** The two results of a rule that is definite for a request, built once. */
    private static final class Definite {
        private final String ruleId;
        private final List<Citation> citations;
        private final RuleResult refuses;
        private final RuleResult allows;

        Definite(String ruleId) {
            this.ruleId = ruleId;
            this.citations = citations(ruleId);
            this.refuses = RuleResult.of(ruleId, Tri.TRUE, List.of(), citations);
            this.allows = RuleResult.of(ruleId, Tri.FALSE, List.of(), citations);
        }

        RuleResult of(boolean refusing) {
            return refusing ? refuses : allows;
        }

        /**
         * The result of a condition that is UNKNOWN on what is known: the {@link RefusalRule}'s, with the missing facts
         * among {@code reads}.
         */
        RuleResult missing(List<Fact<?>> reads, Function<Facts, Tri> condition, Facts x) {
            return RefusalRule.of(ruleId, reads, condition, citations).evaluate(x);
        }
    }

    /**
     * "The regime is WGS": {@code known} where the request settles it; else (from the WGS date, the task category
     * unknown) whether the case is a basistaak, UNKNOWN while {@code case.taskCategory} is unknown.
     */
    private static Tri wgs(Facts y, Tri known) {
        return known != Tri.UNKNOWN ? known : y.is(TASK_CATEGORY, TaskCategory.BASISTAAK);
    }

    /** "The recipient is read as a guest": not a participant, and a guest (the caller knows it is not ZVH). */
    private static Tri guest(Facts y) {
        return y.tri(RECIPIENT_PARTICIPANT).not().and(y.tri(RECIPIENT_GUEST));
    }

    /** SHARE-GUEST's reasons why a guest may not receive this request, where the required facts do not bar it already. */
    private static Tri guestBarred(Facts y, Tri wgsRegime, boolean originMustConsent) {
        return wgs(y, wgsRegime).not().or(y.tri(DECLARATION_SIGNED).not())
                .or(originMustConsent ? y.tri(ORIGIN_CONSENT).not() : Tri.FALSE);
    }

    /**
     * "The recipient takes part in the case": a guest ({@code recipient.guest} TRUE) is involved in the case it was
     * admitted to and its involvement is not read; any other recipient must be involved.
     */
    private static RuleResult atTheTable(Facts x, Recipient recipient) {
        if (recipient.guest() == Tri.TRUE) {
            return D_RECIPIENT.of(false);
        }
        Tri v = x.tri(RECIPIENT_INVOLVED).not();
        return v != Tri.UNKNOWN ? D_RECIPIENT.of(v == Tri.TRUE)
                : INVOLVEMENT_TABLE.result(x);
    }

    /** SHARE-RECIPIENT: the recipients column of the purposes table. */
    private static RuleResult recipient(Facts x, Tri wgsRegime, PartnerType provider, Recipient to,
            DataCategory category, Purpose purpose) {
        PartnerType recipient = to.type();
        switch (purpose) {
            case CASE_CONSULTATION, PLAN_EXECUTION -> {
                // partners involved in the case; the house's own bureau is involved in every case it handles
                return recipient == PartnerType.ZVH ? D_RECIPIENT.of(false) : atTheTable(x, to);
            }
            case SCREENING -> {
                // ZVH; a public participant at the screening table; and the enrichment question (identity only, from
                // ZVH): any partner under a covenant, only a public participant under the WGS
                boolean enrichment = provider == PartnerType.ZVH
                        && (category == DataCategory.IDENTIFYING || category == DataCategory.BSN);
                if (recipient == PartnerType.ZVH || (enrichment && PUBLIC_PARTICIPANTS.contains(recipient))) {
                    return D_RECIPIENT.of(false);
                }
                if (PUBLIC_PARTICIPANTS.contains(recipient)) {
                    return atTheTable(x, to);
                }
                // the enrichment question to a private partner: only under a covenant
                if (!enrichment) {
                    return D_RECIPIENT.of(true);
                }
                Tri v = wgs(x, wgsRegime);
                return v != Tri.UNKNOWN ? D_RECIPIENT.of(v == Tri.TRUE)
                        : D_RECIPIENT.missing(REGIME_FACTS, y -> wgs(y, Tri.UNKNOWN), x);
            }
            case REFERRAL_FEEDBACK -> {
                // the referrer, from ZVH only
                if (provider != PartnerType.ZVH) {
                    return D_RECIPIENT.of(true);
                }
                Tri v = x.tri(RECIPIENT_REFERRER).not();
                return v != Tri.UNKNOWN ? D_RECIPIENT.of(v == Tri.TRUE)
                        : REFERRER_TABLE.result(x);
            }
            case ZSM_CONTEXT -> {
                return D_RECIPIENT.of(!((provider == PartnerType.ZVH && ZSM_PARTNERS.contains(recipient))
                        || (ZSM_PARTNERS.contains(provider) && recipient == PartnerType.ZVH)));
            }
            case KNOWN_ELSEWHERE_CHECK -> {
                return D_RECIPIENT.of(!(provider == PartnerType.ZVH && recipient == PartnerType.ZVH));
            }
            default -> {
                // TREND_ANALYSIS, EXPERTISE_ADVICE: "any"; SHARE-RECIPIENT does not apply to them
                return D_RECIPIENT.of(false);
            }
        }
    }

    /**
     * The fact {@code origin.holder} for a request whose holder is unknown: its values are one partner type per class
     * of holders the rules cannot tell apart (bound by secrecy or not, in the configuration; {@code POLITIE}, an Wjsg
     * holder, {@code ZVH}, or another type), so that the missing-fact search over them finds what a search over every
     * partner type would.
     */
    private static Fact<PartnerType> holderClasses(HouseConfig config) {
        List<PartnerType> classes = new ArrayList<>(8);
        int seen = 0;
        for (PartnerType p : PARTNER_TYPES) {
            int kind = p == PartnerType.POLITIE ? 0 : WJSG_HOLDERS.contains(p) ? 1 : p == PartnerType.ZVH ? 2 : 3;
            int cls = 1 << (2 * kind + (config.isSecrecyBound(p) ? 1 : 0));
            if ((seen & cls) == 0) {
                seen |= cls;
                classes.add(p);
            }
        }
        return Fact.of(ORIGIN_HOLDER.name(), classes);
    }

    /**
     * "The origin holder is one of {@code holders}": the provider itself unless it is ZVH, else {@code origin.holder}
     * (UNKNOWN when not given).
     */
    private static Tri holderIn(Facts y, PartnerType provider, Set<PartnerType> holders, Fact<PartnerType> holder) {
        return provider == PartnerType.ZVH ? y.isAnyOf(holder, holders) : Tri.of(holders.contains(provider));
    }

    /** "The origin holder is bound by professional secrecy" (the configuration's reference table). */
    private static Tri bound(Facts y, PartnerType provider, HouseConfig config, Fact<PartnerType> holder) {
        return provider == PartnerType.ZVH ? y.isAnyOf(holder, config.secrecyBound().keySet())
                : Tri.of(config.isSecrecyBound(provider));
    }

    /**
     * "{@code secrecyBasis} is one the regime accepts": CONSENT, STATUTORY and CONFLICT_OF_DUTIES under either regime,
     * GOOD_CARE under the WGS only.
     */
    private static Tri basisAccepted(Facts y, Tri wgsRegime) {
        return y.isAnyOf(SECRECY_BASIS, SECRECY_GROUNDS)
                .or(y.is(SECRECY_BASIS, SecrecyBasis.GOOD_CARE).and(wgs(y, wgsRegime)));
    }

    /**
     * SHARE-CONSENT-CAPACITY's "{@code consent.givenBy} does not include the one whose consent is needed", over the
     * completions of the unknown {@code consent.ageBand} and {@code consent.capable} (sharing.md, "Guests, origin and
     * consent"): FALSE when every completion is satisfied, TRUE when none is, UNKNOWN otherwise and whenever
     * {@code consent.givenBy} is unknown (all or nobody may have given it).
     */
    static Tri consentLacking(Facts y) {
        Set<ConsentGiver> given = y.get(CONSENT_GIVEN_BY).orElse(null);
        if (given == null) {
            return Tri.UNKNOWN;
        }
        ConsentAgeBand age = y.get(CONSENT_AGE).orElse(null);
        Tri capable = y.tri(CONSENT_CAPABLE);
        boolean some = false;
        boolean every = true;
        for (ConsentAgeBand a : AGE_BANDS) {
            if (age != null && a != age) {
                continue;
            }
            for (Tri c : CAPABILITIES) {
                if (capable != Tri.UNKNOWN && c != capable) {
                    continue;
                }
                // under 12 the representative; from 12 the person when capable, else the representative
                boolean satisfied = given.contains(a == ConsentAgeBand.UNDER_12 || c == Tri.FALSE
                        ? ConsentGiver.REPRESENTATIVE : ConsentGiver.SUBJECT_SELF);
                some |= satisfied;
                every &= satisfied;
            }
        }
        return every ? Tri.FALSE : some ? Tri.UNKNOWN : Tri.TRUE;
    }

    /** SHARE-JUSTICE-ORIGIN's refusal condition. */
    private static Tri justiceOrigin(Facts y, Tri wgsRegime, PartnerType provider, DataCategory category,
            Purpose purpose, Fact<PartnerType> holder) {
        Tri wpg = y.is(ORIGIN_REGIME, OriginRegime.WPG);
        Tri wjsg = y.is(ORIGIN_REGIME, OriginRegime.WJSG);
        Tri wgs = wgs(y, wgsRegime);
        // WPG data whose origin holder is not POLITIE; WJSG data whose origin holder is not OM or DJI
        Tri refused = wpg.and(holderIn(y, provider, WPG_HOLDERS, holder).not())
                .or(wjsg.and(holderIn(y, provider, WJSG_HOLDERS, holder).not()));
        if (category == DataCategory.CRIMINAL_JUSTICE) {
            // under the WGS criminal data enter the house only as police or justice data
            refused = refused.or(wgs.and(y.is(ORIGIN_REGIME, OriginRegime.AVG)));
        }
        if (provider == PartnerType.ZVH) {
            // police or justice data passed on by the house's bureau (not their origin holder), except at the case table
            // under the WGS
            refused = refused.or(wpg.or(wjsg).and(y.is(holder, PartnerType.ZVH).not())
                    .and(wgs.and(Tri.of(AT_THE_TABLE.contains(purpose))).not()));
        }
        return refused;
    }

    /** The conditions of a request on which nothing refuses (the regime is then known), in enum order. */
    static Set<SharingCondition> conditions(SharingFacts f, HouseConfig config, SharingRegime regime) {
        Set<SharingCondition> conditions = EnumSet.noneOf(SharingCondition.class);
        PartnerType provider = f.provider().type();
        Recipient recipient = f.recipient();
        // SHARE-SECRECY: the basis is accepted and the origin holder is bound, or may be (unknown)
        SecrecyBasis basis = f.secrecyBasis().orElse(null);
        boolean accepted = basis != null && (SECRECY_GROUNDS.contains(basis)
                || (basis == SecrecyBasis.GOOD_CARE && regime == SharingRegime.WGS));
        PartnerType holder = provider == PartnerType.ZVH ? f.origin().holder().orElse(null) : provider;
        if (accepted && (holder == null || config.isSecrecyBound(holder))) {
            conditions.add(SharingCondition.RECORD_SECRECY_BASIS);
            conditions.add(SharingCondition.NECESSARY_EXTRACT_ONLY);
        }
        if (f.category().isSpecial()) {
            conditions.add(SharingCondition.SPECIAL_CATEGORY_SAFEGUARDS);
        }
        // SHARE-JUSTICE-ORIGIN: police or justice data (allowed, so from their origin holder)
        OriginRegime origin = f.originRegime().orElse(null);
        if (origin == OriginRegime.WPG || origin == OriginRegime.WJSG) {
            conditions.add(SharingCondition.RECORD_WEIGHTY_PUBLIC_INTEREST);
        }
        // SHARE-GUEST: the recipient is, or may be, read as a guest
        if (recipient.type() != PartnerType.ZVH && recipient.participant() != Tri.TRUE && recipient.guest() != Tri.FALSE) {
            conditions.add(SharingCondition.GUEST_NO_SYSTEM_ACCESS);
        }
        // SHARE-CATEGORY: nationality, where a purpose lists it
        if (f.category() == DataCategory.NATIONALITY) {
            conditions.add(SharingCondition.IDENTIFICATION_ONLY);
        }
        return conditions;
    }

    private static Tri notParticipant(Facts x, PartnerType type, Fact<Tri> fact) {
        return type == PartnerType.ZVH ? Tri.FALSE : x.tri(fact).not();
    }
}
