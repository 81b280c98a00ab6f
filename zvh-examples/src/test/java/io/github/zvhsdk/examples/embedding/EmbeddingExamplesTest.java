package io.github.zvhsdk.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zvhsdk.model.CaseId;
import io.github.zvhsdk.model.PartnerType;
import io.github.zvhsdk.model.PersonId;
import io.github.zvhsdk.model.TaskCategory;
import io.github.zvhsdk.model.testkit.Canary;
import io.github.zvhsdk.privacy.config.HouseConfig;
import io.github.zvhsdk.privacy.minimisation.TaggedField;
import io.github.zvhsdk.privacy.minimisation.TaggedRecord;
import io.github.zvhsdk.privacy.sharing.DataCategory;
import io.github.zvhsdk.privacy.sharing.SharingOutcome;
import io.github.zvhsdk.rules.regie.Procesregie;
import io.github.zvhsdk.rules.regie.RegieDecision;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the embedding examples run and print what they promise")
class EmbeddingExamplesTest {
    private static final Locale NL = Locale.forLanguageTag("nl");

    private static String capture(Consumer<PrintStream> run) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        run.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("OneCase: intake TRUE, escalation phase 4 at the house, casusregie with the certified institution, each explained")
    void oneCase() {
        RegieDecision[] regie = new RegieDecision[1];
        String en = capture(out -> regie[0] = OneCase.run(out, Locale.ENGLISH));
        assertThat(regie[0]).isNotNull();
        assertThat(regie[0].casusregie()).containsExactly(PartnerType.GECERTIFICEERDE_INSTELLING);
        assertThat(regie[0].procesregie()).isEqualTo(Procesregie.ZVH);
        assertThat(en).contains("intake: TRUE (WGS2025)", "meets the registration criteria", "escalation: phase 4, venue ZVH",
                "regie: casusregie [GECERTIFICEERDE_INSTELLING]", "CASUS-FORCED-YOUTH");
        String nl = capture(out -> OneCase.run(out, NL));
        assertThat(nl).contains("intake: TRUE", "Getoetst aan de WGS-registratiecriteria", "Casusregie");
    }

    @Test
    @DisplayName("GuardedRepository: an ALLOW returns only the allowed category and logs it; a DENY returns nothing and says why")
    void guardedRepository() {
        String out = capture(o -> GuardedRepository.run(o, Locale.ENGLISH));
        assertThat(out).contains("1. ALLOW: returned TaggedRecord[incidents[CASE_FACTS]]",
                "log: log-1 POLITIE -> GGZ CASE_FACTS for CASE_CONSULTATION", "2. DENY: returned nothing; refused by [SHARE-COVENANT]",
                "To find out: case.covenantInForce", "log records: 1");
        assertThat(out).doesNotContain("diagnosis").doesNotContain("J. de Vries");

        GuardedRepository repo = new GuardedRepository(HouseConfig.reference());
        CaseId c = CaseId.of("C-1");
        repo.store(c, new TaggedRecord<>(List.of(new TaggedField<>("bsn", DataCategory.BSN, Canary.BSN),
                new TaggedField<>("incidents", DataCategory.CASE_FACTS, "one report"))));
        Instant moment = Instant.parse("2025-06-01T08:00:00Z");
        GuardedRepository.Lookup allowed = repo.find(c, PersonId.of("P-1"),
                GuardedRepository.caseConsultation(TaskCategory.BASISTAAK), moment, Locale.ENGLISH);
        assertThat(allowed.decision().outcome()).isEqualTo(SharingOutcome.ALLOW);
        assertThat(allowed.decision().asOf()).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(allowed.data().orElseThrow().fields()).extracting(TaggedField::value).containsExactly("one report");
        assertThat(allowed.toString()).doesNotContain(Canary.BSN);
        GuardedRepository.Lookup denied = repo.find(c, PersonId.of("P-1"),
                GuardedRepository.caseConsultation(TaskCategory.PLUSTAAK), moment, Locale.ENGLISH);
        assertThat(denied.data()).isEmpty();
        assertThat(denied.logRecord()).isEmpty();
        assertThat(denied.explanation()).contains("refused (DENY)");
        assertThat(repo.log()).hasSize(1);
    }

    @Test
    @DisplayName("CaseloadRun: every generated case decided, all three outcomes reached, the same seed gives the same counts")
    void caseloadRun() {
        CaseloadRun.Counts c = CaseloadRun.run(2_000, 1, LocalDate.of(2025, 6, 1));
        assertThat(c.outcomes().keySet()).containsExactly("FALSE", "TRUE", "UNKNOWN");
        assertThat(c.outcomes().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(2_000);
        assertThat(c.missing()).containsKey("domainsNeeded");
        assertThat(CaseloadRun.run(2_000, 1, LocalDate.of(2025, 6, 1))).isEqualTo(c);
        assertThat(CaseloadRun.run(2_000, 2, LocalDate.of(2025, 6, 1))).isNotEqualTo(c);
    }
}
