package io.github.zvhsdk.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zvhsdk.model.testkit.ModulePath;
import io.github.zvhsdk.model.testkit.ModulePath.Layout;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("no output: a fresh JVM deciding through the rules library prints nothing on stdout or stderr")
class RulesQuietTest {
    private static final String MAIN = "io.github.zvhsdk.smoke.RulesQuiet";

    @ParameterizedTest(name = "{0}")
    @EnumSource(Layout.class)
    @DisplayName("the first intake decision of a fresh JVM prints nothing")
    void firstIntakeDecisionPrintsNothing(Layout layout) throws Exception {
        assertSilent(ModulePath.runApart("io.github.zvhsdk.rules", layout, List.of(), MAIN, "intake"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Layout.class)
    @DisplayName("every rules kind, its JSON, its explanations and a refused input print nothing")
    void everyKindPrintsNothing(Layout layout) throws Exception {
        assertSilent(ModulePath.runApart("io.github.zvhsdk.rules", layout, List.of(), MAIN, "all"));
    }

    private static void assertSilent(ModulePath.Streams run) {
        assertThat(run.stdout()).as("standard output").isEmpty();
        assertThat(run.stderr()).as("standard error").isEmpty();
        assertThat(run.exitCode()).as("exit code (a wrong decision exits non-zero)").isZero();
    }
}
