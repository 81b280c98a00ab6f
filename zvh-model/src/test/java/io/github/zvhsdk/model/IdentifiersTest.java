package io.github.zvhsdk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zvhsdk.model.testkit.Canary;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("identifiers: PersonId, HouseId, CaseId, MunicipalityCode, SafetyRegionCode")
class IdentifiersTest {

    @ParameterizedTest
    @ValueSource(strings = {"p", "P-001", "gcos:12.3_a", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})
    @DisplayName("PersonId accepts 1 to 64 characters of [A-Za-z0-9._:-]")
    void personIdValid(String s) {
        assertThat(PersonId.of(s).value()).isEqualTo(s);
        assertThat(PersonId.of(s)).hasToString(s).isEqualTo(PersonId.of(s));
    }

    static Stream<String> badIds() {
        return Stream.of("", "x".repeat(65), "a b", "é", "a/b", "a;b");
    }

    @ParameterizedTest
    @MethodSource("badIds")
    @DisplayName("PersonId, HouseId and CaseId refuse empty, too long and other characters")
    void idsInvalid(String s) {
        assertThatThrownBy(() -> PersonId.of(s)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("MODEL-PERSON-ID").hasMessageContaining("personId");
        assertThatThrownBy(() -> HouseId.of(s)).isInstanceOf(InvalidInputException.class).hasMessageContaining("MODEL-HOUSE-ID");
        assertThatThrownBy(() -> CaseId.of(s)).isInstanceOf(InvalidInputException.class).hasMessageContaining("MODEL-CASE-ID");
        assertThatThrownBy(() -> PersonId.of(null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    @DisplayName("a BSN is never a key: an identifier that is a valid BSN is refused, without echoing it")
    void bsnIsNeverAKey() {
        assertThatThrownBy(() -> PersonId.of(Canary.BSN)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("BSN").hasMessageNotContaining(Canary.BSN);
        assertThatThrownBy(() -> CaseId.of("12345672")).isInstanceOf(InvalidInputException.class);
        assertThat(PersonId.of("123456789").value()).isEqualTo("123456789"); // fails the elfproef: not a BSN
    }

    @Test
    @DisplayName("MunicipalityCode is GM and 4 digits")
    void municipality() {
        assertThat(MunicipalityCode.of("GM0228").code()).isEqualTo("GM0228");
        for (String bad : new String[] {"GM228", "gm0228", "GM02281", "0228", "GMabcd", ""}) {
            assertThatThrownBy(() -> MunicipalityCode.of(bad)).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("MODEL-MUNICIPALITY");
        }
        assertThatThrownBy(() -> MunicipalityCode.of(null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    @DisplayName("SafetyRegionCode is VR01 Groningen to VR25 Flevoland, 25 in all")
    void safetyRegions() {
        assertThat(SafetyRegionCode.values()).hasSize(25);
        assertThat(SafetyRegionCode.VR01.regionName()).isEqualTo("Groningen");
        assertThat(SafetyRegionCode.VR25.regionName()).isEqualTo("Flevoland");
        assertThat(SafetyRegionCode.VR24.regionName()).isEqualTo("Zuid-Limburg");
        assertThat(Arrays.stream(SafetyRegionCode.values()).map(Enum::name))
                .allMatch(n -> n.matches("VR(0[1-9]|1[0-9]|2[0-5])"));
        assertThat(Arrays.stream(SafetyRegionCode.values()).map(SafetyRegionCode::regionName).distinct()).hasSize(25);
    }
}
