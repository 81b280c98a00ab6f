package io.github.zvhsdk.model.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zvhsdk.model.json.ZvhJson;
import java.net.URI;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Citation links: BWB ids (sources.md) and Juriconnect links to the article version of a date")
class CitationLinkTest {
    private static final LocalDate JUNE_2025 = LocalDate.of(2025, 6, 1);

    @Test
    @DisplayName("sources.md: the WGS is BWBR0049962 and the BGS BWBR0050665; no other source has a BWB id")
    void bwbIds() {
        assertThat(SourceId.WGS.bwbId()).contains("BWBR0049962");
        assertThat(SourceId.BGS.bwbId()).contains("BWBR0050665");
        Set<SourceId> others = EnumSet.complementOf(EnumSet.of(SourceId.WGS, SourceId.BGS));
        for (SourceId s : others) {
            assertThat(s.bwbId()).as(s.id()).isEmpty();
            assertThat(Citation.of(s, "art. 2.20").link(JUNE_2025)).as(s.id()).isEmpty();
        }
        assertThat(SourceId.WGS.inForceFrom()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(SourceId.BGS.inForceFrom()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(SourceId.LK2013.inForceFrom()).isNull();
    }

    static Stream<Arguments> articles() {
        return Stream.of(
                Arguments.of("art. 2.20 lid 1 onder a", "2.20"),
                Arguments.of("art. 2.20 lid 1", "2.20"),
                Arguments.of("art. 2.20", "2.20"),
                Arguments.of("art. 1.8 lid 7", "1.8"),
                Arguments.of("art. 2.31 lid 13, first sentence", "2.31"),
                Arguments.of("art. 2.27 lid 2 d", "2.27"),
                Arguments.of("art. 4.1", "4.1"),
                Arguments.of("art. 46", "46"),
                Arguments.of("art. 39f", "39f"),
                Arguments.of("art. 2.31 aanhef", "2.31"),
                Arguments.of("art. 2.31 sub a", "2.31"),
                Arguments.of("art. 2.31 onder b", "2.31"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    @DisplayName("article(): the one article a section names")
    void article(String section, String article) {
        assertThat(Citation.of(SourceId.BGS, section).article()).contains(article);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @MethodSource("noArticle")
    @DisplayName("article(): none for a section that names no article or several")
    void noArticle(String section) {
        Citation c = Citation.of(SourceId.WGS, section);
        assertThat(c.article()).isEmpty();
        // the regulation as a whole, on the date
        assertThat(c.link(JUNE_2025)).contains(URI.create(
                "https://wetten.overheid.nl/jci1.3:c:BWBR0049962&z=2025-06-01&g=2025-06-01"));
    }

    static Stream<String> noArticle() {
        return Stream.of("", "§4.2", "art. 6, 30", "art. 2.30, 2.31", "art. 39f, 51c", "art.2.20", "artikel 2.20",
                "art. ", "art. x", "art. 2.20lid 1", "art. 2.20 en 2.21", " art. 2.20", "art. 2..20", "art. .20",
                "art. 2.20.", "art. 2.20 lidmaat");
    }

    @Test
    @DisplayName("link(asOf): the Juriconnect link of the article, with asOf as both zichtdatum and geldigheidsdatum")
    void linkToTheArticleVersionOfTheDate() {
        Citation a = Citation.of(SourceId.BGS, "art. 2.20 lid 1 onder a");
        assertThat(a.link(JUNE_2025)).contains(URI.create(
                "https://wetten.overheid.nl/jci1.3:c:BWBR0050665&artikel=2.20&z=2025-06-01&g=2025-06-01"));
        assertThat(Citation.of(SourceId.WGS, "art. 2.31 lid 13").link(LocalDate.of(2025, 7, 1))).contains(URI.create(
                "https://wetten.overheid.nl/jci1.3:c:BWBR0049962&artikel=2.31&z=2025-07-01&g=2025-07-01"));
        // the first day the statutes are in force is its own date
        assertThat(a.link(LocalDate.of(2025, 3, 1)).map(URI::toString))
                .contains("https://wetten.overheid.nl/jci1.3:c:BWBR0050665&artikel=2.20&z=2025-03-01&g=2025-03-01");
        // pure: the same citation and date, the same link
        assertThat(a.link(JUNE_2025)).isEqualTo(Citation.of(SourceId.BGS, "art. 2.20 lid 1 onder a").link(JUNE_2025));
        assertThatThrownBy(() -> a.link(null)).isInstanceOf(NullPointerException.class).hasMessage("asOf");
    }

    @Test
    @DisplayName("link(asOf): a date before the statute took effect opens its first version (2025-03-01), not a version that does not exist")
    void beforeEntryIntoForce() {
        Citation regime = Citation.of(SourceId.BGS, "art. 4.1");
        for (LocalDate before : new LocalDate[] {LocalDate.of(2013, 1, 1), LocalDate.of(2025, 2, 28)}) {
            assertThat(regime.link(before)).contains(URI.create(
                    "https://wetten.overheid.nl/jci1.3:c:BWBR0050665&artikel=4.1&z=2025-03-01&g=2025-03-01"));
        }
        assertThat(regime.link(LocalDate.of(2025, 3, 2)).map(URI::toString)).hasValueSatisfying(u -> assertThat(u)
                .endsWith("&z=2025-03-02&g=2025-03-02"));
    }

    @Test
    @DisplayName("the link is computed, never part of the citation's JSON")
    void notInJson() {
        Citation c = Citation.of(SourceId.BGS, "art. 2.20 lid 1 onder b");
        assertThat(ZvhJson.write(c)).isEqualTo("{\"source\":\"SRC-BGS\",\"section\":\"art. 2.20 lid 1 onder b\"}");
        assertThat(ZvhJson.read(ZvhJson.write(c), Citation.class)).isEqualTo(c);
        assertThat(Optional.of(c).flatMap(Citation::article)).contains("2.20");
    }
}
