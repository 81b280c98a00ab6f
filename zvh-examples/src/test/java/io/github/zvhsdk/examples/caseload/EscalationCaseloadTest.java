package io.github.zvhsdk.examples.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.zvhsdk.model.json.ZvhJson;
import io.github.zvhsdk.rules.escalation.Escalation;
import io.github.zvhsdk.rules.escalation.EscalationDecision;
import io.github.zvhsdk.rules.escalation.EscalationFacts;
import io.github.zvhsdk.rules.escalation.EscalationVenue;
import io.github.zvhsdk.rules.escalation.VenueReason;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The generated escalation caseload (rev. 2) reaches what the rules distinguish, with realistic frequencies: every
 * venue and every reason for the house, the new facts given, unknown and absent, theme sets with and without a house
 * theme, both sides of 2025-07-01, and the new facts named as missing.
 */
@DisplayName("zvh generate escalation: the rev. 2 facts and values, at realistic frequencies")
class EscalationCaseloadTest {
    private static final int CASES = 3000;

    @Test
    @DisplayName("every venue and reason occurs; voluntaryHelpFailing and themes occur given, UNKNOWN and absent; both are named as missing")
    void coversTheRevisionTwoFactsAndValues() {
        CaseloadGenerator g = CaseloadGenerator.of("escalation", 11);
        Set<EscalationVenue> venues = EnumSet.noneOf(EscalationVenue.class);
        Set<VenueReason> reasons = EnumSet.noneOf(VenueReason.class);
        Set<String> missing = new TreeSet<>();
        Map<String, Integer> count = new HashMap<>();
        int radicalisationDiffers = 0;
        for (int i = 0; i < CASES; i++) {
            ObjectNode facts = g.next();
            count.merge("vhf " + facts.path("voluntaryHelpFailing").asText("absent"), 1, Integer::sum);
            count.merge(facts.has("themes") ? facts.get("themes").isEmpty() ? "themes []" : "themes some" : "themes absent",
                    1, Integer::sum);
            EscalationFacts f = ZvhJson.read(facts, EscalationFacts.class, "$.facts");
            EscalationDecision before = Escalation.assess(f, LocalDate.of(2025, 6, 30));
            EscalationDecision from = Escalation.assess(f, LocalDate.of(2025, 7, 1));
            for (EscalationDecision d : List.of(before, from)) {
                venues.add(d.venue());
                reasons.addAll(d.venueReasons());
                missing.addAll(d.missing());
            }
            radicalisationDiffers += before.venue() != from.venue() ? 1 : 0;
        }
        assertThat(venues).containsExactlyInAnyOrder(EscalationVenue.values());
        assertThat(reasons).containsExactlyInAnyOrder(VenueReason.values());
        assertThat(missing).contains("voluntaryHelpFailing", "themes");
        assertThat(radicalisationDiffers).as("cases the 2025-07-01 change of the house themes moves").isPositive();
        // frequencies: voluntary help mostly assessed, failing in a minority; themes mostly recorded
        assertThat(count.get("vhf absent")).isBetween(CASES / 20, CASES / 5);
        assertThat(count.get("vhf TRUE")).isBetween(CASES / 8, CASES / 3);
        assertThat(count.get("vhf FALSE")).isGreaterThan(count.get("vhf TRUE"));
        assertThat(count.get("vhf UNKNOWN")).isPositive();
        assertThat(count.get("themes absent")).isBetween(CASES / 10, CASES / 3);
        assertThat(count.get("themes []")).isPositive();
        assertThat(count.get("themes some")).isGreaterThan(CASES / 3);
    }
}
