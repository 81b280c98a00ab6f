package io.github.zvhsdk.examples.bench;

import io.github.zvhsdk.examples.bench.IntakeInputs.Case;
import io.github.zvhsdk.model.rule.Tri;
import io.github.zvhsdk.rules.intake.ComplexityReading;
import io.github.zvhsdk.rules.intake.Intake;
import io.github.zvhsdk.rules.intake.IntakeConfig;
import io.github.zvhsdk.rules.intake.IntakeDecision;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One case of the agreement between the SDK and its benchmark peers (the DMN model in Camunda, the hand-written
 * baseline): used by {@code IntakeAgreementTest} in {@code mvn verify} and by {@link ScalaFeelAgreement} over the
 * whole space.
 *
 * <p>Per case the SDK is asked for the governing decision and for both tests on their own
 * ({@link Intake#complexity} under both readings, {@link Intake#wgs}); the DMN model decides all of that in one
 * evaluation, and a listener reads every decision table's value. Compared per case: the intake outcome, the LK2013
 * outcome under both readings and under the configured one, LK2013-A..D, WGS-SUBJECT, WGS-A..C, several domains
 * (WGS-D, and the chains part of LK2013-B) and the WGS2025 outcome: 14 values. The baseline returns only the outcome;
 * it is compared under both readings.
 */
public final class IntakeAgreement {
    static final IntakeConfig STANDALONE = IntakeConfig.defaults();
    static final IntakeConfig REPLACES = IntakeConfig.builder().complexityReading(ComplexityReading.D_REPLACES_C).build();

    private IntakeAgreement() {}

    /** Compares one case; returns the disagreements. */
    static List<String> compare(String where, Case c, ComplexityReading reading, CamundaIntake peer, boolean baseline) {
        IntakeDecision governing = Intake.assess(c.facts(), config(reading), c.asOf());
        IntakeDecision standalone = Intake.complexity(c.facts(), STANDALONE, c.asOf());
        IntakeDecision replaces = Intake.complexity(c.facts(), REPLACES, c.asOf());
        IntakeDecision wgs = Intake.wgs(c.facts(), STANDALONE, c.asOf());
        Map<String, Tri> expected = new LinkedHashMap<>();
        expected.put("intake", governing.outcome());
        expected.put("lk2013", (reading == ComplexityReading.STANDALONE_D ? standalone : replaces).outcome());
        expected.put("lk2013StandaloneD", standalone.outcome());
        expected.put("lk2013DReplacesC", replaces.outcome());
        expected.put("lk2013A", standalone.criteria().get("A").value());
        expected.put("lk2013B", standalone.criteria().get("B").value());
        expected.put("lk2013C", standalone.criteria().get("C").value());
        expected.put("lk2013D", standalone.criteria().get("D").value());
        expected.put("wgsSubject", wgs.criteria().get("subject").value());
        expected.put("wgsA", wgs.criteria().get("a").value());
        expected.put("wgsB", wgs.criteria().get("b").value());
        expected.put("wgsC", wgs.criteria().get("c").value());
        expected.put("severalDomains", wgs.criteria().get("d").value());
        expected.put("wgs2025", wgs.outcome());

        List<String> out = new ArrayList<>();
        Tri outcome = peer.decide(CamundaIntake.variables(c.facts(), reading, c.asOf()));
        Map<String, Tri> actual = peer.lastValues();
        if (outcome != governing.outcome()) {
            out.add(where + " " + c + " reading " + reading + ": SDK " + governing.outcome() + ", DMN " + outcome);
        }
        expected.forEach((k, v) -> {
            if (actual.get(k) != v) {
                out.add(where + " " + c + " reading " + reading + ": " + k + " SDK " + v + ", DMN " + actual.get(k));
            }
        });
        if (baseline) {
            for (ComplexityReading r : ComplexityReading.values()) {
                Tri sdk = r == reading ? governing.outcome() : Intake.assess(c.facts(), config(r), c.asOf()).outcome();
                Tri floor = BaselineIntake.outcome(c.facts(), r, c.asOf());
                if (floor != sdk) {
                    out.add(where + " " + c + " reading " + r + ": SDK " + sdk + ", baseline " + floor);
                }
            }
        }
        return out;
    }

    /** @return the reference configuration with {@code reading} */
    static IntakeConfig config(ComplexityReading reading) {
        return reading == ComplexityReading.STANDALONE_D ? STANDALONE : REPLACES;
    }

    /** @return the reading configured for the {@code i}-th case: alternating, so the model's switch runs both ways */
    static ComplexityReading alternate(int i) {
        return i % 2 == 0 ? ComplexityReading.STANDALONE_D : ComplexityReading.D_REPLACES_C;
    }
}
