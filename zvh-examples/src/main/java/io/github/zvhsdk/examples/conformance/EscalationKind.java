package io.github.zvhsdk.examples.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.zvhsdk.model.json.ZvhJson;
import io.github.zvhsdk.rules.escalation.Escalation;
import io.github.zvhsdk.rules.escalation.EscalationConfig;
import io.github.zvhsdk.rules.escalation.EscalationDecision;
import io.github.zvhsdk.rules.escalation.EscalationFacts;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * The {@code escalation} kind (escalation.md): reads {@link EscalationFacts} and {@link EscalationConfig} strictly
 * (FORMAT.md's vector keys aside, a vector's {@code config} is the escalation configuration: {@code responsibilities},
 * and (rev. 2) {@code houseThemes}), calls {@link Escalation#assess}, and returns the decision as JSON: {@code lowest},
 * {@code highest}, {@code venue} with {@code venueReasons} and the {@code houseThemes} applied, {@code direction}
 * (absent without a current phase), {@code advisoryRole} (absent when none), {@code missing} (rev. 2: the range's and
 * the venue's, which the conformance runner compares like any other key), the responsibilities, the rule results with
 * citations and missing facts, and {@code explanation} in Dutch and English.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class EscalationKind implements DecisionKind {
    private static final ObjectMapper MAPPER = ZvhJson.mapperCopy();

    /** Creates the kind. */
    public EscalationKind() {}

    @Override
    public String name() {
        return "escalation";
    }

    @Override
    public ObjectNode evaluate(JsonNode facts, JsonNode config, LocalDate asOf) {
        Objects.requireNonNull(facts, "facts");
        EscalationFacts f = ZvhJson.read(facts, EscalationFacts.class, "$.facts");
        EscalationConfig c = ZvhJson.read(KindSupport.kindConfig(config, Set.of()), EscalationConfig.class, "$.config");
        EscalationDecision d = Escalation.assess(f, c, asOf);
        ObjectNode out = MAPPER.valueToTree(d);
        return KindSupport.explained(out, d::explain);
    }
}
