package io.github.zvhsdk.examples.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.Violation;
import io.github.zvhsdk.model.json.ZvhJson;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * What the two casework kinds ({@code transition}, {@code plan}) share: the decision as JSON with its explanations, and
 * the refusal of any configuration for {@code plan}, which has none ({@code transition} reads its
 * {@link io.github.zvhsdk.rules.casework.TransitionConfig}).
 */
final class CaseworkKinds {

    private CaseworkKinds() {}

    /**
     * @param config the vector's config; an empty object (or JSON null) is accepted
     * @param kind the kind's name, for the message
     * @throws InvalidInputException naming every key, since the kind has no configuration
     */
    static void requireNoConfig(JsonNode raw, String kind) {
        JsonNode config = KindSupport.kindConfig(raw, Set.of());
        if (config == null || config.isNull() || config.isMissingNode()) {
            return;
        }
        if (!config.isObject()) {
            throw new InvalidInputException("config", List.of(new Violation("$.config", "JSON-TYPE",
                    "wrong JSON type: expected JSON object")));
        }
        List<Violation> vs = new ArrayList<>();
        for (Iterator<String> it = config.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            vs.add(new Violation("$.config." + key, "JSON-UNKNOWN-PROPERTY",
                    "unknown property; the " + kind + " decision has no configuration"));
        }
        if (!vs.isEmpty()) {
            throw new InvalidInputException("config", vs);
        }
    }

    /** @return the decision as a JSON object, with its explanation in English and Dutch */
    static ObjectNode toJson(Object decision, String explainEn, String explainNl) {
        ObjectNode out = (ObjectNode) ZvhJson.readTree(ZvhJson.write(decision));
        return KindSupport.explained(out, l -> l.getLanguage().equals("nl") ? explainNl : explainEn);
    }
}
