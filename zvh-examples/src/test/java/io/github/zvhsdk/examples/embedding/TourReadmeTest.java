package io.github.zvhsdk.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zvhsdk.examples.cli.Zvh;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the README's Java tour is the compiled Tour class, and each snippet runs")
class TourReadmeTest {
    private static final Path README = Path.of("..", "README.md");
    private static final Path TOUR = Path.of("src", "main", "java", "io", "github", "zvhsdk", "examples", "embedding", "Tour.java");

    private static List<String> stripped(String block) {
        return block.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    static Map<String, List<String>> snippets() throws IOException {
        String src = Files.readString(TOUR, StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("// tour:start (\\w+)\\n(.*?)\\n\\s*// tour:end", Pattern.DOTALL).matcher(src);
        Map<String, List<String>> out = new LinkedHashMap<>();
        while (m.find()) {
            out.put(m.group(1), stripped(m.group(2)));
        }
        return out;
    }

    static List<List<String>> readmeBlocks() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        List<List<String>> out = new ArrayList<>();
        while (m.find()) {
            out.add(stripped(m.group(1)));
        }
        return out;
    }

    /** @return Tour.java's import lines, in its order */
    static List<String> tourImports() throws IOException {
        return Files.readString(TOUR, StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("import ")).toList();
    }

    /**
     * @param body a snippet's lines
     * @return the imports of Tour.java whose simple name the snippet uses: exactly what it needs to compile on its own
     */
    static List<String> importsFor(List<String> body) throws IOException {
        String code = String.join("\n", body);
        List<String> out = new ArrayList<>();
        for (String line : tourImports()) {
            String simple = line.substring(line.lastIndexOf('.') + 1, line.length() - 1);
            if (Pattern.compile("\\b" + simple + "\\b").matcher(code).find()) {
                out.add(line);
            }
        }
        return out;
    }

    /** @return the module names the library modules declare (io.github.zvhsdk.model, .rules, .privacy) */
    static List<String> libraryModules() throws IOException {
        List<String> out = new ArrayList<>();
        for (String m : List.of("zvh-model", "zvh-rules", "zvh-privacy")) {
            Matcher name = Pattern.compile("(?m)^module ([\\w.]+) \\{").matcher(Files.readString(
                    Path.of("..", m, "src", "main", "java", "module-info.java"), StandardCharsets.UTF_8));
            assertThat(name.find()).as(m).isTrue();
            out.add(name.group(1));
        }
        return out;
    }

    @Test
    @DisplayName("every java block of README.md is a Tour snippet after exactly the imports it needs, or a module"
            + " declaration requiring the libraries; every Tour snippet is in README.md")
    void readmeIsInSync() throws IOException {
        Map<String, List<String>> snippets = snippets();
        assertThat(snippets.keySet()).containsExactly("intake", "escalation", "regie", "transition", "plan", "sharing");
        List<List<String>> code = new ArrayList<>();
        int modules = 0;
        for (List<String> block : readmeBlocks()) {
            if (block.get(0).startsWith("module ")) {
                // a vendor's module-info: it requires library modules that exist, and nothing the SDK does not make
                modules++;
                for (String line : block) {
                    if (line.startsWith("requires ")) {
                        assertThat(libraryModules()).contains(line.replaceAll("requires ([\\w.]+);.*", "$1"));
                    }
                }
                continue;
            }
            List<String> imports = block.stream().filter(l -> l.startsWith("import ")).toList();
            List<String> body = block.subList(imports.size(), block.size());
            assertThat(block.subList(0, imports.size())).as("imports first").isEqualTo(imports);
            assertThat(snippets.values()).as("README block not in Tour.java:%n%s", String.join("\n", body)).contains(body);
            assertThat(imports).as("the imports of the README block%n%s", String.join("\n", body))
                    .isEqualTo(importsFor(body)).isNotEmpty();
            code.add(body);
        }
        assertThat(modules).as("README module declarations").isEqualTo(1);
        assertThat(code).as("README java blocks").hasSameSizeAs(snippets.values());
        assertThat(code).containsExactlyInAnyOrderElementsOf(snippets.values());
    }

    @Test
    @DisplayName("each snippet runs and explains its decision")
    void snippetsRun() {
        assertThat(Tour.intake()).contains("voldoet aan de registratiecriteria");
        assertThat(Tour.escalation()).contains("between 3 (red) and 4 (dark red)");
        assertThat(Tour.regie()).contains("Casusregie lies with");
        assertThat(Tour.transition()).contains("allowed; new status");
        assertThat(Tour.plan()).contains("PLAN-MONITORING");
        assertThat(Tour.sharing()).contains("refused (DENY)").contains("SHARE-SECRECY");
    }

    @Test
    @DisplayName("the README's registration-to-close walkthrough is case 8 of zvh demo --lang en, as it prints today")
    void walkthroughIsTheDemo() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Zvh.execute(new String[] {"demo", "--lang", "en"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        String demo = out.toString(StandardCharsets.UTF_8);
        int start = demo.indexOf("8. From registration to scaling down");
        int end = demo.indexOf("All cases are fictitious");
        assertThat(start).as("case 8 in the demo").isNotNegative();
        String case8 = demo.substring(start, end).strip();
        assertThat(case8).contains("PLAN-COVERAGE").contains("Complete: no violations").contains("→ CLOSED");
        assertThat(Files.readString(README, StandardCharsets.UTF_8)).contains("```text\n" + case8 + "\n```");
    }
}
