package io.github.zvhsdk.smoke;

import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.json.ZvhJson;
import io.github.zvhsdk.privacy.config.HouseConfig;
import io.github.zvhsdk.privacy.sharing.SharingCheck;
import io.github.zvhsdk.privacy.sharing.SharingDecision;
import io.github.zvhsdk.privacy.sharing.SharingFacts;
import java.time.LocalDate;

/** Exercises the privacy module's exported API on a real module path: configuration and facts from JSON, a decision to JSON. */
public final class PrivacySmoke {
    private PrivacySmoke() {}

    public static void main(String[] args) {
        if (PrivacySmoke.class.getModule().isNamed() || !SharingCheck.class.getModule().isNamed()) {
            throw new AssertionError("expected the privacy module on the module path and this class on the class path");
        }
        HouseConfig config = ZvhJson.read(ZvhJson.write(HouseConfig.reference()), HouseConfig.class);
        if (!config.equals(HouseConfig.reference())) {
            throw new AssertionError("the reference configuration does not round-trip");
        }
        SharingFacts facts = ZvhJson.read("{\"provider\":{\"type\":\"POLITIE\",\"participant\":\"TRUE\"},\"recipient\":{\"type\":\"GGZ\","
                + "\"participant\":\"TRUE\",\"involvedInCase\":\"TRUE\"},\"dataSubject\":\"SUBJECT\",\"category\":\"CASE_FACTS\","
                + "\"purpose\":\"CASE_CONSULTATION\",\"case\":{\"status\":\"ADMITTED\",\"taskCategory\":\"BASISTAAK\","
                + "\"admittedUnder\":\"WGS2025\"},\"originRegime\":\"AVG\",\"necessityRecorded\":\"TRUE\"}", SharingFacts.class);
        SharingDecision d = SharingCheck.check(facts, config, LocalDate.of(2025, 6, 1));
        if (!ZvhJson.write(d).contains("\"ALLOW\"")) {
            throw new AssertionError("expected an ALLOW: " + ZvhJson.write(d));
        }
        try {
            ZvhJson.read("{\"recipient\":{\"type\":\"GGZ\"},\"category\":\"HEALTH\",\"purpose\":\"SCREENING\"}", SharingFacts.class);
            throw new AssertionError("a request without a provider must be refused");
        } catch (InvalidInputException expected) {
            if (!expected.getMessage().contains("provider")) {
                throw new AssertionError("the refusal does not name the field: " + expected.getMessage());
            }
        }
        System.out.println("SMOKE OK " + SharingCheck.class.getModule().getName());
    }
}
