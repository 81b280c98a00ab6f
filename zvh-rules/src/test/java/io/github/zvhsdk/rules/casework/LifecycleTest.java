package io.github.zvhsdk.rules.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zvhsdk.model.CaseStatus;
import io.github.zvhsdk.model.IntakeRegime;
import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.Labelled;
import io.github.zvhsdk.model.PartnerType;
import io.github.zvhsdk.model.Venue;
import io.github.zvhsdk.model.Violation;
import io.github.zvhsdk.model.json.ZvhJson;
import io.github.zvhsdk.model.rule.Tri;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("The case lifecycle: rules, bad input, JSON and explanations")
class LifecycleTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);
    private static final Locale NL = Locale.forLanguageTag("nl");

    private static TransitionDecision decide(String json) {
        return Lifecycle.transition(ZvhJson.read(json, TransitionFacts.class), AS_OF);
    }

    @Test
    @DisplayName("CASE-REFERRER: a participant brings a case in and screening starts")
    void caseReferrer_participantStartsScreening() {
        TransitionDecision d = decide("{\"status\":\"REGISTERED\",\"event\":\"START_SCREENING\","
                + "\"referrer\":{\"type\":\"POLITIE\",\"participant\":\"TRUE\"}}");
        assertThat(d.allowed()).isTrue();
        assertThat(d.to()).contains(CaseStatus.SCREENING);
        assertThat(d.refusedBy()).isEmpty();
        assertThat(d.admittedUnder()).isEmpty();
        assertThat(d.advisoryRole()).isEmpty();
    }

    @Test
    @DisplayName("CASE-REFERRER: a referrer of unknown type that is no participant is refused; referrer.type is not a missing-fact name")
    void caseReferrer_unknownTypeIsNotAMissingFactName() {
        TransitionDecision d = decide("{\"status\":\"REGISTERED\",\"event\":\"START_SCREENING\","
                + "\"referrer\":{\"participant\":\"FALSE\"}}");
        assertThat(d.allowed()).isFalse();
        assertThat(d.refusedBy()).containsExactly("CASE-REFERRER");
        assertThat(d.rules().get(1).value()).isEqualTo(Tri.UNKNOWN);
        assertThat(d.missing()).isEmpty();
        TransitionDecision none = decide("{\"status\":\"REGISTERED\",\"event\":\"START_SCREENING\"}");
        assertThat(none.refusedBy()).containsExactly("CASE-REFERRER");
        assertThat(none.missing()).containsExactly("referrer.participant");
        assertThat(decide("{\"status\":\"REGISTERED\",\"event\":\"START_SCREENING\",\"referrer\":null}")).isEqualTo(none);
    }

    @Test
    @DisplayName("CASE-ADMIT-CRITERIA: admitted under the given regime only when the criteria hold")
    void caseAdmitCriteria() {
        TransitionDecision ok = decide("{\"status\":\"SCREENING\",\"event\":\"ADMIT\",\"intakeOutcome\":\"TRUE\","
                + "\"intakeRegime\":\"LK2013\"}");
        assertThat(ok.allowed()).isTrue();
        assertThat(ok.admittedUnder()).contains(IntakeRegime.LK2013);
        TransitionDecision unknown = decide("{\"status\":\"SCREENING\",\"event\":\"ADMIT\",\"intakeRegime\":\"WGS2025\"}");
        assertThat(unknown.refusedBy()).containsExactly("CASE-ADMIT-CRITERIA");
        assertThat(unknown.missing()).containsExactly("intakeOutcome");
        assertThat(unknown.admittedUnder()).isEmpty();
    }

    @Test
    @DisplayName("CASE-DECLINE-ADVICE: never declined without advice to the referrer")
    void caseDeclineAdvice() {
        assertThat(decide("{\"status\":\"REGISTERED\",\"event\":\"DECLINE\",\"adviceToReferrer\":\"TRUE\"}").to())
                .contains(CaseStatus.DECLINED);
        TransitionDecision d = decide("{\"status\":\"SCREENING\",\"event\":\"DECLINE\",\"adviceToReferrer\":\"FALSE\"}");
        assertThat(d.refusedBy()).containsExactly("CASE-DECLINE-ADVICE");
        assertThat(d.missing()).isEmpty();
    }

    @Test
    @DisplayName("CASE-CLOSE-REASON: goals reached needs an evaluated plan; scaling down needs criteria gone and a local takeover")
    void caseCloseReason() {
        TransitionDecision down = decide("{\"status\":\"ADMITTED\",\"event\":\"CLOSE\",\"closeReason\":\"CRITERIA_NO_LONGER_MET\","
                + "\"intakeOutcome\":\"FALSE\",\"localTakeover\":\"TRUE\"}");
        assertThat(down.allowed()).isTrue();
        assertThat(down.advisoryRole()).contains(Venue.ZVH);
        TransitionDecision notYet = decide("{\"status\":\"ADMITTED\",\"event\":\"CLOSE\",\"closeReason\":\"CRITERIA_NO_LONGER_MET\"}");
        assertThat(notYet.missing()).containsExactly("intakeOutcome", "localTakeover");
        assertThat(notYet.advisoryRole()).isEmpty();
        TransitionDecision goals = decide("{\"status\":\"ADMITTED\",\"event\":\"CLOSE\",\"closeReason\":\"GOALS_REACHED\","
                + "\"intakeOutcome\":\"UNKNOWN\"}");
        assertThat(goals.refusedBy()).containsExactly("CASE-CLOSE-REASON");
        assertThat(goals.missing()).containsExactly("planEvaluated");
        TransitionDecision other = decide("{\"status\":\"ADMITTED\",\"event\":\"CLOSE\",\"closeReason\":\"OTHER\"}");
        assertThat(other.allowed()).isTrue();
        assertThat(other.advisoryRole()).isEmpty();
    }

    @Test
    @DisplayName("CASE-TRANSITION: a pair not in the table is refused, and the event's own rule is still evaluated")
    void caseTransition_listsEveryReason() {
        TransitionDecision d = decide("{\"status\":\"CLOSED\",\"event\":\"ADMIT\",\"intakeRegime\":\"WGS2025\"}");
        assertThat(d.refusedBy()).containsExactly("CASE-TRANSITION", "CASE-ADMIT-CRITERIA");
        assertThat(d.missing()).containsExactly("intakeOutcome");
        assertThat(d.explain(NL)).contains("definitief", "CASE-TRANSITION", "CASE-ADMIT-CRITERIA", "intakeOutcome");
        assertThat(d.explain(Locale.ENGLISH)).contains("final", "registered as a new case");
        TransitionDecision skip = decide("{\"status\":\"REGISTERED\",\"event\":\"ADMIT\",\"intakeOutcome\":\"TRUE\","
                + "\"intakeRegime\":\"WGS2025\"}");
        assertThat(skip.refusedBy()).containsExactly("CASE-TRANSITION");
        assertThat(skip.explain(Locale.ENGLISH)).contains("only be taken from «screening»");
    }

    @Test
    @DisplayName("the table of Event agrees with the model's forward-only statuses: together the events take every step of the model, and no other")
    void eventTable_agreesWithCaseStatus() {
        // rev. 2: ADMITTED is reached by ADMIT (from SCREENING) and by PLACE_ON_TOP_X (from REGISTERED or SCREENING), so
        // one event no longer covers a model step alone; the union of the events' steps is the model's order
        for (CaseStatus s : CaseStatus.values()) {
            for (CaseStatus t : CaseStatus.values()) {
                boolean byAnEvent = false;
                for (Event e : Event.values()) {
                    byAnEvent |= e.isStepFrom(s) && e.to() == t;
                }
                assertThat(byAnEvent).as("%s → %s", s, t).isEqualTo(s.canMoveTo(t));
            }
        }
        for (Event e : Event.values()) {
            for (CaseStatus s : e.from()) {
                assertThat(s.canMoveTo(e.to())).as("%s from %s", e, s).isTrue();
            }
        }
        assertThat(Event.PLACE_ON_TOP_X.from()).containsExactlyInAnyOrder(CaseStatus.REGISTERED, CaseStatus.SCREENING);
        assertThat(Event.PLACE_ON_TOP_X.to()).isEqualTo(CaseStatus.ADMITTED);
        assertThat(Event.HAND_OVER.from()).containsExactlyInAnyOrder(CaseStatus.REGISTERED, CaseStatus.SCREENING,
                CaseStatus.ADMITTED);
        assertThat(Event.HAND_OVER.to()).isEqualTo(CaseStatus.HANDED_OVER);
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of("{\"status\":\"REGISTERED\",\"event\":\"REOPEN\"}", "$.event"),
                Arguments.of("{\"event\":\"DECLINE\"}", "status"),
                Arguments.of("{\"status\":\"REGISTERED\"}", "event"),
                Arguments.of("{\"status\":\"SCREENING\",\"event\":\"ADMIT\",\"intakeOutcome\":\"TRUE\"}", "intakeRegime"),
                Arguments.of("{\"status\":\"ADMITTED\",\"event\":\"CLOSE\"}", "closeReason"),
                Arguments.of("{\"status\":\"ADMITTED\",\"event\":\"CLOSE\",\"closeReason\":\"BORED\"}", "$.closeReason"),
                Arguments.of("{\"status\":\"SCREENING\",\"event\":\"DECLINE\",\"adviceToReferrer\":true}", "$.adviceToReferrer"),
                Arguments.of("{\"status\":\"SCREENING\",\"event\":\"DECLINE\",\"urgent\":\"TRUE\"}", "$.urgent"),
                Arguments.of("{\"status\":\"UNKNOWN\",\"event\":\"DECLINE\"}", "$.status"),
                Arguments.of("{\"status\":\"REGISTERED\",\"event\":\"START_SCREENING\",\"referrer\":{\"type\":\"BAKKER\"}}",
                        "$.referrer.type"),
                Arguments.of("{\"status\":\"SCREENING\",\"event\":\"PLACE_ON_TOP_X\",\"intakeOutcome\":\"TRUE\"}",
                        "intakeRegime"),
                Arguments.of("{\"status\":\"SCREENING\",\"event\":\"PLACE_ON_TOP_X\",\"intakeRegime\":\"WGS2025\","
                        + "\"topX\":{\"criteriaMet\":true}}", "$.topX.criteriaMet"),
                Arguments.of("{\"status\":\"SCREENING\",\"event\":\"PLACE_ON_TOP_X\",\"intakeRegime\":\"WGS2025\","
                        + "\"topX\":{\"criteriaMet\":\"TRUE\",\"listed\":\"TRUE\"}}", "$.topX.listed"),
                Arguments.of("{\"status\":\"SCREENING\",\"event\":\"PLACE_ON_TOP_X\",\"intakeRegime\":\"WGS2025\","
                        + "\"topX\":\"TRUE\"}", "$.topX"),
                Arguments.of("{\"status\":\"SCREENING\",\"event\":\"PLACE_ON_TOP_X\",\"intakeRegime\":\"WGS2025\","
                        + "\"topX.criteriaMet\":\"TRUE\"}", "$.topX.criteriaMet"),
                Arguments.of("{\"status\":\"ADMITTED\",\"event\":\"HAND_OVER\",\"handOverAccepted\":true}",
                        "$.handOverAccepted"),
                Arguments.of("{\"status\":\"ADMITTED\",\"event\":\"HAND_OVER\",\"handOverAccepted\":\"YES\"}",
                        "$.handOverAccepted"),
                Arguments.of("{\"status\":\"HANDED_OVER \",\"event\":\"CLOSE\",\"closeReason\":\"OTHER\"}", "$.status"),
                Arguments.of("{\"status\":\"ADMITTED\",\"event\":\"TOP_X\"}", "$.event"));
    }

    @ParameterizedTest
    @MethodSource("badInput")
    @DisplayName("bad input is refused with the field named")
    void badInput_isRefusedNamingTheField(String json, String field) {
        assertThatThrownBy(() -> decide(json)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations()).extracting(Violation::field).anyMatch(f -> f.endsWith(field)));
    }

    static Stream<Arguments> paddedTokens() {
        return Stream.of(
                Arguments.of("{\"status\":\" SCREENING\",\"event\":\"DECLINE\"}", "$.status"),
                Arguments.of("{\"status\":\"SCREENING\",\"event\":\"DECLINE \"}", "$.event"),
                Arguments.of("{\"status\":\"SCREENING\",\"event\":\"ADMIT\",\"intakeOutcome\":\"TRUE\","
                        + "\"intakeRegime\":\"LK2013 \"}", "$.intakeRegime"),
                Arguments.of("{\"status\":\"ADMITTED\",\"event\":\"CLOSE\",\"closeReason\":\"OTHER\\t\"}", "$.closeReason"),
                Arguments.of("{\"status\":\"REGISTERED\",\"event\":\"START_SCREENING\","
                        + "\"referrer\":{\"type\":\"POLITIE \",\"participant\":\"TRUE\"}}", "$.referrer.type"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("paddedTokens")
    @DisplayName("JSON-ENUM (spec README, refused input): \"LK2013 \" is no regime, so CASE-ADMIT-CRITERIA never records one")
    void paddedTokenRefused(String json, String field) {
        assertThatThrownBy(() -> decide(json)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations()).anySatisfy(v -> {
                    assertThat(v.ruleId()).isEqualTo("JSON-ENUM");
                    assertThat(v.field()).isEqualTo(field);
                }));
    }

    @Test
    @DisplayName("an asOf before 2013-01-01 and null arguments are refused before any work")
    void arguments_areChecked() {
        TransitionFacts f = TransitionFacts.builder().status(CaseStatus.REGISTERED).event(Event.DECLINE).build();
        assertThatThrownBy(() -> Lifecycle.transition(f, LocalDate.of(2012, 12, 31)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations()).extracting(Violation::ruleId).containsExactly("FRAMEWORK-DATE"));
        assertThatThrownBy(() -> Lifecycle.transition(f, null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Lifecycle.transition(null, AS_OF)).isInstanceOf(NullPointerException.class)
                .hasMessage("facts");
        assertThatThrownBy(() -> Lifecycle.transition(f, null, AS_OF)).isInstanceOf(NullPointerException.class)
                .hasMessage("config");
        assertThatThrownBy(() -> Lifecycle.transition(f, TransitionConfig.defaults(), LocalDate.of(2012, 12, 31)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> TransitionFacts.builder().build()).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations()).extracting(Violation::field).containsExactlyInAnyOrder("status", "event"));
    }

    @Test
    @DisplayName("facts and decisions round-trip through JSON")
    void json_roundTrips() {
        TransitionFacts f = TransitionFacts.builder().status(CaseStatus.ADMITTED).event(Event.CLOSE)
                .closeReason(CloseReason.CRITERIA_NO_LONGER_MET).intakeOutcome(Tri.FALSE).localTakeover(Tri.TRUE)
                .referrer(Referrer.of(PartnerType.GGZ, Tri.TRUE)).build();
        assertThat(ZvhJson.read(ZvhJson.write(f), TransitionFacts.class)).isEqualTo(f);
        for (TransitionDecision d : List.of(Lifecycle.transition(f, AS_OF),
                decide("{\"status\":\"SCREENING\",\"event\":\"ADMIT\",\"intakeRegime\":\"LK2013\"}"))) {
            String json = ZvhJson.write(d);
            assertThat(ZvhJson.read(json, TransitionDecision.class)).isEqualTo(d);
            assertThat(json).contains("\"allowed\"", "\"refusedBy\"", "\"missing\"", "\"rules\"", "\"citations\"", "\"asOf\"");
        }
    }

    @Test
    @DisplayName("explanations in Dutch and English, with the new status, the regime and the advisory role")
    void explain_inDutchAndEnglish() {
        TransitionDecision admit = decide("{\"status\":\"SCREENING\",\"event\":\"ADMIT\",\"intakeOutcome\":\"TRUE\","
                + "\"intakeRegime\":\"WGS2025\"}");
        assertThat(admit.explain(NL)).startsWith("Stap «in behandeling nemen»").contains("toegestaan", "WGS-registratiecriteria");
        assertThat(admit.explain(Locale.ENGLISH)).startsWith("Step «admit»").contains("allowed", "WGS registration criteria");
        TransitionDecision down = decide("{\"status\":\"ADMITTED\",\"event\":\"CLOSE\",\"closeReason\":\"CRITERIA_NO_LONGER_MET\","
                + "\"intakeOutcome\":\"FALSE\",\"localTakeover\":\"TRUE\"}");
        assertThat(down.explain(NL)).contains("adviseur");
        assertThat(down.explain(Locale.ENGLISH)).contains("adviser");
        TransitionDecision refused = decide("{\"status\":\"REGISTERED\",\"event\":\"START_SCREENING\"}");
        assertThat(refused.explain(NL)).contains("geweigerd", "CASE-REFERRER", "SRC-LK2013 §4.3", "Vast te stellen: referrer.participant");
        assertThat(refused.explain(Locale.ENGLISH)).contains("refused", "To be established: referrer.participant");
    }

    @Test
    @DisplayName("MODEL-REQUIRED: a Java null for referrer.participant is refused naming the field")
    void referrer_nullParticipantRefused() {
        assertThatThrownBy(() -> Referrer.builder().type(PartnerType.GGZ).participant(null).build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("participant"));
        assertThat(Referrer.builder().type(PartnerType.GGZ).build().participant()).isEqualTo(Tri.UNKNOWN);
    }

    @Test
    @DisplayName("a decision read back with a rule id this version does not know explains that rule by its id")
    void explain_unknownRuleById() {
        TransitionDecision refused = decide("{\"status\":\"REGISTERED\",\"event\":\"START_SCREENING\"}");
        String json = ZvhJson.write(refused);
        assertThat(json).contains("\"CASE-REFERRER\"");
        TransitionDecision later = ZvhJson.read(json.replace("\"CASE-REFERRER\"", "\"CASE-LATER-RULE\""),
                TransitionDecision.class);
        for (Locale l : List.of(NL, Locale.ENGLISH)) {
            assertThat(later.explain(l)).contains(" CASE-LATER-RULE (SRC-LK2013 §4.3): CASE-LATER-RULE.")
                    .doesNotContain("CASE-REFERRER");
        }
    }

    @Test
    @DisplayName("every new enum constant has a Dutch and an English label")
    void enums_areLabelled() {
        List<Labelled> all = new java.util.ArrayList<>(List.of(Event.values()));
        all.addAll(List.of(CloseReason.values()));
        all.addAll(List.of(DataAction.values()));
        assertThat(all).hasSize(6 + 3 + 3);
        for (Labelled l : all) {
            assertThat(l.labelNl()).as("%s", l).isNotBlank().isNotEqualTo(l.labelEn());
            assertThat(l.labelEn()).as("%s", l).isNotBlank();
        }
        assertThat(Event.PLACE_ON_TOP_X.labelNl()).isEqualTo("op de Top-X-lijst plaatsen");
        assertThat(Event.HAND_OVER.labelEn()).isEqualTo("hand over to the radicalisation case consultation");
        assertThat(DataAction.DELETE.citation()).hasToString("SRC-BGS art. 1.16 lid 1 b");
        assertThat(DataAction.SHIELD.citation()).hasToString("SRC-WGS art. 2.31 lid 8");
        assertThat(DataAction.STOP.citation()).hasToString("SRC-WGS art. 2.31 lid 13");
    }

    /** The Dutch paragraph has the Dutch phrase and not the English one; the English paragraph the other way round. */
    private static void explainsIn(TransitionDecision d, String dutch, String english) {
        assertThat(d.explain(NL)).contains(dutch).doesNotContain(english);
        assertThat(d.explain(Locale.ENGLISH)).contains(english).doesNotContain(dutch);
    }

    @Test
    @DisplayName("explanations: each rule's reason, definite or not yet established, in its own language")
    void explain_everyReason() {
        TransitionDecision admit = decide("{\"status\":\"SCREENING\",\"event\":\"ADMIT\",\"intakeOutcome\":\"TRUE\","
                + "\"intakeRegime\":\"WGS2025\"}");
        explainsIn(admit, "» vanuit status «", "» from status «");
        explainsIn(admit, "toegestaan; nieuwe status «", "allowed; new status «");
        explainsIn(admit, " De casus is opgenomen onder «", " The case is admitted under «");
        TransitionDecision down = decide("{\"status\":\"ADMITTED\",\"event\":\"CLOSE\",\"closeReason\":\"CRITERIA_NO_LONGER_MET\","
                + "\"intakeOutcome\":\"FALSE\",\"localTakeover\":\"TRUE\"}");
        explainsIn(down, " Het Zorg- en Veiligheidshuis blijft als adviseur aangehaakt.", " The house stays on as adviser.");

        TransitionDecision notParticipant = decide("{\"status\":\"REGISTERED\",\"event\":\"START_SCREENING\","
                + "\"referrer\":{\"type\":\"POLITIE\",\"participant\":\"FALSE\"}}");
        explainsIn(notParticipant, "geweigerd.", "refused.");
        explainsIn(notParticipant, "de aanmelder is geen deelnemer van het huis", "the referrer is not a participant of the house");
        TransitionDecision referrerUnknown = decide("{\"status\":\"REGISTERED\",\"event\":\"START_SCREENING\"}");
        explainsIn(referrerUnknown, "niet vastgesteld is dat de aanmelder deelnemer van het huis is",
                "it is not established that the referrer is a participant of the house");
        explainsIn(referrerUnknown, " Vast te stellen: referrer.participant.", " To be established: referrer.participant.");

        TransitionDecision criteriaFalse = decide("{\"status\":\"SCREENING\",\"event\":\"ADMIT\",\"intakeOutcome\":\"FALSE\","
                + "\"intakeRegime\":\"WGS2025\"}");
        explainsIn(criteriaFalse, "de casus voldoet niet aan de criteria", "the case does not meet the criteria");
        assertThat(criteriaFalse.explain(Locale.ENGLISH)).doesNotContain("To be established");
        TransitionDecision criteriaUnknown = decide("{\"status\":\"SCREENING\",\"event\":\"ADMIT\",\"intakeRegime\":\"WGS2025\"}");
        explainsIn(criteriaUnknown, "niet vastgesteld is dat de casus aan de criteria voldoet",
                "it is not established that the case meets the criteria");

        TransitionDecision noAdvice = decide("{\"status\":\"SCREENING\",\"event\":\"DECLINE\",\"adviceToReferrer\":\"FALSE\"}");
        explainsIn(noAdvice, "de aanmelder heeft geen advies gekregen; een casus wordt nooit zonder advies niet opgepakt",
                "the referrer was given no advice; a case is never declined without advice");
        TransitionDecision adviceUnknown = decide("{\"status\":\"SCREENING\",\"event\":\"DECLINE\"}");
        explainsIn(adviceUnknown, "niet vastgesteld is dat de aanmelder advies heeft gekregen",
                "it is not established that the referrer was given advice");

        TransitionDecision goals = decide("{\"status\":\"ADMITTED\",\"event\":\"CLOSE\",\"closeReason\":\"GOALS_REACHED\","
                + "\"planEvaluated\":\"FALSE\"}");
        explainsIn(goals, "bij «doelen bereikt» moet het plan van aanpak geëvalueerd zijn",
                "with «goals reached» the plan of approach must have been evaluated");
        TransitionDecision notHandedOver = decide("{\"status\":\"ADMITTED\",\"event\":\"CLOSE\","
                + "\"closeReason\":\"CRITERIA_NO_LONGER_MET\",\"intakeOutcome\":\"FALSE\",\"localTakeover\":\"FALSE\"}");
        explainsIn(notHandedOver, "afschalen vraagt dat de casus niet langer aan de criteria voldoet en dat een lokale partij hem heeft overgenomen",
                "scaling down needs the case to no longer meet the criteria and a local party to have taken it over");

        TransitionDecision closed = decide("{\"status\":\"CLOSED\",\"event\":\"ADMIT\",\"intakeOutcome\":\"TRUE\","
                + "\"intakeRegime\":\"WGS2025\"}");
        explainsIn(closed, "» is definitief; een casus die terugkomt wordt als nieuwe casus aangemeld",
                "» is final; a case that comes back is registered as a new case");
        TransitionDecision skip = decide("{\"status\":\"REGISTERED\",\"event\":\"ADMIT\",\"intakeOutcome\":\"TRUE\","
                + "\"intakeRegime\":\"WGS2025\"}");
        explainsIn(skip, "deze stap kan alleen vanuit «", "this step can only be taken from «");
        // a step possible from two statuses names both, joined in the paragraph's language
        TransitionDecision declineAdmitted = decide("{\"status\":\"ADMITTED\",\"event\":\"DECLINE\",\"adviceToReferrer\":\"TRUE\"}");
        assertThat(declineAdmitted.refusedBy()).containsExactly("CASE-TRANSITION");
        assertThat(Event.DECLINE.from()).hasSize(2);
        explainsIn(declineAdmitted, "» of «", "» or «");
        assertThat(declineAdmitted.explain(Locale.ENGLISH)).contains("CASE-TRANSITION (" + declineAdmitted.rules().get(0).citations().get(0) + ")");
    }

    @Test
    @DisplayName("explanations: the new status is named, and a rule that does not refuse is not explained")
    void explain_newStatusAndOnlyRefusingRules() {
        TransitionDecision admit = decide("{\"status\":\"SCREENING\",\"event\":\"ADMIT\",\"intakeOutcome\":\"TRUE\","
                + "\"intakeRegime\":\"WGS2025\"}");
        assertThat(admit.explain(Locale.ENGLISH)).contains("allowed; new status «" + CaseStatus.ADMITTED.label(Locale.ENGLISH) + "».");
        TransitionDecision skip = decide("{\"status\":\"REGISTERED\",\"event\":\"ADMIT\",\"intakeOutcome\":\"TRUE\","
                + "\"intakeRegime\":\"WGS2025\"}");
        assertThat(skip.refusedBy()).containsExactly("CASE-TRANSITION");
        assertThat(skip.explain(Locale.ENGLISH)).contains("CASE-TRANSITION").doesNotContain("CASE-ADMIT-CRITERIA");
        assertThat(skip.explain(NL)).doesNotContain("CASE-ADMIT-CRITERIA");
    }

    private static TransitionDecision decide(String json, String wgsDate, String asOf) {
        return Lifecycle.transition(ZvhJson.read(json, TransitionFacts.class),
                TransitionConfig.builder().wgsDate(LocalDate.parse(wgsDate)).build(), LocalDate.parse(asOf));
    }

    private static final String TOP_X = "{\"status\":\"SCREENING\",\"event\":\"PLACE_ON_TOP_X\",\"intakeOutcome\":\"TRUE\","
            + "\"intakeRegime\":\"WGS2025\",\"topX\":{\"criteriaMet\":\"TRUE\",\"criteriaPublished\":\"TRUE\"}}";

    @Test
    @DisplayName("CASE-TOPX: placed and admitted under the WGS; each condition refuses on its own (TRN-009, TRN-010)")
    void caseTopX() {
        TransitionDecision placed = decide(TOP_X);
        assertThat(placed.allowed()).isTrue();
        assertThat(placed.to()).contains(CaseStatus.ADMITTED);
        assertThat(placed.admittedUnder()).contains(IntakeRegime.WGS2025);
        assertThat(placed.dataAction()).isEmpty();
        assertThat(placed.citations()).extracting(Object::toString).contains("SRC-WGS art. 2.32 lid 1, 3", "SRC-BGS art. 2.22");
        assertThat(decide(TOP_X.replace("SCREENING", "REGISTERED")).allowed()).as("from REGISTERED too").isTrue();
        // each of the three facts FALSE: refused, nothing missing; UNKNOWN: refused, that fact missing
        for (String fact : List.of("intakeOutcome", "criteriaMet", "criteriaPublished")) {
            String name = fact.equals("intakeOutcome") ? fact : "topX." + fact;
            TransitionDecision no = decide(TOP_X.replace("\"" + fact + "\":\"TRUE\"", "\"" + fact + "\":\"FALSE\""));
            assertThat(no.refusedBy()).as(fact).containsExactly("CASE-TOPX");
            assertThat(no.missing()).as(fact).isEmpty();
            TransitionDecision open = decide(TOP_X.replace("\"" + fact + "\":\"TRUE\"", "\"" + fact + "\":\"UNKNOWN\""));
            assertThat(open.refusedBy()).as(fact).containsExactly("CASE-TOPX");
            assertThat(open.missing()).as(fact).containsExactly(name);
            assertThat(open.admittedUnder()).isEmpty();
        }
        // absent topX (or JSON null) is unknown: both its facts missing
        TransitionDecision none = decide("{\"status\":\"SCREENING\",\"event\":\"PLACE_ON_TOP_X\",\"intakeOutcome\":\"TRUE\","
                + "\"intakeRegime\":\"WGS2025\"}");
        assertThat(none.missing()).containsExactly("topX.criteriaMet", "topX.criteriaPublished");
        assertThat(decide("{\"status\":\"SCREENING\",\"event\":\"PLACE_ON_TOP_X\",\"intakeOutcome\":\"TRUE\","
                + "\"intakeRegime\":\"WGS2025\",\"topX\":null}")).isEqualTo(none);
        // LK2013: the Top-X list needs the criteria of BGS art. 2.20, so a definite refusal, nothing missing
        TransitionDecision lk = decide(TOP_X.replace("WGS2025", "LK2013"));
        assertThat(lk.refusedBy()).containsExactly("CASE-TOPX");
        assertThat(lk.missing()).isEmpty();
        // before the WGS date (the configured one): refused, and unknown facts are not missing (the date settles it)
        TransitionDecision before = decide(TOP_X.replace("\"criteriaPublished\":\"TRUE\"", "\"criteriaPublished\":\"UNKNOWN\""),
                "2025-03-01", "2025-02-28");
        assertThat(before.refusedBy()).containsExactly("CASE-TOPX");
        assertThat(before.missing()).isEmpty();
        assertThat(decide(TOP_X, "2025-03-01", "2025-03-01").allowed()).as("on the WGS date").isTrue();
        assertThat(decide(TOP_X, "2025-09-01", "2025-08-31").refusedBy()).as("a later configured WGS date").containsExactly("CASE-TOPX");
        assertThat(decide(TOP_X, "2025-01-01", "2025-01-01").allowed()).as("an earlier configured WGS date").isTrue();
    }

    @Test
    @DisplayName("CASE-HANDOVER: from 2025-07-01, once the radicalisation consultation took the case; STOP from the WGS date (TRN-011, TRN-012)")
    void caseHandOver() {
        String accepted = "{\"status\":\"ADMITTED\",\"event\":\"HAND_OVER\",\"handOverAccepted\":\"TRUE\"}";
        TransitionDecision d = decide(accepted, "2025-03-01", "2025-07-01");
        assertThat(d.allowed()).isTrue();
        assertThat(d.to()).contains(CaseStatus.HANDED_OVER);
        assertThat(d.dataAction()).contains(DataAction.STOP);
        assertThat(d.admittedUnder()).isEmpty();
        assertThat(d.advisoryRole()).isEmpty();
        TransitionDecision early = decide(accepted, "2025-03-01", "2025-06-30");
        assertThat(early.refusedBy()).containsExactly("CASE-HANDOVER");
        assertThat(early.missing()).isEmpty();
        assertThat(early.dataAction()).isEmpty();
        TransitionDecision notTaken = decide(accepted.replace("TRUE", "FALSE"), "2025-03-01", "2025-07-01");
        assertThat(notTaken.refusedBy()).containsExactly("CASE-HANDOVER");
        assertThat(notTaken.missing()).isEmpty();
        TransitionDecision open = decide("{\"status\":\"REGISTERED\",\"event\":\"HAND_OVER\"}", "2025-03-01", "2025-07-01");
        assertThat(open.refusedBy()).containsExactly("CASE-HANDOVER");
        assertThat(open.missing()).containsExactly("handOverAccepted");
        // before 2025-07-01 the unknown acceptance is not missing: the date alone refuses
        assertThat(decide("{\"status\":\"REGISTERED\",\"event\":\"HAND_OVER\"}", "2025-03-01", "2025-06-30").missing()).isEmpty();
        // HANDED_OVER is final (TRN-013), and a closed or declined case cannot be handed over
        TransitionDecision after = decide("{\"status\":\"HANDED_OVER\",\"event\":\"CLOSE\",\"closeReason\":\"OTHER\"}",
                "2025-03-01", "2025-09-01");
        assertThat(after.refusedBy()).containsExactly("CASE-TRANSITION");
        explainsIn(after, "«overgedragen aan het casusoverleg radicalisering» is definitief",
                "«handed over to the radicalisation case consultation» is final");
        for (String end : List.of("CLOSED", "DECLINED", "HANDED_OVER")) {
            TransitionDecision x = decide(accepted.replace("ADMITTED", end), "2025-03-01", "2025-09-01");
            assertThat(x.refusedBy()).as(end).containsExactly("CASE-TRANSITION");
        }
    }

    @Test
    @DisplayName("dataAction: DELETE on a decline, SHIELD on a close, from the WGS date on; none before it or on another step (TRN-014, TRN-015)")
    void dataAction() {
        String decline = "{\"status\":\"SCREENING\",\"event\":\"DECLINE\",\"adviceToReferrer\":\"TRUE\"}";
        assertThat(decide(decline, "2025-03-01", "2025-03-01").dataAction()).contains(DataAction.DELETE);
        assertThat(decide(decline, "2025-03-01", "2025-02-28").dataAction()).isEmpty();
        assertThat(decide(decline.replace("TRUE", "FALSE"), "2025-03-01", "2025-06-01").dataAction()).as("refused").isEmpty();
        String close = "{\"status\":\"ADMITTED\",\"event\":\"CLOSE\",\"closeReason\":\"OTHER\"}";
        assertThat(decide(close, "2025-03-01", "2025-06-01").dataAction()).contains(DataAction.SHIELD);
        assertThat(decide(close, "2025-09-01", "2025-08-31").dataAction()).as("a later configured WGS date").isEmpty();
        assertThat(decide(close, "2025-01-01", "2025-01-01").dataAction()).as("an earlier one").contains(DataAction.SHIELD);
        assertThat(decide("{\"status\":\"SCREENING\",\"event\":\"ADMIT\",\"intakeOutcome\":\"TRUE\",\"intakeRegime\":\"WGS2025\"}",
                "2025-03-01", "2025-06-01").dataAction()).isEmpty();
        assertThat(decide("{\"status\":\"REGISTERED\",\"event\":\"START_SCREENING\",\"referrer\":{\"type\":\"ZVH\"}}",
                "2025-03-01", "2025-06-01").dataAction()).isEmpty();
        assertThat(decide(TOP_X).dataAction()).isEmpty();
        // the reference configuration is the WGS from 2025-03-01
        assertThat(Lifecycle.transition(ZvhJson.read(decline, TransitionFacts.class), LocalDate.of(2025, 3, 1)).dataAction())
                .contains(DataAction.DELETE);
        assertThat(Lifecycle.transition(ZvhJson.read(decline, TransitionFacts.class), LocalDate.of(2025, 2, 28)).dataAction())
                .isEmpty();
        assertThat(Lifecycle.transition(ZvhJson.read(decline, TransitionFacts.class), AS_OF).wgsDate())
                .isEqualTo(LocalDate.of(2025, 3, 1));
    }

    @Test
    @DisplayName("explanations of the rev. 2 rules and data actions, in their own language")
    void explain_rev2() {
        TransitionDecision placed = decide(TOP_X);
        explainsIn(placed, "Een casus op de Top-X-lijst wordt behandeld als een aanmelding",
                "A case on the Top-X list is treated as a registration");
        explainsIn(placed, "«op de Top-X-lijst plaatsen»", "«place on the Top-X list»");
        explainsIn(decide(TOP_X, "2025-03-01", "2025-02-01"), "op 2025-02-01 geldt de WGS nog niet (vanaf 2025-03-01)",
                "on 2025-02-01 the WGS does not yet apply (from 2025-03-01)");
        // an unknown refusal names exactly the conditions that are not established, joined in the paragraph's language
        TransitionDecision open = decide(TOP_X.replace("\"criteriaMet\":\"TRUE\"", "\"criteriaMet\":\"UNKNOWN\""));
        explainsIn(open, "): niet vastgesteld is dat de persoon aan de objectieve criteria van de lijst voldoet.",
                "): it is not established that the person meets the list's objective criteria.");
        explainsIn(open, "Vast te stellen: topX.criteriaMet.", "To be established: topX.criteriaMet.");
        explainsIn(decide(TOP_X.replace("\"criteriaPublished\":\"TRUE\"", "\"criteriaPublished\":\"UNKNOWN\"")
                        .replace("\"intakeOutcome\":\"TRUE\"", "\"intakeOutcome\":\"UNKNOWN\"")),
                "niet vastgesteld is dat de casus aan de WGS-criteria voldoet en dat de objectieve criteria van de lijst op"
                        + " internet zijn gepubliceerd.",
                "it is not established that the case meets the WGS criteria and that the list's objective criteria are"
                        + " published on the internet.");
        TransitionDecision none = decide("{\"status\":\"SCREENING\",\"event\":\"PLACE_ON_TOP_X\",\"intakeRegime\":\"WGS2025\"}");
        String allThree = "it is not established that the case meets the WGS criteria, that the person meets the list's"
                + " objective criteria and that the list's objective criteria are published on the internet.";
        assertThat(none.explain(Locale.ENGLISH)).contains(allThree);
        assertThat(none.explain(NL)).contains("niet vastgesteld is dat de casus aan de WGS-criteria voldoet, dat de persoon"
                + " aan de objectieve criteria van de lijst voldoet en dat de objectieve criteria");
        // read back from JSON without missing facts, or with one this version does not know
        String json = ZvhJson.write(none);
        TransitionDecision bare = ZvhJson.read(json.replace("\"missing\":[\"intakeOutcome\",\"topX.criteriaMet\","
                + "\"topX.criteriaPublished\"]", "\"missing\":[]"), TransitionDecision.class);
        assertThat(bare.rules().get(1).missing()).isEmpty();
        assertThat(bare.explain(Locale.ENGLISH)).contains(allThree);
        TransitionDecision later = ZvhJson.read(json.replace("\"missing\":[\"intakeOutcome\",\"topX.criteriaMet\","
                + "\"topX.criteriaPublished\"]", "\"missing\":[\"topX.laterFact\"]"), TransitionDecision.class);
        assertThat(later.explain(Locale.ENGLISH)).contains("it is not established topX.laterFact.");
        // a definite refusal states what a placement needs: an LK2013 intake, a FALSE criterion alike
        for (TransitionDecision definite : List.of(decide(TOP_X.replace("WGS2025", "LK2013")),
                decide(TOP_X.replace("\"criteriaPublished\":\"TRUE\"", "\"criteriaPublished\":\"FALSE\"")))) {
            explainsIn(definite, "plaatsing vraagt dat de casus aan de WGS-criteria voldoet (SRC-BGS art. 2.20), dat de persoon"
                    + " aan de objectieve criteria van de deelnemers voldoet en dat die criteria op internet zijn gepubliceerd;"
                    + " daaraan is niet voldaan.", "placement needs the case to meet the WGS criteria (SRC-BGS art. 2.20),"
                    + " the person to meet the participants' objective criteria, and those criteria to be published on the"
                    + " internet; not all of that holds.");
        }
        assertThat(decide(TOP_X.replace("WGS2025", "LK2013")).explain(Locale.ENGLISH)).contains("CASE-TOPX (SRC-WGS art. 2.32 lid 1, 3; SRC-BGS art. 2.22)");

        String handOver = "{\"status\":\"ADMITTED\",\"event\":\"HAND_OVER\",\"handOverAccepted\":\"TRUE\"}";
        TransitionDecision stop = decide(handOver, "2025-03-01", "2025-07-01");
        explainsIn(stop, "het huis verwerkt ze niet verder onder art. 2.31 WGS", "the house processes them no further under art. 2.31 WGS");
        assertThat(stop.explain(NL)).endsWith("(SRC-WGS art. 2.31 lid 13).");
        assertThat(stop.explain(Locale.ENGLISH)).endsWith("(SRC-WGS art. 2.31 lid 13).");
        explainsIn(decide(handOver, "2025-03-01", "2025-06-30"), "geldt pas vanaf 2025-07-01", "applies only from 2025-07-01");
        explainsIn(decide(handOver.replace("TRUE", "FALSE"), "2025-03-01", "2025-07-01"),
                "het casusoverleg radicalisering heeft de casus niet in behandeling genomen",
                "the radicalisation case consultation has not taken the case into treatment");
        explainsIn(decide(handOver.replace("\"TRUE\"", "\"UNKNOWN\""), "2025-03-01", "2025-07-01"),
                "niet vastgesteld is dat het casusoverleg radicalisering de casus in behandeling heeft genomen",
                "it is not established that the radicalisation case consultation has taken the case into treatment");

        TransitionDecision delete = decide("{\"status\":\"REGISTERED\",\"event\":\"DECLINE\",\"adviceToReferrer\":\"TRUE\"}");
        explainsIn(delete, "de persoonsgegevens worden vernietigd of geanonimiseerd, nadat de aanmelder antwoord heeft gekregen",
                "its personal data are deleted or anonymised, after the referrer has been answered");
        assertThat(delete.explain(NL)).endsWith("(SRC-BGS art. 1.16 lid 1 b).");
        TransitionDecision shield = decide("{\"status\":\"ADMITTED\",\"event\":\"CLOSE\",\"closeReason\":\"OTHER\"}");
        explainsIn(shield, "worden na afsluiting afgeschermd tot het einde van de bewaartermijn",
                "are shielded after closing until the end of retention");
        assertThat(shield.explain(Locale.ENGLISH)).endsWith("(SRC-WGS art. 2.31 lid 8).");
        // before the WGS date, an allowed decline says nothing about the data
        TransitionDecision old = decide("{\"status\":\"REGISTERED\",\"event\":\"DECLINE\",\"adviceToReferrer\":\"TRUE\"}",
                "2025-03-01", "2024-06-01");
        assertThat(old.explain(NL)).doesNotContain("gegevens");
        assertThat(old.explain(Locale.ENGLISH)).doesNotContain("data");
    }

    @Test
    @DisplayName("TransitionConfig: the WGS date, 2025-03-01 by default; JSON null is the default; Java null and dates before 2013 are refused")
    void transitionConfig() {
        assertThat(TransitionConfig.defaults().wgsDate()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(TransitionConfig.defaults()).isEqualTo(TransitionConfig.builder().build());
        assertThat(ZvhJson.read("{}", TransitionConfig.class)).isEqualTo(TransitionConfig.defaults());
        assertThat(ZvhJson.read("{\"wgsDate\":null}", TransitionConfig.class)).isEqualTo(TransitionConfig.defaults());
        TransitionConfig c = ZvhJson.read("{\"wgsDate\":\"2025-01-01\"}", TransitionConfig.class);
        assertThat(c.wgsDate()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(ZvhJson.read(ZvhJson.write(c), TransitionConfig.class)).isEqualTo(c);
        assertThatThrownBy(() -> ZvhJson.read("{\"wgsDate\":\"2012-12-31\"}", TransitionConfig.class))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).singleElement()
                        .satisfies(v -> {
                            assertThat(v.field()).isEqualTo("$.wgsDate");
                            assertThat(v.ruleId()).isEqualTo("FRAMEWORK-DATE");
                        }));
        assertThat(TransitionConfig.builder().wgsDate(LocalDate.of(2013, 1, 1)).build().wgsDate())
                .isEqualTo(LocalDate.of(2013, 1, 1));
        assertThatThrownBy(() -> TransitionConfig.builder().wgsDate(null).build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).singleElement()
                        .satisfies(v -> {
                            assertThat(v.field()).isEqualTo("wgsDate");
                            assertThat(v.ruleId()).isEqualTo("MODEL-REQUIRED");
                        }));
        assertThatThrownBy(() -> ZvhJson.read("{\"wgsDate\":\"2025-03-01\",\"complexityReading\":\"STANDALONE_D\"}",
                TransitionConfig.class)).isInstanceOf(InvalidInputException.class).hasMessageContaining("complexityReading");
    }

    @Test
    @DisplayName("TopX and the rev. 2 facts: defaults, Java nulls refused naming the field, JSON round trip with the new decision keys")
    void topXAndRoundTrip() {
        assertThat(TopX.unknown().criteriaMet()).isEqualTo(Tri.UNKNOWN);
        assertThat(TopX.unknown().criteriaPublished()).isEqualTo(Tri.UNKNOWN);
        assertThat(TopX.of(Tri.TRUE, Tri.FALSE).criteriaPublished()).isEqualTo(Tri.FALSE);
        assertThatThrownBy(() -> TopX.builder().criteriaMet(null).criteriaPublished(null).build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("criteriaMet", "criteriaPublished"));
        assertThatThrownBy(() -> TransitionFacts.builder().status(CaseStatus.ADMITTED).event(Event.HAND_OVER)
                .handOverAccepted(null).topX(null).build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactlyInAnyOrder("handOverAccepted", "topX"));
        TransitionFacts f = ZvhJson.read(TOP_X.replace("}}", "},\"handOverAccepted\":\"FALSE\"}"), TransitionFacts.class);
        assertThat(f.topX()).isEqualTo(TopX.of(Tri.TRUE, Tri.TRUE));
        assertThat(f.handOverAccepted()).isEqualTo(Tri.FALSE);
        assertThat(ZvhJson.read(ZvhJson.write(f), TransitionFacts.class)).isEqualTo(f);
        assertThat(ZvhJson.write(f)).contains("\"topX\":{\"criteriaMet\":\"TRUE\",\"criteriaPublished\":\"TRUE\"}",
                "\"handOverAccepted\":\"FALSE\"");
        for (TransitionDecision d : List.of(decide(TOP_X),
                decide("{\"status\":\"ADMITTED\",\"event\":\"HAND_OVER\",\"handOverAccepted\":\"TRUE\"}", "2025-03-01", "2025-07-02"))) {
            String json = ZvhJson.write(d);
            assertThat(json).contains("\"wgsDate\":\"2025-03-01\"");
            assertThat(ZvhJson.read(json, TransitionDecision.class)).isEqualTo(d);
        }
        assertThat(ZvhJson.write(decide("{\"status\":\"ADMITTED\",\"event\":\"HAND_OVER\",\"handOverAccepted\":\"TRUE\"}",
                "2025-03-01", "2025-07-02"))).contains("\"dataAction\":\"STOP\"");
    }
}
