package io.github.zvhsdk.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zvhsdk.model.testkit.ModulePath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the privacy module works on a real module path, outside Surefire")
class PrivacyModulePathTest {
    @Test
    @DisplayName("configuration, facts and decision through module-info's exports and opens")
    void smoke() throws Exception {
        ModulePath.Run run = ModulePath.run("io.github.zvhsdk.privacy", "io.github.zvhsdk.smoke.PrivacySmoke");
        assertThat(run.output()).contains("SMOKE OK io.github.zvhsdk.privacy");
        assertThat(run.exitCode()).isZero();
    }
}
