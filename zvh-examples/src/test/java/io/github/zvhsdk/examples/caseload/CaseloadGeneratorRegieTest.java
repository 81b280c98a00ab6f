package io.github.zvhsdk.examples.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.zvhsdk.model.Measure;
import io.github.zvhsdk.model.Relation;
import io.github.zvhsdk.model.json.ZvhJson;
import io.github.zvhsdk.rules.regie.Regie;
import io.github.zvhsdk.rules.regie.RegieDecision;
import io.github.zvhsdk.rules.regie.RegieFacts;
import io.github.zvhsdk.rules.regie.RetainedRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The regie caseload of {@code zvh generate} after revision 2 of regie.md: every line is valid (household members have
 * a household relation; child protection only on minors), it reaches every measure (WZD_CARE included), adults under
 * youth probation, every household relation and every casusregie rule, and the new values come at a realistic,
 * bounded frequency.
 */
@DisplayName("zvh generate regie: valid lines that reach every rev. 2 value at a realistic frequency")
class CaseloadGeneratorRegieTest {
    private static final int LINES = 5_000;
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);

    @Test
    void regieCaseload() {
        CaseloadGenerator g = CaseloadGenerator.of("regie", 7);
        Set<Measure> measures = EnumSet.noneOf(Measure.class);
        Set<Relation> relations = EnumSet.noneOf(Relation.class);
        Set<String> rules = new HashSet<>();
        Set<Measure> retained = EnumSet.noneOf(Measure.class);
        int adults = 0;
        int adultsUnderYouthProbation = 0;
        int persons = 0;
        int underWzd = 0;
        for (int i = 0; i < LINES; i++) {
            ObjectNode facts = g.next();
            RegieFacts f = ZvhJson.read(facts, RegieFacts.class, "$.facts"); // never refused
            RegieDecision d = Regie.decide(f, AS_OF);
            rules.add(d.casusRule());
            d.retainedStatutoryRoles().stream().map(RetainedRole::measure).forEach(retained::add);
            List<JsonNode> people = new ArrayList<>();
            people.add(facts.get("subject"));
            facts.path("household").forEach(people::add);
            for (JsonNode person : people) {
                persons++;
                Set<String> ms = new HashSet<>();
                person.get("measures").forEach(m -> ms.add(m.asText()));
                ms.forEach(m -> measures.add(Measure.valueOf(m)));
                if (person.has("relation")) {
                    relations.add(Relation.valueOf(person.get("relation").asText()));
                }
                if (!person.get("minor").asBoolean()) {
                    adults++;
                    assertThat(ms).doesNotContain("CHILD_PROTECTION");
                    if (ms.contains("YOUTH_PROBATION")) {
                        adultsUnderYouthProbation++;
                    }
                }
                if (ms.contains("WZD_CARE")) {
                    underWzd++;
                }
            }
        }
        assertThat(measures).containsExactlyInAnyOrder(Measure.values());
        assertThat(relations).containsExactlyInAnyOrderElementsOf(
                Stream.of(Relation.values()).filter(Relation::isHousehold).toList());
        assertThat(rules).contains("CASUS-FORCED-YOUTH", "CASUS-FORCED-ADULT", "CASUS-VERWARD", "CASUS-RADICALISERING",
                "CASUS-EX-JUSTITIABELE", "CASUS-HUISELIJK-GEWELD", "CASUS-ZWAARTEPUNT", "CASUS-AREA", "REGIE-SYSTEM");
        assertThat(retained).contains(Measure.WZD_CARE, Measure.YOUTH_PROBATION);
        // youth probation of a young adult (adolescentenstrafrecht) and the Wzd measure are rare, but there
        assertThat((double) adultsUnderYouthProbation / adults).isBetween(0.01, 0.06);
        assertThat((double) underWzd / persons).isBetween(0.02, 0.08);
    }
}
