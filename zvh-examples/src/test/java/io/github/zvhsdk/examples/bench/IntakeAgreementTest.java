package io.github.zvhsdk.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zvhsdk.examples.bench.CamundaIntake.Feel;
import io.github.zvhsdk.examples.bench.IntakeInputs.Case;
import io.github.zvhsdk.examples.bench.IntakeInputs.Space;
import io.github.zvhsdk.model.IntakeRegime;
import io.github.zvhsdk.model.rule.Tri;
import io.github.zvhsdk.rules.intake.ComplexityReading;
import io.github.zvhsdk.rules.intake.Intake;
import io.github.zvhsdk.rules.intake.IntakeConfig;
import io.github.zvhsdk.rules.intake.IntakeDecision;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Before anything is timed: the SDK, the hand-written baseline and the DMN model under both Camunda FEEL flavours
 * agree on every input of the exhaustive intake space ({@link IntakeInputs}, 362,208 cases). A disagreement fails
 * the build.
 *
 * <p>Per case the SDK is asked for the governing decision and for both tests on their own
 * ({@link Intake#complexity} under both readings, {@link Intake#wgs}); the DMN model decides all of that in one
 * evaluation, and a listener reads every decision table's value. Compared per case: the intake outcome, the LK2013
 * outcome under both readings and under the configured one, LK2013-A..D, WGS-SUBJECT, WGS-A..C, several domains
 * (WGS-D, and the chains part of LK2013-B) and the WGS2025 outcome: 14 values. The configured reading alternates
 * between the cases, so that the model's reading switch is exercised both ways. The baseline returns only the
 * outcome; it is compared under both readings.
 *
 * <p>Coverage: the SDK, the baseline and Camunda's legacy FEEL on every case. The default (FEEL Scala) engine costs
 * tens of milliseconds a decision for this model (it rebuilds its root context with every built-in function and
 * parses every expression on every evaluation; BENCHMARKS.md), so the whole space would take hours: it is checked on
 * a seeded uniform sample of 1,000 cases, with the same 14 values each.
 */
@DisplayName("The benchmark peers agree with the SDK on the exhaustive intake space")
class IntakeAgreementTest {
    static final IntakeConfig STANDALONE = IntakeConfig.defaults();
    static final IntakeConfig REPLACES = IntakeConfig.builder().complexityReading(ComplexityReading.D_REPLACES_C).build();
    static final int SCALA_SAMPLE = 1_000;
    static final long SEED = 20_250_301L;

    /** Compares one case; returns the disagreements. */
    static List<String> compare(String where, Case c, ComplexityReading reading, CamundaIntake peer, boolean baseline) {
        IntakeConfig config = reading == ComplexityReading.STANDALONE_D ? STANDALONE : REPLACES;
        IntakeDecision governing = Intake.assess(c.facts(), config, c.asOf());
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
                Tri sdk = r == reading ? governing.outcome() : Intake.assess(c.facts(), r == ComplexityReading.STANDALONE_D
                        ? STANDALONE : REPLACES, c.asOf()).outcome();
                Tri floor = BaselineIntake.outcome(c.facts(), r, c.asOf());
                if (floor != sdk) {
                    out.add(where + " " + c + " reading " + r + ": SDK " + sdk + ", baseline " + floor);
                }
            }
        }
        return out;
    }

    static ComplexityReading alternate(int i) {
        return i % 2 == 0 ? ComplexityReading.STANDALONE_D : ComplexityReading.D_REPLACES_C;
    }

    static void assertNone(List<String> disagreements) {
        assertThat(disagreements.subList(0, Math.min(20, disagreements.size())))
                .as("%d disagreements, the first 20", disagreements.size()).isEmpty();
    }

    @Test
    @DisplayName("SDK == baseline == Camunda legacy FEEL on every case (14 values each); every outcome occurs")
    void everyCase() {
        CamundaIntake legacy = CamundaIntake.load(Feel.LEGACY, true);
        int checked = 0;
        Map<Tri, Integer> outcomes = new EnumMap<>(Tri.class);
        Map<IntakeRegime, Integer> regimes = new EnumMap<>(IntakeRegime.class);
        List<String> disagreements = new ArrayList<>();
        for (Space s : IntakeInputs.spaces()) {
            for (int i = 0; i < s.size(); i++) {
                Case c = s.get(i);
                disagreements.addAll(compare(s.name() + "#" + i, c, alternate(i), legacy, true));
                outcomes.merge(Intake.assess(c.facts(), c.asOf()).outcome(), 1, Integer::sum);
                regimes.merge(Intake.regime(STANDALONE, c.asOf()), 1, Integer::sum);
                checked++;
            }
        }
        assertNone(disagreements);
        assertThat(checked).isEqualTo(314_928 + 34_992 + 6_144 * 2).isEqualTo(IntakeInputs.size());
        assertThat(outcomes.keySet()).containsExactlyInAnyOrder(Tri.values());
        assertThat(regimes).containsEntry(IntakeRegime.LK2013, 314_928 + 6_144)
                .containsEntry(IntakeRegime.WGS2025, 34_992 + 6_144);
    }

    @Test
    @DisplayName("the comparison catches a wrong model: WGS-C that also counts EXPECTED disagrees")
    void aMutatedModelDisagrees() throws IOException {
        String model;
        try (InputStream in = CamundaIntake.class.getResourceAsStream(CamundaIntake.MODEL)) {
            model = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String right = "<text>\"PRESENT\",\"PAST\",\"EXPECTED_OBJECTIVE\"</text>";
        assertThat(model).contains(right);
        String wrong = model.replace(right, "<text>\"PRESENT\",\"PAST\",\"EXPECTED_OBJECTIVE\",\"EXPECTED\"</text>");
        CamundaIntake mutant = CamundaIntake.load(Feel.LEGACY,
                new ByteArrayInputStream(wrong.getBytes(StandardCharsets.UTF_8)), true);
        Space wgs = IntakeInputs.spaces().get(1);
        int disagreeing = 0;
        for (int i = 0; i < wgs.size(); i += 29) {
            if (!compare(wgs.name() + "#" + i, wgs.get(i), alternate(i), mutant, false).isEmpty()) {
                disagreeing++;
            }
        }
        assertThat(wgs.name()).isEqualTo("WGS2025");
        assertThat(disagreeing).isPositive();
    }

    @Test
    @DisplayName("SDK == Camunda default (Scala) FEEL on a seeded sample of 1,000 cases (14 values each)")
    void scalaFeelSample() {
        CamundaIntake scala = CamundaIntake.load(Feel.SCALA, true);
        SplittableRandom random = new SplittableRandom(SEED);
        List<Space> spaces = IntakeInputs.spaces();
        int total = IntakeInputs.size();
        Map<String, Integer> perSpace = new LinkedHashMap<>();
        List<String> disagreements = new ArrayList<>();
        for (int k = 0; k < SCALA_SAMPLE; k++) {
            IntakeInputs.Located c = IntakeInputs.get(spaces, random.nextInt(total));
            disagreements.addAll(compare(c.space().name() + "#" + c.index(), c.value(), alternate(k), scala, false));
            perSpace.merge(c.space().name(), 1, Integer::sum);
        }
        assertNone(disagreements);
        assertThat(perSpace.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(SCALA_SAMPLE);
        assertThat(perSpace).containsKeys("LK2013", "WGS2025");
    }
}
