package io.github.zvhsdk.smoke;

import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.json.ZvhJson;
import io.github.zvhsdk.privacy.minimisation.Minimisation;
import io.github.zvhsdk.privacy.minimisation.TaggedField;
import io.github.zvhsdk.privacy.minimisation.TaggedRecord;
import io.github.zvhsdk.privacy.sharing.DataCategory;
import io.github.zvhsdk.privacy.sharing.SharingCheck;
import io.github.zvhsdk.privacy.sharing.SharingDecision;
import io.github.zvhsdk.privacy.sharing.SharingFacts;
import io.github.zvhsdk.privacy.sharing.SharingOutcome;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Checks one sharing request in a fresh JVM and prints nothing itself, so that whatever the process writes on standard
 * output or standard error comes from the SDK or its dependencies: the check (the first decision of the JVM), its
 * explanations and JSON, minimisation, and a refused request. A wrong answer is an exit code, not a message.
 */
public final class PrivacyQuiet {
    private PrivacyQuiet() {}

    public static void main(String[] args) {
        SharingFacts facts = ZvhJson.read("{\"provider\": {\"type\": \"GGZ\", \"participant\": \"TRUE\"},"
                + " \"recipient\": {\"type\": \"POLITIE\", \"participant\": \"TRUE\", \"involvedInCase\": \"TRUE\"},"
                + " \"dataSubject\": \"SUBJECT\", \"category\": \"HEALTH\", \"purpose\": \"CASE_CONSULTATION\","
                + " \"case\": {\"status\": \"ADMITTED\", \"taskCategory\": \"BASISTAAK\", \"admittedUnder\": \"WGS2025\"},"
                + " \"originRegime\": \"AVG\", \"necessityRecorded\": \"TRUE\", \"secrecyBasis\": \"NONE\"}",
                SharingFacts.class);
        SharingDecision d = SharingCheck.check(facts, LocalDate.of(2025, 6, 1));
        if (d.outcome() != SharingOutcome.DENY) {
            System.exit(2);
        }
        if (d.explain(Locale.ENGLISH).isBlank() || d.explain(Locale.forLanguageTag("nl")).isBlank()
                || ZvhJson.write(d).length() < 20) {
            System.exit(3);
        }
        TaggedRecord<String> record = new TaggedRecord<>(List.of(new TaggedField<>("diagnosis", DataCategory.HEALTH, "x")));
        if (!Minimisation.minimise(record, d).fields().isEmpty()) {
            System.exit(4);
        }
        try {
            ZvhJson.read("{\"recipient\": {\"type\": \"GGZ\"}, \"category\": \"HEALTH\"}", SharingFacts.class);
            System.exit(5);
        } catch (InvalidInputException expected) {
            // refused, as it must be: a refusal prints nothing either
        }
    }
}
