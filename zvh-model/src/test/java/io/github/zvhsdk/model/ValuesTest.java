package io.github.zvhsdk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.zvhsdk.model.rule.Tri;
import io.github.zvhsdk.model.testkit.Canary;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("model values: validated when built, every violation at once, nothing personal in toString")
class ValuesTest {

    @Test
    @DisplayName("a Bean Validation constraint on an x() accessor fires (Hibernate Validator is configured for it)")
    void constraintFires() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> Partner.builder().type(PartnerType.GGZ).name("   ").tier(Tier.KEY_PARTNER).build());
        assertThat(e.violations()).extracting(Violation::field, Violation::ruleId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("name", "@NotBlank"));
        assertThatThrownBy(() -> Partner.builder().type(PartnerType.GGZ).name("x".repeat(201)).tier(Tier.CORE).build())
                .hasMessageContaining("@Size");
        assertThatThrownBy(() -> Area.builder().from(Fixtures.area()).neighbourhood("BU1").build())
                .hasMessageContaining("neighbourhood").hasMessageContaining("@Pattern");
    }

    @Test
    @DisplayName("every missing required field is reported at once, never an NPE")
    void allViolationsAtOnce() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> Case.builder().build());
        assertThat(e.subject()).isEqualTo("Case");
        assertThat(e.violations()).extracting(Violation::field)
                .contains("id", "kind", "status", "registeredOn");
        assertThat(e.getMessage()).startsWith(e.violations().size() + " violations in Case");

        InvalidInputException p = catchThrowableOfType(InvalidInputException.class, () -> Person.builder().build());
        assertThat(p.violations()).extracting(Violation::field).containsExactly("id");
        InvalidInputException h = catchThrowableOfType(InvalidInputException.class,
                () -> House.builder().id(HouseId.of("h")).name("").build());
        assertThat(h.violations()).extracting(Violation::field).containsExactlyInAnyOrder("name", "safetyRegion", "municipalities");
    }

    @Test
    @DisplayName("model rules: MODEL-DOB, MODEL-CASE-SUBJECT, MODEL-CASE-AREA, MODEL-CASE-DATES, MODEL-TIER, phases 1-4")
    void modelRules() {
        assertThatThrownBy(() -> Person.builder().id(PersonId.of("p")).dateOfBirth(LocalDate.of(1700, 1, 1)).build())
                .hasMessageContaining("MODEL-DOB");
        assertThatThrownBy(() -> Case.builder().from(Fixtures.aCase()).subjects(java.util.List.of()).build())
                .hasMessageContaining("MODEL-CASE-SUBJECT");
        assertThatThrownBy(() -> Case.builder().from(Fixtures.aCase()).kind(CaseKind.GEBIEDSGERICHT).build())
                .hasMessageContaining("MODEL-CASE-AREA");
        assertThatThrownBy(() -> Case.builder().from(Fixtures.aCase()).endedOn(LocalDate.of(2025, 6, 1)).build())
                .hasMessageContaining("MODEL-CASE-DATES");
        assertThatThrownBy(() -> Partner.builder().type(PartnerType.ZVH).name("b").tier(Tier.KEY_PARTNER).build())
                .hasMessageContaining("MODEL-TIER");
        assertThatThrownBy(() -> PhaseRecord.of(0, LocalDate.of(2025, 1, 1))).hasMessageContaining("phase")
                .hasMessageContaining("from 1 to 4");
        assertThatThrownBy(() -> PhaseRecord.of(5, LocalDate.of(2025, 1, 1))).isInstanceOf(InvalidInputException.class);
        assertThat(Case.builder().from(Fixtures.aCase()).kind(CaseKind.GEBIEDSGERICHT).area(Fixtures.area())
                .subjects(java.util.List.of()).build().kind()).isEqualTo(CaseKind.GEBIEDSGERICHT);
    }

    @Test
    @DisplayName("toString never shows a BSN or a date of birth")
    void toStringIsSafe() {
        String[] shown = {Fixtures.person().toString(), Fixtures.member().toString(), Fixtures.aCase().toString()};
        for (String s : shown) {
            assertThat(s).doesNotContain(Canary.BSN).doesNotContain("1990").doesNotContain("2012-01-01");
        }
        assertThat(Fixtures.person().toString()).contains("p-1");
    }

    @Test
    @DisplayName("minor on a date: younger than 18 on that date; UNKNOWN without a date of birth")
    void minor() {
        Person p = Person.builder().id(PersonId.of("p")).dateOfBirth(LocalDate.of(2007, 6, 1)).build();
        assertThat(p.isMinorOn(LocalDate.of(2025, 5, 31))).isEqualTo(Tri.TRUE);
        assertThat(p.isMinorOn(LocalDate.of(2025, 6, 1))).isEqualTo(Tri.FALSE);
        assertThat(Person.builder().id(PersonId.of("q")).build().isMinorOn(LocalDate.of(2025, 6, 1))).isEqualTo(Tri.UNKNOWN);
    }

    @Test
    @DisplayName("Validity is half-open [start, end) and parses START/END and START/..")
    void validity() {
        Validity v = Validity.parse("2013-01-01/2025-03-01");
        assertThat(v.contains(LocalDate.of(2013, 1, 1))).isTrue();
        assertThat(v.contains(LocalDate.of(2025, 2, 28))).isTrue();
        assertThat(v.contains(LocalDate.of(2025, 3, 1))).isFalse();
        assertThat(Validity.parse("2025-03-01/..").contains(LocalDate.of(2999, 1, 1))).isTrue();
        assertThat(Validity.parse("2025-03-01/..").end()).isEmpty();
        for (String bad : new String[] {"2025-03-01", "2025-03-01/2025-03-01", "2025-02-30/..", "x/.."}) {
            assertThatThrownBy(() -> Validity.parse(bad)).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("MODEL-VALIDITY");
        }
    }

    @Test
    @DisplayName("LifeDomainAssessment: UNKNOWN by default, three-valued count")
    void lifeDomains() {
        LifeDomainAssessment a = LifeDomainAssessment.unknown().with(LifeDomain.DRUGS, LifeDomainStatus.CRIMINOGENIC)
                .with(LifeDomain.HOUSING, LifeDomainStatus.PROBLEM);
        assertThat(a.status(LifeDomain.ALCOHOL)).isEqualTo(LifeDomainStatus.UNKNOWN);
        assertThat(a.atLeast(2, LifeDomainStatus::isProblem)).isEqualTo(Tri.TRUE);
        assertThat(a.atLeast(2, LifeDomainStatus::isCriminogenic)).isEqualTo(Tri.UNKNOWN);
        assertThat(a.unassessed()).hasSize(10);
        assertThat(a.with(LifeDomain.DRUGS, LifeDomainStatus.UNKNOWN).assessed()).containsOnlyKeys(LifeDomain.HOUSING);
    }
}
