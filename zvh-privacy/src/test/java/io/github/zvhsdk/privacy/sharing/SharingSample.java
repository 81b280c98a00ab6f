package io.github.zvhsdk.privacy.sharing;

import io.github.zvhsdk.model.CaseStatus;
import io.github.zvhsdk.model.IntakeRegime;
import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.PartnerType;
import io.github.zvhsdk.model.TaskCategory;
import io.github.zvhsdk.model.rule.Tri;
import io.github.zvhsdk.privacy.config.HouseConfig;
import io.github.zvhsdk.privacy.config.Provenance;
import io.github.zvhsdk.privacy.config.RetentionTerms;
import io.github.zvhsdk.model.rule.SourceId;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A seeded sample of sharing requests for the property tests: half drawn at random over every fact (each optional fact
 * also unknown), half near an allow (a request allowed for its purpose, built from an independent reading of sharing.md
 * revision 2: the purposes table, guests, origin holders, secrecy and consent; with one or two facts changed). Drawn by {@link #draw()} once per run of the property tests, never
 * in a static initializer: PIT runs many mutants in one JVM, and a sample decided under the first mutant would judge the
 * later ones by that mutant's decisions.
 */
final class SharingSample {
    static final long SEED = 0x5A17_2025L;
    /**
     * 100,000 requests; the mutation profile draws fewer (system property {@code zvh.sharingSample.size}), as each PIT
     * mutant that the unit tests leave alive reruns the whole sample for each property.
     */
    static final int SIZE = Integer.getInteger("zvh.sharingSample.size", 100_000);
    static final HouseConfig CONFIG = HouseConfig.builder().from(HouseConfig.reference()).id("sample")
            .retention(RetentionTerms.builder().baseTerm(Period.ofYears(5))
                    .provenance(Provenance.interpretation(SourceId.REFERENCE_POLICY, "test", "test term")).build())
            .build();
    static final LocalDate WGS = CONFIG.wgsDate();
    static final List<LocalDate> DATES = List.of(LocalDate.of(2013, 1, 1), LocalDate.of(2019, 6, 1),
            WGS.minusDays(1), WGS, LocalDate.of(2025, 6, 1), LocalDate.of(2031, 1, 1));

    /** Secrecy-bound and BSN-entitled types, re-stated from sharing.md (independent of the implementation). */
    static final Set<PartnerType> BOUND = EnumSet.of(PartnerType.GGZ, PartnerType.VERSLAVINGSZORG,
            PartnerType.GEHANDICAPTENZORG, PartnerType.JEUGDHULP, PartnerType.GECERTIFICEERDE_INSTELLING,
            PartnerType.VEILIG_THUIS, PartnerType.GGD, PartnerType.SOCIAAL_WIJKTEAM);
    static final Set<PartnerType> NOT_BSN = EnumSet.of(PartnerType.WONINGCORPORATIE, PartnerType.SLACHTOFFERHULP,
            PartnerType.OTHER);
    static final Set<PartnerType> ZSM = SharingOracle.ZSM;
    static final Set<PartnerType> PUBLIC = SharingOracle.PUBLIC;
    static final Set<PartnerType> WJSG = EnumSet.of(PartnerType.OPENBAAR_MINISTERIE, PartnerType.DJI);

    /** One sampled request with its decision. */
    record Item(SharingFacts facts, LocalDate asOf, SharingDecision decision, boolean nearAllow) {}

    static List<Item> ITEMS = List.of();
    /** Every value drawn per dimension ("provider.type" → {POLITIE, …}, "dataSubject" → {…, "unknown"}). */
    static final Map<String, Set<String>> DRAWN = new HashMap<>();
    static int bases;

    /** Draws the sample (the same for every run: the seed is fixed) and decides each request with the code as it is now. */
    static synchronized void draw() {
        DRAWN.clear();
        bases = 0;
        SplittableRandom r = new SplittableRandom(SEED);
        List<Item> items = new ArrayList<>(SIZE);
        while (items.size() < SIZE) {
            boolean near = items.size() % 2 == 1;
            LocalDate asOf = pick(r, DATES);
            SharingFacts f;
            SharingDecision decision;
            try {
                if (near) {
                    SharingFacts base = allowedBase(r, asOf);
                    SharingDecision bd = SharingCheck.check(base, CONFIG, asOf);
                    if (!bd.isAllowed()) {
                        throw new AssertionError("the sampler's base request is not allowed: " + base + " → " + bd.refusedBy());
                    }
                    bases++;
                    f = base;
                    int changes = 1 + r.nextInt(2);
                    for (int i = 0; i < changes; i++) {
                        if (r.nextInt(14) == 0) {
                            asOf = pick(r, DATES);
                        } else {
                            f = mutate(r, f);
                        }
                    }
                } else {
                    f = random(r, asOf);
                }
                decision = SharingCheck.check(f, CONFIG, asOf);
            } catch (InvalidInputException e) {
                // a combination the model rules out (closedOn with a status other than CLOSED, a date after asOf): draw again
                continue;
            }
            record(f, asOf);
            items.add(new Item(f, asOf, decision, near));
        }
        ITEMS = List.copyOf(items);
    }

    private SharingSample() {}

    static <T> T pick(SplittableRandom r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }

    static <E extends Enum<E>> E pick(SplittableRandom r, Class<E> type) {
        E[] all = type.getEnumConstants();
        return all[r.nextInt(all.length)];
    }

    static <E extends Enum<E>> E pickOrNull(SplittableRandom r, Class<E> type) {
        E[] all = type.getEnumConstants();
        int i = r.nextInt(all.length + 1);
        return i == all.length ? null : all[i];
    }

    static Tri tri(SplittableRandom r) {
        return pick(r, Tri.class);
    }

    static SharingFacts random(SplittableRandom r, LocalDate asOf) {
        ImmutableCaseFacts.Builder c = CaseFacts.builder();
        CaseStatus status = pickOrNull(r, CaseStatus.class);
        c.status(java.util.Optional.ofNullable(status)).taskCategory(java.util.Optional.ofNullable(pickOrNull(r, TaskCategory.class)))
                .admittedUnder(java.util.Optional.ofNullable(pickOrNull(r, IntakeRegime.class))).covenantInForce(tri(r));
        if ((status == null || status == CaseStatus.CLOSED) && r.nextInt(5) == 0) {
            c.closedOn(asOf.minusDays(r.nextInt(4000)));
            for (int i = r.nextInt(3); i > 0; i--) {
                c.addRetentionExtension(r.nextBoolean() ? Period.ofYears(1) : Period.ofMonths(6));
            }
        }
        if (r.nextInt(4) == 0) {
            // rev. 2 retention: first processing up to eleven years back, sometimes a renewal between it and asOf
            LocalDate first = asOf.minusDays(r.nextInt(4000));
            c.firstProcessedOn(first);
            if (r.nextInt(3) == 0) {
                c.addRenewal(io.github.zvhsdk.privacy.retention.Renewal.of(
                        first.plusDays(r.nextInt((int) (asOf.toEpochDay() - first.toEpochDay()) + 1)),
                        pick(r, io.github.zvhsdk.privacy.retention.RenewalGround.class), tri(r)));
            }
        }
        PartnerType provider = pick(r, PartnerType.class);
        DataCategory category = pick(r, DataCategory.class);
        return SharingFacts.builder()
                .provider(Provider.of(provider, tri(r)))
                .recipient(ImmutableRecipient.copyOf(Recipient.of(pick(r, PartnerType.class), tri(r), tri(r)))
                        .withGuest(tri(r)).withSecrecyDeclarationSigned(tri(r)).withReferrer(tri(r)))
                .dataSubject(java.util.Optional.ofNullable(pickOrNull(r, DataSubject.class)))
                .relevantToSubject(tri(r))
                .category(category)
                .purpose(pick(r, Purpose.class))
                .caseFacts(c.build())
                .secrecyBasis(java.util.Optional.ofNullable(pickOrNull(r, SecrecyBasis.class)))
                .consent(consent(r))
                .origin(holder(r, provider, category))
                .originConsent(tri(r))
                .originRegime(java.util.Optional.ofNullable(pickOrNull(r, OriginRegime.class)))
                .necessityRecorded(tri(r))
                .aggregated(r.nextInt(8) == 0)
                .build();
    }

    /** Any consent facts, each possibly unknown. */
    static Consent consent(SplittableRandom r) {
        ImmutableConsent.Builder c = ImmutableConsent.builder().ageBand(java.util.Optional.ofNullable(pickOrNull(r, ConsentAgeBand.class)))
                .capable(tri(r));
        int g = r.nextInt(GivenBy.ALL.size() + 1);
        if (g < GivenBy.ALL.size()) {
            c.givenBy(new java.util.HashSet<>(GivenBy.ALL.get(g)));
        }
        return c.build();
    }

    /** A valid origin: for a partner absent or the partner itself; for ZVH any holder, ZVH only for its own records. */
    static Origin holder(SplittableRandom r, PartnerType provider, DataCategory category) {
        if (provider != PartnerType.ZVH) {
            return r.nextInt(4) == 0 ? Origin.of(provider) : Origin.unknown();
        }
        PartnerType holder = pickOrNull(r, PartnerType.class);
        boolean ownRecords = category == DataCategory.CASE_FACTS || category == DataCategory.LIFE_DOMAIN_ASSESSMENT;
        return holder == null || (holder == PartnerType.ZVH && !ownRecords) ? Origin.unknown() : Origin.of(holder);
    }

    /**
     * A request allowed for its purpose, from an independent reading of sharing.md's tables and rules (revision 2): the
     * regime first, then a category the purpose and the regime admit, a provider and recipient the purpose admits (a
     * guest at the table in some), and the facts that settle every rule.
     */
    static SharingFacts allowedBase(SplittableRandom r, LocalDate asOf) {
        Purpose purpose = pick(r, Purpose.class);
        if (purpose.aggregatedOnly()) {
            return ImmutableSharingFacts.copyOf(random(r, asOf)).withPurpose(purpose).withAggregated(true);
        }
        // the regime: before the WGS date the covenant; from it a basistaak (WGS) or a plustaak (a covenant)
        ImmutableCaseFacts.Builder c = CaseFacts.builder().status(pick(r, new ArrayList<>(SharingOracle.STATUSES.get(purpose))));
        boolean wgs = !asOf.isBefore(WGS) && r.nextBoolean();
        if (asOf.isBefore(WGS)) {
            c.covenantInForce(Tri.TRUE).taskCategory(java.util.Optional.ofNullable(pickOrNull(r, TaskCategory.class)));
        } else if (wgs) {
            c.taskCategory(TaskCategory.BASISTAAK).admittedUnder(IntakeRegime.WGS2025);
            if (r.nextBoolean()) {
                c.covenantInForce(tri(r));
            }
        } else {
            c.taskCategory(TaskCategory.PLUSTAAK).covenantInForce(Tri.TRUE)
                    .admittedUnder(java.util.Optional.ofNullable(pickOrNull(r, IntakeRegime.class)));
        }
        // a category the purpose lists; under the WGS none of the four special categories it does not admit
        List<DataCategory> categories = new ArrayList<>(SharingOracle.CATEGORIES.get(purpose));
        if (wgs) {
            categories.removeAll(SharingOracle.SPECIAL_OUTSIDE_WGS);
        }
        DataCategory category = pick(r, categories);
        boolean atTheTable = purpose == Purpose.CASE_CONSULTATION || purpose == Purpose.PLAN_EXECUTION;
        // criminal data under the WGS enter only as police or justice data, from their holders (or the bureau at the table)
        boolean justiceOnly = wgs && category == DataCategory.CRIMINAL_JUSTICE;
        boolean guest = wgs && atTheTable && category != DataCategory.BSN && r.nextInt(4) == 0;
        PartnerType provider;
        PartnerType recipient;
        while (true) {
            switch (purpose) {
                case SCREENING -> {
                    int variant = r.nextInt(3);
                    if (variant == 0) {
                        provider = pick(r, PartnerType.class);
                        recipient = PartnerType.ZVH;
                    } else if (variant == 1) {
                        // a public participant at the screening table
                        provider = pick(r, PartnerType.class);
                        recipient = pick(r, new ArrayList<>(PUBLIC));
                    } else {
                        // the enrichment question: identity only, from the bureau; under the WGS to a public participant
                        category = r.nextBoolean() ? DataCategory.IDENTIFYING : DataCategory.BSN;
                        justiceOnly = false;
                        provider = PartnerType.ZVH;
                        recipient = wgs ? pick(r, new ArrayList<>(PUBLIC)) : pick(r, PartnerType.class);
                    }
                }
                case REFERRAL_FEEDBACK -> {
                    provider = PartnerType.ZVH;
                    recipient = pick(r, PartnerType.class);
                }
                case ZSM_CONTEXT -> {
                    PartnerType zsm = pick(r, new ArrayList<>(ZSM));
                    // the bureau does not pass police or justice data on to ZSM
                    boolean out = !justiceOnly && r.nextBoolean();
                    provider = out ? PartnerType.ZVH : zsm;
                    recipient = out ? zsm : PartnerType.ZVH;
                }
                case KNOWN_ELSEWHERE_CHECK -> {
                    provider = PartnerType.ZVH;
                    recipient = PartnerType.ZVH;
                }
                default -> {
                    provider = guest ? (r.nextBoolean() ? PartnerType.ZVH : pick(r, new ArrayList<>(PUBLIC))) : pick(r, PartnerType.class);
                    recipient = pick(r, PartnerType.class);
                }
            }
            boolean bsnOk = category != DataCategory.BSN || (!NOT_BSN.contains(provider) && !NOT_BSN.contains(recipient));
            boolean justiceOk = !justiceOnly || provider == PartnerType.POLITIE || WJSG.contains(provider)
                    || (provider == PartnerType.ZVH && atTheTable);
            boolean guestOk = !guest || recipient != PartnerType.ZVH;
            if (bsnOk && justiceOk && guestOk) {
                break;
            }
        }
        // the origin holder, and the origin regime that may travel with it
        PartnerType holder = provider;
        if (provider == PartnerType.ZVH) {
            boolean ownRecords = category == DataCategory.CASE_FACTS || category == DataCategory.LIFE_DOMAIN_ASSESSMENT;
            do {
                holder = justiceOnly ? (r.nextBoolean() ? PartnerType.POLITIE : pick(r, new ArrayList<>(WJSG)))
                        : r.nextInt(5) == 0 ? null : pick(r, PartnerType.class);
            } while (holder == PartnerType.ZVH && !ownRecords);
        }
        boolean passesOn = provider == PartnerType.ZVH && !(wgs && atTheTable);
        OriginRegime origin = OriginRegime.AVG;
        if (holder == PartnerType.POLITIE && !passesOn && (justiceOnly || r.nextBoolean())) {
            origin = OriginRegime.WPG;
        } else if (holder != null && WJSG.contains(holder) && !passesOn && (justiceOnly || r.nextBoolean())) {
            origin = OriginRegime.WJSG;
        }
        ImmutableSharingFacts.Builder b = SharingFacts.builder()
                .provider(Provider.of(provider, provider == PartnerType.ZVH ? tri(r) : Tri.TRUE))
                .category(category).purpose(purpose).caseFacts(c.build()).necessityRecorded(Tri.TRUE).originRegime(origin)
                .originConsent(tri(r));
        if (holder != null && (provider == PartnerType.ZVH || r.nextInt(4) == 0)) {
            b.origin(Origin.of(holder));
        }
        // the recipient: a participant (at the table where the purpose asks), the referrer, or a guest
        ImmutableRecipient to = ImmutableRecipient.copyOf(Recipient.of(recipient, recipient == PartnerType.ZVH ? tri(r) : Tri.TRUE,
                recipient == PartnerType.ZVH ? tri(r) : Tri.TRUE)).withGuest(tri(r)).withSecrecyDeclarationSigned(tri(r))
                .withReferrer(purpose == Purpose.REFERRAL_FEEDBACK ? Tri.TRUE : tri(r));
        if (guest) {
            to = to.withParticipant(r.nextBoolean() ? Tri.FALSE : Tri.UNKNOWN).withGuest(Tri.TRUE).withSecrecyDeclarationSigned(Tri.TRUE)
                    .withInvolvedInCase(tri(r));
            if (SharingOracle.SPECIAL.contains(category) || category == DataCategory.CRIMINAL_JUSTICE) {
                b.originConsent(Tri.TRUE);
            }
        }
        b.recipient(to);
        // whom the data are about
        List<DataSubject> subjects = new ArrayList<>(List.of(DataSubject.SUBJECT, DataSubject.HOUSEHOLD_MEMBER, DataSubject.DIRECT_CONTACT));
        if (!wgs) {
            subjects.add(DataSubject.OTHER_PERSON);
        }
        if (category == DataCategory.IDENTIFYING) {
            subjects.add(DataSubject.PROFESSIONAL);
        }
        DataSubject subject = pick(r, subjects);
        b.dataSubject(subject).relevantToSubject(subject == DataSubject.SUBJECT || subject == DataSubject.PROFESSIONAL ? tri(r) : Tri.TRUE);
        // secrecy: a bound (or unknown) holder needs a basis the regime accepts; the four special categories under a
        // covenant need consent
        boolean mayBeBound = holder == null || BOUND.contains(holder);
        boolean specialOutsideWgs = SharingOracle.SPECIAL_OUTSIDE_WGS.contains(category);
        SecrecyBasis basis;
        if (specialOutsideWgs) {
            basis = SecrecyBasis.CONSENT;
        } else if (mayBeBound) {
            List<SecrecyBasis> grounds = new ArrayList<>(List.of(SecrecyBasis.CONSENT, SecrecyBasis.STATUTORY, SecrecyBasis.CONFLICT_OF_DUTIES));
            if (wgs) {
                grounds.add(SecrecyBasis.GOOD_CARE);
            }
            basis = pick(r, grounds);
        } else {
            basis = pickOrNull(r, SecrecyBasis.class);
        }
        b.secrecyBasis(java.util.Optional.ofNullable(basis));
        b.consent(basis == SecrecyBasis.CONSENT && (mayBeBound || specialOutsideWgs) ? consentGiven(r) : consent(r));
        return b.build();
    }

    /** Consent facts that every completion of their unknown facts satisfies. */
    static Consent consentGiven(SplittableRandom r) {
        ImmutableConsent.Builder c = ImmutableConsent.builder();
        switch (r.nextInt(4)) {
            case 0 -> c.givenBy(GivenBy.BOTH).ageBand(java.util.Optional.ofNullable(pickOrNull(r, ConsentAgeBand.class))).capable(tri(r));
            case 1 -> c.givenBy(GivenBy.REPRESENTATIVE).capable(Tri.FALSE).ageBand(java.util.Optional.ofNullable(pickOrNull(r, ConsentAgeBand.class)));
            case 2 -> c.givenBy(GivenBy.REPRESENTATIVE).ageBand(ConsentAgeBand.UNDER_12).capable(tri(r));
            default -> c.givenBy(GivenBy.SUBJECT_SELF).ageBand(r.nextBoolean() ? ConsentAgeBand.FROM_12_TO_15 : ConsentAgeBand.FROM_16)
                    .capable(Tri.TRUE);
        }
        return c.build();
    }

    /** Changes one fact (required or optional) to a random value, possibly unknown. */
    static SharingFacts mutate(SplittableRandom r, SharingFacts f) {
        CaseFacts c = f.caseFacts();
        ImmutableSharingFacts g = ImmutableSharingFacts.copyOf(f);
        ImmutableRecipient to = ImmutableRecipient.copyOf(f.recipient());
        ImmutableConsent consent = ImmutableConsent.copyOf(f.consent());
        return switch (r.nextInt(25)) {
            case 0 -> g.withProvider(Provider.of(pick(r, PartnerType.class), f.provider().participant()));
            case 1 -> g.withProvider(Provider.of(f.provider().type(), tri(r)));
            case 2 -> g.withRecipient(to.withType(pick(r, PartnerType.class)));
            case 3 -> g.withRecipient(to.withParticipant(tri(r)));
            case 4 -> g.withRecipient(to.withInvolvedInCase(tri(r)));
            case 5 -> g.withDataSubject(java.util.Optional.ofNullable(pickOrNull(r, DataSubject.class)));
            case 6 -> g.withRelevantToSubject(tri(r));
            case 7 -> g.withCategory(pick(r, DataCategory.class));
            case 8 -> g.withPurpose(pick(r, Purpose.class));
            case 9 -> g.withCaseFacts(ImmutableCaseFacts.copyOf(c).withStatus(java.util.Optional.ofNullable(pickOrNull(r, CaseStatus.class))));
            case 10 -> g.withCaseFacts(ImmutableCaseFacts.copyOf(c).withTaskCategory(java.util.Optional.ofNullable(pickOrNull(r, TaskCategory.class))));
            case 11 -> g.withCaseFacts(ImmutableCaseFacts.copyOf(c).withAdmittedUnder(java.util.Optional.ofNullable(pickOrNull(r, IntakeRegime.class))));
            case 12 -> g.withCaseFacts(ImmutableCaseFacts.copyOf(c).withCovenantInForce(tri(r)));
            case 13 -> g.withSecrecyBasis(java.util.Optional.ofNullable(pickOrNull(r, SecrecyBasis.class)));
            case 14 -> g.withOriginRegime(java.util.Optional.ofNullable(pickOrNull(r, OriginRegime.class)));
            case 15 -> g.withNecessityRecorded(tri(r));
            case 16 -> g.withOrigin(holder(r, f.provider().type(), f.category()));
            case 17 -> g.withRecipient(to.withGuest(tri(r)));
            case 18 -> g.withRecipient(to.withSecrecyDeclarationSigned(tri(r)));
            case 19 -> g.withRecipient(to.withReferrer(tri(r)));
            case 20 -> g.withOriginConsent(tri(r));
            case 21 -> g.withConsent(consent.withAgeBand(java.util.Optional.ofNullable(pickOrNull(r, ConsentAgeBand.class))));
            case 22 -> g.withConsent(consent.withCapable(tri(r)));
            case 23 -> g.withConsent(consent.withGivenBy(consent(r).givenBy()));
            default -> g.withAggregated(!f.aggregated());
        };
    }

    private static void record(SharingFacts f, LocalDate asOf) {
        draw("provider.type", f.provider().type());
        draw("provider.participant", f.provider().participant());
        draw("recipient.type", f.recipient().type());
        draw("recipient.participant", f.recipient().participant());
        draw("recipient.involvedInCase", f.recipient().involvedInCase());
        draw("dataSubject", f.dataSubject().orElse(null));
        draw("relevantToSubject", f.relevantToSubject());
        draw("category", f.category());
        draw("purpose", f.purpose());
        draw("case.status", f.caseFacts().status().orElse(null));
        draw("case.taskCategory", f.caseFacts().taskCategory().orElse(null));
        draw("case.admittedUnder", f.caseFacts().admittedUnder().orElse(null));
        draw("case.covenantInForce", f.caseFacts().covenantInForce());
        draw("secrecyBasis", f.secrecyBasis().orElse(null));
        draw("originRegime", f.originRegime().orElse(null));
        draw("necessityRecorded", f.necessityRecorded());
        draw("origin.holder", f.origin().holder().orElse(null));
        draw("recipient.guest", f.recipient().guest());
        draw("recipient.secrecyDeclarationSigned", f.recipient().secrecyDeclarationSigned());
        draw("recipient.referrer", f.recipient().referrer());
        draw("originConsent", f.originConsent());
        draw("consent.ageBand", f.consent().ageBand().orElse(null));
        draw("consent.capable", f.consent().capable());
        draw("consent.givenBy", f.consent().givenBy().orElse(null));
        draw("aggregated", f.aggregated());
        draw("case.closedOn", f.caseFacts().closedOn().isPresent());
        draw("case.firstProcessedOn", f.caseFacts().firstProcessedOn().isPresent());
        draw("asOf", asOf);
    }

    private static void draw(String dimension, Object value) {
        DRAWN.computeIfAbsent(dimension, k -> new HashSet<>()).add(value == null ? "unknown" : value.toString());
    }

    /** The number of values a dimension must show (its enum's constants, plus "unknown" for an optional enum fact). */
    static Map<String, Integer> expectedDraws() {
        Map<String, Integer> m = new HashMap<>();
        int partners = PartnerType.values().length;
        m.put("provider.type", partners);
        m.put("recipient.type", partners);
        for (String tri : List.of("provider.participant", "recipient.participant", "recipient.involvedInCase",
                "relevantToSubject", "case.covenantInForce", "necessityRecorded", "recipient.guest",
                "recipient.secrecyDeclarationSigned", "recipient.referrer", "originConsent", "consent.capable")) {
            m.put(tri, 3);
        }
        m.put("origin.holder", partners + 1);
        m.put("consent.ageBand", ConsentAgeBand.values().length + 1);
        m.put("consent.givenBy", GivenBy.ALL.size() + 1);
        m.put("dataSubject", DataSubject.values().length + 1);
        m.put("category", DataCategory.values().length);
        m.put("purpose", Purpose.values().length);
        m.put("case.status", CaseStatus.values().length + 1);
        m.put("case.taskCategory", TaskCategory.values().length + 1);
        m.put("case.admittedUnder", IntakeRegime.values().length + 1);
        m.put("secrecyBasis", SecrecyBasis.values().length + 1);
        m.put("originRegime", OriginRegime.values().length + 1);
        m.put("aggregated", 2);
        m.put("case.closedOn", 2);
        m.put("case.firstProcessedOn", 2);
        m.put("asOf", DATES.size());
        return m;
    }
}
