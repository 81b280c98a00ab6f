package io.github.zvhsdk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.zvhsdk.model.rule.Citation;
import io.github.zvhsdk.model.rule.SourceId;
import io.github.zvhsdk.model.testkit.Canary;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Violation: a refusal never carries a number that could be a BSN (MODEL-BSN)")
class ViolationTest {

    @Test
    @DisplayName("a run of 8 or more digits in a violation's field or message is withheld, whoever built it")
    void withholdsDigitRuns() {
        Violation v = new Violation("$.config." + Canary.BSN, "AVE-PHASE", "value " + Canary.BSN + " is not an AVE phase");
        assertThat(v.toString()).doesNotContain(Canary.BSN).contains("<number withheld>");
        assertThat(v.field()).isEqualTo("$.config.<number withheld>");
        assertThat(new Violation("f", "R", "value 23456784 and 1234567 stay apart").message())
                .isEqualTo("value <number withheld> and 1234567 stay apart");
        InvalidInputException e = new InvalidInputException("X", List.of(v));
        assertThat(e.getMessage()).doesNotContain(Canary.BSN);
    }

    @Test
    @DisplayName("Bsn.mayAppearIn: true exactly for a run of 8 or more digits")
    void mayAppearIn() {
        assertThat(Bsn.mayAppearIn(Canary.BSN)).isTrue();
        assertThat(Bsn.mayAppearIn("R-23456784")).isTrue();
        assertThat(Bsn.mayAppearIn("1234567-8")).isFalse();
        assertThat(Bsn.mayAppearIn("2025-03-01")).isFalse();
        assertThat(Bsn.mayAppearIn(null)).isFalse();
        assertThat(Bsn.withheld("a" + Canary.BSN + "b")).isEqualTo("a<number withheld>b");
        assertThat(Bsn.withheld(null)).isEqualTo("null");
    }

    @Test
    @DisplayName("a citation's section, repeated in every decision, may not hold a number that could be a BSN")
    void citationSection() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> Citation.of(SourceId.LK2013, "§" + Canary.BSN));
        assertThat(e.violations()).extracting(Violation::field).containsExactly("section");
        assertThat(e.getMessage()).doesNotContain(Canary.BSN);
        assertThat(Citation.of(SourceId.LK2013, "art. 1234567").section()).isEqualTo("art. 1234567");
    }
}
