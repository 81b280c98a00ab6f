package io.github.zvhsdk.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.zvhsdk.examples.conformance.DecisionKind;
import io.github.zvhsdk.examples.conformance.DecisionKinds;
import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.json.ZvhJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code zvh demo}: a walkthrough of the bundled fictitious example cases. For each case: the facts in one line, then
 * each decision with its outcome, the deciding rules, what is missing, and its explanation.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"A walkthrough on bundled, realistic, fictitious cases: what the SDK decides and why.",
                "Dutch by default; --lang en for English."})
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--lang", description = "nl (default) or en.", defaultValue = "nl")
    String lang;

    @Override
    public Integer call() {
        if (!lang.equals("nl") && !lang.equals("en")) {
            throw new Zvh.UserError("--lang must be nl or en");
        }
        boolean nl = lang.equals("nl");
        PrintWriter out = spec.commandLine().getOut();
        List<String> ids = resourceLines("/demo/index.txt");
        out.println(nl ? "ZVH SDK — rondleiding langs " + ids.size() + " fictieve casussen"
                : "ZVH SDK — a walkthrough of " + ids.size() + " fictitious cases");
        int n = 0;
        for (String id : ids) {
            JsonNode demoCase = ZvhJson.readTree(resource("/demo/" + id));
            n++;
            out.println();
            out.println(n + ". " + demoCase.path("title").path(lang).asText());
            out.println("   " + demoCase.path("summary").path(lang).asText());
            for (JsonNode step : demoCase.path("steps")) {
                String kindName = step.path("kind").asText();
                LocalDate asOf = LocalDate.parse(step.path("asOf").asText());
                DecisionKind kind = DecisionKinds.byName(kindName).orElse(null);
                out.println();
                out.println("   ▸ " + DemoText.kindLabel(kindName, nl) + " (" + (nl ? "peildatum " : "as of ") + asOf + ")");
                if (kind == null) {
                    out.println("     " + (nl ? "(nog niet in deze versie)" : "(not in this build yet)"));
                    continue;
                }
                try {
                    JsonNode config = step.has("config") ? step.get("config") : JsonNodeFactory.instance.objectNode();
                    JsonNode d = kind.evaluate(step.path("facts"), config, asOf);
                    DemoText.render(kindName, d, nl).forEach(line -> out.println("     " + line));
                } catch (InvalidInputException e) {
                    out.println("     " + (nl ? "Invoer geweigerd: " : "Input refused: ") + e.violations());
                }
            }
        }
        out.println();
        out.println(nl ? "Alle casussen zijn fictief. Elke beslissing is een pure functie van de feiten en de peildatum."
                : "All cases are fictitious. Every decision is a pure function of the facts and the reference date.");
        out.flush();
        return 0;
    }

    static List<String> resourceLines(String name) {
        List<String> out = new ArrayList<>();
        for (String line : resource(name).lines().toList()) {
            if (!line.isBlank()) {
                out.add(line.trim());
            }
        }
        return out;
    }

    static String resource(String name) {
        try (InputStream in = DemoCommand.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing bundled resource " + name));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Locale locale(boolean nl) {
        return nl ? Locale.forLanguageTag("nl") : Locale.ENGLISH;
    }
}
