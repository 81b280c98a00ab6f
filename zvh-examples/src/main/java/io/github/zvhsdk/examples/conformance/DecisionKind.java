package io.github.zvhsdk.examples.conformance;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.json.ZvhJson;
import java.io.IOException;
import java.time.LocalDate;

/**
 * One kind of decision as the conformance vectors and the {@code zvh} command line see it (conformance/FORMAT.md):
 * facts and configuration as JSON in, the decision as JSON out.
 *
 * <p>Implementations are stateless and thread-safe.
 */
public interface DecisionKind {
    /** @return the vectors' name for the kind: {@code intake}, {@code escalation}, {@code regie}, {@code sharing},
     *     {@code transition} or {@code plan} */
    String name();

    /**
     * Evaluates one set of facts.
     *
     * @param facts the facts object, named exactly as in the spec's fact tables; never null
     * @param config the vector's {@code config} object ({@code complexityReading}, {@code wgsDate}, …), or an empty
     *     object when there is none; never null
     * @param asOf the reference date; never null
     * @return the decision as JSON: an object carrying at least the {@code expect} keys FORMAT.md lists for this kind,
     *     under those names, and whatever else explains the decision (rule ids, citations, explanation)
     * @throws InvalidInputException when the SDK refuses the input (refusing is not deciding)
     */
    ObjectNode evaluate(JsonNode facts, JsonNode config, LocalDate asOf);

    /**
     * The configuration a conformance vector stands for, to pass to {@link #evaluate(JsonNode, JsonNode, LocalDate)}:
     * the vector's {@code config}, unless the vector format lets the facts carry part of it (intake: the keys of
     * {@code facts.regional} are the configured regional criteria). The command line's {@code evaluate} and
     * {@code batch} do not call this: their configuration is what the user gives, as for the library.
     *
     * @param facts the vector's facts; never null
     * @param config the vector's {@code config}, or an empty object when there is none; never null
     * @return the configuration to evaluate the vector with; never null
     * @throws InvalidInputException when the vector's config and facts contradict each other
     */
    default JsonNode vectorConfig(JsonNode facts, JsonNode config) {
        return config;
    }

    /**
     * Evaluates one set of facts given as JSON text and writes the decision: what {@code zvh batch} does per line. The
     * result is the same JSON as {@link #evaluate(JsonNode, JsonNode, LocalDate)} gives for the parsed text, and a
     * refusal is the same {@link InvalidInputException}; a kind may override this to skip the intermediate tree.
     *
     * @param facts the facts object as JSON text; never null
     * @param config as for {@link #evaluate(JsonNode, JsonNode, LocalDate)}; never null
     * @param asOf the reference date; never null
     * @param out where the decision is written as one JSON object; nothing is written when the input is refused
     * @throws InvalidInputException when the text is not JSON or the SDK refuses the input
     * @throws IOException when {@code out} cannot be written
     */
    default void evaluate(String facts, JsonNode config, LocalDate asOf, JsonGenerator out) throws IOException {
        ObjectNode decision = evaluate(ZvhJson.readTree(facts), config, asOf);
        KindSupport.write(out, decision);
    }
}
