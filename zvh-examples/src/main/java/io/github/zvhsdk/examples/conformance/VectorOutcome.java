package io.github.zvhsdk.examples.conformance;

import io.github.zvhsdk.model.Bsn;
import java.util.Objects;

/**
 * The result of running one vector: its id (or file name when the vector has no id), whether it passed, and the reason
 * when it did not.
 *
 * @param id the vector's id, or its file name; never null
 * @param passed whether every expectation held
 * @param reason why it failed, e.g. {@code outcome expected "TRUE" got "UNKNOWN"}; empty when it passed; never null
 */
public record VectorOutcome(String id, boolean passed, String reason) {
    /** Validates the components. */
    public VectorOutcome {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reason, "reason");
    }

    static VectorOutcome pass(String id) {
        return new VectorOutcome(id, true, "");
    }

    static VectorOutcome fail(String id, String reason) {
        return new VectorOutcome(id, false, reason);
    }

    /**
     * @return the line FORMAT.md prescribes: {@code PASS <id>} or {@code FAIL <id>: <reason>}; a run of 8 or more
     *     digits (a vector id, a file name or an expected value that could be a BSN) is withheld
     */
    public String line() {
        return Bsn.withheld(passed ? "PASS " + id : "FAIL " + id + ": " + reason);
    }
}
