package io.github.zvhsdk.privacy.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zvhsdk.model.CaseStatus;
import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.Labelled;
import io.github.zvhsdk.model.PartnerType;
import io.github.zvhsdk.model.rule.Tri;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Sharing values: labels, defaults, the case facts' retention checks and the decision's invariants")
class SharingValuesTest {
    private static final LocalDate AFTER = LocalDate.of(2025, 6, 1);

    @Test
    @DisplayName("every constant of the sharing enums has its own Dutch and English label; each condition names a SHARE-* rule")
    void labels() {
        List<Labelled> all = new ArrayList<>();
        for (Class<? extends Enum<?>> e : List.<Class<? extends Enum<?>>>of(DataCategory.class, DataSubject.class,
                OriginRegime.class, Purpose.class, SecrecyBasis.class, SharingBasis.class, SharingCondition.class,
                SharingOutcome.class, SharingRegime.class, ConsentAgeBand.class, ConsentGiver.class)) {
            for (Enum<?> c : e.getEnumConstants()) {
                all.add((Labelled) c);
            }
        }
        for (Labelled l : all) {
            assertThat(l.labelNl()).as("%s nl", l).isNotBlank();
            assertThat(l.labelEn()).as("%s en", l).isNotBlank();
        }
        // rev. 2: each new value has labels of its own (no copy of a neighbour's)
        for (Class<? extends Enum<?>> e : List.<Class<? extends Enum<?>>>of(DataCategory.class, DataSubject.class,
                SecrecyBasis.class, SharingCondition.class, ConsentAgeBand.class, ConsentGiver.class)) {
            List<String> nl = new ArrayList<>();
            List<String> en = new ArrayList<>();
            for (Enum<?> c : e.getEnumConstants()) {
                nl.add(((Labelled) c).labelNl());
                en.add(((Labelled) c).labelEn());
            }
            assertThat(nl).as("%s nl", e.getSimpleName()).doesNotHaveDuplicates();
            assertThat(en).as("%s en", e.getSimpleName()).doesNotHaveDuplicates();
        }
        for (SharingCondition c : SharingCondition.values()) {
            assertThat(SharingRules.ALL).contains(c.ruleId());
            assertThat(c.labelNl()).isNotEqualTo(c.labelEn());
        }
        for (SharingBasis b : SharingBasis.values()) {
            assertThat(b.citations()).as("%s", b).isNotEmpty();
        }
    }

    @Test
    @DisplayName("a provider without a participation fact is UNKNOWN, never a participant by default")
    void providerDefault() {
        assertThat(Provider.builder().type(PartnerType.POLITIE).build().participant()).isEqualTo(Tri.UNKNOWN);
    }

    @Test
    @DisplayName("RETENTION: each extension a positive period (years, months or days alone will do), only with closedOn, "
            + "and a closing date only for a CLOSED case (or one with no status)")
    void caseFactsRetentionChecks() {
        LocalDate closed = LocalDate.of(2025, 3, 10);
        for (Period p : List.of(Period.ofYears(1), Period.ofMonths(1), Period.ofDays(1))) {
            assertThat(CaseFacts.builder().status(CaseStatus.CLOSED).closedOn(closed).addRetentionExtension(p).build()
                    .retentionExtensions()).containsExactly(p);
        }
        for (Period bad : List.of(Period.ZERO, Period.ofYears(-1), Period.ofMonths(-1), Period.ofDays(-1), Period.of(1, -1, 0))) {
            assertThatThrownBy(() -> CaseFacts.builder().status(CaseStatus.CLOSED).closedOn(closed)
                    .addRetentionExtension(Period.ofYears(1)).addRetentionExtension(bad).build()).as("%s", bad)
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("retentionExtensions[1]")
                    .hasMessageContaining("RETENTION");
        }
        assertThatThrownBy(() -> CaseFacts.builder().status(CaseStatus.CLOSED).addRetentionExtension(Period.ofYears(1)).build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("retentionExtensions")
                .hasMessageContaining("only with closedOn");
        assertThatThrownBy(() -> CaseFacts.builder().status(CaseStatus.ADMITTED).closedOn(closed).build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("closedOn").hasMessageContaining("not CLOSED");
        assertThat(CaseFacts.builder().closedOn(closed).build().closedOn()).contains(closed);
        assertThat(CaseFacts.builder().status(CaseStatus.ADMITTED).build().closedOn()).isEmpty();
    }

    @Test
    @DisplayName("SHARE-OUTCOME, SHARE-REGIME: a decision that contradicts itself is refused, naming the field")
    void decisionInvariants() {
        ImmutableSharingDecision allow = ImmutableSharingDecision.copyOf(SharingCheck.check(SharingCheckTest.allowed(), AFTER));
        assertThat(allow.outcome()).isEqualTo(SharingOutcome.ALLOW);
        ImmutableSharingDecision deny = ImmutableSharingDecision.copyOf(SharingCheck.check(
                SharingCheckTest.allowed().withNecessityRecorded(Tri.FALSE), AFTER));
        assertThat(deny.outcome()).isEqualTo(SharingOutcome.DENY);
        EnumSet<SharingCondition> one = EnumSet.of(SharingCondition.SPECIAL_CATEGORY_SAFEGUARDS);
        assertRefused(() -> allow.withRefusedBy("SHARE-NECESSITY"), "refusedBy");
        assertRefused(() -> deny.withRefusedBy(List.of()), "refusedBy");
        assertRefused(() -> deny.withConditions(one), "conditions");
        assertRefused(() -> allow.withMissing("necessityRecorded"), "missing");
        assertRefused(() -> allow.withConditions(one), "conditions");
        assertRefused(() -> allow.withOutcome(SharingOutcome.ALLOW_WITH_CONDITIONS), "conditions");
        assertRefused(() -> allow.withBasis(Optional.empty()), "basis");
        assertRefused(() -> allow.withRegime(SharingRegime.UNKNOWN), "basis");
        // what the check itself returns passes: an allow with conditions, a deny with missing facts
        assertThat(ImmutableSharingDecision.builder().from(allow).outcome(SharingOutcome.ALLOW_WITH_CONDITIONS).conditions(one)
                .build().conditions()).isEqualTo(one);
        assertThat(deny.withMissing("necessityRecorded").missing()).containsExactly("necessityRecorded");
        assertThat(ImmutableSharingDecision.builder().from(allow).regime(SharingRegime.UNKNOWN).basis(Optional.empty()).build()
                .basis()).isEmpty();
    }

    @Test
    @DisplayName("MODEL-REQUIRED: a decision without its required attributes names each, as Bean Validation would, all at once")
    void requiredAsBeanValidationWouldReport() {
        // SharingDecision checks its @NotNull attributes by hand (no Bean Validation per decision): the hand-written
        // list must be exactly the annotated accessors, in the sorted order Violations.of reports them in, and
        // @NotNull must be the only constraint (anything else would be silently dropped)
        List<String> annotated = new ArrayList<>();
        for (java.lang.reflect.Method m : SharingDecision.class.getDeclaredMethods()) {
            for (java.lang.annotation.Annotation a : m.getAnnotations()) {
                if (a.annotationType().getPackageName().startsWith("jakarta.validation")) {
                    assertThat(a.annotationType()).as(m.getName()).isEqualTo(jakarta.validation.constraints.NotNull.class);
                    annotated.add(m.getName());
                }
            }
        }
        java.util.Collections.sort(annotated);
        assertThat(annotated).hasSize(6);
        assertThatThrownBy(() -> ImmutableSharingDecision.builder().build()).isInstanceOfSatisfying(InvalidInputException.class,
                e -> {
                    List<io.github.zvhsdk.model.Violation> required = e.violations().stream()
                            .filter(v -> v.ruleId().equals("MODEL-REQUIRED")).toList();
                    assertThat(required).extracting(v -> v.field()).containsExactlyElementsOf(annotated);
                    assertThat(required).allSatisfy(v -> assertThat(v.message()).isEqualTo("is required"));
                    // and the invariants are still checked with them (a null regime is not UNKNOWN: basis expected)
                    assertThat(e.violations()).extracting(v -> v.field()).endsWith("basis");
                });
        // one missing among present ones: only that one is named
        SharingDecision allow = SharingCheck.check(SharingCheckTest.allowed(), AFTER);
        ImmutableSharingDecision.Builder noDigest = ImmutableSharingDecision.builder().outcome(allow.outcome())
                .regime(allow.regime()).basis(allow.basis()).facts(allow.facts()).asOf(allow.asOf()).configId(allow.configId());
        assertThatThrownBy(noDigest::build).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly("configDigest"));
    }

    private static void assertRefused(Runnable build, String field) {
        assertThatThrownBy(build::run).isInstanceOf(InvalidInputException.class).hasMessageContaining(field)
                .hasMessageMatching("(?s).*SHARE-(OUTCOME|REGIME).*");
    }
}
