package io.github.zvhsdk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zvhsdk.model.json.ZvhJson;
import io.github.zvhsdk.model.testkit.Canary;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Bsn (MODEL-BSN): elfproef, padding, masking")
class BsnTest {

    /** An independent elfproef, written from the spec's formula with longs and no shared code. */
    private static boolean elfproef(long number) {
        if (number <= 0 || number > 999_999_999L) {
            return false;
        }
        long sum = 0;
        long n = number;
        // digits from the right: d9 has weight -1, d8 weight 2, ..., d1 weight 9
        sum -= n % 10;
        n /= 10;
        for (int weight = 2; weight <= 9; weight++) {
            sum += weight * (n % 10);
            n /= 10;
        }
        return Math.floorMod(sum, 11) == 0;
    }

    @Test
    @DisplayName("property: over 300,000 seeded 9-digit numbers, parse accepts exactly those passing an independent elfproef")
    void propertyAgreesWithIndependentElfproef() {
        SplittableRandom random = new SplittableRandom(20250301L);
        int valid = 0;
        int invalid = 0;
        for (int i = 0; i < 300_000; i++) {
            long n = random.nextLong(0, 1_000_000_000L);
            String text = String.format("%09d", n);
            boolean expected = elfproef(n);
            assertThat(Bsn.isValid(text)).as("sample %d", i).isEqualTo(expected);
            if (expected) {
                valid++;
                assertThat(Bsn.parse(text).digits()).isEqualTo(text);
            } else {
                invalid++;
            }
        }
        // about one in eleven numbers passes: both branches must be well covered
        assertThat(valid).isBetween(20_000, 35_000);
        assertThat(invalid).isGreaterThan(250_000);
    }

    @Test
    @DisplayName("an 8-digit input is left-padded with one zero")
    void eightDigitsArePadded() {
        // 012345672: 0*9+1*8+2*7+3*6+4*5+5*4+6*3+7*2 - 2 = 132 = 12*11
        assertThat(Bsn.parse("12345672").digits()).isEqualTo("012345672");
        assertThat(Bsn.parse("12345672")).isEqualTo(Bsn.parse("012345672"));
    }

    static Stream<String> invalidInputs() {
        return Stream.of("000000000", "00000000", "123456789", "12345678a", "1234567", "1234567890", "",
                " 23456782", "-23456782", "１２３４５６７８２");
    }

    @ParameterizedTest
    @MethodSource("invalidInputs")
    @DisplayName("invalid inputs are refused with MODEL-BSN and the message never echoes the input")
    void invalidRefused(String text) {
        assertThat(Bsn.isValid(text)).isFalse();
        assertThatThrownBy(() -> Bsn.parse(text))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> {
                    InvalidInputException ie = (InvalidInputException) e;
                    assertThat(ie.violations()).extracting(Violation::ruleId).containsOnly("MODEL-BSN");
                    assertThat(ie.violations()).extracting(Violation::field).containsOnly("bsn");
                    if (!text.isBlank() && text.length() > 3) {
                        assertThat(ie.getMessage()).doesNotContain(text.trim());
                    }
                });
        assertThatThrownBy(() -> Bsn.parse(null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    @DisplayName("toString shows at most the last two digits; the JSON form is the 9 digits")
    void masked() {
        Bsn b = Bsn.parse(Canary.BSN);
        assertThat(b.toString()).isEqualTo("Bsn[*******82]").doesNotContain("1234567");
        assertThat(ZvhJson.write(b)).isEqualTo("\"" + Canary.BSN + "\"");
        assertThat(ZvhJson.read(ZvhJson.write(b), Bsn.class)).isEqualTo(b);
    }

    @Test
    @DisplayName("an invalid BSN in JSON is refused without echoing it")
    void invalidInJson() {
        assertThatThrownBy(() -> ZvhJson.read("\"123456789\"", Bsn.class))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("elfproef")
                .hasMessageNotContaining("123456789");
    }
}
