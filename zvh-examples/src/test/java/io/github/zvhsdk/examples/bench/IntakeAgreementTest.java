package io.github.zvhsdk.examples.bench;

import static io.github.zvhsdk.examples.bench.IntakeAgreement.alternate;
import static io.github.zvhsdk.examples.bench.IntakeAgreement.compare;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.zvhsdk.examples.bench.CamundaIntake.Feel;
import io.github.zvhsdk.examples.bench.IntakeInputs.Case;
import io.github.zvhsdk.examples.bench.IntakeInputs.Space;
import io.github.zvhsdk.model.IntakeRegime;
import io.github.zvhsdk.model.rule.Tri;
import io.github.zvhsdk.rules.intake.Intake;
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
 * <p>Per case, {@link IntakeAgreement#compare} compares 14 values (the outcomes and every criterion; the baseline's
 * outcome under both readings); the configured reading alternates between the cases, so that the model's reading
 * switch is exercised both ways.
 *
 * <p>Coverage here: the SDK, the baseline and Camunda's legacy FEEL on every case. The default (FEEL Scala) engine
 * costs 8–12 ms a decision for this model (it parses every expression and rebuilds its root context with every
 * built-in function on every evaluation; BENCHMARKS.md), so the whole space takes about half an hour on two cores:
 * too long for every build. Here it is checked on a seeded uniform sample of 1,000 cases; {@link ScalaFeelAgreement}
 * checks it on every case, run by hand (BENCHMARKS.md records the last run).
 */
@DisplayName("The benchmark peers agree with the SDK on the exhaustive intake space")
class IntakeAgreementTest {
    static final int SCALA_SAMPLE = 1_000;
    static final long SEED = 20_250_301L;

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
                regimes.merge(Intake.regime(IntakeAgreement.STANDALONE, c.asOf()), 1, Integer::sum);
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
