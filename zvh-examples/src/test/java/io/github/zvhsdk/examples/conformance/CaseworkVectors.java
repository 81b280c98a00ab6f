package io.github.zvhsdk.examples.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.json.ZvhJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Reads the project's conformance vectors of one kind and checks a decision against a vector's expect keys. */
final class CaseworkVectors {
    private CaseworkVectors() {}

    static Path folder() {
        try {
            return Path.of(CaseworkVectors.class.getResource("/conformance/vectors").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return every vector whose {@code decision} is {@code kind}, sorted by file name */
    static List<JsonNode> of(String kind) {
        try (Stream<Path> files = Files.list(folder())) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted()
                    .map(p -> {
                        try {
                            return ZvhJson.readTree(Files.readString(p));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .filter(v -> kind.equals(v.path("decision").asText()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs one vector through {@code kind} and asserts every expect key (sets as sets, null = absent or empty). */
    static void check(DecisionKind kind, JsonNode vector) {
        String id = vector.path("id").asText();
        JsonNode facts = vector.get("facts");
        JsonNode config = vector.has("config") ? vector.get("config") : JsonNodeFactory.instance.objectNode();
        LocalDate asOf = LocalDate.parse(vector.get("asOf").asText());
        JsonNode expect = vector.get("expect");
        if (expect.path("error").asBoolean(false)) {
            assertThatThrownBy(() -> kind.evaluate(facts, config, asOf)).as(id).isInstanceOf(InvalidInputException.class);
            return;
        }
        ObjectNode got = kind.evaluate(facts, config, asOf);
        for (Map.Entry<String, JsonNode> e : expect.properties()) {
            JsonNode want = e.getValue();
            JsonNode actual = got.get(e.getKey());
            String what = id + " " + e.getKey() + " in " + got;
            if (want.isNull()) {
                assertThat(actual == null || actual.isNull() || actual.isArray() && actual.isEmpty()).as(what).isTrue();
            } else if (want.isArray()) {
                assertThat(actual).as(what).isNotNull();
                assertThat(actual.isArray()).as(what).isTrue();
                assertThat(asSet(actual)).as(what).isEqualTo(asSet(want));
            } else {
                assertThat(actual).as(what).isEqualTo(want);
            }
        }
    }

    private static Set<JsonNode> asSet(JsonNode array) {
        Set<JsonNode> s = new HashSet<>();
        array.forEach(s::add);
        return s;
    }
}
