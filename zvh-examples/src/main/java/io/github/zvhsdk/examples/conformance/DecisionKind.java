package io.github.zvhsdk.examples.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.zvhsdk.model.InvalidInputException;
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
}
