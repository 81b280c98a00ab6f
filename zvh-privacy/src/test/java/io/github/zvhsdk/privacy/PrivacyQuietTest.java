package io.github.zvhsdk.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zvhsdk.model.testkit.ModulePath;
import io.github.zvhsdk.model.testkit.ModulePath.Layout;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("no output: a fresh JVM checking a sharing request through the privacy library prints nothing")
class PrivacyQuietTest {
    @ParameterizedTest(name = "{0}")
    @EnumSource(Layout.class)
    @DisplayName("the first sharing decision of a fresh JVM, its explanations, minimisation and a refusal print nothing")
    void firstSharingDecisionPrintsNothing(Layout layout) throws Exception {
        ModulePath.Streams run = ModulePath.runApart("io.github.zvhsdk.privacy", layout, List.of(),
                "io.github.zvhsdk.smoke.PrivacyQuiet");
        assertThat(run.stdout()).as("standard output").isEmpty();
        assertThat(run.stderr()).as("standard error").isEmpty();
        assertThat(run.exitCode()).as("exit code (a wrong decision exits non-zero)").isZero();
    }
}
