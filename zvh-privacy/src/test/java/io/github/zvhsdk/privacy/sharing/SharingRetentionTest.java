package io.github.zvhsdk.privacy.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zvhsdk.model.CaseStatus;
import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.TaskCategory;
import io.github.zvhsdk.model.Violation;
import io.github.zvhsdk.model.json.ZvhJson;
import io.github.zvhsdk.model.rule.Citation;
import io.github.zvhsdk.model.rule.RuleResult;
import io.github.zvhsdk.model.rule.SourceId;
import io.github.zvhsdk.model.rule.Tri;
import io.github.zvhsdk.privacy.config.HouseConfig;
import io.github.zvhsdk.privacy.config.Provenance;
import io.github.zvhsdk.privacy.config.RetentionTerms;
import io.github.zvhsdk.privacy.retention.Renewal;
import io.github.zvhsdk.privacy.retention.RenewalGround;
import io.github.zvhsdk.privacy.retention.RenewalNotApplied;
import io.github.zvhsdk.privacy.retention.RenewalReason;
import io.github.zvhsdk.privacy.retention.Retention;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * SHARE-RETENTION (sharing.md, "Retention", rev. 2) in the sharing check: which retention applies (the regime on the
 * date of first processing), when the rule is evaluated, that it refuses every purpose exactly after the end, what the
 * decision reports ({@code retentionEnd}, {@code retentionRegime}, {@code renewalsNotApplied}) and explains, and the
 * input it refuses.
 */
@DisplayName("SHARE-RETENTION: retention in the sharing check")
class SharingRetentionTest {
    private static final LocalDate WGS = LocalDate.of(2025, 3, 1);
    private static final HouseConfig TERMS = HouseConfig.builder().from(HouseConfig.reference()).retention(RetentionTerms.builder()
            .baseTerm(Period.ofYears(2)).provenance(Provenance.interpretation(SourceId.REFERENCE_POLICY, "", "test")).build()).build();

    /** The base request (SHR-001: consultation of an admitted WGS basistaak) with these case facts. */
    private static ImmutableSharingFacts withCase(CaseFacts c) {
        return SharingCheckTest.allowed().withCaseFacts(c);
    }

    private static ImmutableCaseFacts.Builder admitted() {
        return ImmutableCaseFacts.builder().from(SharingCheckTest.allowed().caseFacts());
    }

    private static Optional<RuleResult> rule(SharingDecision d) {
        return d.trace().stream().filter(r -> r.ruleId().equals("SHARE-RETENTION")).findFirst();
    }

    @Test
    @DisplayName("SHARE-RETENTION refuses every purpose exactly after the end of retention (the last day is allowed), "
            + "and reports that end: over first processing dates, renewals and closing dates")
    void SHARE_RETENTION_refusesExactlyAfterTheEnd() {
        List<LocalDate> firsts = List.of(WGS, LocalDate.of(2028, 2, 29), LocalDate.of(2026, 9, 30));
        int checked = 0;
        Set<Boolean> refused = new java.util.HashSet<>();
        for (LocalDate first : firsts) {
            LocalDate base = first.plusYears(5);
            List<List<Renewal>> renewals = List.of(List.of(),
                    List.of(Renewal.of(base.minusDays(10), RenewalGround.STILL_MEETS_CRITERIA, Tri.TRUE)),
                    List.of(Renewal.of(base.minusDays(10), RenewalGround.STILL_MEETS_CRITERIA, Tri.FALSE)),
                    List.of(Renewal.of(base, RenewalGround.RELAPSE_RISK, Tri.TRUE)),
                    List.of(Renewal.of(base.plusDays(1), RenewalGround.STILL_MEETS_CRITERIA, Tri.TRUE),
                            Renewal.of(base.minusYears(1), RenewalGround.STILL_MEETS_CRITERIA, Tri.TRUE)));
            for (LocalDate closed : new LocalDate[] {null, base.minusDays(100)}) {
                for (List<Renewal> rs : renewals) {
                    LocalDate end = Retention.wgs(first, closed, null, rs).end();
                    for (LocalDate asOf : List.of(end.minusDays(1), end, end.plusDays(1), end.plusYears(1))) {
                        if (rs.stream().anyMatch(r -> r.on().isAfter(asOf))) {
                            continue; // a renewal after asOf is refused input (see badInput)
                        }
                        for (Purpose p : Purpose.values()) {
                            CaseFacts c = admitted().status(closed == null ? Optional.of(CaseStatus.ADMITTED) : Optional.empty())
                                    .firstProcessedOn(first).closedOn(Optional.ofNullable(closed)).renewals(rs).build();
                            SharingDecision d = SharingCheck.check(withCase(c).withPurpose(p), asOf);
                            assertThat(d.retentionEnd()).contains(end);
                            assertThat(d.retentionRegime()).contains(SharingRegime.WGS);
                            assertThat(rule(d)).get().extracting(RuleResult::value).isEqualTo(Tri.of(asOf.isAfter(end)));
                            assertThat(rule(d).get().missing()).isEmpty();
                            assertThat(d.refusedBy().contains("SHARE-RETENTION")).as("%s %s %s", p, c, asOf)
                                    .isEqualTo(asOf.isAfter(end));
                            refused.add(asOf.isAfter(end));
                            checked++;
                        }
                    }
                }
            }
        }
        assertThat(refused).containsExactlyInAnyOrder(true, false);
        assertThat(checked).isGreaterThan(500);
    }

    @Test
    @DisplayName("SHR-040..SHR-043: five years from first processing, one day after, a renewal, a renewal without consent")
    void SHARE_RETENTION_vectors() {
        CaseFacts c = admitted().firstProcessedOn(WGS).build();
        SharingDecision lastDay = SharingCheck.check(withCase(c), LocalDate.of(2030, 3, 1));
        assertThat(lastDay.outcome()).isEqualTo(SharingOutcome.ALLOW);
        assertThat(lastDay.retentionEnd()).contains(LocalDate.of(2030, 3, 1));
        SharingDecision dayAfter = SharingCheck.check(withCase(c), LocalDate.of(2030, 3, 2));
        assertThat(dayAfter.refusedBy()).containsExactly("SHARE-RETENTION");
        assertThat(dayAfter.missing()).isEmpty();
        Renewal renewal = Renewal.of(LocalDate.of(2030, 2, 15), RenewalGround.STILL_MEETS_CRITERIA, Tri.TRUE);
        SharingDecision renewed = SharingCheck.check(withCase(admitted().firstProcessedOn(WGS).addRenewal(renewal).build()),
                LocalDate.of(2031, 6, 1));
        assertThat(renewed.outcome()).isEqualTo(SharingOutcome.ALLOW);
        assertThat(renewed.retentionEnd()).contains(LocalDate.of(2032, 2, 15));
        assertThat(renewed.renewalsNotApplied()).isEmpty();
        Renewal noConsent = Renewal.of(LocalDate.of(2030, 2, 15), RenewalGround.STILL_MEETS_CRITERIA, Tri.FALSE);
        SharingDecision notRenewed = SharingCheck.check(withCase(admitted().firstProcessedOn(WGS).addRenewal(noConsent).build()),
                LocalDate.of(2031, 6, 1));
        assertThat(notRenewed.refusedBy()).containsExactly("SHARE-RETENTION");
        assertThat(notRenewed.retentionEnd()).contains(LocalDate.of(2030, 3, 1));
        assertThat(notRenewed.renewalsNotApplied()).containsExactly(RenewalNotApplied.of(noConsent,
                List.of(RenewalReason.NO_ORIGIN_CONSENT)));
        // SHR-044's retention: declined on the day of the answer, the last day of its retention
        SharingDecision declined = SharingCheck.check(withCase(admitted().status(CaseStatus.DECLINED)
                .firstProcessedOn(LocalDate.of(2025, 5, 10)).declinedOn(LocalDate.of(2025, 6, 1)).build()), LocalDate.of(2025, 6, 1));
        assertThat(declined.retentionEnd()).contains(LocalDate.of(2025, 6, 1));
        assertThat(declined.refusedBy()).doesNotContain("SHARE-RETENTION").contains("SHARE-STATUS");
        assertThat(SharingCheck.check(withCase(admitted().status(CaseStatus.DECLINED).firstProcessedOn(LocalDate.of(2025, 5, 10))
                .declinedOn(LocalDate.of(2025, 6, 1)).build()), LocalDate.of(2025, 6, 2)).refusedBy()).contains("SHARE-RETENTION");
    }

    @Test
    @DisplayName("the regime on the date of first processing decides: WGS from the WGS date for a basistaak; the covenant's "
            + "before it and for a plustaak (not checked without closing date and terms); the configured WGS date counts")
    void SHARE_RETENTION_regimeOfFirstProcessing() {
        LocalDate asOf = LocalDate.of(2031, 1, 1);
        Renewal renewal = Renewal.of(LocalDate.of(2030, 2, 1), RenewalGround.STILL_MEETS_CRITERIA, Tri.TRUE);
        // first processed the day before the WGS date: the covenant's retention, not checked without terms
        SharingDecision before = SharingCheck.check(withCase(admitted().firstProcessedOn(WGS.minusDays(1)).addRenewal(renewal)
                .build()), asOf);
        assertThat(rule(before)).isEmpty();
        assertThat(before.retentionEnd()).isEmpty();
        assertThat(before.retentionRegime()).isEmpty();
        assertThat(before.renewalsNotApplied()).containsExactly(RenewalNotApplied.of(renewal, List.of(RenewalReason.COVENANT_RETENTION)));
        // on the WGS date: the WGS's
        SharingDecision on = SharingCheck.check(withCase(admitted().firstProcessedOn(WGS).addRenewal(renewal).build()), asOf);
        assertThat(on.retentionRegime()).contains(SharingRegime.WGS);
        assertThat(on.retentionEnd()).contains(LocalDate.of(2032, 2, 1));
        // a plustaak first processed after the WGS date: the covenant's (its regime is the covenant's on every date)
        SharingDecision plustaak = SharingCheck.check(withCase(admitted().taskCategory(TaskCategory.PLUSTAAK)
                .covenantInForce(Tri.TRUE).firstProcessedOn(WGS).build()), LocalDate.of(2030, 3, 2));
        assertThat(rule(plustaak)).isEmpty();
        assertThat(plustaak.retentionEnd()).isEmpty();
        assertThat(plustaak.outcome()).isEqualTo(SharingOutcome.ALLOW);
        SharingDecision plustaakClosed = SharingCheck.check(withCase(admitted().status(CaseStatus.CLOSED)
                .taskCategory(TaskCategory.PLUSTAAK).covenantInForce(Tri.TRUE).firstProcessedOn(WGS)
                .closedOn(LocalDate.of(2026, 1, 10)).build()), TERMS, LocalDate.of(2028, 1, 11));
        assertThat(plustaakClosed.retentionRegime()).contains(SharingRegime.COVENANT);
        assertThat(plustaakClosed.retentionEnd()).contains(LocalDate.of(2028, 1, 10));
        assertThat(plustaakClosed.refusedBy()).containsExactly("SHARE-STATUS", "SHARE-RETENTION");
        // a house whose WGS date is later: first processed on 2025-03-01 is then under the covenant
        HouseConfig later = HouseConfig.builder().from(HouseConfig.reference()).wgsDate(LocalDate.of(2025, 7, 1)).build();
        assertThat(SharingCheck.check(withCase(admitted().firstProcessedOn(WGS).build()), later, asOf).retentionEnd()).isEmpty();
        assertThat(SharingCheck.check(withCase(admitted().firstProcessedOn(LocalDate.of(2025, 7, 1)).build()), later, asOf)
                .retentionRegime()).contains(SharingRegime.WGS);
    }

    @Test
    @DisplayName("a covenant-regime decision reports the covenant's end in retentionEnd (retentionRegime COVENANT): closing "
            + "date + term + extensions, the last day allowed; without configured terms it is not checked (no longer refused input)")
    void SHARE_RETENTION_covenant() {
        CaseFacts c = admitted().status(Optional.empty()).firstProcessedOn(LocalDate.of(2022, 4, 1))
                .closedOn(LocalDate.of(2024, 3, 10)).addRetentionExtension(Period.ofMonths(6)).build();
        LocalDate end = LocalDate.of(2026, 9, 10);
        for (LocalDate asOf : List.of(LocalDate.of(2024, 6, 1), end, end.plusDays(1))) {
            SharingDecision d = SharingCheck.check(withCase(c), TERMS, asOf);
            assertThat(d.retentionEnd()).contains(end);
            assertThat(d.retentionRegime()).contains(SharingRegime.COVENANT);
            assertThat(rule(d).get().value()).isEqualTo(Tri.of(asOf.isAfter(end)));
            assertThat(rule(d).get().missing()).isEmpty();
        }
        // the sharing regime may differ: before the WGS date the request itself is a covenant one too
        assertThat(SharingCheck.check(withCase(c), TERMS, LocalDate.of(2024, 6, 1)).regime()).isEqualTo(SharingRegime.COVENANT);
        SharingDecision noTerms = SharingCheck.check(withCase(c), end.plusDays(1));
        assertThat(rule(noTerms)).isEmpty();
        assertThat(noTerms.retentionEnd()).isEmpty();
        // before the WGS date without a date of first processing: first processing was before the WGS date too
        CaseFacts noFirst = admitted().status(Optional.empty()).closedOn(LocalDate.of(2023, 1, 1)).build();
        SharingDecision early = SharingCheck.check(withCase(noFirst), TERMS, LocalDate.of(2025, 2, 28));
        assertThat(early.retentionRegime()).contains(SharingRegime.COVENANT);
        assertThat(early.refusedBy()).contains("SHARE-RETENTION");
        assertThat(rule(early).get().value()).isEqualTo(Tri.TRUE);
    }

    @Test
    @DisplayName("regime unknown: a task category or a date of first processing that would settle it is named as missing, and "
            + "the earlier of the possible ends is reported")
    void SHARE_RETENTION_regimeUnknown() {
        // task category unknown: the WGS end is the only one computed
        CaseFacts noTask = admitted().taskCategory(Optional.empty()).firstProcessedOn(WGS).build();
        SharingDecision d = SharingCheck.check(withCase(noTask), LocalDate.of(2030, 3, 2));
        assertThat(d.retentionRegime()).contains(SharingRegime.UNKNOWN);
        assertThat(d.retentionEnd()).contains(LocalDate.of(2030, 3, 1));
        assertThat(rule(d).get().value()).isEqualTo(Tri.UNKNOWN);
        assertThat(rule(d).get().missing()).containsExactly("case.taskCategory");
        assertThat(d.missing()).containsExactly("case.taskCategory");
        assertThat(d.refusedBy()).containsExactly("SHARE-REGIME", "SHARE-RETENTION");
        assertThat(rule(SharingCheck.check(withCase(noTask), LocalDate.of(2030, 3, 1))).get().value()).isEqualTo(Tri.FALSE);
        // both ends possible: the earlier is reported; refused for sure only after both
        CaseFacts both = admitted().status(Optional.empty()).taskCategory(Optional.empty()).firstProcessedOn(WGS)
                .closedOn(LocalDate.of(2026, 1, 1)).build(); // covenant end 2028-01-01, WGS end 2030-03-01
        SharingDecision between = SharingCheck.check(withCase(both), TERMS, LocalDate.of(2029, 1, 1));
        assertThat(between.retentionEnd()).contains(LocalDate.of(2028, 1, 1));
        assertThat(rule(between).get().value()).isEqualTo(Tri.UNKNOWN);
        assertThat(rule(between).get().missing()).containsExactly("case.taskCategory");
        assertThat(rule(SharingCheck.check(withCase(both), TERMS, LocalDate.of(2030, 3, 2))).get().value()).isEqualTo(Tri.TRUE);
        assertThat(rule(SharingCheck.check(withCase(both), TERMS, LocalDate.of(2028, 1, 1))).get().value()).isEqualTo(Tri.FALSE);
        // no date of first processing from the WGS date: a basistaak may have been first processed before it or after
        CaseFacts noFirst = admitted().status(CaseStatus.CLOSED).closedOn(LocalDate.of(2025, 4, 1)).build();
        SharingDecision unsure = SharingCheck.check(withCase(noFirst), TERMS, LocalDate.of(2027, 4, 2));
        assertThat(unsure.retentionRegime()).contains(SharingRegime.UNKNOWN);
        assertThat(unsure.retentionEnd()).contains(LocalDate.of(2027, 4, 1));
        assertThat(rule(unsure).get().value()).isEqualTo(Tri.UNKNOWN);
        assertThat(unsure.missing()).containsExactly("case.firstProcessedOn");
        // ... but a plustaak's retention is the covenant's whatever the date
        SharingDecision plus = SharingCheck.check(withCase(ImmutableCaseFacts.copyOf(noFirst).withTaskCategory(TaskCategory.PLUSTAAK)),
                TERMS, LocalDate.of(2027, 4, 2));
        assertThat(plus.retentionRegime()).contains(SharingRegime.COVENANT);
        assertThat(rule(plus).get().value()).isEqualTo(Tri.TRUE);
    }

    @Test
    @DisplayName("not checked without its dates: no SHARE-RETENTION in the trace, no end, and the explanation says so")
    void SHARE_RETENTION_notChecked() {
        SharingDecision d = SharingCheck.check(SharingCheckTest.allowed(), LocalDate.of(2040, 1, 1));
        assertThat(d.outcome()).isEqualTo(SharingOutcome.ALLOW);
        assertThat(rule(d)).isEmpty();
        assertThat(d.retentionEnd()).isEmpty();
        assertThat(d.retentionRegime()).isEmpty();
        assertThat(d.renewalsNotApplied()).isEmpty();
        explainsIn(d, "Bewaartermijn niet getoetst: ", "Retention not checked: ");
        // renewals without a date of first processing, from the WGS date: cannot be judged, not listed
        SharingDecision unjudged = SharingCheck.check(withCase(admitted().addRenewal(Renewal.of(LocalDate.of(2030, 1, 1),
                RenewalGround.STILL_MEETS_CRITERIA, Tri.TRUE)).build()), LocalDate.of(2031, 1, 1));
        assertThat(unjudged.renewalsNotApplied()).isEmpty();
        assertThat(unjudged.retentionEnd()).isEmpty();
        // a closing date alone, without terms, is no longer refused input: it also serves the WGS renewals
        assertThat(SharingCheck.check(withCase(admitted().status(CaseStatus.CLOSED).closedOn(LocalDate.of(2025, 4, 1)).build()),
                LocalDate.of(2025, 6, 1)).retentionEnd()).isEmpty();
    }

    @Test
    @DisplayName("dates out of order are not refused (the spec names no such combination): they only end retention early or "
            + "fail a renewal's ground; the covenant's extensions are not read under the WGS retention")
    void SHARE_RETENTION_datesOutOfOrder() {
        LocalDate asOf = LocalDate.of(2026, 1, 1);
        // declined before first processing: ends on declinedOn, already past
        SharingDecision declined = SharingCheck.check(withCase(CaseFacts.builder().taskCategory(TaskCategory.BASISTAAK)
                .firstProcessedOn(LocalDate.of(2025, 6, 1)).declinedOn(LocalDate.of(2025, 5, 1)).build()), asOf);
        assertThat(declined.retentionEnd()).contains(LocalDate.of(2025, 5, 1));
        assertThat(declined.refusedBy()).contains("SHARE-RETENTION");
        // closed before first processing, renewed for relapse: closed more than a year before the end, not applied
        Renewal relapse = Renewal.of(LocalDate.of(2025, 12, 1), RenewalGround.RELAPSE_RISK, Tri.TRUE);
        SharingDecision closed = SharingCheck.check(withCase(CaseFacts.builder().taskCategory(TaskCategory.BASISTAAK)
                .firstProcessedOn(LocalDate.of(2025, 6, 1)).closedOn(LocalDate.of(2025, 4, 1)).addRenewal(relapse)
                .addRetentionExtension(Period.ofYears(10)).build()), asOf);
        assertThat(closed.retentionEnd()).contains(LocalDate.of(2030, 6, 1));
        assertThat(closed.renewalsNotApplied()).containsExactly(RenewalNotApplied.of(relapse, List.of(RenewalReason.CLOSED_TOO_EARLY)));
    }

    @Test
    @DisplayName("aggregated data: retention is reported but no rule applies (SHARE-NO-PERSONAL-DATA)")
    void SHARE_RETENTION_aggregated() {
        SharingDecision d = SharingCheck.check(withCase(admitted().firstProcessedOn(WGS).build()).withAggregated(true)
                .withPurpose(Purpose.TREND_ANALYSIS), LocalDate.of(2031, 1, 1));
        assertThat(d.outcome()).isEqualTo(SharingOutcome.ALLOW);
        assertThat(d.retentionEnd()).contains(LocalDate.of(2030, 3, 1));
        assertThat(d.trace()).extracting(RuleResult::ruleId).containsExactly("SHARE-NO-PERSONAL-DATA");
    }

    @Test
    @DisplayName("SHARE-RETENTION cites SRC-WGS art. 1.8 lid 7, SRC-BGS art. 1.16 and SRC-AVG art. 5(1)(e)")
    void SHARE_RETENTION_citations() {
        SharingDecision d = SharingCheck.check(withCase(admitted().firstProcessedOn(WGS).build()), LocalDate.of(2031, 1, 1));
        assertThat(rule(d).get().citations()).containsExactly(Citation.of(SourceId.WGS, "art. 1.8 lid 7"),
                Citation.of(SourceId.BGS, "art. 1.16"), Citation.of(SourceId.AVG, "art. 5(1)(e)"));
        assertThat(SharingRules.citations("SHARE-RETENTION")).isEqualTo(rule(d).get().citations());
    }

    @Test
    @DisplayName("RETENTION input: a date after asOf is refused, every one at once (a renewal's too), naming the field")
    void badInput_datesAfterAsOf() {
        LocalDate asOf = LocalDate.of(2026, 1, 1);
        LocalDate later = asOf.plusDays(1);
        CaseFacts c = CaseFacts.builder().firstProcessedOn(later).closedOn(later)
                .addRenewal(Renewal.of(asOf, RenewalGround.RELAPSE_RISK, Tri.TRUE))
                .addRenewal(Renewal.of(later, RenewalGround.RELAPSE_RISK, Tri.TRUE)).build();
        assertThatThrownBy(() -> SharingCheck.check(withCase(c), asOf)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations()).extracting(Violation::field, Violation::ruleId).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("case.firstProcessedOn", "RETENTION"),
                        org.assertj.core.groups.Tuple.tuple("case.closedOn", "RETENTION"),
                        org.assertj.core.groups.Tuple.tuple("case.renewals[1].on", "RETENTION")));
        assertThatThrownBy(() -> SharingCheck.check(withCase(CaseFacts.builder().declinedOn(later).build()), asOf))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("case.declinedOn").hasMessageContaining("after asOf");
        // on asOf itself every date is accepted
        assertThat(SharingCheck.check(withCase(CaseFacts.builder().firstProcessedOn(asOf).closedOn(asOf)
                .addRenewal(Renewal.of(asOf, RenewalGround.RELAPSE_RISK, Tri.TRUE)).build()), asOf).retentionEnd()).isPresent();
        assertThat(SharingCheck.check(withCase(CaseFacts.builder().declinedOn(asOf).build()), asOf).retentionEnd()).isEmpty();
    }

    @Test
    @DisplayName("RETENTION input: a renewal without on or ground is refused with its JSON path; a declining date only for a "
            + "DECLINED case; closed and declined together refused")
    void badInput_caseFacts() {
        String json = SharingCheckTest.JSON.replace("\"admittedUnder\":\"WGS2025\"}",
                "\"admittedUnder\":\"WGS2025\",\"firstProcessedOn\":\"2025-03-01\",\"renewals\":[{\"on\":\"2030-01-01\","
                        + "\"ground\":\"RELAPSE_RISK\"},{\"originConsent\":\"TRUE\"}]}");
        assertThatThrownBy(() -> ZvhJson.read(json, SharingFacts.class)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations()).extracting(Violation::field, Violation::ruleId).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("$.case.renewals[1].ground", "MODEL-REQUIRED"),
                        org.assertj.core.groups.Tuple.tuple("$.case.renewals[1].on", "MODEL-REQUIRED")));
        String notAList = json.substring(0, json.indexOf("[{\"on\"")) + "\"x\"}" + json.substring(json.indexOf("}]}") + 3);
        assertThatThrownBy(() -> ZvhJson.read(notAList, SharingFacts.class)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("$.case.renewals").hasMessageContaining("JSON-TYPE");
        SharingFacts ok = ZvhJson.read(json.replace(",{\"originConsent\":\"TRUE\"}", ""), SharingFacts.class);
        assertThat(ok.caseFacts().renewals()).containsExactly(Renewal.builder().on(LocalDate.of(2030, 1, 1))
                .ground(RenewalGround.RELAPSE_RISK).build());
        assertThat(ok.caseFacts().firstProcessedOn()).contains(WGS);
        assertThat(ZvhJson.read(ZvhJson.write(ok), SharingFacts.class)).isEqualTo(ok);
        for (CaseStatus s : CaseStatus.values()) {
            if (s == CaseStatus.DECLINED) {
                assertThat(CaseFacts.builder().status(s).declinedOn(WGS).build().declinedOn()).contains(WGS);
            } else {
                assertThatThrownBy(() -> CaseFacts.builder().status(s).declinedOn(WGS).build()).as("%s", s)
                        .isInstanceOf(InvalidInputException.class).hasMessageContaining("declinedOn")
                        .hasMessageContaining("not DECLINED").hasMessageContaining("RETENTION");
            }
        }
        assertThat(CaseFacts.builder().declinedOn(WGS).build().declinedOn()).contains(WGS);
        assertThatThrownBy(() -> CaseFacts.builder().closedOn(WGS).declinedOn(WGS).build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("declinedOn").hasMessageContaining("not both");
        List<Renewal> many = new ArrayList<>();
        for (int i = 0; i <= 100; i++) {
            many.add(Renewal.of(WGS.plusDays(i), RenewalGround.STILL_MEETS_CRITERIA, Tri.TRUE));
        }
        assertThatThrownBy(() -> CaseFacts.builder().renewals(many).build()).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("renewals");
        assertThat(CaseFacts.builder().renewals(many.subList(0, 100)).build().renewals()).hasSize(100);
    }

    @Test
    @DisplayName("JSON: the decision carries retentionEnd, retentionRegime and renewalsNotApplied, and reads back equal; an end "
            + "without its regime is refused")
    void json() {
        Renewal noConsent = Renewal.of(LocalDate.of(2030, 2, 15), RenewalGround.STILL_MEETS_CRITERIA, Tri.FALSE);
        SharingDecision d = SharingCheck.check(withCase(admitted().firstProcessedOn(WGS).addRenewal(noConsent).build()),
                LocalDate.of(2031, 6, 1));
        String json = ZvhJson.write(d);
        assertThat(json).contains("\"retentionEnd\":\"2030-03-01\"", "\"retentionRegime\":\"WGS\"",
                "\"renewalsNotApplied\":[{\"renewal\":{\"on\":\"2030-02-15\",\"ground\":\"STILL_MEETS_CRITERIA\","
                        + "\"originConsent\":\"FALSE\"},\"reasons\":[\"NO_ORIGIN_CONSENT\"]}]");
        assertThat(ZvhJson.read(json, SharingDecision.class)).isEqualTo(d);
        assertThatThrownBy(() -> ImmutableSharingDecision.copyOf(d).withRetentionRegime(Optional.empty()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("retentionRegime")
                .hasMessageContaining("SHARE-RETENTION");
        SharingDecision none = SharingCheck.check(SharingCheckTest.allowed(), LocalDate.of(2026, 1, 1));
        assertThatThrownBy(() -> ImmutableSharingDecision.copyOf(none).withRetentionRegime(SharingRegime.WGS))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("retentionRegime");
        assertThat(ZvhJson.write(none)).doesNotContain("retentionEnd").contains("\"renewalsNotApplied\":[]");
    }

    @Test
    @DisplayName("explain: the end and whose it is, each renewal not applied with its reasons, or retention not checked, in nl and en")
    void explain() {
        Renewal noConsent = Renewal.of(LocalDate.of(2030, 2, 15), RenewalGround.STILL_MEETS_CRITERIA, Tri.FALSE);
        SharingDecision wgs = SharingCheck.check(withCase(admitted().firstProcessedOn(WGS).addRenewal(noConsent).build()),
                LocalDate.of(2031, 6, 1));
        explainsIn(wgs, "Einde bewaartermijn: 2030-03-01, de laatste dag waarop de gegevens verwerkt mogen worden (WGS: vijf jaar",
                "End of retention: 2030-03-01, the last day on which the data may be processed (WGS: five years");
        explainsIn(wgs, "Hernieuwde verwerking van 2030-02-15 (" + RenewalGround.STILL_MEETS_CRITERIA.labelNl()
                + ") niet toegepast: " + RenewalReason.NO_ORIGIN_CONSENT.labelNl() + ". ", "Renewal of 2030-02-15 ("
                + RenewalGround.STILL_MEETS_CRITERIA.labelEn() + ") not applied: " + RenewalReason.NO_ORIGIN_CONSENT.labelEn() + ". ");
        explainsIn(wgs, "Geweigerd door SHARE-RETENTION: de bewaartermijn van de gegevens is verstreken. ",
                "Refused by SHARE-RETENTION: the retention period of the data has ended. ");
        Renewal late = Renewal.of(LocalDate.of(2030, 3, 2), RenewalGround.STILL_MEETS_CRITERIA, Tri.FALSE);
        SharingDecision two = SharingCheck.check(withCase(admitted().firstProcessedOn(WGS).addRenewal(late).build()),
                LocalDate.of(2031, 6, 1));
        explainsIn(two, RenewalReason.AFTER_END.labelNl() + "; " + RenewalReason.NO_ORIGIN_CONSENT.labelNl() + ". ",
                RenewalReason.AFTER_END.labelEn() + "; " + RenewalReason.NO_ORIGIN_CONSENT.labelEn() + ". ");
        SharingDecision covenant = SharingCheck.check(withCase(admitted().status(CaseStatus.CLOSED)
                .firstProcessedOn(LocalDate.of(2022, 1, 1)).closedOn(LocalDate.of(2024, 3, 10)).build()), TERMS, LocalDate.of(2025, 6, 1));
        explainsIn(covenant, "Einde bewaartermijn: 2026-03-10, de laatste dag waarop de gegevens verwerkt mogen worden (convenant: ",
                "End of retention: 2026-03-10, the last day on which the data may be processed (covenant: ");
        SharingDecision unknown = SharingCheck.check(withCase(admitted().taskCategory(Optional.empty()).firstProcessedOn(WGS).build()),
                LocalDate.of(2026, 1, 1));
        explainsIn(unknown, "(welke bewaartermijn geldt hangt af van de taakcategorie", "(which retention applies depends on the task category");
        for (SharingDecision d : List.of(wgs, covenant, unknown)) {
            assertThat(d.explain(Locale.ENGLISH)).doesNotContain("Retention not checked").endsWith(")."); // configuration last
        }
        // every reason and ground has a sentence in both languages: the labels are the sentences
        Set<RenewalReason> reasons = EnumSet.allOf(RenewalReason.class);
        assertThat(reasons).allSatisfy(r -> assertThat(r.labelNl()).isNotEqualTo(r.labelEn()));
    }

    /** The Dutch paragraph has the Dutch phrase and not the English one; the English paragraph the other way round. */
    private static void explainsIn(SharingDecision d, String dutch, String english) {
        assertThat(d.explain(Locale.forLanguageTag("nl"))).contains(dutch);
        assertThat(d.explain(Locale.ENGLISH)).contains(english);
        if (!dutch.equals(english)) {
            assertThat(d.explain(Locale.forLanguageTag("nl"))).doesNotContain(english);
            assertThat(d.explain(Locale.ENGLISH)).doesNotContain(dutch);
        }
    }
}
