package io.github.zvhsdk.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zvhsdk.model.json.ZvhJson;
import io.github.zvhsdk.model.rule.Citation;
import io.github.zvhsdk.model.rule.RuleResult;
import io.github.zvhsdk.model.rule.SourceId;
import io.github.zvhsdk.model.rule.Tri;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.DisplayName;

@DisplayName("JSON round trip of every model type: write, read, equal")
class RoundTripTest {

    static Stream<Object> values() {
        return Stream.of(Fixtures.person(), Fixtures.member(), Fixtures.area(), Fixtures.partner(), Fixtures.house(),
                Fixtures.aCase(), PhaseRecord.of(4, java.time.LocalDate.of(2025, 1, 1)),
                Validity.parse("2013-01-01/2025-03-01"), Validity.parse("2025-03-01/.."),
                Bsn.parse("111222333"), PersonId.of("p-9"), HouseId.of("h"), CaseId.of("c"),
                MunicipalityCode.of("GM0344"), SafetyRegionCode.VR09, Tri.UNKNOWN,
                LifeDomainAssessment.unknown().with(LifeDomain.ATTITUDE, LifeDomainStatus.NO_PROBLEM),
                Citation.of(SourceId.LK2013, "§4.2"), new Violation("f", "R", "m"),
                RuleResult.of("LK2013-A", Tri.UNKNOWN, List.of("lifeDomains.DRUGS"), List.of(Citation.of(SourceId.MJA2124, "§2.2.4"))));
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("values")
    void roundTrip(Object value) {
        String json = ZvhJson.write(value);
        Object back = ZvhJson.read(json, value.getClass());
        assertThat(back).isEqualTo(value);
        assertThat(ZvhJson.write(back)).isEqualTo(json);
    }
}
