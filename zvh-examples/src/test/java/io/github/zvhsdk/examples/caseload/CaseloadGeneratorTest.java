package io.github.zvhsdk.examples.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.PartnerType;
import io.github.zvhsdk.model.json.ZvhJson;
import io.github.zvhsdk.privacy.retention.RenewalNotApplied;
import io.github.zvhsdk.privacy.retention.RenewalReason;
import io.github.zvhsdk.privacy.sharing.ConsentAgeBand;
import io.github.zvhsdk.privacy.sharing.DataCategory;
import io.github.zvhsdk.privacy.sharing.DataSubject;
import io.github.zvhsdk.privacy.sharing.Purpose;
import io.github.zvhsdk.privacy.sharing.SecrecyBasis;
import io.github.zvhsdk.privacy.sharing.SharingCheck;
import io.github.zvhsdk.privacy.sharing.SharingDecision;
import io.github.zvhsdk.privacy.sharing.SharingFacts;
import io.github.zvhsdk.privacy.sharing.SharingOutcome;
import io.github.zvhsdk.privacy.sharing.SharingRegime;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The sharing caseload (rev. 2): every fact and value of sharing.md occurs, and the retention facts have realistic
 * frequencies, never a date after the reference date, only combinations the model allows, and with a late enough
 * reference date every ground and the commonest reasons a renewal is not applied, and SHARE-RETENTION refusing.
 */
@DisplayName("CaseloadGenerator: sharing requests with every fact and value of sharing.md (revision 2)")
class CaseloadGeneratorTest {
    private static final int LINES = 4000;
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);

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

    @Test
    @DisplayName("sharing: every category, purpose, data subject, basis and consent value, guests, referrers and origin holders "
            + "occur; the input is valid; every outcome and every rule is reached")
    void sharingCoverage() {
        CaseloadGenerator g = CaseloadGenerator.of("sharing", 1);
        Map<String, Set<String>> seen = new HashMap<>();
        Set<String> refusedBy = new HashSet<>();
        Set<SharingOutcome> outcomes = new HashSet<>();
        int refusedInput = 0;
        int n = 5_000;
        for (int i = 0; i < n; i++) {
            JsonNode facts = g.next();
            see(seen, "category", facts.path("category"));
            see(seen, "purpose", facts.path("purpose"));
            see(seen, "dataSubject", facts.path("dataSubject"));
            see(seen, "secrecyBasis", facts.path("secrecyBasis"));
            see(seen, "consent.ageBand", facts.path("consent").path("ageBand"));
            see(seen, "consent.capable", facts.path("consent").path("capable"));
            see(seen, "consent.givenBy", facts.path("consent").path("givenBy"));
            see(seen, "recipient.guest", facts.path("recipient").path("guest"));
            see(seen, "recipient.secrecyDeclarationSigned", facts.path("recipient").path("secrecyDeclarationSigned"));
            see(seen, "recipient.referrer", facts.path("recipient").path("referrer"));
            see(seen, "originConsent", facts.path("originConsent"));
            if (facts.path("provider").path("type").asText().equals("ZVH")) {
                see(seen, "origin.holder from ZVH", facts.path("origin").path("holder"));
            }
            try {
                SharingDecision d = SharingCheck.check(ZvhJson.read(facts, SharingFacts.class, "$.facts"), AS_OF);
                refusedBy.addAll(d.refusedBy());
                outcomes.add(d.outcome());
            } catch (InvalidInputException e) {
                refusedInput++;
            }
        }
        assertThat(seen.get("category")).hasSize(DataCategory.values().length);
        assertThat(seen.get("purpose")).hasSize(Purpose.values().length);
        assertThat(seen.get("dataSubject")).hasSize(DataSubject.values().length);
        assertThat(seen.get("secrecyBasis")).hasSize(SecrecyBasis.values().length);
        assertThat(seen.get("consent.ageBand")).hasSize(ConsentAgeBand.values().length);
        assertThat(seen.get("consent.givenBy")).containsExactlyInAnyOrder("[]", "[\"SUBJECT_SELF\"]", "[\"REPRESENTATIVE\"]",
                "[\"SUBJECT_SELF\",\"REPRESENTATIVE\"]");
        for (String tri : new String[] {"consent.capable", "recipient.guest", "recipient.secrecyDeclarationSigned",
            "recipient.referrer", "originConsent"}) {
            assertThat(seen.get(tri)).as(tri).containsExactlyInAnyOrder("\"TRUE\"", "\"FALSE\"", "\"UNKNOWN\"");
        }
        assertThat(seen.get("origin.holder from ZVH")).hasSize(PartnerType.values().length);
        assertThat(refusedInput).as("lines refused as input").isLessThan(n / 50);
        assertThat(outcomes).contains(SharingOutcome.ALLOW, SharingOutcome.DENY);
        assertThat(refusedBy).containsExactlyInAnyOrder("SHARE-AGGREGATE-ONLY", "SHARE-REGIME", "SHARE-PARTICIPANTS", "SHARE-GUEST",
                "SHARE-COVENANT", "SHARE-TRANSITION", "SHARE-STATUS", "SHARE-RECIPIENT", "SHARE-CATEGORY", "SHARE-SECRECY",
                "SHARE-CONSENT-CAPACITY", "SHARE-SPECIAL-CATEGORY", "SHARE-JUSTICE-ORIGIN", "SHARE-BSN", "SHARE-THIRD-PARTY",
                "SHARE-RETENTION", "SHARE-NECESSITY");
    }

    private static void see(Map<String, Set<String>> seen, String dimension, JsonNode value) {
        if (!value.isMissingNode()) {
            seen.computeIfAbsent(dimension, k -> new HashSet<>()).add(value.toString());
        }
    }
}
