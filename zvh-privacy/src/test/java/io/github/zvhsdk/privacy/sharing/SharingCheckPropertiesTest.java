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
 * The properties of sharing.md ("Properties the executable specification MUST pin", 1–8), each a test named after it,
 * over a seeded sample of {@link SharingSample#SIZE} requests ({@link SharingSample}): half random, half near an
 * allow. Every test first asserts the sample's coverage: every refusing rule refused at least once, every value of
 * every fact drawn (unknown included), every outcome and regime reached.
 */
@DisplayName("Sharing check: the properties of sharing.md")
class SharingCheckPropertiesTest {
    private static final String TEST_BSN = "123456782";

    /** Every rule that can refuse (SHARE-NO-PERSONAL-DATA and SHARE-SPECIAL never do). */
    private static final List<String> REFUSING_RULES = List.of("SHARE-AGGREGATE-ONLY", "SHARE-REGIME",
            "SHARE-PARTICIPANTS", "SHARE-COVENANT", "SHARE-TRANSITION", "SHARE-STATUS", "SHARE-RECIPIENT",
            "SHARE-CATEGORY", "SHARE-SECRECY", "SHARE-JUSTICE-ORIGIN", "SHARE-BSN", "SHARE-THIRD-PARTY",
            "SHARE-NECESSITY", "SHARE-RETENTION");

    /** The optional facts each rule can read, re-stated from sharing.md's rules table. */
    private static final Map<String, Set<String>> READS = Map.ofEntries(
            Map.entry("SHARE-AGGREGATE-ONLY", Set.of()),
            Map.entry("SHARE-REGIME", Set.of("case.taskCategory")),
            Map.entry("SHARE-PARTICIPANTS", Set.of("provider.participant", "recipient.participant")),
            Map.entry("SHARE-COVENANT", Set.of("case.covenantInForce")),
            Map.entry("SHARE-TRANSITION", Set.of("case.status", "case.admittedUnder")),
            Map.entry("SHARE-STATUS", Set.of("case.status")),
            Map.entry("SHARE-RECIPIENT", Set.of("recipient.involvedInCase")),
            Map.entry("SHARE-CATEGORY", Set.of()),
            Map.entry("SHARE-SECRECY", Set.of("secrecyBasis")),
            Map.entry("SHARE-JUSTICE-ORIGIN", Set.of("originRegime")),
            Map.entry("SHARE-BSN", Set.of()),
            Map.entry("SHARE-THIRD-PARTY", Set.of("dataSubject", "relevantToSubject")),
            Map.entry("SHARE-NECESSITY", Set.of("necessityRecorded")),
            Map.entry("SHARE-RETENTION", Set.of("case.firstProcessedOn", "case.taskCategory")));

    /** Makes one optional fact unknown (or {@code aggregated} absent), by name. */
    private static final Map<String, UnaryOperator<SharingFacts>> FORGET = new java.util.LinkedHashMap<>();

    static {
        FORGET.put("provider.participant", f -> ImmutableSharingFacts.copyOf(f).withProvider(Provider.of(f.provider().type(), Tri.UNKNOWN)));
        FORGET.put("recipient.participant", f -> ImmutableSharingFacts.copyOf(f).withRecipient(Recipient.of(f.recipient().type(), Tri.UNKNOWN,
                f.recipient().involvedInCase())));
        FORGET.put("recipient.involvedInCase", f -> ImmutableSharingFacts.copyOf(f).withRecipient(Recipient.of(f.recipient().type(),
                f.recipient().participant(), Tri.UNKNOWN)));
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
        FORGET.put("aggregated", f -> ImmutableSharingFacts.copyOf(f).withAggregated(false));
    }

    @BeforeAll
    static void drawSample() {
        SharingSample.draw();
    }

    private static void assertCoverage() {
        List<Item> items = SharingSample.ITEMS;
        assertThat(items).hasSizeGreaterThanOrEqualTo(SharingSample.SIZE);
        assertThat(items.stream().filter(Item::nearAllow).count()).isGreaterThanOrEqualTo(SharingSample.SIZE / 2);
        Map<String, Integer> refusals = new HashMap<>();
        EnumSet<SharingOutcome> outcomes = EnumSet.noneOf(SharingOutcome.class);
        EnumSet<SharingRegime> regimes = EnumSet.noneOf(SharingRegime.class);
        EnumSet<SharingCondition> conditions = EnumSet.noneOf(SharingCondition.class);
        for (Item i : items) {
            i.decision().refusedBy().forEach(r -> refusals.merge(r, 1, Integer::sum));
            outcomes.add(i.decision().outcome());
            regimes.add(i.decision().regime());
            conditions.addAll(i.decision().conditions());
        }
        for (String rule : REFUSING_RULES) {
            assertThat(refusals.getOrDefault(rule, 0)).as("refusals by %s", rule).isPositive();
        }
        assertThat(outcomes).containsExactlyInAnyOrder(SharingOutcome.values());
        assertThat(regimes).containsExactlyInAnyOrder(SharingRegime.values());
        assertThat(conditions).containsExactlyInAnyOrder(SharingCondition.values());
        SharingSample.expectedDraws().forEach((dimension, n) ->
                assertThat(SharingSample.DRAWN.get(dimension)).as("values drawn for %s", dimension).hasSize(n));
        assertThat(SharingSample.bases).as("allowed bases").isGreaterThanOrEqualTo(SharingSample.SIZE / 2);
        long allows = items.stream().filter(i -> i.decision().isAllowed() && !i.facts().aggregated()).count();
        assertThat(allows).as("allows of personal data").isGreaterThan(SharingSample.SIZE / 20);
    }

    @Test
    @DisplayName("1. Fails closed: making any optional fact unknown never turns a DENY into an allow")
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
            assertThat(f.purpose().categories()).contains(f.category());
            assertThat(f.caseFacts().status()).isPresent();
            assertThat(f.purpose().statuses()).contains(f.caseFacts().status().get());
            assertThat(recipientInTable(f)).as("recipient of %s", f).isTrue();
        }
    }

    /** The recipients column of the purposes table, re-stated independently. */
    private static boolean recipientInTable(SharingFacts f) {
        PartnerType p = f.provider().type();
        PartnerType r = f.recipient().type();
        return switch (f.purpose()) {
            case SCREENING -> r == PartnerType.ZVH || (p == PartnerType.ZVH
                    && (f.category() == DataCategory.IDENTIFYING || f.category() == DataCategory.BSN));
            case CASE_CONSULTATION, PLAN_EXECUTION -> r == PartnerType.ZVH || f.recipient().involvedInCase() == Tri.TRUE;
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

    @Test
    @DisplayName("4. Secrecy holds: no special category from a secrecy-bound provider without a ground")
    void property4_secrecyHolds() {
        assertCoverage();
        for (Item i : SharingSample.ITEMS) {
            SharingFacts f = i.facts();
            if (i.decision().isAllowed() && !f.aggregated() && f.category().isSpecial()
                    && SharingSample.BOUND.contains(f.provider().type())) {
                assertThat(f.secrecyBasis()).isPresent();
                assertThat(SharingSample.GROUNDS).contains(f.secrecyBasis().get());
                assertThat(i.decision().conditions()).contains(SharingCondition.RECORD_SECRECY_BASIS,
                        SharingCondition.NECESSARY_EXTRACT_ONLY, SharingCondition.SPECIAL_CATEGORY_SAFEGUARDS);
            }
        }
    }

    @Test
    @DisplayName("5. Justice data do not travel on: WPG only from POLITIE, WJSG only from its holders, unknown never")
    void property5_justiceDataDoNotTravelOn() {
        assertCoverage();
        for (Item i : SharingSample.ITEMS) {
            SharingFacts f = i.facts();
            if (!i.decision().isAllowed() || f.aggregated()) {
                continue;
            }
            assertThat(f.originRegime()).as("origin of an allow").isPresent();
            switch (f.originRegime().get()) {
                case WPG -> assertThat(f.provider().type()).isEqualTo(PartnerType.POLITIE);
                case WJSG -> assertThat(SharingSample.WJSG).contains(f.provider().type());
                case AVG -> { }
            }
        }
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
        if (f.provider().participant() == Tri.UNKNOWN) {
            u.add("provider.participant");
        }
        if (f.recipient().participant() == Tri.UNKNOWN) {
            u.add("recipient.participant");
        }
        if (f.recipient().involvedInCase() == Tri.UNKNOWN) {
            u.add("recipient.involvedInCase");
        }
        if (f.dataSubject().isEmpty()) {
            u.add("dataSubject");
        }
        if (f.relevantToSubject() == Tri.UNKNOWN) {
            u.add("relevantToSubject");
        }
        CaseStatus s = f.caseFacts().status().orElse(null);
        if (s == null) {
            u.add("case.status");
        }
        if (f.caseFacts().taskCategory().isEmpty()) {
            u.add("case.taskCategory");
        }
        if (f.caseFacts().admittedUnder().isEmpty()) {
            u.add("case.admittedUnder");
        }
        if (f.caseFacts().covenantInForce() == Tri.UNKNOWN) {
            u.add("case.covenantInForce");
        }
        if (f.secrecyBasis().isEmpty()) {
            u.add("secrecyBasis");
        }
        if (f.originRegime().isEmpty()) {
            u.add("originRegime");
        }
        if (f.necessityRecorded() == Tri.UNKNOWN) {
            u.add("necessityRecorded");
        }
        if (f.caseFacts().firstProcessedOn().isEmpty()) {
            u.add("case.firstProcessedOn"); // SHARE-RETENTION's "first processed on or after the WGS date" (rev. 2)
        }
        return u;
    }

    @Test
    @DisplayName("the sample is reproducible: the same seed gives the same first decisions")
    void sampleIsSeeded() {
        assertThat(SharingSample.ITEMS.get(0).asOf()).isInstanceOf(LocalDate.class);
        SharingSample.Item first = SharingSample.ITEMS.get(0);
        assertThat(SharingCheck.check(first.facts(), SharingSample.CONFIG, first.asOf())).isEqualTo(first.decision());
    }
}
