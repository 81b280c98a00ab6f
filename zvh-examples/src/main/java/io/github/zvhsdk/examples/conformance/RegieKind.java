package io.github.zvhsdk.examples.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.zvhsdk.model.json.ZvhJson;
import io.github.zvhsdk.rules.regie.Regie;
import io.github.zvhsdk.rules.regie.RegieConfig;
import io.github.zvhsdk.rules.regie.RegieDecision;
import io.github.zvhsdk.rules.regie.RegieFacts;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * The {@code regie} kind (regie.md): reads {@link RegieFacts} and {@link RegieConfig} strictly, calls
 * {@link Regie#decide}, and returns the decision as JSON: {@code regieOpSamenwerking}, {@code procesregie},
 * {@code casusregie}, {@code casusRule}, {@code retainedStatutoryRoles}, the rules evaluated with citations, the
 * policy identity, the Wzd holder applied ({@code wzdCareHolder}; the configuration's key of that name sets it), and
 * {@code explanation} in Dutch and English.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class RegieKind implements DecisionKind {
    private static final ObjectMapper MAPPER = ZvhJson.mapperCopy();

    /** Creates the kind. */
    public RegieKind() {}

    @Override
    public String name() {
        return "regie";
    }

    @Override
    public ObjectNode evaluate(JsonNode facts, JsonNode config, LocalDate asOf) {
        Objects.requireNonNull(facts, "facts");
        RegieFacts f = ZvhJson.read(facts, RegieFacts.class, "$.facts");
        RegieConfig c = ZvhJson.read(KindSupport.kindConfig(config, Set.of()), RegieConfig.class, "$.config");
        RegieDecision d = Regie.decide(f, c, asOf);
        ObjectNode out = MAPPER.valueToTree(d);
        return KindSupport.explained(out, d::explain);
    }
}
