package io.github.zvhsdk.examples.bench;

import io.github.zvhsdk.model.Domain;
import io.github.zvhsdk.model.EffectType;
import io.github.zvhsdk.model.LifeDomain;
import io.github.zvhsdk.model.rule.Tri;
import io.github.zvhsdk.rules.intake.ComplexityReading;
import io.github.zvhsdk.rules.intake.IntakeFacts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionLogicEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The benchmark peer: the intake decision as the DMN 1.3 model {@code bench/intake.dmn}, evaluated by the Camunda DMN
 * engine 7.24, either with its default FEEL (the FEEL Scala engine) or with {@code enableFeelLegacyBehavior(true)}
 * (the older Java FEEL for input entries, JUEL for the rest).
 *
 * <p>The model's outcome is a Kleene value on the ordinal scale 0 = FALSE, 1 = UNKNOWN, 2 = TRUE (see the model's
 * header); {@link #decide} maps it back to {@link Tri}. The model is the reference configuration (WGS date
 * 2025-03-01, no regional criteria).
 */
public final class CamundaIntake {
    /** The classpath resource of the model. */
    public static final String MODEL = "/bench/intake.dmn";

    /** The FEEL flavour the engine is built with. */
    public enum Feel {
        /** Camunda 7.24's default: the FEEL Scala engine for every expression. */
        SCALA,
        /** {@code enableFeelLegacyBehavior(true)}: the legacy Java FEEL for input entries, JUEL elsewhere. */
        LEGACY
    }

    private final DmnEngine engine;
    private final DmnDecision decision;
    private final Trace trace;

    private CamundaIntake(DmnEngine engine, DmnDecision decision, Trace trace) {
        this.engine = engine;
        this.decision = decision;
        this.trace = trace;
    }

    /** Collects the value of every decision of the last evaluation (an engine listener; not thread-safe). */
    private static final class Trace implements DmnDecisionEvaluationListener {
        final Map<String, Tri> values = new HashMap<>();

        @Override
        public void notify(DmnDecisionEvaluationEvent event) {
            values.clear();
            List<DmnDecisionLogicEvaluationEvent> all = new ArrayList<>(event.getRequiredDecisionResults());
            all.add(event.getDecisionResult());
            for (DmnDecisionLogicEvaluationEvent e : all) {
                if (e instanceof DmnDecisionTableEvaluationEvent t && t.getCollectResultValue() == null) {
                    List<DmnEvaluatedDecisionRule> rules = t.getMatchingRules();
                    if (rules.size() == 1) {
                        Object v = rules.get(0).getOutputEntries().values().iterator().next().getValue().getValue();
                        values.put(e.getDecision().getKey(), tri(v));
                    }
                }
            }
        }
    }

    /**
     * Builds an engine and parses the bundled model.
     *
     * @param feel the FEEL flavour
     * @return the peer, ready to decide
     */
    public static CamundaIntake load(Feel feel) {
        return load(feel, false);
    }

    /**
     * Builds an engine and parses the bundled model, optionally with a listener that keeps every decision's value
     * ({@link #lastValues()}, for the agreement test; it costs time, so the benchmarks go without).
     *
     * @param feel the FEEL flavour
     * @param traced whether to keep every decision's value
     * @return the peer, ready to decide
     */
    public static CamundaIntake load(Feel feel, boolean traced) {
        try (InputStream in = CamundaIntake.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + MODEL);
            }
            return load(feel, in, traced);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Builds an engine and parses a model.
     *
     * @param feel the FEEL flavour
     * @param model the DMN XML
     * @return the peer, ready to decide
     */
    public static CamundaIntake load(Feel feel, InputStream model) {
        return load(feel, model, false);
    }

    /**
     * Builds an engine and parses a model, optionally keeping every decision's value ({@link #lastValues()}).
     *
     * @param feel the FEEL flavour
     * @param model the DMN XML
     * @param traced whether to keep every decision's value
     * @return the peer, ready to decide
     */
    public static CamundaIntake load(Feel feel, InputStream model, boolean traced) {
        DefaultDmnEngineConfiguration config = (DefaultDmnEngineConfiguration) DefaultDmnEngineConfiguration
                .createDefaultDmnEngineConfiguration();
        if (feel == Feel.LEGACY) {
            config.enableFeelLegacyBehavior(true);
        }
        Trace trace = traced ? new Trace() : null;
        if (trace != null) {
            config.customPostDecisionEvaluationListeners(List.of(trace));
        }
        DmnEngine engine = config.buildEngine();
        return new CamundaIntake(engine, engine.parseDecision("intake", model), trace);
    }

    /**
     * @return the value of every decision table of the model (by decision id, e.g. {@code lk2013A}, {@code wgs2025})
     *     in the last {@link #decide}; the counting tables (COLLECT) are left out
     * @throws IllegalStateException when the peer was loaded without tracing
     */
    public Map<String, Tri> lastValues() {
        if (trace == null) {
            throw new IllegalStateException("loaded without tracing");
        }
        return Map.copyOf(trace.values);
    }

    /**
     * The model's inputs for a case, three-valued facts as strings.
     *
     * @param facts the facts
     * @param reading the LK2013 reading
     * @param asOf the reference date
     * @return the variables the model reads
     */
    public static VariableMap variables(IntakeFacts facts, ComplexityReading reading, LocalDate asOf) {
        VariableMap v = Variables.createVariables()
                .putValue("identifiedSubject", facts.identifiedSubject() ? "true" : "false")
                .putValue("subjectProblems", text(facts.subjectProblems()))
                .putValue("familyProblemsRelevant", text(facts.familyProblemsRelevant()))
                .putValue("singleChainSufficient", text(facts.singleChainSufficient()))
                .putValue("voluntaryFrameworkSufficient", text(facts.voluntaryFrameworkSufficient()))
                .putValue("systemInteraction", facts.systemInteraction().name())
                .putValue("areaSafetyProblem", text(facts.areaSafetyProblem()))
                .putValue("reading", reading.name())
                .putValue("asOf", asOf.getYear() * 10_000 + asOf.getMonthValue() * 100 + asOf.getDayOfMonth());
        for (LifeDomain l : LifeDomain.values()) {
            v.putValue("lifeDomain_" + l.name(), facts.lifeDomains().status(l).name());
        }
        for (EffectType e : EffectType.values()) {
            v.putValue("effect_" + e.name(), facts.effect(e).name());
        }
        for (Domain d : Set.of(Domain.STRAF, Domain.ZORG, Domain.GEMEENTE)) {
            v.putValue("chain_" + d.name(), facts.domainsNeeded().map(s -> s.contains(d) ? "true" : "false")
                    .orElse("unknown"));
        }
        return v;
    }

    /**
     * Evaluates the model's {@code intake} decision (and with it every decision it requires).
     *
     * @param variables the inputs, from {@link #variables}
     * @return the outcome
     */
    public Tri decide(VariableMap variables) {
        DmnDecisionResult r = engine.evaluateDecision(decision, variables);
        return tri(r.getSingleEntry());
    }

    private static Tri tri(Object value) {
        int code = value instanceof Number n ? n.intValue() : -1;
        return switch (code) {
            case 0 -> Tri.FALSE;
            case 1 -> Tri.UNKNOWN;
            case 2 -> Tri.TRUE;
            default -> throw new IllegalStateException("a decision of the model gave " + value + ", not 0, 1 or 2");
        };
    }

    private static String text(Tri t) {
        return t.name().toLowerCase(Locale.ROOT);
    }
}
