package io.github.zvhsdk.privacy.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.zvhsdk.model.CaseId;
import io.github.zvhsdk.model.CaseStatus;
import io.github.zvhsdk.model.PartnerType;
import io.github.zvhsdk.model.PersonId;
import io.github.zvhsdk.model.TaskCategory;
import io.github.zvhsdk.model.json.ZvhJson;
import io.github.zvhsdk.model.rule.RuleResult;
import io.github.zvhsdk.model.rule.Tri;
import io.github.zvhsdk.privacy.log.ProcessingLog;
import io.github.zvhsdk.privacy.log.ProcessingRecord;
import io.github.zvhsdk.privacy.minimisation.Minimisation;
import io.github.zvhsdk.privacy.minimisation.TaggedField;
import io.github.zvhsdk.privacy.minimisation.TaggedRecord;
import io.github.zvhsdk.privacy.sharing.SharingSample.Item;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The properties of sharing.md ("Properties the executable specification MUST pin", 1–10, revision 2), each a test
 * named after it, over a seeded sample of {@link SharingSample#SIZE} requests ({@link SharingSample}): half random,
 * half near an allow. Every test first asserts the sample's coverage: every refusing rule refused at least once (on
 * known facts and on unknown ones where it reads any), every condition and outcome reached, every value of every fact
 * drawn (unknown included), and every value of the rev. 2 enums reached in an allow of personal data and in a DENY.
 * Besides the ten properties, every rule's result is compared with {@link SharingOracle}, sharing.md re-stated.
 */
@DisplayName("Sharing check: the properties of sharing.md")
class SharingCheckPropertiesTest {
    private static final String TEST_BSN = "123456782";

    /** Every rule that can refuse (SHARE-NO-PERSONAL-DATA and SHARE-SPECIAL never do). */
    private static final List<String> REFUSING_RULES = List.of("SHARE-AGGREGATE-ONLY", "SHARE-REGIME",
            "SHARE-PARTICIPANTS", "SHARE-GUEST", "SHARE-COVENANT", "SHARE-TRANSITION", "SHARE-STATUS", "SHARE-RECIPIENT",
            "SHARE-CATEGORY", "SHARE-SECRECY", "SHARE-CONSENT-CAPACITY", "SHARE-SPECIAL-CATEGORY", "SHARE-JUSTICE-ORIGIN",
            "SHARE-BSN", "SHARE-THIRD-PARTY", "SHARE-NECESSITY", "SHARE-RETENTION");

    /** The optional facts each rule can read, re-stated from sharing.md's rules table. */
    private static final Map<String, Set<String>> READS = Map.ofEntries(
            Map.entry("SHARE-AGGREGATE-ONLY", Set.of()),
            Map.entry("SHARE-REGIME", Set.of("case.taskCategory")),
            Map.entry("SHARE-PARTICIPANTS", Set.of("provider.participant", "recipient.participant", "recipient.guest")),
            Map.entry("SHARE-GUEST", Set.of("recipient.participant", "recipient.guest", "case.taskCategory",
                    "recipient.secrecyDeclarationSigned", "originConsent")),
            Map.entry("SHARE-COVENANT", Set.of("case.covenantInForce")),
            Map.entry("SHARE-TRANSITION", Set.of("case.status", "case.admittedUnder")),
            Map.entry("SHARE-STATUS", Set.of("case.status")),
            Map.entry("SHARE-RECIPIENT", Set.of("recipient.involvedInCase", "case.taskCategory", "recipient.referrer")),
            Map.entry("SHARE-CATEGORY", Set.of()),
            Map.entry("SHARE-SECRECY", Set.of("origin.holder", "secrecyBasis", "case.taskCategory")),
            Map.entry("SHARE-CONSENT-CAPACITY", Set.of("origin.holder", "consent.ageBand", "consent.capable", "consent.givenBy")),
            Map.entry("SHARE-SPECIAL-CATEGORY", Set.of("case.taskCategory", "secrecyBasis")),
            Map.entry("SHARE-JUSTICE-ORIGIN", Set.of("originRegime", "origin.holder", "case.taskCategory")),
            Map.entry("SHARE-BSN", Set.of()),
            Map.entry("SHARE-THIRD-PARTY", Set.of("dataSubject", "relevantToSubject", "case.taskCategory")),
            Map.entry("SHARE-NECESSITY", Set.of("necessityRecorded")),
            Map.entry("SHARE-RETENTION", Set.of("case.firstProcessedOn", "case.taskCategory")));

    /** Makes one optional fact unknown (or {@code aggregated} absent), by name. */
    private static final Map<String, UnaryOperator<SharingFacts>> FORGET = new java.util.LinkedHashMap<>();

    static {
        FORGET.put("provider.participant", f -> ImmutableSharingFacts.copyOf(f).withProvider(Provider.of(f.provider().type(), Tri.UNKNOWN)));
        FORGET.put("recipient.participant", f -> ImmutableSharingFacts.copyOf(f).withRecipient(recipient(f).withParticipant(Tri.UNKNOWN)));
        FORGET.put("recipient.involvedInCase", f -> ImmutableSharingFacts.copyOf(f).withRecipient(recipient(f).withInvolvedInCase(Tri.UNKNOWN)));
        FORGET.put("dataSubject", f -> ImmutableSharingFacts.copyOf(f).withDataSubject(Optional.empty()));
        FORGET.put("relevantToSubject", f -> ImmutableSharingFacts.copyOf(f).withRelevantToSubject(Tri.UNKNOWN));
        FORGET.put("case.status", f -> ImmutableSharingFacts.copyOf(f).withCaseFacts(ImmutableCaseFacts.copyOf(f.caseFacts()).withStatus(Optional.empty())));
        FORGET.put("case.taskCategory", f -> ImmutableSharingFacts.copyOf(f).withCaseFacts(ImmutableCaseFacts.copyOf(f.caseFacts()).withTaskCategory(Optional.empty())));
        FORGET.put("case.admittedUnder", f -> ImmutableSharingFacts.copyOf(f).withCaseFacts(ImmutableCaseFacts.copyOf(f.caseFacts()).withAdmittedUnder(Optional.empty())));
        FORGET.put("case.covenantInForce", f -> ImmutableSharingFacts.copyOf(f).withCaseFacts(ImmutableCaseFacts.copyOf(f.caseFacts()).withCovenantInForce(Tri.UNKNOWN)));
        // not the retention dates: sharing.md property 1 leaves them out ("Retention is checked only when its dates are
        // given; leaving them out is the caller's statement that it keeps its own schedule", rev. 2)
        FORGET.put("secrecyBasis", f -> ImmutableSharingFacts.copyOf(f).withSecrecyBasis(Optional.empty()));
        FORGET.put("originRegime", f -> ImmutableSharingFacts.copyOf(f).withOriginRegime(Optional.empty()));
        FORGET.put("necessityRecorded", f -> ImmutableSharingFacts.copyOf(f).withNecessityRecorded(Tri.UNKNOWN));
        FORGET.put("origin.holder", f -> ImmutableSharingFacts.copyOf(f).withOrigin(Origin.unknown()));
        FORGET.put("recipient.guest", f -> ImmutableSharingFacts.copyOf(f).withRecipient(recipient(f).withGuest(Tri.UNKNOWN)));
        FORGET.put("recipient.secrecyDeclarationSigned", f -> ImmutableSharingFacts.copyOf(f).withRecipient(recipient(f)
                .withSecrecyDeclarationSigned(Tri.UNKNOWN)));
        FORGET.put("recipient.referrer", f -> ImmutableSharingFacts.copyOf(f).withRecipient(recipient(f).withReferrer(Tri.UNKNOWN)));
        FORGET.put("originConsent", f -> ImmutableSharingFacts.copyOf(f).withOriginConsent(Tri.UNKNOWN));
        FORGET.put("consent.ageBand", f -> ImmutableSharingFacts.copyOf(f).withConsent(ImmutableConsent.copyOf(f.consent())
                .withAgeBand(Optional.empty())));
        FORGET.put("consent.capable", f -> ImmutableSharingFacts.copyOf(f).withConsent(ImmutableConsent.copyOf(f.consent())
                .withCapable(Tri.UNKNOWN)));
        FORGET.put("consent.givenBy", f -> ImmutableSharingFacts.copyOf(f).withConsent(ImmutableConsent.copyOf(f.consent())
                .withGivenBy(Optional.empty())));
        FORGET.put("aggregated", f -> ImmutableSharingFacts.copyOf(f).withAggregated(false));
    }

    private static ImmutableRecipient recipient(SharingFacts f) {
        return ImmutableRecipient.copyOf(f.recipient());
    }

    @BeforeAll
    static void drawSample() {
        SharingSample.draw();
    }

    private static void assertCoverage() {
        List<Item> items = SharingSample.ITEMS;
        assertThat(items).hasSizeGreaterThanOrEqualTo(SharingSample.SIZE);
        assertThat(items.stream().filter(Item::nearAllow).count()).isGreaterThanOrEqualTo(SharingSample.SIZE / 2);
        Map<String, Set<Tri>> values = new HashMap<>();
        EnumSet<SharingOutcome> outcomes = EnumSet.noneOf(SharingOutcome.class);
        EnumSet<SharingRegime> regimes = EnumSet.noneOf(SharingRegime.class);
        EnumSet<SharingCondition> conditions = EnumSet.noneOf(SharingCondition.class);
        Set<String> reachedInAllow = new java.util.HashSet<>();
        Set<String> reachedInDeny = new java.util.HashSet<>();
        for (Item i : items) {
            SharingDecision d = i.decision();
            d.trace().forEach(r -> values.computeIfAbsent(r.ruleId(), k -> EnumSet.noneOf(Tri.class)).add(r.value()));
            outcomes.add(d.outcome());
            regimes.add(d.regime());
            conditions.addAll(d.conditions());
            if (!i.facts().aggregated()) {
                (d.isAllowed() ? reachedInAllow : reachedInDeny).addAll(rev2Values(i.facts()));
            }
        }
        for (String rule : REFUSING_RULES) {
            // every rule refuses on known facts; one that reads optional facts also refuses on unknown ones
            Set<Tri> seen = values.getOrDefault(rule, Set.of());
            assertThat(seen).as("values of %s", rule).contains(Tri.FALSE, rule.equals("SHARE-REGIME") ? Tri.UNKNOWN : Tri.TRUE);
            if (!READS.get(rule).isEmpty()) {
                assertThat(seen).as("values of %s", rule).contains(Tri.UNKNOWN);
            }
        }
        assertThat(outcomes).containsExactlyInAnyOrder(SharingOutcome.values());
        assertThat(regimes).containsExactlyInAnyOrder(SharingRegime.values());
        assertThat(conditions).containsExactlyInAnyOrder(SharingCondition.values());
        SharingSample.expectedDraws().forEach((dimension, n) ->
                assertThat(SharingSample.DRAWN.get(dimension)).as("values drawn for %s", dimension).hasSize(n));
        Set<String> rev2 = allRev2Values();
        assertThat(reachedInAllow).as("rev. 2 values in an allow of personal data").containsAll(rev2);
        assertThat(reachedInDeny).as("rev. 2 values in a DENY").containsAll(rev2);
        assertThat(SharingSample.bases).as("allowed bases").isGreaterThanOrEqualTo(SharingSample.SIZE / 2);
        long allows = items.stream().filter(i -> i.decision().isAllowed() && !i.facts().aggregated()).count();
        assertThat(allows).as("allows of personal data").isGreaterThan(SharingSample.SIZE / 20);
    }

    /** The values of the rev. 2 enums and facts a request carries, as "dimension=value". */
    private static Set<String> rev2Values(SharingFacts f) {
        Set<String> v = new java.util.HashSet<>();
        v.add("category=" + f.category());
        v.add("purpose=" + f.purpose());
        f.dataSubject().ifPresent(s -> v.add("dataSubject=" + s));
        f.secrecyBasis().ifPresent(b -> v.add("secrecyBasis=" + b));
        f.consent().ageBand().ifPresent(a -> v.add("consent.ageBand=" + a));
        f.consent().givenBy().ifPresent(g -> v.add("consent.givenBy=" + g));
        if (f.recipient().guest() == Tri.TRUE) {
            v.add("recipient.guest=TRUE");
        }
        f.origin().holder().filter(h -> f.provider().type() == PartnerType.ZVH).ifPresent(h -> v.add("origin.holder from ZVH"));
        return v;
    }

    private static Set<String> allRev2Values() {
        Set<String> v = new java.util.HashSet<>();
        for (DataCategory c : DataCategory.values()) {
            v.add("category=" + c);
        }
        for (Purpose p : Purpose.values()) {
            if (!p.aggregatedOnly()) {
                v.add("purpose=" + p);
            }
        }
        for (DataSubject s : DataSubject.values()) {
            v.add("dataSubject=" + s);
        }
        for (SecrecyBasis b : SecrecyBasis.values()) {
            v.add("secrecyBasis=" + b);
        }
        for (ConsentAgeBand a : ConsentAgeBand.values()) {
            v.add("consent.ageBand=" + a);
        }
        for (Set<ConsentGiver> g : GivenBy.ALL) {
            v.add("consent.givenBy=" + g);
        }
        v.add("recipient.guest=TRUE");
        v.add("origin.holder from ZVH");
        return v;
    }

    @Test
    @DisplayName("1. Fails closed: making any optional fact unknown (rev. 2 facts included) never turns a DENY into an allow")
    void property1_failsClosed() {
        assertCoverage();
        int checked = 0;
        for (Item i : SharingSample.ITEMS) {
            if (i.decision().isAllowed()) {
                continue;
            }
            SharingFacts all = i.facts();
            for (Map.Entry<String, UnaryOperator<SharingFacts>> e : FORGET.entrySet()) {
                SharingFacts forgotten = e.getValue().apply(i.facts());
                all = e.getValue().apply(all);
                if (forgotten.equals(i.facts())) {
                    continue;
                }
                SharingDecision d = SharingCheck.check(forgotten, SharingSample.CONFIG, i.asOf());
                checked++;
                if (d.isAllowed()) {
                    fail("forgetting %s turned a DENY into %s: %s on %s", e.getKey(), d.outcome(), i.facts(), i.asOf());
                }
            }
            assertThat(SharingCheck.check(all, SharingSample.CONFIG, i.asOf()).outcome()).as("all forgotten: %s", i.facts())
                    .isEqualTo(SharingOutcome.DENY);
        }
        assertThat(checked).isGreaterThan(SharingSample.SIZE);
    }

    @Test
    @DisplayName("2. Nothing without a purpose: no allow outside the purpose's categories, recipients or statuses")
    void property2_nothingWithoutAPurpose() {
        assertCoverage();
        for (Item i : SharingSample.ITEMS) {
            SharingFacts f = i.facts();
            if (!i.decision().isAllowed() || f.aggregated()) {
                continue;
            }
            assertThat(f.purpose().aggregatedOnly()).as("personal data for an aggregated-only purpose").isFalse();
            assertThat(SharingOracle.CATEGORIES.get(f.purpose())).contains(f.category());
            assertThat(f.caseFacts().status()).isPresent();
            assertThat(SharingOracle.STATUSES.get(f.purpose())).contains(f.caseFacts().status().get());
            assertThat(recipientInTable(f, i.decision().regime())).as("recipient of %s", f).isTrue();
        }
    }

    /** The recipients column of the purposes table, re-stated independently. */
    private static boolean recipientInTable(SharingFacts f, SharingRegime regime) {
        PartnerType p = f.provider().type();
        PartnerType r = f.recipient().type();
        boolean takesPart = f.recipient().involvedInCase() == Tri.TRUE || f.recipient().guest() == Tri.TRUE;
        return switch (f.purpose()) {
            case SCREENING -> r == PartnerType.ZVH || (SharingOracle.PUBLIC.contains(r) && takesPart)
                    || (p == PartnerType.ZVH && (f.category() == DataCategory.IDENTIFYING || f.category() == DataCategory.BSN)
                            && (regime == SharingRegime.COVENANT || SharingOracle.PUBLIC.contains(r)));
            case REFERRAL_FEEDBACK -> p == PartnerType.ZVH && f.recipient().referrer() == Tri.TRUE;
            case CASE_CONSULTATION, PLAN_EXECUTION -> r == PartnerType.ZVH || takesPart;
            case ZSM_CONTEXT -> (p == PartnerType.ZVH && SharingSample.ZSM.contains(r))
                    || (SharingSample.ZSM.contains(p) && r == PartnerType.ZVH);
            case KNOWN_ELSEWHERE_CHECK -> p == PartnerType.ZVH && r == PartnerType.ZVH;
            case TREND_ANALYSIS, EXPERTISE_ADVICE -> false;
        };
    }

    @Test
    @DisplayName("3. Plustaken never use the WGS: regime COVENANT, and personal data only with the covenant in force")
    void property3_plustakenNeverUseTheWgs() {
        assertCoverage();
        int plustaken = 0;
        for (Item i : SharingSample.ITEMS) {
            SharingFacts f = i.facts();
            if (f.caseFacts().taskCategory().orElse(null) != TaskCategory.PLUSTAAK) {
                continue;
            }
            plustaken++;
            assertThat(i.decision().regime()).isEqualTo(SharingRegime.COVENANT);
            if (i.decision().isAllowed() && !f.aggregated()) {
                assertThat(f.caseFacts().covenantInForce()).isEqualTo(Tri.TRUE);
            }
        }
        assertThat(plustaken).isGreaterThan(SharingSample.SIZE / 10);
    }

    /** The origin holder of a request: the provider, or {@code origin.holder} when the provider is ZVH (null when unknown). */
    private static PartnerType holder(SharingFacts f) {
        return f.provider().type() == PartnerType.ZVH ? f.origin().holder().orElse(null) : f.provider().type();
    }

    /** "Every completion of the unknown consent facts is satisfied", re-stated. */
    private static boolean consentHolds(Consent c) {
        if (c.givenBy().isEmpty()) {
            return false;
        }
        for (ConsentAgeBand a : ConsentAgeBand.values()) {
            for (boolean capable : new boolean[] {true, false}) {
                boolean completion = c.ageBand().map(x -> x == a).orElse(true) && (c.capable() == Tri.UNKNOWN || c.capable() == Tri.of(capable));
                if (completion && !SharingOracle.consentGiven(a, capable, c.givenBy().get())) {
                    return false;
                }
            }
        }
        return true;
    }

    @Test
    @DisplayName("4. Secrecy holds (rev. 2): no allow of any category whose origin holder is (or may be) bound without a basis the "
            + "regime accepts, and none on CONSENT unless the consent holds")
    void property4_secrecyHolds() {
        assertCoverage();
        int bound = 0;
        int consent = 0;
        for (Item i : SharingSample.ITEMS) {
            SharingFacts f = i.facts();
            SharingDecision d = i.decision();
            if (!d.isAllowed() || f.aggregated()) {
                continue;
            }
            PartnerType holder = holder(f);
            boolean mayBeBound = holder == null || SharingSample.BOUND.contains(holder);
            if (mayBeBound) {
                bound++;
                assertThat(f.secrecyBasis()).as("basis of %s", f).isPresent();
                assertThat(SharingOracle.accepted(f.secrecyBasis().get(), d.regime() == SharingRegime.WGS)).as("%s", f).isTrue();
                assertThat(d.conditions()).contains(SharingCondition.RECORD_SECRECY_BASIS, SharingCondition.NECESSARY_EXTRACT_ONLY);
            } else {
                assertThat(d.conditions()).doesNotContain(SharingCondition.RECORD_SECRECY_BASIS, SharingCondition.NECESSARY_EXTRACT_ONLY);
            }
            if (f.secrecyBasis().orElse(null) == SecrecyBasis.CONSENT && (mayBeBound || f.category().isSpecialOutsideWgs())) {
                consent++;
                assertThat(consentHolds(f.consent())).as("consent of %s", f).isTrue();
            }
            assertThat(d.conditions().contains(SharingCondition.SPECIAL_CATEGORY_SAFEGUARDS)).isEqualTo(f.category().isSpecial());
        }
        assertThat(bound).isGreaterThan(SharingSample.SIZE / 100);
        assertThat(consent).isGreaterThan(SharingSample.SIZE / 200);
    }

    @Test
    @DisplayName("5. Justice data do not travel on (rev. 2): WPG only from POLITIE, WJSG only from OM or DJI, unknown never, and "
            + "not passed on but by the house at the table under the WGS")
    void property5_justiceDataDoNotTravelOn() {
        assertCoverage();
        int passedOn = 0;
        for (Item i : SharingSample.ITEMS) {
            SharingFacts f = i.facts();
            if (!i.decision().isAllowed() || f.aggregated()) {
                continue;
            }
            assertThat(f.originRegime()).as("origin of an allow").isPresent();
            PartnerType holder = holder(f);
            switch (f.originRegime().get()) {
                case WPG -> assertThat(holder).isEqualTo(PartnerType.POLITIE);
                case WJSG -> assertThat(holder).isIn(PartnerType.OPENBAAR_MINISTERIE, PartnerType.DJI);
                case AVG -> assertThat(f.category() == DataCategory.CRIMINAL_JUSTICE && i.decision().regime() == SharingRegime.WGS)
                        .as("criminal AVG data under the WGS").isFalse();
            }
            if (f.originRegime().get() != OriginRegime.AVG) {
                assertThat(i.decision().conditions()).contains(SharingCondition.RECORD_WEIGHTY_PUBLIC_INTEREST);
                if (f.provider().type() != holder) {
                    passedOn++;
                    assertThat(f.provider().type()).isEqualTo(PartnerType.ZVH);
                    assertThat(i.decision().regime()).isEqualTo(SharingRegime.WGS);
                    assertThat(f.purpose()).isIn(Purpose.CASE_CONSULTATION, Purpose.PLAN_EXECUTION);
                }
            }
        }
        assertThat(passedOn).isPositive();
    }

    @Test
    @DisplayName("6. Every allow of personal data has exactly one log record, and no log record carries a BSN")
    void property6_everyAllowHasExactlyOneLogRecord() {
        assertCoverage();
        int records = 0;
        int n = 0;
        for (Item i : SharingSample.ITEMS) {
            Optional<ProcessingRecord> record = ProcessingLog.recordFor(i.decision(), "rec-" + n++,
                    Instant.parse("2025-06-01T10:15:30Z"), CaseId.of("case-17"), PersonId.of("p-42"));
            boolean allowOfPersonalData = i.decision().isAllowed() && !i.facts().aggregated();
            assertThat(record.isPresent()).as("a record exactly for an allow of personal data").isEqualTo(allowOfPersonalData);
            if (record.isPresent()) {
                records++;
                ProcessingRecord pr = record.get();
                assertThat(pr.regime()).isEqualTo(i.decision().regime());
                assertThat(pr.conditions()).isEqualTo(i.decision().conditions());
                if (records % 50 == 1) {
                    assertThat(ZvhJson.write(pr)).doesNotContain(TEST_BSN);
                    assertThat(pr.toString()).doesNotContain(TEST_BSN);
                    assertThat(pr.logboekFields().toString()).doesNotContain(TEST_BSN);
                }
            }
        }
        assertThat(records).isGreaterThan(SharingSample.SIZE / 20);
    }

    @Test
    @DisplayName("7. Minimisation is a subset: fields of the original, all of allowed categories; nothing after DENY or an aggregated allow")
    void property7_minimisationIsASubset() {
        assertCoverage();
        SplittableRandom r = new SplittableRandom(SharingSample.SEED + 7);
        for (Item i : SharingSample.ITEMS) {
            List<TaggedField<String>> fields = new ArrayList<>();
            for (int k = r.nextInt(7); k > 0; k--) {
                DataCategory c = SharingSample.pick(r, DataCategory.class);
                fields.add(new TaggedField<>("f" + k, c, c == DataCategory.BSN ? TEST_BSN : "v" + k));
            }
            TaggedRecord<String> original = new TaggedRecord<>(fields);
            TaggedRecord<String> minimised = Minimisation.minimise(original, i.decision());
            assertThat(original.fields()).containsAll(minimised.fields());
            if (!i.decision().isAllowed() || !i.decision().concernsPersonalData()) {
                assertThat(minimised.fields()).isEmpty();
            } else {
                assertThat(minimised.fields()).allMatch(f -> f.category() == i.facts().category());
                assertThat(minimised.fields()).hasSize((int) fields.stream().filter(f -> f.category() == i.facts().category()).count());
            }
            assertThat(minimised.toString()).doesNotContain(TEST_BSN);
        }
    }

    @Test
    @DisplayName("8. Missing facts belong to refusals: each is unknown and read by a refusing rule; an allow lists none")
    void property8_missingFactsBelongToRefusals() {
        assertCoverage();
        int missingSeen = 0;
        for (Item i : SharingSample.ITEMS) {
            SharingDecision d = i.decision();
            if (d.isAllowed()) {
                assertThat(d.missing()).isEmpty();
                continue;
            }
            Set<String> unknown = unknownFacts(i.facts());
            List<String> union = new ArrayList<>();
            for (RuleResult r : d.trace()) {
                if (r.value() == Tri.FALSE) {
                    assertThat(r.missing()).isEmpty();
                    continue;
                }
                if (r.value() == Tri.TRUE) {
                    assertThat(r.missing()).as("%s refuses on known facts", r.ruleId()).isEmpty();
                }
                assertThat(READS.get(r.ruleId())).as("facts read by %s", r.ruleId()).containsAll(r.missing());
                assertThat(SharingRules.OPTIONAL_FACTS).containsAll(r.missing());
                union.addAll(r.missing());
            }
            assertThat(d.missing()).containsExactlyInAnyOrderElementsOf(union.stream().distinct().toList());
            assertThat(unknown).containsAll(d.missing());
            missingSeen += d.missing().size();
        }
        assertThat(missingSeen).isGreaterThan(SharingSample.SIZE / 10);
    }

    private static Set<String> unknownFacts(SharingFacts f) {
        Set<String> u = new java.util.HashSet<>();
        Object[] known = SharingOracle.known(f);
        for (int k = 0; k < known.length; k++) {
            if (known[k] == null) {
                u.add(SharingOracle.FACTS.get(k));
            }
        }
        if (f.caseFacts().firstProcessedOn().isEmpty()) {
            u.add("case.firstProcessedOn"); // SHARE-RETENTION's "first processed on or after the WGS date" (rev. 2)
        }
        return u;
    }

    @Test
    @DisplayName("9. The WGS admits no other special category (rev. 2): religion, political opinion, ethnic origin and sexual life "
            + "never under the WGS, and under a covenant only on CONSENT")
    void property9_theWgsAdmitsNoOtherSpecialCategory() {
        assertCoverage();
        int seen = 0;
        for (Item i : SharingSample.ITEMS) {
            SharingFacts f = i.facts();
            if (!i.decision().isAllowed() || f.aggregated() || !SharingOracle.SPECIAL_OUTSIDE_WGS.contains(f.category())) {
                continue;
            }
            seen++;
            assertThat(i.decision().regime()).isEqualTo(SharingRegime.COVENANT);
            assertThat(f.secrecyBasis()).contains(SecrecyBasis.CONSENT);
        }
        assertThat(seen).isPositive();
    }

    @Test
    @DisplayName("10. A guest is bounded (rev. 2): no allow to a recipient not known to participate unless the regime is WGS, the "
            + "purpose the consultation or the plan, the declaration signed, and for special or criminal data the origin's consent")
    void property10_aGuestIsBounded() {
        assertCoverage();
        int guests = 0;
        for (Item i : SharingSample.ITEMS) {
            SharingFacts f = i.facts();
            Recipient r = f.recipient();
            if (!i.decision().isAllowed() || f.aggregated() || r.type() == PartnerType.ZVH || r.participant() == Tri.TRUE) {
                continue;
            }
            guests++;
            assertThat(r.guest()).isEqualTo(Tri.TRUE);
            assertThat(i.decision().regime()).isEqualTo(SharingRegime.WGS);
            assertThat(f.purpose()).isIn(Purpose.CASE_CONSULTATION, Purpose.PLAN_EXECUTION);
            assertThat(r.secrecyDeclarationSigned()).isEqualTo(Tri.TRUE);
            assertThat(f.category()).isNotEqualTo(DataCategory.BSN);
            assertThat(f.provider().type() == PartnerType.ZVH || SharingOracle.PUBLIC.contains(f.provider().type())).isTrue();
            if (f.category().isSpecial() || f.category() == DataCategory.CRIMINAL_JUSTICE) {
                assertThat(f.originConsent()).isEqualTo(Tri.TRUE);
            }
            assertThat(i.decision().conditions()).contains(SharingCondition.GUEST_NO_SYSTEM_ACCESS);
        }
        assertThat(guests).isGreaterThan(SharingSample.SIZE / 400);
    }

    @Test
    @DisplayName("every rule agrees with sharing.md re-stated (SharingOracle): the same rules apply, each refuses exactly when some "
            + "completion of its unknown facts refuses, is definite only where every completion agrees, and names the same missing "
            + "facts; an allow carries exactly the conditions the spec gives it")
    void everyRuleAgreesWithTheSpecRestated() {
        assertCoverage();
        int compared = 0;
        for (Item i : SharingSample.ITEMS) {
            Map<String, SharingOracle.Verdict> verdicts = SharingOracle.verdicts(i.facts(), SharingSample.CONFIG, i.asOf());
            Set<String> evaluated = new java.util.HashSet<>();
            for (RuleResult r : i.decision().trace()) {
                if (r.ruleId().equals("SHARE-NO-PERSONAL-DATA") || r.ruleId().equals("SHARE-SPECIAL")
                        || r.ruleId().equals("SHARE-RETENTION")) {
                    continue;
                }
                evaluated.add(r.ruleId());
                SharingOracle.Verdict v = verdicts.get(r.ruleId());
                assertThat(v).as("%s applies to %s on %s", r.ruleId(), i.facts(), i.asOf()).isNotNull();
                String what = r.ruleId() + " on " + i.facts() + " " + i.asOf();
                assertThat(r.value() != Tri.FALSE).as("refuses: %s", what).isEqualTo(v.refuses());
                if (r.value() != Tri.UNKNOWN) {
                    assertThat(v.value()).as("definite: %s", what).isEqualTo(r.value());
                }
                assertThat(r.missing()).as("missing: %s", what).containsExactlyInAnyOrderElementsOf(v.missing());
                compared++;
            }
            assertThat(evaluated).as("rules of %s", i.facts()).isEqualTo(verdicts.keySet());
            if (i.decision().isAllowed() && !i.facts().aggregated()) {
                assertThat(i.decision().conditions()).as("conditions of %s", i.facts())
                        .containsExactlyInAnyOrderElementsOf(conditions(i.facts(), i.decision().regime()));
            }
        }
        assertThat(compared).isGreaterThan(SharingSample.SIZE * 10);
    }

    /** The conditions of an allowed request, re-stated from sharing.md's rules table and "Guests, origin and consent". */
    private static Set<SharingCondition> conditions(SharingFacts f, SharingRegime regime) {
        Set<SharingCondition> c = EnumSet.noneOf(SharingCondition.class);
        PartnerType holder = holder(f);
        boolean accepted = f.secrecyBasis().map(b -> SharingOracle.accepted(b, regime == SharingRegime.WGS)).orElse(false);
        if (accepted && (holder == null || SharingSample.BOUND.contains(holder))) {
            c.add(SharingCondition.RECORD_SECRECY_BASIS);
            c.add(SharingCondition.NECESSARY_EXTRACT_ONLY);
        }
        if (SharingOracle.SPECIAL.contains(f.category())) {
            c.add(SharingCondition.SPECIAL_CATEGORY_SAFEGUARDS);
        }
        if (f.originRegime().filter(o -> o != OriginRegime.AVG).isPresent()) {
            c.add(SharingCondition.RECORD_WEIGHTY_PUBLIC_INTEREST);
        }
        Recipient r = f.recipient();
        if (r.type() != PartnerType.ZVH && r.participant() != Tri.TRUE && r.guest() != Tri.FALSE) {
            c.add(SharingCondition.GUEST_NO_SYSTEM_ACCESS);
        }
        if (f.category() == DataCategory.NATIONALITY) {
            c.add(SharingCondition.IDENTIFICATION_ONLY);
        }
        return c;
    }

    @Test
    @DisplayName("the sample is reproducible: the same seed gives the same first decisions")
    void sampleIsSeeded() {
        assertThat(SharingSample.ITEMS.get(0).asOf()).isInstanceOf(LocalDate.class);
        SharingSample.Item first = SharingSample.ITEMS.get(0);
        assertThat(SharingCheck.check(first.facts(), SharingSample.CONFIG, first.asOf())).isEqualTo(first.decision());
    }
}
