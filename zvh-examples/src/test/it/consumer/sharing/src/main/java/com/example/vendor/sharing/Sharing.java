package com.example.vendor.sharing;

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
 * Checks a sharing request through zvh-privacy's public API only, as a vendor's data-sharing gate would: facts read
 * from JSON, the decision written as JSON and explained, the record minimised, bad input refused. Any wrong answer
 * throws, so the process exits non-zero and the build fails. The argument says how it must have been started:
 * {@code module-path} (this class in the named module {@code com.example.vendor.sharing}) or {@code class-path}.
 */
public final class Sharing {
    private Sharing() {}

    /**
     * @param args {@code module-path} or {@code class-path}
     */
    public static void main(String[] args) {
        String layout = args.length == 1 ? args[0] : "";
        boolean modular = layout.equals("module-path");
        check(modular || layout.equals("class-path"), "the argument is module-path or class-path");
        check(Sharing.class.getModule().isNamed() == modular, "this class runs in a named module: " + modular);
        check(SharingCheck.class.getModule().isNamed() == modular, "the SDK runs as named modules: " + modular);
        if (modular) {
            check(SharingCheck.class.getModule().getName().equals("io.github.zvhsdk.privacy"), "the module name");
        }

        SharingFacts facts = ZvhJson.read("{\"provider\": {\"type\": \"GGZ\", \"participant\": \"TRUE\"},"
                + " \"recipient\": {\"type\": \"POLITIE\", \"participant\": \"TRUE\", \"involvedInCase\": \"TRUE\"},"
                + " \"dataSubject\": \"SUBJECT\", \"category\": \"HEALTH\", \"purpose\": \"CASE_CONSULTATION\","
                + " \"case\": {\"status\": \"ADMITTED\", \"taskCategory\": \"BASISTAAK\", \"admittedUnder\": \"WGS2025\"},"
                + " \"originRegime\": \"AVG\", \"necessityRecorded\": \"TRUE\", \"secrecyBasis\": \"NONE\"}",
                SharingFacts.class);
        SharingDecision d = SharingCheck.check(facts, LocalDate.of(2025, 6, 1));
        check(d.outcome() == SharingOutcome.DENY, "health data under professional secrecy without a basis: DENY");
        check(!d.refusedBy().isEmpty(), "a DENY names its rules");
        check(ZvhJson.write(d).startsWith("{"), "the decision is written as JSON");
        check(!d.explain(Locale.ENGLISH).isBlank() && !d.explain(Locale.forLanguageTag("nl")).isBlank(), "explained");
        TaggedRecord<String> record = new TaggedRecord<>(List.of(new TaggedField<>("note", DataCategory.HEALTH, "x")));
        check(Minimisation.minimise(record, d).fields().isEmpty(), "nothing of the record passes a DENY");
        try {
            ZvhJson.read("{\"recipient\": {\"type\": \"GGZ\"}, \"category\": \"HEALTH\"}", SharingFacts.class);
            throw new IllegalStateException("a request without a provider must be refused");
        } catch (InvalidInputException expected) {
            check(expected.getMessage().contains("provider"), "the refusal names the field");
        }
        System.out.println("ZVH SDK sharing consumer OK on the " + layout + ": " + d.outcome() + " " + d.refusedBy());
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("consumer check failed: " + what);
        }
    }
}
