package io.github.zvhsdk.examples.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.zvhsdk.model.json.ZvhJson;
import io.github.zvhsdk.privacy.retention.RenewalNotApplied;
import io.github.zvhsdk.privacy.retention.RenewalReason;
import io.github.zvhsdk.privacy.sharing.SharingCheck;
import io.github.zvhsdk.privacy.sharing.SharingDecision;
import io.github.zvhsdk.privacy.sharing.SharingFacts;
import io.github.zvhsdk.privacy.sharing.SharingRegime;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The sharing caseload's retention facts (rev. 2): realistic frequencies, never a date after the reference date, only
 * combinations the model allows, and with a late enough reference date every ground and the commonest reasons a
 * renewal is not applied, and SHARE-RETENTION refusing.
 */
@DisplayName("CaseloadGenerator: the retention facts of sharing requests")
class CaseloadGeneratorTest {
    private static final int LINES = 4000;

    /** Counts what a sharing caseload for {@code asOf} holds, deciding every line on that date. */
    private static Map<String, Integer> sharing(LocalDate asOf) {
        CaseloadGenerator g = CaseloadGenerator.of("sharing", 11, asOf);
        Map<String, Integer> n = new TreeMap<>();
        for (int i = 0; i < LINES; i++) {
            ObjectNode line = g.next();
            JsonNode c = line.path("case");
            String status = c.path("status").asText("");
            for (String date : new String[] {"firstProcessedOn", "closedOn", "declinedOn"}) {
                if (c.has(date)) {
                    n.merge(date, 1, Integer::sum);
                    assertThat(LocalDate.parse(c.get(date).asText())).as("%s of %s", date, line).isBeforeOrEqualTo(asOf)
                            .isAfterOrEqualTo(LocalDate.parse(c.get("firstProcessedOn").asText()));
                }
            }
            assertThat(!c.has("closedOn") || status.isEmpty() || status.equals("CLOSED")).as("%s", line).isTrue();
            assertThat(!c.has("declinedOn") || status.isEmpty() || status.equals("DECLINED")).as("%s", line).isTrue();
            for (JsonNode r : c.path("renewals")) {
                n.merge("renewal " + r.get("ground").asText(), 1, Integer::sum);
                assertThat(LocalDate.parse(r.get("on").asText())).isBeforeOrEqualTo(asOf);
            }
            if (c.has("renewals")) {
                n.merge("renewals", 1, Integer::sum);
                assertThat(c.get("renewals").size()).isBetween(1, 3);
            }
            // every line is decided on its reference date: nothing the generator draws is refused input
            SharingDecision d = SharingCheck.check(ZvhJson.read(line, SharingFacts.class, "$.facts"), asOf);
            d.retentionRegime().ifPresent(r -> n.merge("regime " + r, 1, Integer::sum));
            if (d.refusedBy().contains("SHARE-RETENTION")) {
                n.merge("SHARE-RETENTION", 1, Integer::sum);
            }
            for (RenewalNotApplied r : d.renewalsNotApplied()) {
                r.reasons().forEach(x -> n.merge("reason " + x, 1, Integer::sum));
            }
            n.merge("applied", c.path("renewals").size() - d.renewalsNotApplied().size(), Integer::sum);
        }
        System.out.println(asOf + ": " + n);
        return n;
    }

    @Test
    @DisplayName("default reference date: retention dates on most requests, none after 2025-06-01, no renewal yet (no WGS case "
            + "is near its five years), every line decided; declined cases past their retention")
    void defaultReferenceDate() {
        Map<String, Integer> n = sharing(CaseloadGenerator.DEFAULT_AS_OF);
        assertThat(n.get("firstProcessedOn")).isBetween(LINES * 6 / 10, LINES * 8 / 10);
        assertThat(n.get("closedOn")).isBetween(LINES / 20, LINES / 5);
        assertThat(n.get("declinedOn")).isBetween(LINES / 20, LINES / 5);
        assertThat(n).doesNotContainKey("renewals");
        assertThat(n.get("regime WGS")).isPositive();
        // the five years of a case first processed from 2025-03-01 have not passed: only declined cases are refused
        assertThat(n.get("SHARE-RETENTION")).isPositive().isLessThanOrEqualTo(n.get("declinedOn"));
    }

    @Test
    @DisplayName("a later reference date: renewals on either ground, applied and not (too late, no consent, ground not met), "
            + "SHARE-RETENTION refusing, WGS and unknown retention regimes")
    void laterReferenceDate() {
        Map<String, Integer> n = sharing(LocalDate.of(2031, 6, 1));
        assertThat(n.get("renewals")).isBetween(LINES / 100, LINES / 5);
        assertThat(n.get("renewal STILL_MEETS_CRITERIA")).isPositive();
        assertThat(n.get("renewal RELAPSE_RISK")).isPositive();
        assertThat(n.get("applied")).isPositive();
        Set<RenewalReason> reasons = EnumSet.noneOf(RenewalReason.class);
        for (RenewalReason r : RenewalReason.values()) {
            if (n.containsKey("reason " + r)) {
                reasons.add(r);
            }
        }
        assertThat(reasons).contains(RenewalReason.AFTER_END, RenewalReason.NO_ORIGIN_CONSENT);
        assertThat(n.get("SHARE-RETENTION")).isBetween(LINES / 50, LINES / 2);
        assertThat(n.get("regime " + SharingRegime.WGS)).isPositive();
        assertThat(n.get("regime " + SharingRegime.UNKNOWN)).isPositive();
    }

    @Test
    @DisplayName("the same seed and date give the same caseload; another date another; a date before 2013 is refused")
    void seeded() {
        LocalDate d = LocalDate.of(2031, 6, 1);
        CaseloadGenerator a = CaseloadGenerator.of("sharing", 5, d);
        CaseloadGenerator b = CaseloadGenerator.of("sharing", 5, d);
        CaseloadGenerator c = CaseloadGenerator.of("sharing", 5);
        StringBuilder x = new StringBuilder();
        StringBuilder y = new StringBuilder();
        StringBuilder z = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            x.append(a.next());
            y.append(b.next());
            z.append(c.next());
        }
        assertThat(x.toString()).isEqualTo(y.toString()).isNotEqualTo(z.toString());
        assertThatThrownBy(() -> CaseloadGenerator.of("sharing", 1, LocalDate.of(2012, 12, 31)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2013-01-01");
        assertThatThrownBy(() -> CaseloadGenerator.of("nope", 1, d)).isInstanceOf(IllegalArgumentException.class);
        // a reference date close to 2013: dates are not drawn before the framework
        CaseloadGenerator early = CaseloadGenerator.of("sharing", 1, LocalDate.of(2013, 2, 1));
        for (int i = 0; i < 200; i++) {
            JsonNode first = early.next().path("case").path("firstProcessedOn");
            if (!first.isMissingNode()) {
                assertThat(LocalDate.parse(first.asText())).isAfterOrEqualTo(LocalDate.of(2013, 1, 1));
            }
        }
    }
}
