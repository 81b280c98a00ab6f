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
import io.github.zvhsdk.privacy.retention.Retention;
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

    private static final List<Fact<?>> PARTICIPANT_FACTS = List.of(PROVIDER_PARTICIPANT, RECIPIENT_PARTICIPANT,
            RECIPIENT_GUEST);
    private static final List<Fact<?>> GUEST_FACTS = List.of(RECIPIENT_PARTICIPANT, RECIPIENT_GUEST, TASK_CATEGORY,
            DECLARATION_SIGNED, ORIGIN_CONSENT);
    private static final List<Fact<?>> TRANSITION_FACTS = List.of(CASE_STATUS, ADMITTED_UNDER);
    private static final List<Fact<?>> SECRECY_FACTS = List.of(ORIGIN_HOLDER, SECRECY_BASIS, TASK_CATEGORY);
    private static final List<Fact<?>> CONSENT_FACTS = List.of(ORIGIN_HOLDER, CONSENT_AGE, CONSENT_CAPABLE,
            CONSENT_GIVEN_BY);
    private static final List<Fact<?>> SPECIAL_CATEGORY_FACTS = List.of(TASK_CATEGORY, SECRECY_BASIS);
    private static final List<Fact<?>> JUSTICE_FACTS = List.of(ORIGIN_REGIME, TASK_CATEGORY);
    private static final List<Fact<?>> JUSTICE_FACTS_FROM_HOUSE = List.of(ORIGIN_REGIME, ORIGIN_HOLDER, TASK_CATEGORY);
    private static final List<Fact<?>> THIRD_PARTY_FACTS = List.of(DATA_SUBJECT, RELEVANT, TASK_CATEGORY);

    /** Every optional fact name, in spec order (sharing.md, "Missing facts"). */
    static final List<String> OPTIONAL_FACTS = List.of("provider.participant", "recipient.participant",
            "recipient.involvedInCase", "dataSubject", "relevantToSubject", "case.status", "case.taskCategory",
            "case.admittedUnder", "case.covenantInForce", "secrecyBasis", "originRegime", "necessityRecorded",
            "origin.holder", "recipient.guest", "recipient.secrecyDeclarationSigned", "recipient.referrer",
            "originConsent", "consent.ageBand", "consent.capable", "consent.givenBy");

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

    /** Every rule id, in the order of the spec's table (SHARE-RETENTION last). */
    static final List<String> ALL = List.of(NO_PERSONAL_DATA, AGGREGATE_ONLY, REGIME, PARTICIPANTS, GUEST, COVENANT,
            TRANSITION, STATUS, RECIPIENT, CATEGORY, SECRECY, CONSENT_CAPACITY, SPECIAL, SPECIAL_CATEGORY, JUSTICE_ORIGIN,
            BSN, THIRD_PARTY, NECESSITY_RULE, RETENTION);

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
    private static final Definite D_RETENTION = new Definite(RETENTION);
    /** The results that are the same in every decision that has them. */
    static final RuleResult NO_PERSONAL_DATA_RESULT = RuleResult.of(NO_PERSONAL_DATA, Tri.FALSE, List.of(),
            citations(NO_PERSONAL_DATA));
    static final RuleResult SPECIAL_RESULT = RuleResult.of(SPECIAL, Tri.FALSE, List.of(), citations(SPECIAL));
    private static final RuleResult REGIME_KNOWN = RuleResult.of(REGIME, Tri.FALSE, List.of(), citations(REGIME));
    private static final RuleResult REGIME_UNKNOWN = RuleResult.of(REGIME, Tri.UNKNOWN, List.of("case.taskCategory"),
            citations(REGIME));

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
            case RETENTION -> List.of(Citation.of(SourceId.AVG, "art. 5(1)(e)"),
                    Citation.of(SourceId.REFERENCE_POLICY, "sharing.md, RETENTION"));
            default -> throw new IllegalArgumentException("unknown rule " + ruleId);
        };
    }

    /** The request's optional facts as {@link Facts} (absent and UNKNOWN are unknown). */
    private static Facts facts(SharingFacts f) {
        CaseFacts c = f.caseFacts();
        Recipient r = f.recipient();
        Consent consent = f.consent();
        return Facts.builder()
                .with(PROVIDER_PARTICIPANT, f.provider().participant())
                .with(RECIPIENT_PARTICIPANT, r.participant())
                .with(RECIPIENT_INVOLVED, r.involvedInCase())
                .with(DATA_SUBJECT, f.dataSubject().orElse(null))
                .with(RELEVANT, f.relevantToSubject())
                .with(CASE_STATUS, c.status().orElse(null))
                .with(TASK_CATEGORY, c.taskCategory().orElse(null))
                .with(ADMITTED_UNDER, c.admittedUnder().orElse(null))
                .with(COVENANT_IN_FORCE, c.covenantInForce())
                .with(SECRECY_BASIS, f.secrecyBasis().orElse(null))
                .with(ORIGIN_REGIME, f.originRegime().orElse(null))
                .with(NECESSITY, f.necessityRecorded())
                .with(ORIGIN_HOLDER, f.origin().holder().orElse(null))
                .with(RECIPIENT_GUEST, r.guest())
                .with(DECLARATION_SIGNED, r.secrecyDeclarationSigned())
                .with(RECIPIENT_REFERRER, r.referrer())
                .with(ORIGIN_CONSENT, f.originConsent())
                .with(CONSENT_AGE, consent.ageBand().orElse(null))
                .with(CONSENT_CAPABLE, consent.capable())
                .with(CONSENT_GIVEN_BY, consent.givenBy().orElse(null))
                .build();
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
     * (SHARE-REGIME and the condition-only SHARE-SPECIAL among them). A rule that reads an optional fact of this
     * request is evaluated as a {@link RefusalRule} over its facts; a rule whose condition, for this request, is
     * definite gives its constant result (the same result a {@link RefusalRule} gives, built once).
     */
    static List<RuleResult> trace(SharingFacts f, HouseConfig config, SharingRegime regime, LocalDate asOf,
            @Nullable LocalDate retentionEnd) {
        PartnerType provider = f.provider().type();
        PartnerType recipient = f.recipient().type();
        DataCategory category = f.category();
        Purpose purpose = f.purpose();
        boolean fromWgsDate = !asOf.isBefore(config.wgsDate());
        Facts x = facts(f);
        List<RuleResult> trace = new ArrayList<>(ALL.size());

        // SHARE-AGGREGATE-ONLY: an aggregated-only purpose with personal data.
        trace.add(D_AGGREGATE_ONLY.of(purpose.aggregatedOnly()));
        trace.add(regimeResult(regime));

        // SHARE-PARTICIPANTS: the provider (other than ZVH) is not a participant; or the recipient (other than ZVH) is
        // not a participant and not a guest (a guest is judged by SHARE-GUEST).
        trace.add(provider == PartnerType.ZVH && recipient == PartnerType.ZVH ? D_PARTICIPANTS.of(false)
                : evaluate(D_PARTICIPANTS, PARTICIPANT_FACTS, y -> notParticipant(y, provider, PROVIDER_PARTICIPANT)
                        .or(recipient == PartnerType.ZVH ? Tri.FALSE
                                : y.tri(RECIPIENT_PARTICIPANT).not().and(y.tri(RECIPIENT_GUEST).not())), x));
        // SHARE-GUEST: a guest only under the WGS, at the table, from ZVH or a public participant, with the declaration
        // signed, never the BSN, and special or criminal data only with the origin's consent.
        trace.add(recipient == PartnerType.ZVH ? D_GUEST.of(false)
                : evaluate(D_GUEST, GUEST_FACTS, y -> guest(y).and(guestBarred(y, fromWgsDate, provider, category, purpose)), x));

        if (regime != SharingRegime.UNKNOWN) {
            // SHARE-COVENANT: regime COVENANT and the covenant is not in force.
            trace.add(regime == SharingRegime.COVENANT
                    ? evaluate(D_COVENANT, List.of(COVENANT_IN_FORCE), y -> y.tri(COVENANT_IN_FORCE).not(), x)
                    : D_COVENANT.of(false));
            // SHARE-TRANSITION: regime WGS, case ADMITTED, and not admitted under WGS2025.
            trace.add(regime == SharingRegime.WGS
                    ? evaluate(D_TRANSITION, TRANSITION_FACTS, y -> y.is(CASE_STATUS, CaseStatus.ADMITTED)
                            .and(y.is(ADMITTED_UNDER, IntakeRegime.WGS2025).not()), x)
                    : D_TRANSITION.of(false));
        }

        if (!purpose.aggregatedOnly()) {
            // SHARE-STATUS: the case status is not one the purpose allows.
            trace.add(evaluate(D_STATUS, List.of(CASE_STATUS), y -> y.isAnyOf(CASE_STATUS, purpose.statuses()).not(), x));
            // SHARE-RECIPIENT: the recipient is not one the purpose allows (for this provider, category and regime).
            trace.add(recipient(x, fromWgsDate, provider, f.recipient(), category, purpose));
            // SHARE-CATEGORY: the category is not one the purpose allows.
            trace.add(D_CATEGORY.of(!purpose.categories().contains(category)));
        }

        // SHARE-SECRECY: the origin holder is (or may be) bound by professional secrecy and the basis is not one the
        // regime accepts, for every category.
        trace.add(provider != PartnerType.ZVH && !config.isSecrecyBound(provider) ? D_SECRECY.of(false)
                : evaluate(D_SECRECY, SECRECY_FACTS, y -> bound(y, provider, config)
                        .and(basisAccepted(y, fromWgsDate).not()), x));
        // SHARE-CONSENT-CAPACITY: the request rests on consent (basis known to be CONSENT), and the one whose consent is
        // needed did not give it.
        trace.add(f.secrecyBasis().orElse(null) != SecrecyBasis.CONSENT
                || (!category.isSpecialOutsideWgs() && provider != PartnerType.ZVH && !config.isSecrecyBound(provider))
                ? D_CONSENT_CAPACITY.of(false)
                : evaluate(D_CONSENT_CAPACITY, CONSENT_FACTS, y -> (category.isSpecialOutsideWgs() ? Tri.TRUE
                        : bound(y, provider, config)).and(consentLacking(y)), x));
        // SHARE-SPECIAL never refuses: it only adds its condition (see conditions)
        trace.add(SPECIAL_RESULT);
        // SHARE-SPECIAL-CATEGORY: religion, political opinion, ethnic origin or sexual life under the WGS, or under a
        // covenant without consent.
        trace.add(!category.isSpecialOutsideWgs() ? D_SPECIAL_CATEGORY.of(false)
                : evaluate(D_SPECIAL_CATEGORY, SPECIAL_CATEGORY_FACTS, y -> {
                    Tri wgs = wgs(y, fromWgsDate);
                    return wgs.or(wgs.not().and(y.is(SECRECY_BASIS, SecrecyBasis.CONSENT).not()));
                }, x));

        // SHARE-JUSTICE-ORIGIN: police and justice data only from their origin holders and not passed on; criminal data
        // under the WGS only as police or justice data; an unknown origin could be either.
        trace.add(evaluate(D_JUSTICE_ORIGIN, provider == PartnerType.ZVH ? JUSTICE_FACTS_FROM_HOUSE : JUSTICE_FACTS,
                y -> justiceOrigin(y, fromWgsDate, provider, category, purpose), x));

        // SHARE-BSN: category BSN and the provider or the recipient is not entitled to use the BSN.
        trace.add(D_BSN.of(category == DataCategory.BSN
                && !(config.isBsnEntitled(provider) && config.isBsnEntitled(recipient))));

        // SHARE-THIRD-PARTY: a related person's data not known to be relevant; under the WGS no other person's; a
        // professional's identifying data only.
        trace.add(evaluate(D_THIRD_PARTY, THIRD_PARTY_FACTS, y -> y.isAnyOf(DATA_SUBJECT, RELATED_PERSONS)
                .and(y.tri(RELEVANT).not())
                .or(wgs(y, fromWgsDate).and(y.is(DATA_SUBJECT, DataSubject.OTHER_PERSON)))
                .or(category == DataCategory.IDENTIFYING ? Tri.FALSE : y.is(DATA_SUBJECT, DataSubject.PROFESSIONAL)), x));

        // SHARE-NECESSITY: no recorded necessity.
        trace.add(evaluate(D_NECESSITY, List.of(NECESSITY), y -> y.tri(NECESSITY).not(), x));

        // SHARE-RETENTION: only when the retention facts are given: asOf on or after the end of retention.
        if (retentionEnd != null) {
            trace.add(D_RETENTION.of(Retention.isExpired(retentionEnd, asOf)));
        }
        return trace;
    }

    /**
     * Evaluates a rule over what is known: its constant result when the condition is definite, else the
     * {@link RefusalRule}'s (UNKNOWN, with the missing facts).
     */
    private static RuleResult evaluate(Definite rule, List<Fact<?>> reads, Function<Facts, Tri> condition, Facts x) {
        Tri value = condition.apply(x);
        return value == Tri.UNKNOWN ? RefusalRule.of(rule.ruleId, reads, condition, rule.citations).evaluate(x)
                : rule.of(value == Tri.TRUE);
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
    }

    /** "The regime is WGS": FALSE before the WGS date; from it, whether the case is a basistaak (UNKNOWN when unknown). */
    private static Tri wgs(Facts y, boolean fromWgsDate) {
        return fromWgsDate ? y.is(TASK_CATEGORY, TaskCategory.BASISTAAK) : Tri.FALSE;
    }

    /** "The recipient is read as a guest": not a participant, and a guest (the caller knows it is not ZVH). */
    private static Tri guest(Facts y) {
        return y.tri(RECIPIENT_PARTICIPANT).not().and(y.tri(RECIPIENT_GUEST));
    }

    /** SHARE-GUEST's reasons why a guest may not receive this request. */
    private static Tri guestBarred(Facts y, boolean fromWgsDate, PartnerType provider, DataCategory category, Purpose purpose) {
        boolean barred = !AT_THE_TABLE.contains(purpose)
                || (provider != PartnerType.ZVH && !PUBLIC_PARTICIPANTS.contains(provider))
                || category == DataCategory.BSN;
        return Tri.of(barred).or(wgs(y, fromWgsDate).not()).or(y.tri(DECLARATION_SIGNED).not())
                .or(category.isSpecial() || category == DataCategory.CRIMINAL_JUSTICE ? y.tri(ORIGIN_CONSENT).not() : Tri.FALSE);
    }

    /**
     * "The recipient takes part in the case": a guest ({@code recipient.guest} TRUE) is involved in the case it was
     * admitted to and its involvement is not read; any other recipient must be involved.
     */
    private static RuleResult atTheTable(Facts x, Recipient recipient) {
        return recipient.guest() == Tri.TRUE ? D_RECIPIENT.of(false)
                : evaluate(D_RECIPIENT, List.of(RECIPIENT_INVOLVED), y -> y.tri(RECIPIENT_INVOLVED).not(), x);
    }

    /** SHARE-RECIPIENT: the recipients column of the purposes table. */
    private static RuleResult recipient(Facts x, boolean fromWgsDate, PartnerType provider, Recipient to,
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
                return enrichment ? evaluate(D_RECIPIENT, List.of(TASK_CATEGORY), y -> wgs(y, fromWgsDate), x)
                        : D_RECIPIENT.of(true);
            }
            case REFERRAL_FEEDBACK -> {
                // the referrer, from ZVH only
                return provider != PartnerType.ZVH ? D_RECIPIENT.of(true)
                        : evaluate(D_RECIPIENT, List.of(RECIPIENT_REFERRER), y -> y.tri(RECIPIENT_REFERRER).not(), x);
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
     * "The origin holder is one of {@code holders}": the provider itself unless it is ZVH, else {@code origin.holder}
     * (UNKNOWN when not given).
     */
    private static Tri holderIn(Facts y, PartnerType provider, Set<PartnerType> holders) {
        return provider == PartnerType.ZVH ? y.isAnyOf(ORIGIN_HOLDER, holders) : Tri.of(holders.contains(provider));
    }

    /** "The origin holder is bound by professional secrecy" (the configuration's reference table). */
    private static Tri bound(Facts y, PartnerType provider, HouseConfig config) {
        return provider == PartnerType.ZVH ? y.isAnyOf(ORIGIN_HOLDER, config.secrecyBound().keySet())
                : Tri.of(config.isSecrecyBound(provider));
    }

    /**
     * "{@code secrecyBasis} is one the regime accepts": CONSENT, STATUTORY and CONFLICT_OF_DUTIES under either regime,
     * GOOD_CARE under the WGS only.
     */
    private static Tri basisAccepted(Facts y, boolean fromWgsDate) {
        return y.isAnyOf(SECRECY_BASIS, SECRECY_GROUNDS)
                .or(y.is(SECRECY_BASIS, SecrecyBasis.GOOD_CARE).and(wgs(y, fromWgsDate)));
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
    private static Tri justiceOrigin(Facts y, boolean fromWgsDate, PartnerType provider, DataCategory category,
            Purpose purpose) {
        Tri wpg = y.is(ORIGIN_REGIME, OriginRegime.WPG);
        Tri wjsg = y.is(ORIGIN_REGIME, OriginRegime.WJSG);
        Tri wgs = wgs(y, fromWgsDate);
        // WPG data whose origin holder is not POLITIE; WJSG data whose origin holder is not OM or DJI
        Tri refused = wpg.and(holderIn(y, provider, WPG_HOLDERS).not())
                .or(wjsg.and(holderIn(y, provider, WJSG_HOLDERS).not()));
        if (category == DataCategory.CRIMINAL_JUSTICE) {
            // under the WGS criminal data enter the house only as police or justice data
            refused = refused.or(wgs.and(y.is(ORIGIN_REGIME, OriginRegime.AVG)));
        }
        if (provider == PartnerType.ZVH) {
            // police or justice data passed on by the house's bureau (not their origin holder), except at the case table
            // under the WGS
            refused = refused.or(wpg.or(wjsg).and(y.is(ORIGIN_HOLDER, PartnerType.ZVH).not())
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
