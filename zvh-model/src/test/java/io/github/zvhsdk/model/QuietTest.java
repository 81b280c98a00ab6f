package io.github.zvhsdk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zvhsdk.model.testkit.ModulePath;
import io.github.zvhsdk.model.testkit.ModulePath.Layout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The SDK writes nothing on standard output or standard error: Hibernate Validator's version line is kept off stderr
 * during the bootstrap only, and a vendor's own configuration of that logger stands.
 */
@DisplayName("no output: a fresh JVM using the model prints nothing, and a vendor's logging configuration stands")
class QuietTest {
    private static final String MAIN = "io.github.zvhsdk.smoke.ModelQuiet";
    private static final String MODULE = "io.github.zvhsdk.model";

    @ParameterizedTest(name = "{0}")
    @EnumSource(Layout.class)
    @DisplayName("a fresh JVM that builds, validates, refuses and writes values prints nothing")
    void freshJvmPrintsNothing(Layout layout) throws Exception {
        ModulePath.Streams run = ModulePath.runApart(MODULE, layout, List.of(), MAIN);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).isEmpty();
        assertThat(run.exitCode()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Layout.class)
    @DisplayName("a vendor that configures Hibernate Validator's loggers at INFO gets the version line it asked for")
    void vendorConfigurationStands(Layout layout, @TempDir Path dir) throws Exception {
        for (String logger : List.of("org.hibernate.validator", Violations.VERSION_LOGGER)) {
            Path config = dir.resolve(logger + ".properties");
            Files.writeString(config, "handlers = java.util.logging.ConsoleHandler\n"
                    + "java.util.logging.ConsoleHandler.level = ALL\n" + logger + ".level = INFO\n",
                    StandardCharsets.UTF_8);
            ModulePath.Streams run = ModulePath.runApart(MODULE, layout,
                    List.of("-Djava.util.logging.config.file=" + config), MAIN);
            assertThat(run.stderr()).as(logger).contains("HV000001");
            assertThat(run.stdout()).isEmpty();
            assertThat(run.exitCode()).isZero();
        }
    }

    @Test
    @DisplayName("quietly: the version logger is at WARNING during the bootstrap only, and unset again after it")
    void quietlyRaisesTheLevelForTheBootstrapOnly() {
        Logger version = Logger.getLogger(Violations.VERSION_LOGGER);          // held: the JDK keeps loggers weakly
        assertThat(version.getLevel()).isNull();
        assertThat(Violations.quietly(version::getLevel)).isEqualTo(Level.WARNING);
        assertThat(version.getLevel()).isNull();
        assertThatThrownBy(() -> Violations.quietly(() -> {
            throw new IllegalStateException("bootstrap failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(version.getLevel()).as("put back after a failed bootstrap too").isNull();
    }

    @Test
    @DisplayName("quietly: where changing a level is forbidden (a security manager), the bootstrap runs as it is")
    void quietlyWhereLevelsAreForbidden() {
        Logger forbidden = new Logger("zvh.quiet.forbidden", null) {
            @Override
            public void setLevel(Level newLevel) {
                throw new SecurityException("no LoggingPermission(\"control\")");
            }
        };
        assertThat(Violations.quietly(forbidden, () -> "built")).isEqualTo("built");
        assertThat(forbidden.getLevel()).isNull();
    }

    @Test
    @DisplayName("quietly: a level or a handler the vendor gave the logger or an ancestor is left as it is")
    void quietlyLeavesAVendorsConfigurationAlone() throws IOException {
        Logger version = Logger.getLogger(Violations.VERSION_LOGGER);
        Logger hibernate = Logger.getLogger("org.hibernate");
        Logger root = Logger.getLogger("");
        assertThat(Violations.configuredByVendor(version)).isFalse();
        try {
            version.setLevel(Level.FINE);
            assertThat(Violations.configuredByVendor(version)).isTrue();
            assertThat(Violations.quietly(version::getLevel)).isEqualTo(Level.FINE);
            assertThat(version.getLevel()).isEqualTo(Level.FINE);
            version.setLevel(null);

            hibernate.setLevel(Level.INFO);
            assertThat(Violations.configuredByVendor(version)).isTrue();
            assertThat(Violations.quietly(version::getLevel)).isNull();
            hibernate.setLevel(null);

            Handler handler = new ConsoleHandler();
            hibernate.addHandler(handler);
            assertThat(Violations.configuredByVendor(version)).isTrue();
            hibernate.removeHandler(handler);
            handler.close();

            // the root logger's level and handlers are the JDK's defaults, not a configuration of this logger
            assertThat(root.getHandlers()).isNotEmpty();
            assertThat(Violations.configuredByVendor(version)).isFalse();
        } finally {
            version.setLevel(null);
            hibernate.setLevel(null);
        }
    }
}
