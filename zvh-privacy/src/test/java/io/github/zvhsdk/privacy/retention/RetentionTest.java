package io.github.zvhsdk.privacy.retention;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zvhsdk.model.rule.SourceId;
import io.github.zvhsdk.privacy.config.Provenance;
import io.github.zvhsdk.privacy.config.RetentionTerms;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("RETENTION: closing date + configured base term + every recorded extension")
class RetentionTest {
    @Test
    @DisplayName("RETENTION: the end, and expiry from the end on")
    void RETENTION() {
        RetentionTerms terms = RetentionTerms.builder().baseTerm(Period.ofYears(5))
                .provenance(Provenance.interpretation(SourceId.REFERENCE_POLICY, "", "house policy")).build();
        LocalDate end = Retention.end(LocalDate.of(2025, 1, 31), List.of(Period.ofMonths(1), Period.ofYears(1)), terms);
        assertThat(end).isEqualTo(LocalDate.of(2031, 2, 28));
        assertThat(Retention.isExpired(end, end.minusDays(1))).isFalse();
        assertThat(Retention.isExpired(end, end)).isTrue();
    }
}
