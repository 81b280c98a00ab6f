package io.github.zvhsdk.examples.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.Violation;
import io.github.zvhsdk.model.json.ZvhJson;
import io.github.zvhsdk.model.rule.Citation;
import io.github.zvhsdk.model.rule.RuleResult;
import io.github.zvhsdk.rules.intake.Intake;
import io.github.zvhsdk.rules.intake.IntakeConfig;
import io.github.zvhsdk.rules.intake.IntakeDecision;
import io.github.zvhsdk.rules.intake.IntakeFacts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The {@code intake} decision (spec/intake.md, conformance/FORMAT.md): reads the facts and the vector's
 * configuration ({@code complexityReading}, {@code wgsDate}; any other key is refused), takes the keys of
 * {@code facts.regional} as the house's configured regional criteria, and returns the decision with the expect keys
 * {@code regime}, {@code outcome}, {@code reading} (LK2013 only), {@code criteria} and {@code missing}, plus the rules
 * with their citations, the regional criteria evaluated, the configuration and the explanation in Dutch and English.
 *
 * <p>This class is thread-safe; its only state is a cache of the configuration last built, an immutable value.
 */
public final class IntakeKind implements DecisionKind {
    /** The configuration keys a vector may set. */
    static final Set<String> CONFIG_KEYS = Set.of("complexityReading", "wgsDate");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Creates the kind. */
    public IntakeKind() {}

    @Override
    public String name() {
        return "intake";
    }

    @Override
    public ObjectNode evaluate(JsonNode facts, JsonNode config, LocalDate asOf) {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(config, "config");
        IntakeFacts f = ZvhJson.read(facts, IntakeFacts.class, "$.facts");
        return toJson(Intake.assess(f, cachedConfig(config, f), asOf));
    }

    /** The configuration last built, and what it was built from (a batch evaluates many facts with one config). */
    private record Built(JsonNode config, Set<String> regional, IntakeConfig result) {}

    private volatile @Nullable Built last;

    private IntakeConfig cachedConfig(JsonNode config, IntakeFacts facts) {
        Built b = last;
        if (b != null && b.regional().equals(facts.regional().keySet()) && b.config().equals(config)) {
            return b.result();
        }
        IntakeConfig c = config(config, facts);
        last = new Built(config.deepCopy(), Set.copyOf(facts.regional().keySet()), c);
        return c;
    }

    /**
     * @param config the vector's config object (may be empty, JSON null or missing); never null
     * @param facts the facts, whose {@code regional} keys are the configured regional criteria
     * @return the configuration
     * @throws InvalidInputException for an unknown key, a value of the wrong type, or a config that is not an object
     */
    static IntakeConfig config(JsonNode config, IntakeFacts facts) {
        ObjectNode node = NODES.objectNode();
        if (!config.isNull() && !config.isMissingNode()) {
            if (!config.isObject()) {
                throw new InvalidInputException("IntakeConfig",
                        List.of(new Violation("$.config", "JSON-TYPE", "wrong JSON type: expected an object")));
            }
            List<Violation> unknown = new ArrayList<>();
            for (Iterator<String> it = config.fieldNames(); it.hasNext();) {
                String key = it.next();
                if (!CONFIG_KEYS.contains(key)) {
                    unknown.add(new Violation("$.config." + key, "JSON-UNKNOWN-PROPERTY",
                            "unknown configuration key; allowed: complexityReading, wgsDate"));
                }
            }
            if (!unknown.isEmpty()) {
                throw new InvalidInputException("IntakeConfig", unknown);
            }
            node.setAll((ObjectNode) config);
        }
        ArrayNode regional = node.putArray("regionalCriteria");
        facts.regional().keySet().forEach(regional::add);
        node.put("name", "conformance-vector");
        node.put("version", "1");
        return ZvhJson.read(node, IntakeConfig.class, "$.config");
    }

    /**
     * @param d a decision; never null
     * @return its JSON form with the FORMAT.md expect keys and the explanation
     */
    static ObjectNode toJson(IntakeDecision d) {
        ObjectNode out = NODES.objectNode();
        out.put("decision", "intake");
        out.put("regime", d.regime().name());
        out.put("outcome", d.outcome().name());
        d.reading().ifPresent(r -> out.put("reading", r.name()));
        ObjectNode criteria = out.putObject("criteria");
        for (Map.Entry<String, RuleResult> e : d.criteria().entrySet()) {
            criteria.put(e.getKey(), e.getValue().value().name());
        }
        ArrayNode missing = out.putArray("missing");
        d.missing().forEach(missing::add);
        if (!d.regional().isEmpty()) {
            ObjectNode regional = out.putObject("regional");
            d.regional().forEach((id, v) -> regional.put(id, v.name()));
        }
        ArrayNode rules = out.putArray("rules");
        for (RuleResult r : d.trace()) {
            ObjectNode rule = rules.addObject();
            rule.put("ruleId", r.ruleId());
            rule.put("value", r.value().name());
            ArrayNode m = rule.putArray("missing");
            r.missing().forEach(m::add);
            ArrayNode cites = rule.putArray("citations");
            for (Citation c : r.citations()) {
                cites.add(c.toString());
            }
        }
        out.put("asOf", d.asOf().toString());
        out.put("governing", d.governing());
        ObjectNode config = out.putObject("config");
        config.put("identity", d.configIdentity());
        config.put("complexityReading", d.config().complexityReading().name());
        config.put("wgsDate", d.config().wgsDate().toString());
        ArrayNode ids = config.putArray("regionalCriteria");
        d.config().regionalCriteria().forEach(ids::add);
        ObjectNode explanation = out.putObject("explanation");
        explanation.put("nl", d.explain(Locale.forLanguageTag("nl")));
        explanation.put("en", d.explain(Locale.ENGLISH));
        return out;
    }
}
