package io.github.zvhsdk.examples.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.PartnerType;
import io.github.zvhsdk.model.json.ZvhJson;
import io.github.zvhsdk.privacy.sharing.ConsentAgeBand;
import io.github.zvhsdk.privacy.sharing.DataCategory;
import io.github.zvhsdk.privacy.sharing.DataSubject;
import io.github.zvhsdk.privacy.sharing.Purpose;
import io.github.zvhsdk.privacy.sharing.SecrecyBasis;
import io.github.zvhsdk.privacy.sharing.SharingCheck;
import io.github.zvhsdk.privacy.sharing.SharingDecision;
import io.github.zvhsdk.privacy.sharing.SharingFacts;
import io.github.zvhsdk.privacy.sharing.SharingOutcome;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the synthetic caseload: sharing requests with every fact and value of sharing.md (revision 2)")
class CaseloadGeneratorTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);

    @Test
    @DisplayName("sharing: every category, purpose, data subject, basis and consent value, guests, referrers and origin holders "
            + "occur; the input is valid; every outcome and every rule but SHARE-RETENTION (no retention dates) is reached")
    void sharingCoverage() {
        CaseloadGenerator g = CaseloadGenerator.of("sharing", 1);
        Map<String, Set<String>> seen = new HashMap<>();
        Set<String> refusedBy = new HashSet<>();
        Set<SharingOutcome> outcomes = new HashSet<>();
        int refusedInput = 0;
        int n = 5_000;
        for (int i = 0; i < n; i++) {
            JsonNode facts = g.next();
            see(seen, "category", facts.path("category"));
            see(seen, "purpose", facts.path("purpose"));
            see(seen, "dataSubject", facts.path("dataSubject"));
            see(seen, "secrecyBasis", facts.path("secrecyBasis"));
            see(seen, "consent.ageBand", facts.path("consent").path("ageBand"));
            see(seen, "consent.capable", facts.path("consent").path("capable"));
            see(seen, "consent.givenBy", facts.path("consent").path("givenBy"));
            see(seen, "recipient.guest", facts.path("recipient").path("guest"));
            see(seen, "recipient.secrecyDeclarationSigned", facts.path("recipient").path("secrecyDeclarationSigned"));
            see(seen, "recipient.referrer", facts.path("recipient").path("referrer"));
            see(seen, "originConsent", facts.path("originConsent"));
            if (facts.path("provider").path("type").asText().equals("ZVH")) {
                see(seen, "origin.holder from ZVH", facts.path("origin").path("holder"));
            }
            try {
                SharingDecision d = SharingCheck.check(ZvhJson.read(facts, SharingFacts.class, "$.facts"), AS_OF);
                refusedBy.addAll(d.refusedBy());
                outcomes.add(d.outcome());
            } catch (InvalidInputException e) {
                refusedInput++;
            }
        }
        assertThat(seen.get("category")).hasSize(DataCategory.values().length);
        assertThat(seen.get("purpose")).hasSize(Purpose.values().length);
        assertThat(seen.get("dataSubject")).hasSize(DataSubject.values().length);
        assertThat(seen.get("secrecyBasis")).hasSize(SecrecyBasis.values().length);
        assertThat(seen.get("consent.ageBand")).hasSize(ConsentAgeBand.values().length);
        assertThat(seen.get("consent.givenBy")).containsExactlyInAnyOrder("[]", "[\"SUBJECT_SELF\"]", "[\"REPRESENTATIVE\"]",
                "[\"SUBJECT_SELF\",\"REPRESENTATIVE\"]");
        for (String tri : new String[] {"consent.capable", "recipient.guest", "recipient.secrecyDeclarationSigned",
            "recipient.referrer", "originConsent"}) {
            assertThat(seen.get(tri)).as(tri).containsExactlyInAnyOrder("\"TRUE\"", "\"FALSE\"", "\"UNKNOWN\"");
        }
        assertThat(seen.get("origin.holder from ZVH")).hasSize(PartnerType.values().length);
        assertThat(refusedInput).as("lines refused as input").isLessThan(n / 50);
        assertThat(outcomes).contains(SharingOutcome.ALLOW, SharingOutcome.DENY);
        assertThat(refusedBy).containsExactlyInAnyOrder("SHARE-AGGREGATE-ONLY", "SHARE-REGIME", "SHARE-PARTICIPANTS", "SHARE-GUEST",
                "SHARE-COVENANT", "SHARE-TRANSITION", "SHARE-STATUS", "SHARE-RECIPIENT", "SHARE-CATEGORY", "SHARE-SECRECY",
                "SHARE-CONSENT-CAPACITY", "SHARE-SPECIAL-CATEGORY", "SHARE-JUSTICE-ORIGIN", "SHARE-BSN", "SHARE-THIRD-PARTY",
                "SHARE-NECESSITY");
    }

    private static void see(Map<String, Set<String>> seen, String dimension, JsonNode value) {
        if (!value.isMissingNode()) {
            seen.computeIfAbsent(dimension, k -> new HashSet<>()).add(value.toString());
        }
    }
}
