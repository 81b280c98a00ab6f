package io.github.zvhsdk.examples.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The Camunda side of the cold-start comparison (bench/coldstart.sh): a minimal program that builds a DMN engine,
 * parses a DMN file, makes one decision with the variables of a properties file (the model's inputs; {@code asOf} as
 * a number), and prints the outcome. It uses nothing of the SDK, so that only Camunda's own start is measured.
 *
 * <pre>{@code java -cp benchmarks.jar io.github.zvhsdk.examples.bench.ColdStartCamunda intake.dmn case.properties [legacy]}</pre>
 */
public final class ColdStartCamunda {
    private ColdStartCamunda() {}

    /**
     * @param args the DMN file, the variables file, and optionally {@code legacy} for the legacy FEEL
     * @throws IOException when a file cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: ColdStartCamunda MODEL.dmn VARIABLES.properties [legacy]");
            System.exit(2);
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of(args[1]), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        VariableMap variables = Variables.createVariables();
        for (String name : p.stringPropertyNames()) {
            String value = p.getProperty(name);
            variables.putValue(name, name.equals("asOf") ? (Object) Integer.valueOf(value) : value);
        }
        DefaultDmnEngineConfiguration config = (DefaultDmnEngineConfiguration) DefaultDmnEngineConfiguration
                .createDefaultDmnEngineConfiguration();
        if (args.length > 2 && args[2].equals("legacy")) {
            config.enableFeelLegacyBehavior(true);
        }
        DmnEngine engine = config.buildEngine();
        DmnDecision decision;
        try (InputStream model = Files.newInputStream(Path.of(args[0]))) {
            decision = engine.parseDecision("intake", model);
        }
        Object outcome = engine.evaluateDecision(decision, variables).getSingleEntry();
        System.out.println(outcome);
    }
}
