package io.github.zvhsdk.examples.conformance;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.Violation;
import io.github.zvhsdk.model.json.ZvhJson;
import io.github.zvhsdk.model.rule.Citation;
import io.github.zvhsdk.model.rule.RuleResult;
import io.github.zvhsdk.model.rule.Tri;
import io.github.zvhsdk.rules.intake.Intake;
import io.github.zvhsdk.rules.intake.IntakeConfig;
import io.github.zvhsdk.rules.intake.IntakeDecision;
import io.github.zvhsdk.rules.intake.IntakeFacts;
import java.io.IOException;
import java.io.UncheckedIOException;
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

    @Override
    public void evaluate(String facts, JsonNode config, LocalDate asOf, JsonGenerator out) throws IOException {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(out, "out");
        IntakeDecision d;
        try {
            // the text straight into the facts: no tree in between (zvh batch reads millions of lines)
            IntakeFacts f = ZvhJson.read(facts, IntakeFacts.class);
            d = Intake.assess(f, cachedConfig(config, f), asOf);
        } catch (InvalidInputException e) {
            // refused: the tree path says why, with the same fields, rule ids and JSON paths as every other entry
            DecisionKind.super.evaluate(facts, config, asOf, out);
            return;
        }
        write(d, out);
    }

    /**
     * @param d a decision; never null
     * @return its JSON form with the FORMAT.md expect keys and the explanation (the same as {@link #write})
     */
    static ObjectNode toJson(IntakeDecision d) {
        try (TokenBuffer buffer = new TokenBuffer(null, false)) {
            write(d, buffer);
            return (ObjectNode) ZvhJson.reader().readTree(buffer.asParser());
        } catch (IOException e) {
            throw new UncheckedIOException("an in-memory token buffer cannot fail", e);
        }
    }

    /**
     * Writes a decision's JSON form: the FORMAT.md expect keys, the rules with their citations, the configuration and
     * the explanation in Dutch and English.
     *
     * @param d a decision; never null
     * @param out where to write one JSON object; never null
     * @throws IOException when {@code out} cannot be written
     */
    static void write(IntakeDecision d, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("decision", "intake");
        out.writeStringField("regime", d.regime().name());
        out.writeStringField("outcome", d.outcome().name());
        if (d.reading().isPresent()) {
            out.writeStringField("reading", d.reading().get().name());
        }
        out.writeObjectFieldStart("criteria");
        for (Map.Entry<String, RuleResult> e : d.criteria().entrySet()) {
            out.writeStringField(e.getKey(), e.getValue().value().name());
        }
        out.writeEndObject();
        writeStrings(out, "missing", d.missing());
        if (!d.regional().isEmpty()) {
            out.writeObjectFieldStart("regional");
            for (Map.Entry<String, Tri> e : d.regional().entrySet()) {
                out.writeStringField(e.getKey(), e.getValue().name());
            }
            out.writeEndObject();
        }
        out.writeArrayFieldStart("rules");
        for (RuleResult r : d.trace()) {
            out.writeStartObject();
            out.writeStringField("ruleId", r.ruleId());
            out.writeStringField("value", r.value().name());
            writeStrings(out, "missing", r.missing());
            out.writeArrayFieldStart("citations");
            for (Citation c : r.citations()) {
                out.writeString(c.toString());
            }
            out.writeEndArray();
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeStringField("asOf", d.asOf().toString());
        out.writeBooleanField("governing", d.governing());
        out.writeObjectFieldStart("config");
        out.writeStringField("identity", d.configIdentity());
        out.writeStringField("complexityReading", d.config().complexityReading().name());
        out.writeStringField("wgsDate", d.config().wgsDate().toString());
        writeStrings(out, "regionalCriteria", d.config().regionalCriteria());
        out.writeEndObject();
        out.writeObjectFieldStart("explanation");
        out.writeStringField("nl", d.explain(KindSupport.NL));
        out.writeStringField("en", d.explain(Locale.ENGLISH));
        out.writeEndObject();
        out.writeEndObject();
    }

    private static void writeStrings(JsonGenerator out, String name, Iterable<String> values) throws IOException {
        out.writeArrayFieldStart(name);
        for (String v : values) {
            out.writeString(v);
        }
        out.writeEndArray();
    }
}
