package io.github.zvhsdk.examples.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.json.ZvhJson;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A vector's config.wgsDate is read like every other date, whether or not the kind reads it")
class KindConfigTest {
    @Test
    @DisplayName("exactly yyyy-MM-dd, not before 2013-01-01: other forms are refused naming $.config.wgsDate")
    void wgsDate() {
        for (String bad : List.of("+12025-01-01", "2025-03-01T00:00", "2025-3-1", "20250301", "2025-02-30")) {
            for (Set<String> used : List.of(Set.<String>of(), Set.of("wgsDate"))) {
                assertThatThrownBy(() -> KindSupport.kindConfig(ZvhJson.readTree("{\"wgsDate\": \"" + bad + "\"}"), used))
                        .as(bad).isInstanceOfSatisfying(InvalidInputException.class, e -> {
                            assertThat(e.violations()).singleElement().satisfies(v -> {
                                assertThat(v.field()).isEqualTo("$.config.wgsDate");
                                assertThat(v.message()).isEqualTo("is not a valid ISO-8601 date (yyyy-MM-dd)");
                            });
                        });
            }
        }
        assertThatThrownBy(() -> KindSupport.kindConfig(ZvhJson.readTree("{\"wgsDate\": \"2012-12-31\"}"), Set.of()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("must not be before 2013-01-01");
        assertThatThrownBy(() -> KindSupport.kindConfig(ZvhJson.readTree("{\"wgsDate\": 20250301}"), Set.of()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("must be an ISO-8601 date string");
        // a good date: kept for a kind that reads it, dropped for one that does not
        assertThat(KindSupport.kindConfig(ZvhJson.readTree("{\"wgsDate\": \"2025-03-01\"}"), Set.of("wgsDate"))
                .path("wgsDate").asText()).isEqualTo("2025-03-01");
        assertThat(KindSupport.kindConfig(ZvhJson.readTree("{\"wgsDate\": \"2025-03-01\"}"), Set.of()).has("wgsDate"))
                .isFalse();
    }

    @Test
    @DisplayName("rev. 2: houseThemes is no vector-level key: it passes through to the kind's own configuration untouched")
    void houseThemesPassesThrough() {
        for (Set<String> used : List.of(Set.<String>of(), Set.of("wgsDate"))) {
            assertThat(KindSupport.kindConfig(ZvhJson.readTree("{\"houseThemes\":[\"JEUGD\"],\"wgsDate\":\"2025-03-01\"}"),
                    used).path("houseThemes").toString()).isEqualTo("[\"JEUGD\"]");
            // the kind's configuration type, not KindSupport, judges its value
            assertThat(KindSupport.kindConfig(ZvhJson.readTree("{\"houseThemes\":\"nonsense\"}"), used).has("houseThemes"))
                    .isTrue();
        }
    }
}
