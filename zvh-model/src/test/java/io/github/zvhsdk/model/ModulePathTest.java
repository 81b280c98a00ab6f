package io.github.zvhsdk.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zvhsdk.model.testkit.ModulePath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the model works on a real module path, outside Surefire")
class ModulePathTest {
    @Test
    @DisplayName("JSON round trip and Bean Validation through module-info's exports and opens")
    void smoke() throws Exception {
        ModulePath.Run run = ModulePath.run("io.github.zvhsdk.model", "io.github.zvhsdk.smoke.ModelSmoke");
        assertThat(run.output()).contains("SMOKE OK io.github.zvhsdk.model");
        assertThat(run.exitCode()).isZero();
    }
}
