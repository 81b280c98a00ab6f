package io.github.zvhsdk.examples.cli;

import io.github.zvhsdk.examples.schema.ZvhSchemas;
import io.github.zvhsdk.examples.schema.ZvhSchemas.Part;
import io.github.zvhsdk.model.json.ZvhJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code zvh schema <kind> [--part facts|decision]} and {@code zvh schema config <kind>}: the JSON Schema (draft
 * 2020-12) generated from the SDK's model types.
 */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = {"Print the JSON Schema (draft 2020-12) of a decision's facts, its decision, or its configuration.",
                "The schemas are generated from the SDK's model types, so they describe exactly what the SDK reads"
                        + " and writes; unknown properties are refused (additionalProperties: false). Rules across"
                        + " fields (a youth measure needs a minor, an identifier that is a BSN) are checked by the SDK"
                        + " only.",
                "",
                "  zvh schema intake                   the facts of an intake (what 'zvh evaluate intake' reads)",
                "  zvh schema intake --part decision   the SDK's IntakeDecision as JSON",
                "  zvh schema config intake            the SDK's IntakeConfig (Intake.assess(facts, config, asOf))",
                ""},
        footer = {"", "KIND is intake, escalation, regie, sharing, transition or plan; 'config' takes intake, escalation,"
                + " regie, sharing or transition (plan has no configuration).",
                "The configuration schema is the SDK's configuration type; the --config of evaluate and batch accepts the"
                        + " conformance vectors' keys (see conformance/FORMAT.md)."})
final class SchemaCommand implements Callable<Integer> {
    enum PartOption { facts, decision }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KIND|config", description = "A decision kind, or 'config' followed by a kind.")
    String first;

    @Parameters(index = "1", arity = "0..1", paramLabel = "KIND", description = "With 'config': the kind whose configuration.")
    @Nullable String second;

    @Option(names = "--part", paramLabel = "PART", defaultValue = "facts",
            description = "facts (default) or decision.")
    PartOption part;

    @Override
    public Integer call() throws IOException {
        String kind;
        Part p;
        if (first.equals("config")) {
            if (second == null) {
                throw new Zvh.UserError("schema config needs a kind: one of " + String.join(", ", ZvhSchemas.configurableKinds()));
            }
            kind = second;
            p = Part.CONFIG;
        } else {
            if (second != null) {
                throw new Zvh.UserError("unexpected argument \"" + second + "\" after the kind (did you mean schema config "
                        + second + "?)");
            }
            kind = first;
            p = part == PartOption.decision ? Part.DECISION : Part.FACTS;
        }
        if (!ZvhSchemas.kinds().contains(kind)) {
            throw new Zvh.UserError("unknown decision kind \"" + kind + "\"; one of " + String.join(", ", ZvhSchemas.kinds()));
        }
        var schema = ZvhSchemas.schema(kind, p).orElseThrow(() -> new Zvh.UserError(kind + " has no "
                + p.name().toLowerCase(Locale.ROOT) + "; configurable kinds: " + String.join(", ", ZvhSchemas.configurableKinds())));
        PrintWriter out = spec.commandLine().getOut();
        out.println(ZvhJson.mapperCopy().writerWithDefaultPrettyPrinter().writeValueAsString(schema));
        out.flush();
        return 0;
    }
}
