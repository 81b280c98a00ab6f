package io.github.zvhsdk.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zvhsdk.model.testkit.ModulePath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the rules work on a real module path, outside Surefire")
class RulesModulePathTest {
    @Test
    @DisplayName("every decision package reads facts and writes decisions through module-info's exports and opens")
    void smoke() throws Exception {
        ModulePath.Run run = ModulePath.run("io.github.zvhsdk.rules", "io.github.zvhsdk.smoke.RulesSmoke");
        assertThat(run.output()).contains("SMOKE OK io.github.zvhsdk.rules");
        assertThat(run.exitCode()).isZero();
    }
}
