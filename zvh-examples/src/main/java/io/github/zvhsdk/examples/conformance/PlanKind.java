package io.github.zvhsdk.examples.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.zvhsdk.model.json.ZvhJson;
import io.github.zvhsdk.rules.plan.PlanCheck;
import io.github.zvhsdk.rules.plan.PlanDecision;
import io.github.zvhsdk.rules.plan.PlanFacts;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * The {@code plan} decision (casework.md, the integral plan of approach) for the conformance vectors and the command
 * line. Output keys: {@code valid}, {@code violations}, {@code uncovered}, plus {@code findings} (a detail per
 * violation in Dutch and English), {@code rules}, {@code citations}, {@code asOf}, {@code explanation} (English) and
 * {@code explanationNl}.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class PlanKind implements DecisionKind {
    /** Creates the kind. */
    public PlanKind() {}

    @Override
    public String name() {
        return "plan";
    }

    @Override
    public ObjectNode evaluate(JsonNode facts, JsonNode config, LocalDate asOf) {
        Objects.requireNonNull(facts, "facts");
        CaseworkKinds.requireNoConfig(config, name());
        PlanFacts f = ZvhJson.read(facts, PlanFacts.class, "$.facts");
        PlanDecision d = PlanCheck.check(f, asOf);
        return CaseworkKinds.toJson(d, d.explain(Locale.ENGLISH), d.explain(KindSupport.NL));
    }
}
