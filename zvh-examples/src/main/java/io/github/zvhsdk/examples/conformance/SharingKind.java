package io.github.zvhsdk.examples.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.Violation;
import io.github.zvhsdk.model.json.ZvhJson;
import io.github.zvhsdk.privacy.config.HouseConfig;
import io.github.zvhsdk.privacy.sharing.SharingCheck;
import io.github.zvhsdk.privacy.sharing.SharingDecision;
import io.github.zvhsdk.privacy.sharing.SharingFacts;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The {@code sharing} decision (spec/sharing.md) as the conformance vectors see it. The facts are read strictly as
 * {@link SharingFacts}. The configuration is the reference profile ({@link HouseConfig#reference()}) with the vector's
 * {@code config} keys laid over it: any {@link HouseConfig} key ({@code wgsDate}, {@code participants},
 * {@code secrecyBound}, …; one given as JSON {@code null} keeps the reference value); {@code complexityReading} (an
 * intake key of FORMAT.md) is accepted with its two tokens and does not affect sharing; any other key is refused.
 *
 * <p>Output: the decision's JSON ({@code outcome}, {@code regime}, {@code basis}, {@code refusedBy},
 * {@code conditions}, {@code missing}, {@code trace} with citations, …) plus {@code explanation}
 * ({@code {"nl": …, "en": …}}).
 *
 * <p>Stateless and thread-safe.
 */
public final class SharingKind implements DecisionKind {
    /** Creates the kind. */
    public SharingKind() {}

    @Override
    public String name() {
        return "sharing";
    }

    @Override
    public ObjectNode evaluate(JsonNode facts, JsonNode config, LocalDate asOf) {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(asOf, "asOf");
        SharingFacts f = ZvhJson.read(facts, SharingFacts.class, "$.facts");
        HouseConfig c = config(KindSupport.kindConfig(config, Set.of("wgsDate")));
        SharingDecision d = SharingCheck.check(f, c, asOf);
        ObjectNode out = (ObjectNode) ZvhJson.readTree(ZvhJson.write(d));
        return KindSupport.explained(out, d::explain);
    }

    /**
     * @param config the vector's {@code config} object (or an empty object); never null
     * @return the reference profile with the vector's keys laid over it
     * @throws InvalidInputException when the config is not an object, has an unknown key or a bad value
     */
    static HouseConfig config(JsonNode config) {
        if (config.isNull() || config.isMissingNode()) {
            return HouseConfig.reference();
        }
        if (!config.isObject()) {
            throw new InvalidInputException("HouseConfig", List.of(new Violation("$.config", "JSON-TYPE",
                    "wrong JSON type: expected an object")));
        }
        ObjectNode merged = (ObjectNode) ZvhJson.readTree(ZvhJson.write(HouseConfig.reference()));
        for (Map.Entry<String, JsonNode> e : config.properties()) {
            // FORMAT.md: a known key given as JSON null keeps its default, as in every kind; an unknown one is refused
            if (!e.getValue().isNull() || !merged.has(e.getKey())) {
                merged.set(e.getKey(), e.getValue());
            }
        }
        return ZvhJson.read(merged, HouseConfig.class, "$.config");
    }
}
