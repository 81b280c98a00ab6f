package io.github.zvhsdk.examples.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.zvhsdk.model.json.ZvhJson;
import io.github.zvhsdk.rules.casework.Lifecycle;
import io.github.zvhsdk.rules.casework.TransitionConfig;
import io.github.zvhsdk.rules.casework.TransitionDecision;
import io.github.zvhsdk.rules.casework.TransitionFacts;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The {@code transition} decision (casework.md, the case lifecycle) for the conformance vectors and the command line.
 * Reads {@link TransitionFacts} and the configuration ({@link TransitionConfig}: {@code wgsDate}, the one key of
 * FORMAT.md's vector configuration it reads; {@code complexityReading} is accepted and ignored; any other key is
 * refused). Output keys: {@code allowed}, {@code to} (absent when refused), {@code refusedBy}, {@code missing},
 * {@code admittedUnder}, {@code advisoryRole}, {@code dataAction} (absent unless set), plus {@code status},
 * {@code event}, {@code rules}, {@code citations}, {@code asOf}, {@code wgsDate}, {@code explanation}
 * ({@code {"nl": …, "en": …}}).
 *
 * <p>This class is stateless and thread-safe.
 */
public final class TransitionKind implements DecisionKind {
    /** Creates the kind. */
    public TransitionKind() {}

    @Override
    public String name() {
        return "transition";
    }

    @Override
    public ObjectNode evaluate(JsonNode facts, JsonNode config, LocalDate asOf) {
        Objects.requireNonNull(facts, "facts");
        TransitionFacts f = ZvhJson.read(facts, TransitionFacts.class, "$.facts");
        TransitionConfig c = ZvhJson.read(KindSupport.kindConfig(config, Set.of("wgsDate")), TransitionConfig.class,
                "$.config");
        TransitionDecision d = Lifecycle.transition(f, c, asOf);
        return CaseworkKinds.toJson(d, d.explain(Locale.ENGLISH), d.explain(KindSupport.NL));
    }
}
