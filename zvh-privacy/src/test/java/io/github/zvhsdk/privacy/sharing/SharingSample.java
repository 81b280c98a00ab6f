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
 * also unknown), half near an allow (a request allowed for its purpose, built from an independent reading of the
 * purposes table, with one or two facts changed). Drawn by {@link #draw()} once per run of the property tests, never
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
            PartnerType.VEILIG_THUIS, PartnerType.GGD);
    static final Set<PartnerType> NOT_BSN = EnumSet.of(PartnerType.WONINGCORPORATIE, PartnerType.SLACHTOFFERHULP,
            PartnerType.OTHER);
    static final Set<PartnerType> ZSM = EnumSet.of(PartnerType.OPENBAAR_MINISTERIE, PartnerType.POLITIE,
            PartnerType.RECLASSERING, PartnerType.RAAD_VOOR_DE_KINDERBESCHERMING, PartnerType.HALT);
    static final Set<PartnerType> WJSG = EnumSet.of(PartnerType.OPENBAAR_MINISTERIE, PartnerType.DJI,
            PartnerType.RECLASSERING, PartnerType.RAAD_VOOR_DE_KINDERBESCHERMING, PartnerType.HALT);
    static final Set<SecrecyBasis> GROUNDS = EnumSet.of(SecrecyBasis.CONSENT, SecrecyBasis.STATUTORY,
            SecrecyBasis.CONFLICT_OF_DUTIES);

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
        return SharingFacts.builder()
                .provider(Provider.of(pick(r, PartnerType.class), tri(r)))
                .recipient(Recipient.of(pick(r, PartnerType.class), tri(r), tri(r)))
                .dataSubject(java.util.Optional.ofNullable(pickOrNull(r, DataSubject.class)))
                .relevantToSubject(tri(r))
                .category(pick(r, DataCategory.class))
                .purpose(pick(r, Purpose.class))
                .caseFacts(c.build())
                .secrecyBasis(java.util.Optional.ofNullable(pickOrNull(r, SecrecyBasis.class)))
                .originRegime(java.util.Optional.ofNullable(pickOrNull(r, OriginRegime.class)))
                .necessityRecorded(tri(r))
                .aggregated(r.nextInt(8) == 0)
                .build();
    }

    /** A request allowed for its purpose, from an independent reading of sharing.md's tables. */
    static SharingFacts allowedBase(SplittableRandom r, LocalDate asOf) {
        Purpose purpose = pick(r, Purpose.class);
        if (purpose.aggregatedOnly()) {
            return ImmutableSharingFacts.copyOf(random(r, asOf)).withPurpose(purpose).withAggregated(true);
        }
        DataCategory category = pick(r, new ArrayList<>(purpose.categories()));
        PartnerType provider;
        PartnerType recipient;
        while (true) {
            switch (purpose) {
                case SCREENING -> {
                    if (r.nextBoolean()) {
                        provider = pick(r, PartnerType.class);
                        recipient = PartnerType.ZVH;
                    } else {
                        category = r.nextBoolean() ? DataCategory.IDENTIFYING : DataCategory.BSN;
                        provider = PartnerType.ZVH;
                        recipient = pick(r, PartnerType.class);
                    }
                }
                case ZSM_CONTEXT -> {
                    PartnerType zsm = pick(r, new ArrayList<>(ZSM));
                    boolean out = r.nextBoolean();
                    provider = out ? PartnerType.ZVH : zsm;
                    recipient = out ? zsm : PartnerType.ZVH;
                }
                case KNOWN_ELSEWHERE_CHECK -> {
                    provider = PartnerType.ZVH;
                    recipient = PartnerType.ZVH;
                }
                default -> {
                    provider = pick(r, PartnerType.class);
                    recipient = pick(r, PartnerType.class);
                }
            }
            if (category != DataCategory.BSN || (!NOT_BSN.contains(provider) && !NOT_BSN.contains(recipient))) {
                break;
            }
        }
        CaseStatus status = pick(r, new ArrayList<>(purpose.statuses()));
        ImmutableCaseFacts.Builder c = CaseFacts.builder().status(status);
        if (asOf.isBefore(WGS)) {
            c.covenantInForce(Tri.TRUE).taskCategory(java.util.Optional.ofNullable(pickOrNull(r, TaskCategory.class)));
        } else if (r.nextBoolean()) {
            c.taskCategory(TaskCategory.BASISTAAK).admittedUnder(IntakeRegime.WGS2025);
            if (r.nextBoolean()) {
                c.covenantInForce(tri(r));
            }
        } else {
            c.taskCategory(TaskCategory.PLUSTAAK).covenantInForce(Tri.TRUE)
                    .admittedUnder(java.util.Optional.ofNullable(pickOrNull(r, IntakeRegime.class)));
        }
        ImmutableSharingFacts.Builder b = SharingFacts.builder()
                .provider(Provider.of(provider, provider == PartnerType.ZVH ? tri(r) : Tri.TRUE))
                .recipient(Recipient.of(recipient, recipient == PartnerType.ZVH ? tri(r) : Tri.TRUE,
                        recipient == PartnerType.ZVH ? tri(r) : Tri.TRUE))
                .category(category).purpose(purpose).caseFacts(c.build()).necessityRecorded(Tri.TRUE);
        DataSubject subject = pick(r, DataSubject.class);
        b.dataSubject(subject).relevantToSubject(subject == DataSubject.SUBJECT ? tri(r) : Tri.TRUE);
        if (category.isSpecial() && BOUND.contains(provider)) {
            b.secrecyBasis(pick(r, new ArrayList<>(GROUNDS)));
        } else {
            b.secrecyBasis(java.util.Optional.ofNullable(pickOrNull(r, SecrecyBasis.class)));
        }
        if (provider == PartnerType.POLITIE && r.nextBoolean()) {
            b.originRegime(OriginRegime.WPG);
        } else if (WJSG.contains(provider) && r.nextBoolean()) {
            b.originRegime(OriginRegime.WJSG);
        } else {
            b.originRegime(OriginRegime.AVG);
        }
        return b.build();
    }

    /** Changes one fact (required or optional) to a random value, possibly unknown. */
    static SharingFacts mutate(SplittableRandom r, SharingFacts f) {
        CaseFacts c = f.caseFacts();
        return switch (r.nextInt(17)) {
            case 0 -> ImmutableSharingFacts.copyOf(f).withProvider(Provider.of(pick(r, PartnerType.class), f.provider().participant()));
            case 1 -> ImmutableSharingFacts.copyOf(f).withProvider(Provider.of(f.provider().type(), tri(r)));
            case 2 -> ImmutableSharingFacts.copyOf(f).withRecipient(Recipient.of(pick(r, PartnerType.class), f.recipient().participant(), f.recipient().involvedInCase()));
            case 3 -> ImmutableSharingFacts.copyOf(f).withRecipient(Recipient.of(f.recipient().type(), tri(r), f.recipient().involvedInCase()));
            case 4 -> ImmutableSharingFacts.copyOf(f).withRecipient(Recipient.of(f.recipient().type(), f.recipient().participant(), tri(r)));
            case 5 -> ImmutableSharingFacts.copyOf(f).withDataSubject(java.util.Optional.ofNullable(pickOrNull(r, DataSubject.class)));
            case 6 -> ImmutableSharingFacts.copyOf(f).withRelevantToSubject(tri(r));
            case 7 -> ImmutableSharingFacts.copyOf(f).withCategory(pick(r, DataCategory.class));
            case 8 -> ImmutableSharingFacts.copyOf(f).withPurpose(pick(r, Purpose.class));
            case 9 -> ImmutableSharingFacts.copyOf(f).withCaseFacts(ImmutableCaseFacts.copyOf(c).withStatus(java.util.Optional.ofNullable(pickOrNull(r, CaseStatus.class))));
            case 10 -> ImmutableSharingFacts.copyOf(f).withCaseFacts(ImmutableCaseFacts.copyOf(c).withTaskCategory(java.util.Optional.ofNullable(pickOrNull(r, TaskCategory.class))));
            case 11 -> ImmutableSharingFacts.copyOf(f).withCaseFacts(ImmutableCaseFacts.copyOf(c).withAdmittedUnder(java.util.Optional.ofNullable(pickOrNull(r, IntakeRegime.class))));
            case 12 -> ImmutableSharingFacts.copyOf(f).withCaseFacts(ImmutableCaseFacts.copyOf(c).withCovenantInForce(tri(r)));
            case 13 -> ImmutableSharingFacts.copyOf(f).withSecrecyBasis(java.util.Optional.ofNullable(pickOrNull(r, SecrecyBasis.class)));
            case 14 -> ImmutableSharingFacts.copyOf(f).withOriginRegime(java.util.Optional.ofNullable(pickOrNull(r, OriginRegime.class)));
            case 15 -> ImmutableSharingFacts.copyOf(f).withNecessityRecorded(tri(r));
            default -> ImmutableSharingFacts.copyOf(f).withAggregated(!f.aggregated());
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
                "relevantToSubject", "case.covenantInForce", "necessityRecorded")) {
            m.put(tri, 3);
        }
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
