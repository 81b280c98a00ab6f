package io.github.zvhsdk.examples.conformance;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.Violation;
import io.github.zvhsdk.model.json.ZvhJson;
import io.github.zvhsdk.model.rule.FrameworkDates;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What every {@link DecisionKind} shares (package-private): the vector-level configuration keys of FORMAT.md, and the
 * one shape of an explanation in a decision's JSON.
 *
 * <p>FORMAT.md defines {@code config} for every vector with two keys, {@code complexityReading} and {@code wgsDate}.
 * Every kind accepts and validates both (a bad value is refused), and passes on only those its decision reads; any
 * other key belongs to the kind's own configuration type, which reads it strictly.
 */
final class KindSupport {
    /** The configuration keys FORMAT.md defines for every vector. */
    static final Set<String> VECTOR_KEYS = Set.of("complexityReading", "wgsDate");
    /** Dutch, the locale of every decision's {@code explanation.nl}. */
    static final Locale NL = Locale.forLanguageTag("nl");
    private static final Set<String> READINGS = Set.of("STANDALONE_D", "D_REPLACES_C");

    /** Writes a tree into any generator (one without a codec too), without flushing it after each value. */
    private static final ObjectWriter WRITER = ZvhJson.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

    private KindSupport() {}

    /**
     * @param out where to write; never null
     * @param decision the decision's JSON; never null
     * @throws IOException when {@code out} cannot be written
     */
    static void write(JsonGenerator out, ObjectNode decision) throws IOException {
        WRITER.writeValue(out, decision);
    }

    /**
     * @param config the vector's {@code config}: an object, or JSON null / missing for none
     * @param used the vector-level keys the kind's decision reads (kept in the result)
     * @return a copy of the config without the vector-level keys the kind does not read
     * @throws InvalidInputException when the config is not an object or a vector-level key has a bad value
     */
    static ObjectNode kindConfig(JsonNode config, Set<String> used) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        if (config == null || config.isNull() || config.isMissingNode()) {
            return out;
        }
        if (!config.isObject()) {
            throw new InvalidInputException("config", List.of(new Violation("$.config", "JSON-TYPE",
                    "wrong JSON type: expected a JSON object")));
        }
        List<Violation> bad = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : config.properties()) {
            String key = e.getKey();
            JsonNode v = e.getValue();
            if (key.equals("complexityReading") && !(v.isNull() || (v.isTextual() && READINGS.contains(v.asText())))) {
                bad.add(new Violation("$.config.complexityReading", "JSON-ENUM", "is not one of D_REPLACES_C, STANDALONE_D"));
            }
            if (key.equals("wgsDate") && !v.isNull()) {
                String problem = wgsDateProblem(v);
                if (problem != null) {
                    bad.add(new Violation("$.config.wgsDate", "JSON-FORMAT", problem));
                }
            }
            if (!VECTOR_KEYS.contains(key) || used.contains(key)) {
                out.set(key, v);
            }
        }
        if (!bad.isEmpty()) {
            throw new InvalidInputException("config", bad);
        }
        return out;
    }

    private static @Nullable String wgsDateProblem(JsonNode v) {
        if (!v.isTextual()) {
            return "must be an ISO-8601 date string";
        }
        // the same date reader as every other date of the model: exactly yyyy-MM-dd
        LocalDate d;
        try {
            d = ZvhJson.read(v, LocalDate.class, "$.config.wgsDate");
        } catch (InvalidInputException e) {
            return "is not a valid ISO-8601 date (yyyy-MM-dd)";
        }
        return d.isBefore(FrameworkDates.FRAMEWORK_START) ? "must not be before " + FrameworkDates.FRAMEWORK_START : null;
    }

    /**
     * Puts the decision's explanation under {@code explanation} as {@code {"nl": …, "en": …}}.
     *
     * @param out the decision's JSON; changed in place
     * @param explain the decision's {@code explain(Locale)}
     * @return {@code out}
     */
    static ObjectNode explained(ObjectNode out, Function<Locale, String> explain) {
        out.remove("explanationNl");
        ObjectNode e = out.putObject("explanation");
        e.put("nl", explain.apply(NL));
        e.put("en", explain.apply(Locale.ENGLISH));
        return out;
    }
}
