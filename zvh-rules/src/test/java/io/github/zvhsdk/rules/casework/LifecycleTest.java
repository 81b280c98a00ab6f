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
    @DisplayName("the table of Event agrees with the model's forward-only statuses")
    void eventTable_agreesWithCaseStatus() {
        for (CaseStatus s : CaseStatus.values()) {
            for (Event e : Event.values()) {
                assertThat(e.isStepFrom(s)).as("%s %s", s, e).isEqualTo(s.canMoveTo(e.to()));
            }
        }
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
                        "$.referrer.type"));
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
        for (Labelled l : List.<Labelled>of(Event.values()[0], Event.values()[1], Event.values()[2], Event.values()[3],
                CloseReason.GOALS_REACHED, CloseReason.CRITERIA_NO_LONGER_MET, CloseReason.OTHER)) {
            assertThat(l.labelNl()).isNotBlank().isNotEqualTo(l.labelEn());
            assertThat(l.labelEn()).isNotBlank();
        }
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
}
