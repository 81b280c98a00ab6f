package io.github.zvhsdk.model.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.zvhsdk.model.Bsn;
import io.github.zvhsdk.model.Case;
import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.LifeDomainAssessment;
import io.github.zvhsdk.model.MunicipalityCode;
import io.github.zvhsdk.model.Person;
import io.github.zvhsdk.model.PersonId;
import io.github.zvhsdk.model.Validity;
import io.github.zvhsdk.model.json.ZvhJson;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fuzz targets for the model's parsers and JSON entry points: nothing but the SDK's documented
 * {@link InvalidInputException} may escape, and no refusal may echo a run of 8 or more digits from the input (a
 * possible BSN). In a normal build these run the seeds under {@code src/test/resources} as regression tests; fuzz for
 * longer with {@code JAZZER_FUZZ=1} (see the README).
 */
class ModelFuzzTest {
    private static final Pattern DIGITS = Pattern.compile("[0-9]{8,}");

    private static void noDigitsEchoed(String input, InvalidInputException e) {
        Matcher m = DIGITS.matcher(input);
        while (m.find()) {
            assertThat(e.getMessage()).doesNotContain(m.group());
        }
    }

    @FuzzTest(maxDuration = "10s")
    void identifiers(FuzzedDataProvider data) {
        String s = data.consumeRemainingAsString();
        try {
            Bsn b = Bsn.parse(s);
            assertThat(b.toString()).doesNotContain(b.digits());
        } catch (InvalidInputException e) {
            noDigitsEchoed(s, e);
        }
        try {
            PersonId.of(s);
        } catch (InvalidInputException e) {
            noDigitsEchoed(s, e);
        }
        try {
            MunicipalityCode.of(s);
        } catch (InvalidInputException e) {
            noDigitsEchoed(s, e);
        }
        try {
            Validity.parse(s);
        } catch (InvalidInputException e) {
            noDigitsEchoed(s, e);
        }
    }

    @FuzzTest(maxDuration = "10s")
    void json(FuzzedDataProvider data) {
        int which = data.consumeInt(0, 2);
        String s = data.consumeRemainingAsString();
        Class<?> type = switch (which) {
            case 0 -> Person.class;
            case 1 -> Case.class;
            default -> LifeDomainAssessment.class;
        };
        try {
            Object v = ZvhJson.read(s, type);
            // whatever was accepted is a valid value that round-trips
            assertThat(ZvhJson.read(ZvhJson.write(v), type)).isEqualTo(v);
        } catch (InvalidInputException e) {
            noDigitsEchoed(s, e);
        }
    }
}
