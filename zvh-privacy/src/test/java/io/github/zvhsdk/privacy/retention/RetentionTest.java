package io.github.zvhsdk.privacy.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.Labelled;
import io.github.zvhsdk.model.json.ZvhJson;
import io.github.zvhsdk.model.rule.SourceId;
import io.github.zvhsdk.model.rule.Tri;
import io.github.zvhsdk.privacy.config.Provenance;
import io.github.zvhsdk.privacy.config.RetentionTerms;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * RETENTION (sharing.md, "Retention", rev. 2). The WGS retention is checked exhaustively over small date grids around
 * each case's five-year end: every combination of a date of first processing (one of them 29 February), a closing date
 * (or none), a date of declining (or none) and up to two renewals drawn from every date of the grid, both grounds and
 * every consent, in both orders. Each property below is asserted on every point, with coverage of each ground applied
 * and each reason a renewal is not applied.
 */
@DisplayName("RETENTION: the WGS retention from first processing with renewals, and the covenant's")
class RetentionTest {
    private static final RetentionTerms FIVE_YEARS = RetentionTerms.builder().baseTerm(Period.ofYears(5))
            .provenance(Provenance.interpretation(SourceId.REFERENCE_POLICY, "", "house policy")).build();

    // ---- the covenant's retention -----------------------------------------------------------------------------------

    @Test
    @DisplayName("RETENTION (covenant): closing date + configured base term + every extension in turn; the end is the last day")
    void RETENTION_covenant() {
        LocalDate end = Retention.end(LocalDate.of(2025, 1, 31), List.of(Period.ofMonths(1), Period.ofYears(1)), FIVE_YEARS);
        // 2030-01-31 + 1 month = 2030-02-28 (no 31 February), + 1 year = 2031-02-28
        assertThat(end).isEqualTo(LocalDate.of(2031, 2, 28));
        assertThat(Retention.end(LocalDate.of(2024, 2, 29), List.of(), FIVE_YEARS)).isEqualTo(LocalDate.of(2029, 2, 28));
        assertThat(Retention.isExpired(end, end.minusDays(1))).isFalse();
        assertThat(Retention.isExpired(end, end)).as("the end is the last day on which the data may be processed").isFalse();
        assertThat(Retention.isExpired(end, end.plusDays(1))).isTrue();
        assertThatThrownBy(() -> Retention.end(end, java.util.Arrays.asList(Period.ofDays(1), null), FIVE_YEARS))
                .isInstanceOf(NullPointerException.class).hasMessage("extension");
    }

    // ---- the WGS retention: single statements ------------------------------------------------------------------------

    @Test
    @DisplayName("RETENTION (WGS): five years after first processing, not counted from closure (SHR-040, SHR-041)")
    void RETENTION_wgsFiveYearsFromFirstProcessing() {
        LocalDate first = LocalDate.of(2025, 3, 1);
        for (LocalDate closed : new LocalDate[] {null, first, LocalDate.of(2027, 6, 1), LocalDate.of(2030, 3, 1)}) {
            WgsRetention r = Retention.wgs(first, closed, null, List.of());
            assertThat(r.end()).as("closed %s", closed).isEqualTo(LocalDate.of(2030, 3, 1));
            assertThat(r.applied()).isEmpty();
            assertThat(r.notApplied()).isEmpty();
        }
    }

    @Test
    @DisplayName("RETENTION (WGS): 'n years after' 29 February is 28 February, for the five years, a renewal's two and the relapse year")
    void RETENTION_29February() {
        LocalDate leap = LocalDate.of(2028, 2, 29);
        assertThat(Retention.wgs(leap, null, null, List.of()).end()).isEqualTo(LocalDate.of(2033, 2, 28));
        // a renewal on 29 February runs two years, to 28 February
        LocalDate first = LocalDate.of(2027, 3, 1);
        Renewal onLeapDay = Renewal.of(LocalDate.of(2032, 2, 29), RenewalGround.STILL_MEETS_CRITERIA, Tri.TRUE);
        assertThat(Retention.wgs(first, null, null, List.of(onLeapDay)).end()).isEqualTo(LocalDate.of(2034, 2, 28));
        // closed on 29 February: one year later is 28 February, which is the end itself: not less than one year before it
        LocalDate firstFor2033 = LocalDate.of(2028, 2, 28); // five years: 2033-02-28
        Renewal relapse = Renewal.of(LocalDate.of(2033, 1, 10), RenewalGround.RELAPSE_RISK, Tri.TRUE);
        WgsRetention tooEarly = Retention.wgs(firstFor2033, leap.plusYears(4), null, List.of(relapse));
        assertThat(tooEarly.end()).isEqualTo(LocalDate.of(2033, 2, 28));
        assertThat(tooEarly.notApplied()).containsExactly(RenewalNotApplied.of(relapse, List.of(RenewalReason.CLOSED_TOO_EARLY)));
        // closed the day after: less than one year before the end, applied
        WgsRetention inTime = Retention.wgs(firstFor2033, LocalDate.of(2032, 3, 1), null, List.of(relapse));
        assertThat(inTime.applied()).containsExactly(relapse);
        assertThat(inTime.end()).isEqualTo(LocalDate.of(2035, 1, 10));
    }

    @Test
    @DisplayName("RETENTION (WGS): SHR-042 renewed for two years; SHR-043 without the origin's consent not applied; SHR-044 declined")
    void RETENTION_vectors() {
        LocalDate first = LocalDate.of(2025, 3, 1);
        Renewal renewal = Renewal.of(LocalDate.of(2030, 2, 15), RenewalGround.STILL_MEETS_CRITERIA, Tri.TRUE);
        assertThat(Retention.wgs(first, null, null, List.of(renewal)).end()).isEqualTo(LocalDate.of(2032, 2, 15));
        Renewal noConsent = Renewal.of(LocalDate.of(2030, 2, 15), RenewalGround.STILL_MEETS_CRITERIA, Tri.FALSE);
        WgsRetention refused = Retention.wgs(first, null, null, List.of(noConsent));
        assertThat(refused.end()).isEqualTo(LocalDate.of(2030, 3, 1));
        assertThat(refused.notApplied()).containsExactly(RenewalNotApplied.of(noConsent, List.of(RenewalReason.NO_ORIGIN_CONSENT)));
        assertThat(Retention.wgs(LocalDate.of(2025, 5, 10), null, LocalDate.of(2025, 6, 1), List.of()).end())
                .isEqualTo(LocalDate.of(2025, 6, 1));
        // an UNKNOWN consent is not TRUE either
        Renewal unknownConsent = Renewal.builder().on(LocalDate.of(2030, 2, 15)).ground(RenewalGround.STILL_MEETS_CRITERIA).build();
        assertThat(unknownConsent.originConsent()).isEqualTo(Tri.UNKNOWN);
        assertThat(Retention.wgs(first, null, null, List.of(unknownConsent)).notApplied()).extracting(RenewalNotApplied::reasons)
                .containsExactly(List.of(RenewalReason.NO_ORIGIN_CONSENT));
    }

    @Test
    @DisplayName("RETENTION (WGS): each reason alone, every reason at once, and renewals repeated (BGS art. 1.16 lid 3)")
    void RETENTION_reasons() {
        LocalDate first = LocalDate.of(2025, 3, 1); // five years: 2030-03-01
        LocalDate closed = LocalDate.of(2029, 6, 1);
        Renewal after = Renewal.of(LocalDate.of(2030, 3, 2), RenewalGround.STILL_MEETS_CRITERIA, Tri.TRUE);
        Renewal onEnd = Renewal.of(LocalDate.of(2030, 3, 1), RenewalGround.STILL_MEETS_CRITERIA, Tri.TRUE);
        assertThat(Retention.wgs(first, null, null, List.of(after)).notApplied()).extracting(RenewalNotApplied::reasons)
                .containsExactly(List.of(RenewalReason.AFTER_END));
        assertThat(Retention.wgs(first, null, null, List.of(onEnd)).end()).as("on the last day itself").isEqualTo(LocalDate.of(2032, 3, 1));
        Renewal stillOpen = Renewal.of(LocalDate.of(2029, 6, 1), RenewalGround.STILL_MEETS_CRITERIA, Tri.TRUE);
        assertThat(Retention.wgs(first, closed, null, List.of(stillOpen)).notApplied()).extracting(RenewalNotApplied::reasons)
                .as("closed on the renewal's own date").containsExactly(List.of(RenewalReason.CASE_CLOSED));
        assertThat(Retention.wgs(first, closed.plusDays(1), null, List.of(stillOpen)).applied())
                .as("closed the day after").containsExactly(stillOpen);
        Renewal relapse = Renewal.of(LocalDate.of(2029, 6, 1), RenewalGround.RELAPSE_RISK, Tri.TRUE);
        assertThat(Retention.wgs(first, null, null, List.of(relapse)).notApplied()).extracting(RenewalNotApplied::reasons)
                .containsExactly(List.of(RenewalReason.CASE_NOT_CLOSED));
        assertThat(Retention.wgs(first, closed.plusDays(1), null, List.of(relapse)).notApplied())
                .extracting(RenewalNotApplied::reasons).as("closed after the renewal").containsExactly(List.of(RenewalReason.CASE_NOT_CLOSED));
        assertThat(Retention.wgs(first, closed, null, List.of(relapse)).applied()).as("closed on the renewal's date").containsExactly(relapse);
        assertThat(Retention.wgs(first, LocalDate.of(2029, 3, 1), null, List.of(relapse)).notApplied())
                .extracting(RenewalNotApplied::reasons).as("closed exactly one year before the end")
                .containsExactly(List.of(RenewalReason.CLOSED_TOO_EARLY));
        assertThat(Retention.wgs(first, LocalDate.of(2029, 3, 2), null, List.of(relapse)).applied())
                .as("closed one year minus a day before the end").containsExactly(relapse);
        Renewal everything = Renewal.of(LocalDate.of(2030, 3, 2), RenewalGround.STILL_MEETS_CRITERIA, Tri.FALSE);
        assertThat(Retention.wgs(first, closed, null, List.of(everything)).notApplied()).extracting(RenewalNotApplied::reasons)
                .containsExactly(List.of(RenewalReason.AFTER_END, RenewalReason.NO_ORIGIN_CONSENT, RenewalReason.CASE_CLOSED));
        // repeated: each renewal against the end then in force, the next one after the first's two years
        Renewal second = Renewal.of(LocalDate.of(2032, 2, 1), RenewalGround.STILL_MEETS_CRITERIA, Tri.TRUE);
        Renewal third = Renewal.of(LocalDate.of(2034, 1, 15), RenewalGround.STILL_MEETS_CRITERIA, Tri.TRUE);
        WgsRetention repeated = Retention.wgs(first, null, null, List.of(third, onEnd, second));
        assertThat(repeated.applied()).containsExactly(onEnd, second, third);
        assertThat(repeated.end()).isEqualTo(LocalDate.of(2036, 1, 15));
        // without the second, the third comes after the end then in force (2032-03-01)
        assertThat(Retention.wgs(first, null, null, List.of(third, onEnd)).notApplied()).extracting(RenewalNotApplied::reasons)
                .containsExactly(List.of(RenewalReason.AFTER_END));
        // a renewal early in the term is applied but does not shorten the five years
        Renewal early = Renewal.of(LocalDate.of(2026, 1, 1), RenewalGround.STILL_MEETS_CRITERIA, Tri.TRUE);
        assertThat(Retention.wgs(first, null, null, List.of(early))).isEqualTo(new WgsRetention(LocalDate.of(2030, 3, 1),
                List.of(early), List.of()));
    }

    @Test
    @DisplayName("RETENTION (WGS): renewals of one date are judged against the end in force at the start of that date")
    void RETENTION_sameDate() {
        LocalDate first = LocalDate.of(2025, 3, 1); // five years: 2030-03-01
        LocalDate day = LocalDate.of(2030, 2, 1);
        LocalDate closed = LocalDate.of(2029, 4, 1); // less than one year before 2030-03-01, not before 2032-02-01
        Renewal relapse = Renewal.of(day, RenewalGround.RELAPSE_RISK, Tri.TRUE);
        Renewal relapseAgain = Renewal.of(day, RenewalGround.RELAPSE_RISK, Tri.TRUE);
        WgsRetention r = Retention.wgs(first, closed, null, List.of(relapse, relapseAgain));
        assertThat(r.applied()).containsExactly(relapse, relapseAgain);
        assertThat(r.notApplied()).isEmpty();
        assertThat(r.end()).isEqualTo(LocalDate.of(2032, 2, 1));
        // the next day, the end then in force is the renewed one: closed too early for it
        Renewal nextDay = Renewal.of(day.plusDays(1), RenewalGround.RELAPSE_RISK, Tri.TRUE);
        assertThat(Retention.wgs(first, closed, null, List.of(nextDay, relapse)).notApplied())
                .containsExactly(RenewalNotApplied.of(nextDay, List.of(RenewalReason.CLOSED_TOO_EARLY)));
    }

    @Test
    @DisplayName("RETENTION (covenant): under the covenant's retention every renewal is listed, in date order, with COVENANT_RETENTION")
    void RETENTION_underCovenant() {
        Renewal a = Renewal.of(LocalDate.of(2024, 5, 1), RenewalGround.RELAPSE_RISK, Tri.TRUE);
        Renewal b = Renewal.of(LocalDate.of(2023, 5, 1), RenewalGround.STILL_MEETS_CRITERIA, Tri.FALSE);
        assertThat(Retention.underCovenant(List.of(a, b))).containsExactly(
                RenewalNotApplied.of(b, List.of(RenewalReason.COVENANT_RETENTION)),
                RenewalNotApplied.of(a, List.of(RenewalReason.COVENANT_RETENTION)));
        assertThat(Retention.underCovenant(List.of())).isEmpty();
    }

    // ---- the WGS retention: the properties, exhaustively over date grids ----------------------------------------------

    /** The dates of a grid around a case's five-year end (first processing {@code first}). */
    private static List<LocalDate> grid(LocalDate first) {
        LocalDate base = first.plusYears(5);
        return List.of(first, first.plusYears(3), base.minusDays(400), base.minusYears(1), base.minusDays(364),
                base.minusDays(1), base, base.plusDays(1), base.plusYears(2), base.plusYears(2).plusDays(1));
    }

    private static final List<LocalDate> FIRSTS = List.of(LocalDate.of(2025, 3, 1), LocalDate.of(2028, 2, 29),
            LocalDate.of(2026, 6, 15));

    /** One point of the space: the facts and what {@link Retention#wgs} made of them. */
    private record Point(LocalDate first, LocalDate closed, LocalDate declined, List<Renewal> renewals, WgsRetention result) {}

    private interface PointCheck {
        void check(Point p);
    }

    /** Every point: 3 firsts × 11 closing dates × (no renewal, one, two in both orders) × declined or not. */
    private static int forEveryPoint(PointCheck check) {
        int points = 0;
        for (LocalDate first : FIRSTS) {
            List<LocalDate> dates = grid(first);
            List<Renewal> options = new ArrayList<>();
            for (LocalDate on : dates) {
                for (RenewalGround g : RenewalGround.values()) {
                    for (Tri consent : Tri.values()) {
                        options.add(Renewal.of(on, g, consent));
                    }
                }
            }
            List<List<Renewal>> sets = new ArrayList<>();
            sets.add(List.of());
            for (Renewal a : options) {
                sets.add(List.of(a));
                for (Renewal b : options) {
                    sets.add(List.of(a, b));
                }
            }
            List<LocalDate> closings = new ArrayList<>();
            closings.add(null);
            closings.addAll(dates);
            for (LocalDate closed : closings) {
                for (List<Renewal> rs : sets) {
                    check.check(new Point(first, closed, null, rs, Retention.wgs(first, closed, null, rs)));
                    points++;
                }
            }
            for (LocalDate declined : List.of(first, first.plusDays(20), first.plusYears(5).minusDays(1),
                    first.plusYears(6))) {
                for (List<Renewal> rs : sets.subList(0, 1 + options.size())) {
                    check.check(new Point(first, null, declined, rs, Retention.wgs(first, null, declined, rs)));
                    points++;
                }
            }
        }
        return points;
    }

    @Test
    @DisplayName("property: applying renewals never shortens the end: it is the latest of five years and two years after each applied renewal")
    void property_renewalsNeverShorten() {
        int points = forEveryPoint(p -> {
            if (p.declined() != null) {
                return;
            }
            LocalDate base = p.first().plusYears(5);
            LocalDate latest = base;
            for (Renewal r : p.result().applied()) {
                LocalDate two = r.on().plusYears(2);
                latest = two.isAfter(latest) ? two : latest;
            }
            assertThat(p.result().end()).as("%s", p).isEqualTo(latest).isAfterOrEqualTo(base);
            assertThat(p.result().applied().size() + p.result().notApplied().size()).isEqualTo(p.renewals().size());
        });
        assertThat(points).isGreaterThan(100_000);
    }

    @Test
    @DisplayName("property: each renewal is judged in date order against the end then in force; applied exactly when no reason "
            + "holds, and every reason listed holds; each ground applied and each reason reached somewhere")
    void property_eachRenewalAgainstTheEndThenInForce() {
        Map<RenewalReason, Integer> reasons = new EnumMap<>(RenewalReason.class);
        Set<RenewalGround> groundsApplied = EnumSet.noneOf(RenewalGround.class);
        forEveryPoint(p -> {
            if (p.declined() != null) {
                return;
            }
            List<Renewal> applied = p.result().applied();
            for (Renewal r : p.renewals()) {
                // the end in force at the start of r's date: five years, or two years after a renewal applied earlier
                LocalDate then = p.first().plusYears(5);
                for (Renewal a : applied) {
                    if (a.on().isBefore(r.on()) && a.on().plusYears(2).isAfter(then)) {
                        then = a.on().plusYears(2);
                    }
                }
                Set<RenewalReason> expected = EnumSet.noneOf(RenewalReason.class);
                if (r.on().isAfter(then)) {
                    expected.add(RenewalReason.AFTER_END);
                }
                if (r.originConsent() != Tri.TRUE) {
                    expected.add(RenewalReason.NO_ORIGIN_CONSENT);
                }
                boolean closedByThen = p.closed() != null && !p.closed().isAfter(r.on());
                if (r.ground() == RenewalGround.STILL_MEETS_CRITERIA && closedByThen) {
                    expected.add(RenewalReason.CASE_CLOSED);
                }
                if (r.ground() == RenewalGround.RELAPSE_RISK && !closedByThen) {
                    expected.add(RenewalReason.CASE_NOT_CLOSED);
                }
                if (r.ground() == RenewalGround.RELAPSE_RISK && closedByThen && !p.closed().plusYears(1).isAfter(then)) {
                    expected.add(RenewalReason.CLOSED_TOO_EARLY);
                }
                if (expected.isEmpty()) {
                    assertThat(applied).as("%s applied in %s", r, p).contains(r);
                    groundsApplied.add(r.ground());
                } else {
                    assertThat(p.result().notApplied()).as("%s in %s", r, p).contains(RenewalNotApplied.of(r, List.copyOf(expected)));
                    expected.forEach(x -> reasons.merge(x, 1, Integer::sum));
                }
            }
            assertThat(applied).as("date order").isSortedAccordingTo(java.util.Comparator.comparing(Renewal::on));
            assertThat(p.result().notApplied()).extracting(n -> n.renewal().on()).isSorted();
        });
        assertThat(groundsApplied).containsExactlyInAnyOrder(RenewalGround.values());
        assertThat(reasons.keySet()).containsExactlyInAnyOrderElementsOf(EnumSet.complementOf(
                EnumSet.of(RenewalReason.COVENANT_RETENTION, RenewalReason.DECLINED_CASE)));
    }

    @Test
    @DisplayName("property: the input order of the renewals does not matter")
    void property_inputOrderDoesNotMatter() {
        int[] pairs = {0};
        forEveryPoint(p -> {
            if (p.renewals().size() == 2) {
                List<Renewal> reversed = List.of(p.renewals().get(1), p.renewals().get(0));
                assertThat(Retention.wgs(p.first(), p.closed(), p.declined(), reversed)).as("%s", p).isEqualTo(p.result());
                pairs[0]++;
            }
        });
        assertThat(pairs[0]).isGreaterThan(100_000);
    }

    @Test
    @DisplayName("property: a declined case never gets past declinedOn nor past five years, and takes no renewal")
    void property_declinedCaseNeverPastDeclinedOn() {
        Set<Boolean> earlier = new HashSet<>();
        forEveryPoint(p -> {
            if (p.declined() == null) {
                return;
            }
            LocalDate base = p.first().plusYears(5);
            assertThat(p.result().end()).isBeforeOrEqualTo(p.declined()).isBeforeOrEqualTo(base)
                    .isEqualTo(p.declined().isBefore(base) ? p.declined() : base);
            earlier.add(p.declined().isBefore(base));
            assertThat(p.result().applied()).isEmpty();
            assertThat(p.result().notApplied()).extracting(RenewalNotApplied::renewal).containsExactlyInAnyOrderElementsOf(p.renewals());
            assertThat(p.result().notApplied()).allSatisfy(n -> assertThat(n.reasons()).containsExactly(RenewalReason.DECLINED_CASE));
        });
        assertThat(earlier).as("declined before and after the five years").containsExactlyInAnyOrder(true, false);
    }

    @Test
    @DisplayName("property: without renewals the end is five years after first processing, whatever the closing date")
    void property_fiveYearsNotFromClosure() {
        int[] seen = {0};
        forEveryPoint(p -> {
            if (p.declined() == null && p.renewals().isEmpty()) {
                assertThat(p.result().end()).isEqualTo(p.first().plusYears(5));
                seen[0]++;
            }
        });
        assertThat(seen[0]).isEqualTo(FIRSTS.size() * 11);
    }

    // ---- the values ---------------------------------------------------------------------------------------------------

    @Test
    @DisplayName("labels: every ground and reason has a Dutch and an English label of its own; a ground names its article")
    void labels() {
        List<Labelled> all = new ArrayList<>(List.of(RenewalGround.values()));
        all.addAll(List.of(RenewalReason.values()));
        for (Labelled l : all) {
            assertThat(l.labelNl()).as("%s", l).isNotBlank().isNotEqualTo(l.labelEn());
            assertThat(l.labelEn()).as("%s", l).isNotBlank();
        }
        assertThat(RenewalGround.STILL_MEETS_CRITERIA.section()).isEqualTo("art. 1.16 lid 2 a");
        assertThat(RenewalGround.RELAPSE_RISK.section()).isEqualTo("art. 1.16 lid 2 b");
    }

    @Test
    @DisplayName("RETENTION input: a renewal needs on and ground (MODEL-REQUIRED, both named at once); JSON round trip; "
            + "a renewal not applied needs a reason, once")
    void renewalValues() {
        assertThatThrownBy(() -> ZvhJson.read("{\"originConsent\":\"TRUE\"}", Renewal.class)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.violations()).extracting(v -> v.field() + " " + v.ruleId())
                        .containsExactly("$.ground MODEL-REQUIRED", "$.on MODEL-REQUIRED"));
        assertThatThrownBy(() -> ZvhJson.read("{\"on\":\"2030-01-01\",\"ground\":\"SOMETIME\"}", Renewal.class))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("ground").hasMessageContaining("RELAPSE_RISK");
        assertThatThrownBy(() -> ZvhJson.read("{\"on\":\"2030-01-01\",\"ground\":\"RELAPSE_RISK\",\"originConsent\":true}",
                Renewal.class)).isInstanceOf(InvalidInputException.class).hasMessageContaining("originConsent");
        assertThatThrownBy(() -> Renewal.builder().on(LocalDate.of(2030, 1, 1)).ground(RenewalGround.RELAPSE_RISK)
                .originConsent(null).build()).isInstanceOf(InvalidInputException.class).hasMessageContaining("originConsent");
        Renewal r = Renewal.of(LocalDate.of(2030, 1, 1), RenewalGround.RELAPSE_RISK, Tri.TRUE);
        assertThat(ZvhJson.read(ZvhJson.write(r), Renewal.class)).isEqualTo(r);
        RenewalNotApplied n = RenewalNotApplied.of(r, List.of(RenewalReason.AFTER_END, RenewalReason.CASE_NOT_CLOSED));
        assertThat(ZvhJson.write(n)).isEqualTo("{\"renewal\":{\"on\":\"2030-01-01\",\"ground\":\"RELAPSE_RISK\","
                + "\"originConsent\":\"TRUE\"},\"reasons\":[\"AFTER_END\",\"CASE_NOT_CLOSED\"]}");
        assertThat(ZvhJson.read(ZvhJson.write(n), RenewalNotApplied.class)).isEqualTo(n);
        assertThatThrownBy(() -> RenewalNotApplied.of(r, List.of())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("reasons").hasMessageContaining("RETENTION");
        assertThatThrownBy(() -> RenewalNotApplied.of(r, List.of(RenewalReason.AFTER_END, RenewalReason.AFTER_END)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("once");
        assertThatThrownBy(() -> Renewal.of(null, null, Tri.TRUE)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations()).extracting(v -> v.field() + " " + v.ruleId())
                        .containsExactly("ground MODEL-REQUIRED", "on MODEL-REQUIRED"));
        assertThatThrownBy(() -> new WgsRetention(null, List.of(), List.of())).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Retention.wgs(LocalDate.of(2025, 3, 1), null, null, java.util.Arrays.asList(r, null)))
                .isInstanceOf(NullPointerException.class);
    }
}
