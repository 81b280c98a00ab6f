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
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The SHARE-* rules of sharing.md, each a fail-closed {@link RefusalRule} over the request's optional facts. The four
 * required facts (provider and recipient type, category, purpose), the configuration and {@code asOf} are known
 * constants of a request; each rule declares exactly the optional facts it reads for that request.
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

    private static final List<Fact<?>> PARTICIPANT_FACTS = List.of(PROVIDER_PARTICIPANT, RECIPIENT_PARTICIPANT);
    private static final List<Fact<?>> TRANSITION_FACTS = List.of(CASE_STATUS, ADMITTED_UNDER);
    private static final List<Fact<?>> THIRD_PARTY_FACTS = List.of(DATA_SUBJECT, RELEVANT);

    /** Every optional fact name, in spec order. */
    static final List<String> OPTIONAL_FACTS = List.of("provider.participant", "recipient.participant",
            "recipient.involvedInCase", "dataSubject", "relevantToSubject", "case.status", "case.taskCategory",
            "case.admittedUnder", "case.covenantInForce", "secrecyBasis", "originRegime", "necessityRecorded");

    /** The criminal-justice partners at the ZSM table (sharing.md, ZSM_CONTEXT). */
    static final Set<PartnerType> ZSM_PARTNERS = EnumSet.of(PartnerType.OPENBAAR_MINISTERIE, PartnerType.POLITIE,
            PartnerType.RECLASSERING, PartnerType.RAAD_VOOR_DE_KINDERBESCHERMING, PartnerType.HALT);
    /** The origin holders of Wjsg data (SHARE-JUSTICE-ORIGIN). */
    static final Set<PartnerType> WJSG_HOLDERS = EnumSet.of(PartnerType.OPENBAAR_MINISTERIE, PartnerType.DJI,
            PartnerType.RECLASSERING, PartnerType.RAAD_VOOR_DE_KINDERBESCHERMING, PartnerType.HALT);
    /** The grounds that break professional secrecy (SHARE-SECRECY). */
    static final Set<SecrecyBasis> SECRECY_GROUNDS = EnumSet.of(SecrecyBasis.CONSENT, SecrecyBasis.STATUTORY,
            SecrecyBasis.CONFLICT_OF_DUTIES);

    static final String NO_PERSONAL_DATA = "SHARE-NO-PERSONAL-DATA";
    static final String AGGREGATE_ONLY = "SHARE-AGGREGATE-ONLY";
    static final String REGIME = "SHARE-REGIME";
    static final String PARTICIPANTS = "SHARE-PARTICIPANTS";
    static final String COVENANT = "SHARE-COVENANT";
    static final String TRANSITION = "SHARE-TRANSITION";
    static final String STATUS = "SHARE-STATUS";
    static final String RECIPIENT = "SHARE-RECIPIENT";
    static final String CATEGORY = "SHARE-CATEGORY";
    static final String SECRECY = "SHARE-SECRECY";
    static final String SPECIAL = "SHARE-SPECIAL";
    static final String JUSTICE_ORIGIN = "SHARE-JUSTICE-ORIGIN";
    static final String BSN = "SHARE-BSN";
    static final String THIRD_PARTY = "SHARE-THIRD-PARTY";
    static final String NECESSITY_RULE = "SHARE-NECESSITY";
    static final String RETENTION = "SHARE-RETENTION";

    /** Every rule id, in the order of the spec's table (SHARE-RETENTION last). */
    static final List<String> ALL = List.of(NO_PERSONAL_DATA, AGGREGATE_ONLY, REGIME, PARTICIPANTS, COVENANT,
            TRANSITION, STATUS, RECIPIENT, CATEGORY, SECRECY, SPECIAL, JUSTICE_ORIGIN, BSN, THIRD_PARTY, NECESSITY_RULE,
            RETENTION);

    /** Each rule's citations, built once: they are the same in every decision. */
    private static final Map<String, List<Citation>> CITATIONS = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(id -> id, SharingRules::buildCitations));

    // the same lists again, as constants for the rules built per request: no lookup by id on the hot path
    private static final List<Citation> CITE_AGGREGATE_ONLY = citations(AGGREGATE_ONLY);
    private static final List<Citation> CITE_REGIME = citations(REGIME);
    private static final List<Citation> CITE_PARTICIPANTS = citations(PARTICIPANTS);
    private static final List<Citation> CITE_COVENANT = citations(COVENANT);
    private static final List<Citation> CITE_TRANSITION = citations(TRANSITION);
    private static final List<Citation> CITE_STATUS = citations(STATUS);
    private static final List<Citation> CITE_RECIPIENT = citations(RECIPIENT);
    private static final List<Citation> CITE_CATEGORY = citations(CATEGORY);
    private static final List<Citation> CITE_SECRECY = citations(SECRECY);
    private static final List<Citation> CITE_JUSTICE_ORIGIN = citations(JUSTICE_ORIGIN);
    private static final List<Citation> CITE_BSN = citations(BSN);
    private static final List<Citation> CITE_THIRD_PARTY = citations(THIRD_PARTY);
    private static final List<Citation> CITE_NECESSITY_RULE = citations(NECESSITY_RULE);
    private static final Definite D_AGGREGATE_ONLY = new Definite(AGGREGATE_ONLY, CITE_AGGREGATE_ONLY);
    private static final Definite D_PARTICIPANTS = new Definite(PARTICIPANTS, CITE_PARTICIPANTS);
    private static final Definite D_COVENANT = new Definite(COVENANT, CITE_COVENANT);
    private static final Definite D_TRANSITION = new Definite(TRANSITION, CITE_TRANSITION);
    private static final Definite D_RECIPIENT = new Definite(RECIPIENT, CITE_RECIPIENT);
    private static final Definite D_CATEGORY = new Definite(CATEGORY, CITE_CATEGORY);
    private static final Definite D_SECRECY = new Definite(SECRECY, CITE_SECRECY);
    private static final Definite D_BSN = new Definite(BSN, CITE_BSN);
    /** The results that are the same in every decision that has them. */
    static final RuleResult NO_PERSONAL_DATA_RESULT = RuleResult.of(NO_PERSONAL_DATA, Tri.FALSE, List.of(),
            citations(NO_PERSONAL_DATA));
    static final RuleResult SPECIAL_RESULT = RuleResult.of(SPECIAL, Tri.FALSE, List.of(), citations(SPECIAL));
    private static final RuleResult REGIME_KNOWN = RuleResult.of(REGIME, Tri.FALSE, List.of(), CITE_REGIME);
    private static final RuleResult REGIME_UNKNOWN = RuleResult.of(REGIME, Tri.UNKNOWN, List.of("case.taskCategory"),
            CITE_REGIME);

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
            case PARTICIPANTS -> List.of(Citation.of(SourceId.WGS, ""), Citation.of(SourceId.LK2013, "§5.5"));
            case COVENANT -> List.of(Citation.of(SourceId.MJA2124, "§3.3.1"), Citation.of(SourceId.HANDVAT2019, ""));
            case TRANSITION -> List.of(Citation.of(SourceId.REFERENCE_POLICY, "sharing.md, SHARE-TRANSITION (transitional law is [open])"));
            case STATUS -> List.of(Citation.of(SourceId.AVG, "art. 5(1)(b)"));
            case RECIPIENT -> List.of(Citation.of(SourceId.LK2013, "§5.5.3"));
            case CATEGORY, NECESSITY_RULE -> List.of(Citation.of(SourceId.AVG, "art. 5(1)(c)"));
            case SECRECY -> List.of(Citation.of(SourceId.HANDVAT2019, "§2.7–2.9"));
            case SPECIAL -> List.of(Citation.of(SourceId.AVG, "art. 9"));
            case JUSTICE_ORIGIN -> List.of(Citation.of(SourceId.WJSG, "art. 39f, 51c"), Citation.of(SourceId.WPG, ""));
            case BSN -> List.of(Citation.of(SourceId.UAVG, "art. 46"));
            case THIRD_PARTY -> List.of(Citation.of(SourceId.WVV2024, "§6 (criterion a)"));
            case RETENTION -> List.of(Citation.of(SourceId.WGS, "art. 1.8 lid 7"), Citation.of(SourceId.BGS, "art. 1.16"),
                    Citation.of(SourceId.AVG, "art. 5(1)(e)"));
            default -> throw new IllegalArgumentException("unknown rule " + ruleId);
        };
    }

    /** The request's optional facts as {@link Facts} (absent and UNKNOWN are unknown). */
    private static Facts facts(SharingFacts f) {
        CaseFacts c = f.caseFacts();
        return Facts.builder()
                .with(PROVIDER_PARTICIPANT, f.provider().participant())
                .with(RECIPIENT_PARTICIPANT, f.recipient().participant())
                .with(RECIPIENT_INVOLVED, f.recipient().involvedInCase())
                .with(DATA_SUBJECT, f.dataSubject().orElse(null))
                .with(RELEVANT, f.relevantToSubject())
                .with(CASE_STATUS, c.status().orElse(null))
                .with(TASK_CATEGORY, c.taskCategory().orElse(null))
                .with(ADMITTED_UNDER, c.admittedUnder().orElse(null))
                .with(COVENANT_IN_FORCE, c.covenantInForce())
                .with(SECRECY_BASIS, f.secrecyBasis().orElse(null))
                .with(ORIGIN_REGIME, f.originRegime().orElse(null))
                .with(NECESSITY, f.necessityRecorded())
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
     * request is evaluated as a {@link RefusalRule} over {@code known}; a rule whose condition, for this request,
     * depends only on the request's required facts, the configuration and {@code asOf} is definite and gives its
     * constant result (the same result a {@link RefusalRule} that reads nothing gives).
     */
    static List<RuleResult> trace(SharingFacts f, HouseConfig config, SharingRegime regime, LocalDate asOf,
            @Nullable RuleResult retention) {
        PartnerType provider = f.provider().type();
        PartnerType recipient = f.recipient().type();
        DataCategory category = f.category();
        Purpose purpose = f.purpose();
        Facts x = facts(f);
        List<RuleResult> trace = new ArrayList<>(ALL.size());

        // SHARE-AGGREGATE-ONLY: an aggregated-only purpose with personal data.
        trace.add(D_AGGREGATE_ONLY.of(purpose.aggregatedOnly()));
        trace.add(regimeResult(regime));

        // SHARE-PARTICIPANTS: the provider or the recipient (other than ZVH) is not a participant.
        if (provider == PartnerType.ZVH && recipient == PartnerType.ZVH) {
            trace.add(D_PARTICIPANTS.of(false));
        } else {
            List<Fact<?>> reads = provider == PartnerType.ZVH ? List.of(RECIPIENT_PARTICIPANT)
                    : recipient == PartnerType.ZVH ? List.of(PROVIDER_PARTICIPANT) : PARTICIPANT_FACTS;
            trace.add(rule(PARTICIPANTS, CITE_PARTICIPANTS, reads, y -> notParticipant(y, provider, PROVIDER_PARTICIPANT)
                    .or(notParticipant(y, recipient, RECIPIENT_PARTICIPANT))).evaluate(x));
        }

        if (regime != SharingRegime.UNKNOWN) {
            // SHARE-COVENANT: regime COVENANT and the covenant is not in force.
            trace.add(regime == SharingRegime.COVENANT
                    ? rule(COVENANT, CITE_COVENANT, List.of(COVENANT_IN_FORCE), y -> y.tri(COVENANT_IN_FORCE).not()).evaluate(x)
                    : D_COVENANT.of(false));
            // SHARE-TRANSITION: regime WGS, case ADMITTED, and not admitted under WGS2025.
            trace.add(regime == SharingRegime.WGS
                    ? rule(TRANSITION, CITE_TRANSITION, TRANSITION_FACTS, y -> y.is(CASE_STATUS, CaseStatus.ADMITTED)
                            .and(y.is(ADMITTED_UNDER, IntakeRegime.WGS2025).not())).evaluate(x)
                    : D_TRANSITION.of(false));
        }

        if (!purpose.aggregatedOnly()) {
            // SHARE-STATUS: the case status is not one the purpose allows.
            trace.add(rule(STATUS, CITE_STATUS, List.of(CASE_STATUS), y -> y.isAnyOf(CASE_STATUS, purpose.statuses()).not())
                    .evaluate(x));
            // SHARE-RECIPIENT: the recipient is not one the purpose allows (for this provider and category), or
            // (consultation, plan) a partner other than ZVH not involved in the case.
            boolean needsInvolvement = (purpose == Purpose.CASE_CONSULTATION || purpose == Purpose.PLAN_EXECUTION)
                    && recipient != PartnerType.ZVH;
            trace.add(needsInvolvement
                    ? rule(RECIPIENT, CITE_RECIPIENT, List.of(RECIPIENT_INVOLVED), y -> y.tri(RECIPIENT_INVOLVED).not())
                            .evaluate(x)
                    : D_RECIPIENT.of(!recipientAllowed(purpose, provider, recipient, category)));
            // SHARE-CATEGORY: the category is not one the purpose allows.
            trace.add(D_CATEGORY.of(!purpose.categories().contains(category)));
        }

        // SHARE-SECRECY: special category, secrecy-bound provider, and no ground that breaks secrecy.
        trace.add(category.isSpecial() && config.isSecrecyBound(provider)
                ? rule(SECRECY, CITE_SECRECY, List.of(SECRECY_BASIS), y -> y.isAnyOf(SECRECY_BASIS, SECRECY_GROUNDS).not())
                        .evaluate(x)
                : D_SECRECY.of(false));
        // SHARE-SPECIAL never refuses: it only adds its condition (see conditions)
        trace.add(SPECIAL_RESULT);

        // SHARE-JUSTICE-ORIGIN: WPG data not from POLITIE, WJSG data not from an origin holder, or unknown origin.
        trace.add(rule(JUSTICE_ORIGIN, CITE_JUSTICE_ORIGIN, List.of(ORIGIN_REGIME),
                y -> y.is(ORIGIN_REGIME, OriginRegime.WPG).and(Tri.of(provider != PartnerType.POLITIE))
                        .or(y.is(ORIGIN_REGIME, OriginRegime.WJSG).and(Tri.of(!WJSG_HOLDERS.contains(provider)))))
                .evaluate(x));

        // SHARE-BSN: category BSN and the provider or the recipient is not entitled to use the BSN.
        trace.add(D_BSN.of(category == DataCategory.BSN
                && !(config.isBsnEntitled(provider) && config.isBsnEntitled(recipient))));

        // SHARE-THIRD-PARTY: data not about the subject, and not known to be relevant to the subject's problems.
        trace.add(rule(THIRD_PARTY, CITE_THIRD_PARTY, THIRD_PARTY_FACTS,
                y -> y.is(DATA_SUBJECT, DataSubject.SUBJECT).not().and(y.tri(RELEVANT).not())).evaluate(x));

        // SHARE-NECESSITY: no recorded necessity.
        trace.add(rule(NECESSITY_RULE, CITE_NECESSITY_RULE, List.of(NECESSITY), y -> y.tri(NECESSITY).not()).evaluate(x));

        // SHARE-RETENTION (rev. 2): only when the retention dates are given; asOf after the end (RetentionCheck).
        if (retention != null) {
            trace.add(retention);
        }
        return trace;
    }

    /** The two results of a rule that is definite for a request (it reads no optional fact of it), built once. */
    private static final class Definite {
        private final RuleResult refuses;
        private final RuleResult allows;

        Definite(String ruleId, List<Citation> citations) {
            this.refuses = RuleResult.of(ruleId, Tri.TRUE, List.of(), citations);
            this.allows = RuleResult.of(ruleId, Tri.FALSE, List.of(), citations);
        }

        RuleResult of(boolean refusing) {
            return refusing ? refuses : allows;
        }
    }

    /** The conditions of a request on which nothing refuses (definite reading), in enum order. */
    static Set<SharingCondition> conditions(SharingFacts f, HouseConfig config) {
        Set<SharingCondition> conditions = EnumSet.noneOf(SharingCondition.class);
        PartnerType provider = f.provider().type();
        if (f.category().isSpecial() && config.isSecrecyBound(provider) && f.secrecyBasis().isPresent()
                && SECRECY_GROUNDS.contains(f.secrecyBasis().get())) {
            conditions.add(SharingCondition.RECORD_SECRECY_BASIS);
            conditions.add(SharingCondition.NECESSARY_EXTRACT_ONLY);
        }
        if (f.category().isSpecial()) {
            conditions.add(SharingCondition.SPECIAL_CATEGORY_SAFEGUARDS);
        }
        OriginRegime origin = f.originRegime().orElse(null);
        if ((origin == OriginRegime.WPG && provider == PartnerType.POLITIE)
                || (origin == OriginRegime.WJSG && WJSG_HOLDERS.contains(provider))) {
            conditions.add(SharingCondition.RECORD_WEIGHTY_PUBLIC_INTEREST);
        }
        return conditions;
    }

    /** The recipients table of sharing.md, for the purposes whose recipients do not depend on involvement. */
    static boolean recipientAllowed(Purpose purpose, PartnerType provider, PartnerType recipient, DataCategory category) {
        return switch (purpose) {
            case SCREENING -> recipient == PartnerType.ZVH || (provider == PartnerType.ZVH
                    && (category == DataCategory.IDENTIFYING || category == DataCategory.BSN));
            case ZSM_CONTEXT -> (provider == PartnerType.ZVH && ZSM_PARTNERS.contains(recipient))
                    || (ZSM_PARTNERS.contains(provider) && recipient == PartnerType.ZVH);
            case KNOWN_ELSEWHERE_CHECK -> provider == PartnerType.ZVH && recipient == PartnerType.ZVH;
            case CASE_CONSULTATION, PLAN_EXECUTION -> recipient == PartnerType.ZVH;
            case TREND_ANALYSIS, EXPERTISE_ADVICE -> true;
        };
    }

    private static Tri notParticipant(Facts x, PartnerType type, Fact<Tri> fact) {
        return type == PartnerType.ZVH ? Tri.FALSE : x.tri(fact).not();
    }

    private static RefusalRule rule(String id, List<Citation> citations, List<Fact<?>> reads,
            java.util.function.Function<Facts, Tri> condition) {
        return RefusalRule.of(id, reads, condition, citations);
    }
}
