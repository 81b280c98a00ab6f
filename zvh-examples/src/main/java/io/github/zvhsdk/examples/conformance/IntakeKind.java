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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The {@code intake} decision (spec/intake.md, conformance/FORMAT.md): reads the facts and the configuration, an
 * {@link IntakeConfig} read strictly ({@code complexityReading}, {@code wgsDate}, {@code regionalCriteria},
 * {@code name}, {@code version}; any other key is refused), and returns the decision with the expect keys
 * {@code regime}, {@code outcome}, {@code reading} (LK2013 only), {@code criteria} and {@code missing}, plus the rules
 * with their citations, the regional criteria evaluated, the configuration and the explanation in Dutch and English.
 *
 * <p>The house's regional criteria are those its configuration names, exactly as for the library's
 * {@link Intake#assess(IntakeFacts, IntakeConfig, LocalDate)}: a value in {@code facts.regional} for an id the
 * configuration does not have is refused ({@code WGS-REGIONAL}, intake.md), so {@code zvh evaluate} and
 * {@code zvh batch} without {@code --config} refuse what {@code Intake.assess(facts, asOf)} refuses. Only a conformance
 * vector configures its regional criteria through its facts ("in a conformance vector the keys of {@code regional} are
 * the configured set"): {@link #vectorConfig} writes them into the configuration the runner passes.
 *
 * <p>This class is thread-safe; its only state is a cache of the configuration last built, an immutable value.
 */
public final class IntakeKind implements DecisionKind {
    /** The vector-level configuration keys the intake decision reads (both of FORMAT.md's). */
    static final Set<String> CONFIG_KEYS = Set.of("complexityReading", "wgsDate");
    /** The configuration key of the house's regional criteria. */
    static final String REGIONAL_CRITERIA = "regionalCriteria";
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
        return toJson(Intake.assess(f, cachedConfig(config), asOf));
    }

    /**
     * In a conformance vector the keys of {@code facts.regional} are the house's configured regional criteria
     * (intake.md, "Intake facts"): they become the configuration's {@code regionalCriteria}, so that a configured id the
     * facts give {@code null} or {@code "UNKNOWN"} is UNKNOWN and named as missing. A vector's {@code config} has
     * FORMAT.md's keys only, {@code complexityReading} and {@code wgsDate}: any other key is refused, as it always was
     * ({@code regionalCriteria} too: a second list could contradict the facts' keys).
     *
     * @throws InvalidInputException naming every key of the vector's config but {@code complexityReading} and
     *     {@code wgsDate}
     */
    @Override
    public JsonNode vectorConfig(JsonNode facts, JsonNode config) {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(config, "config");
        List<Violation> unknown = new ArrayList<>();
        config.fieldNames().forEachRemaining(key -> {
            if (!CONFIG_KEYS.contains(key)) {
                unknown.add(new Violation("$.config." + key, "JSON-UNKNOWN-PROPERTY", "unknown configuration key;"
                        + " allowed: complexityReading, wgsDate (a vector's regional criteria are the keys of"
                        + " facts.regional)"));
            }
        });
        if (!unknown.isEmpty()) {
            throw new InvalidInputException("IntakeConfig", unknown);
        }
        JsonNode regional = facts.path("regional");
        boolean configObject = config.isObject() || config.isNull() || config.isMissingNode();
        if (!regional.isObject() || !configObject) {
            return config;     // no regional values, or input the decision refuses as it stands
        }
        ObjectNode out = config.isObject() ? ((ObjectNode) config).deepCopy() : NODES.objectNode();
        ArrayNode ids = out.putArray(REGIONAL_CRITERIA);
        regional.fieldNames().forEachRemaining(ids::add);
        return out;
    }

    /** The configuration last built, and what it was built from (a batch evaluates many facts with one config). */
    private record Built(JsonNode config, IntakeConfig result) {}

    private volatile @Nullable Built last;

    private IntakeConfig cachedConfig(JsonNode config) {
        Built b = last;
        if (b != null && b.config().equals(config)) {
            return b.result();
        }
        IntakeConfig c = config(config);
        last = new Built(config.deepCopy(), c);
        return c;
    }

    /**
     * Reads the configuration: FORMAT.md's vector-level keys, validated as every kind validates them, and the rest of
     * {@link IntakeConfig} strictly. A configuration that does not name itself is recorded in decisions as
     * {@code conformance-vector@1}.
     *
     * @param config the config object (may be empty, JSON null or missing); never null
     * @return the configuration
     * @throws InvalidInputException for an unknown key, a value of the wrong type, or a config that is not an object
     */
    static IntakeConfig config(JsonNode config) {
        ObjectNode node = KindSupport.kindConfig(config, CONFIG_KEYS);
        if (!node.has("name")) {
            node.put("name", "conformance-vector");
        }
        if (!node.has("version")) {
            node.put("version", "1");
        }
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
            d = Intake.assess(f, cachedConfig(config), asOf);
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
