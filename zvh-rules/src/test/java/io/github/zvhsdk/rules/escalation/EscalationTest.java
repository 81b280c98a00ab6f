package io.github.zvhsdk.rules.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.zvhsdk.model.Domain;
import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.LifeDomain;
import io.github.zvhsdk.model.LifeDomainAssessment;
import io.github.zvhsdk.model.LifeDomainStatus;
import io.github.zvhsdk.model.PartnerType;
import io.github.zvhsdk.model.Theme;
import io.github.zvhsdk.model.Venue;
import io.github.zvhsdk.model.Violation;
import io.github.zvhsdk.model.json.ZvhJson;
import io.github.zvhsdk.model.rule.RuleResult;
import io.github.zvhsdk.model.rule.Tri;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Escalation: AVE phase, venue, direction, responsibilities")
class EscalationTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);

    private static EscalationDecision assess(String json) {
        return Escalation.assess(ZvhJson.read(json, EscalationFacts.class), AS_OF);
    }

    private static final String COMPLEX = "\"signal\":\"PROBLEM\",\"lifeDomains\":{\"HOUSING\":\"PROBLEM\","
            + "\"DRUGS\":\"CRIMINOGENIC\"},\"domainsInvolved\":[\"GEMEENTE\",\"ZORG\"]";

    static Stream<Arguments> phaseTable() {
        return Stream.of(
                // row 4: acute threat alone, even without any problem
                Arguments.of("{\"signal\":\"NONE\",\"acuteSafetyThreat\":\"TRUE\"}", 4, 4),
                // row 4: complex and stagnating
                Arguments.of("{" + COMPLEX + ",\"cooperationStagnating\":\"TRUE\",\"acuteSafetyThreat\":\"FALSE\"}", 4, 4),
                // row 3: complex, cooperation works
                Arguments.of("{" + COMPLEX + ",\"cooperationStagnating\":\"FALSE\",\"acuteSafetyThreat\":\"FALSE\"}", 3, 3),
                // row 3: one problem with stagnating cooperation
                Arguments.of("{\"signal\":\"PROBLEM\",\"domainsInvolved\":[\"GEMEENTE\"],\"cooperationStagnating\":\"TRUE\","
                        + "\"acuteSafetyThreat\":\"FALSE\"}", 3, 3),
                // row 2: a problem, one domain cannot make it complex
                Arguments.of("{\"signal\":\"PROBLEM\",\"domainsInvolved\":[\"GEMEENTE\",\"OVERIG\"],"
                        + "\"cooperationStagnating\":\"FALSE\",\"acuteSafetyThreat\":\"FALSE\"}", 2, 2),
                // row 1: suspicion only; unassessed leefgebieden count as no problem
                Arguments.of("{\"signal\":\"SUSPICION\",\"cooperationStagnating\":\"TRUE\",\"acuteSafetyThreat\":\"FALSE\"}", 1, 1),
                // nothing known: every phase is still possible
                Arguments.of("{}", 1, 4),
                // a problem, stagnation unknown, single domain: 2 or 3
                Arguments.of("{\"signal\":\"PROBLEM\",\"domainsInvolved\":[\"STRAF\"],\"acuteSafetyThreat\":\"FALSE\"}", 2, 3),
                // complex, stagnation unknown: 3 or 4
                Arguments.of("{" + COMPLEX + ",\"acuteSafetyThreat\":\"FALSE\"}", 3, 4),
                // signal unknown, all leefgebieden assessed without problem, domains unknown: the signal may still be PROBLEM
                Arguments.of("{\"lifeDomains\":{\"OFFENCE_HISTORY\":\"NO_PROBLEM\",\"CURRENT_OFFENCE\":\"NO_PROBLEM\","
                        + "\"HOUSING\":\"NO_PROBLEM\",\"EDUCATION_WORK\":\"NO_PROBLEM\",\"INCOME_MONEY\":\"NO_PROBLEM\","
                        + "\"PARTNER_FAMILY\":\"NO_PROBLEM\",\"FRIENDS\":\"NO_PROBLEM\",\"DRUGS\":\"NO_PROBLEM\","
                        + "\"ALCOHOL\":\"NO_PROBLEM\",\"EMOTIONAL_WELLBEING\":\"NO_PROBLEM\",\"THINKING_BEHAVIOUR\":\"NO_PROBLEM\","
                        + "\"ATTITUDE\":\"NO_PROBLEM\"},\"cooperationStagnating\":\"FALSE\",\"acuteSafetyThreat\":\"FALSE\"}", 1, 2));
    }

    @ParameterizedTest(name = "[{index}] {1}..{2}")
    @MethodSource("phaseTable")
    @DisplayName("AVE-PHASE: the highest row that holds; a range while facts are unknown")
    void avePhase(String json, int lowest, int highest) {
        EscalationDecision d = assess(json);
        assertThat(d.lowest()).isEqualTo(lowest);
        assertThat(d.highest()).isEqualTo(highest);
        assertThat(d.phaseIsDefinite()).isEqualTo(lowest == highest);
        assertThat(d.phasePolicy()).isEqualTo("AVE-PHASE");
        assertThat(d.rules()).extracting(RuleResult::ruleId)
                .containsExactly("AVE-PHASE-4", "AVE-PHASE-3", "AVE-PHASE-2", "VENUE-LOCAL-UNLESS");
        assertThat(d.rules()).allSatisfy(r -> assertThat(r.citations()).isNotEmpty());
    }

    @Test
    @DisplayName("AVE-PHASE: the missing facts are those that could narrow the range or settle the venue")
    void avePhaseMissing() {
        EscalationDecision d = assess("{" + COMPLEX + ",\"acuteSafetyThreat\":\"FALSE\",\"admissible\":\"TRUE\"}");
        // rev. 2 (VENUE-LOCAL-UNLESS, Missing facts): voluntary help failing or a house theme would bring this
        // admissible phase-3 case to the house even while cooperation works, so both are missing for the venue
        assertThat(d.missing()).containsExactly("cooperationStagnating", "themes", "voluntaryHelpFailing");
        assertThat(d.rules().get(3).missing()).containsExactly("cooperationStagnating", "themes", "voluntaryHelpFailing");
        assertThat(d.rules().get(0).missing()).containsExactly("cooperationStagnating");
        assertThat(d.rules().get(1).value()).isEqualTo(Tri.TRUE);
        assertThat(d.rules().get(1).missing()).isEmpty();
        EscalationDecision definite = assess("{\"signal\":\"NONE\",\"acuteSafetyThreat\":\"FALSE\",\"admissible\":\"FALSE\"}");
        assertThat(definite.missing()).isEmpty();
        // an unknown signal next to unassessed leefgebieden: both could settle "a problem is present"
        EscalationDecision open = assess("{\"cooperationStagnating\":\"FALSE\",\"acuteSafetyThreat\":\"FALSE\"}");
        assertThat(open.rules().get(2).missing()).contains("signal", "lifeDomains.HOUSING");
    }

    @Test
    @DisplayName("AVE-SIGNAL: NONE or SUSPICION next to an assessed problem is refused, naming signal and leefgebied")
    void aveSignalRefused() {
        assertThatThrownBy(() -> ZvhJson.read("{\"signal\":\"SUSPICION\",\"lifeDomains\":{\"HOUSING\":\"PROBLEM\"}}",
                EscalationFacts.class))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("SUSPICION").hasMessageContaining("lifeDomains.HOUSING")
                .satisfies(e -> assertThat(((InvalidInputException) e).violations())
                        .extracting(v -> v.field()).containsExactly("$.lifeDomains.HOUSING"));
        assertThatThrownBy(() -> EscalationFacts.builder().signal(Signal.NONE)
                .lifeDomains(LifeDomainAssessment.unknown().with(LifeDomain.DRUGS, LifeDomainStatus.CRIMINOGENIC)).build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("NONE")
                .hasMessageContaining("lifeDomains.DRUGS");
        // NO_PROBLEM and UNKNOWN leefgebieden fit the signal
        EscalationDecision d = Escalation.assess(EscalationFacts.builder().signal(Signal.NONE)
                .lifeDomains(LifeDomainAssessment.unknown().with(LifeDomain.DRUGS, LifeDomainStatus.NO_PROBLEM))
                .acuteSafetyThreat(Tri.FALSE).build(), AS_OF);
        assertThat(d.lowest()).isEqualTo(1);
        assertThat(d.highest()).isEqualTo(1);
    }

    static Stream<Arguments> venues() {
        // admissible, cooperationStagnating, acuteSafetyThreat, voluntaryHelpFailing, themes (null: not given),
        // currentVenue (null: not given) -> venue; the case is complex: phase 3, or 4 with stalled cooperation
        return Stream.of(
                Arguments.of("TRUE", "TRUE", "FALSE", "FALSE", "[]", null, EscalationVenue.ZVH),
                Arguments.of("TRUE", "FALSE", "TRUE", "FALSE", "[]", null, EscalationVenue.ZVH),
                // rev. 2: voluntary help failing, a house theme: each brings a working local case to the house
                Arguments.of("TRUE", "FALSE", "FALSE", "TRUE", "[]", null, EscalationVenue.ZVH),
                Arguments.of("TRUE", "FALSE", "FALSE", "FALSE", "[\"VERWARD_GEDRAG_HOOG_RISICO\"]", null, EscalationVenue.ZVH),
                Arguments.of("TRUE", "FALSE", "FALSE", "FALSE", "[\"VERWARD_GEDRAG_HOOG_RISICO\",\"JEUGD\"]", "LOCAL",
                        EscalationVenue.ZVH),
                Arguments.of("TRUE", "FALSE", "FALSE", "FALSE", "[\"JEUGD\"]", null, EscalationVenue.LOCAL),
                Arguments.of("TRUE", "FALSE", "FALSE", "FALSE", "[]", "LOCAL", EscalationVenue.LOCAL),
                Arguments.of("FALSE", "TRUE", "TRUE", "TRUE", "[\"VERWARD_GEDRAG_HOOG_RISICO\"]", null, EscalationVenue.LOCAL),
                Arguments.of("UNKNOWN", "TRUE", "FALSE", "FALSE", "[]", null, EscalationVenue.UNKNOWN),
                Arguments.of("TRUE", "UNKNOWN", "FALSE", "FALSE", "[]", null, EscalationVenue.UNKNOWN),
                Arguments.of("TRUE", "FALSE", "UNKNOWN", "FALSE", "[]", null, EscalationVenue.UNKNOWN),
                // rev. 2: an unknown ground keeps the venue open (ESC-003); a known one settles it
                Arguments.of("TRUE", "FALSE", "FALSE", "UNKNOWN", "[]", null, EscalationVenue.UNKNOWN),
                Arguments.of("TRUE", "FALSE", "FALSE", "FALSE", null, null, EscalationVenue.UNKNOWN),
                Arguments.of("TRUE", "FALSE", "FALSE", "UNKNOWN", null, null, EscalationVenue.UNKNOWN),
                Arguments.of("TRUE", "FALSE", "FALSE", "TRUE", null, null, EscalationVenue.ZVH),
                // rev. 2 hysteresis: at the house, admissible and phase >= 3 is enough; the grounds are not read
                Arguments.of("TRUE", "FALSE", "FALSE", "FALSE", "[]", "ZVH", EscalationVenue.ZVH),
                Arguments.of("TRUE", "FALSE", "FALSE", "UNKNOWN", null, "ZVH", EscalationVenue.ZVH),
                Arguments.of("FALSE", "FALSE", "FALSE", "FALSE", "[]", "ZVH", EscalationVenue.LOCAL),
                Arguments.of("UNKNOWN", "FALSE", "FALSE", "FALSE", "[]", "ZVH", EscalationVenue.UNKNOWN));
    }

    @ParameterizedTest(name = "admissible {0}, stagnating {1}, acute {2}, voluntary help failing {3}, themes {4}, at {5} -> {6}")
    @MethodSource("venues")
    @DisplayName("VENUE-LOCAL-UNLESS: the house only for admissible phase-3+ cases with a ground (stalled cooperation, acute threat, failing voluntary help, a house theme), or already there")
    void venueLocalUnless(String admissible, String stagnating, String acute, String failing, String themes,
            String currentVenue, EscalationVenue venue) {
        EscalationDecision d = assess("{" + COMPLEX + ",\"admissible\":\"" + admissible + "\",\"cooperationStagnating\":\""
                + stagnating + "\",\"acuteSafetyThreat\":\"" + acute + "\",\"voluntaryHelpFailing\":\"" + failing + "\""
                + (themes == null ? "" : ",\"themes\":" + themes)
                + (currentVenue == null ? "" : ",\"currentVenue\":\"" + currentVenue + "\"") + "}");
        assertThat(d.venue()).isEqualTo(venue);
        assertThat(d.venue().toVenue()).isEqualTo(venue == EscalationVenue.UNKNOWN ? java.util.Optional.empty()
                : java.util.Optional.of(venue == EscalationVenue.ZVH ? Venue.ZVH : Venue.LOCAL));
        assertThat(d.rules().get(3).value()).isEqualTo(venue == EscalationVenue.ZVH ? Tri.TRUE
                : venue == EscalationVenue.LOCAL ? Tri.FALSE : Tri.UNKNOWN);
        assertThat(d.venueReasons().isEmpty()).isEqualTo(venue != EscalationVenue.ZVH);
        assertThat(d.advisoryRole().isPresent()).isEqualTo("ZVH".equals(currentVenue) && venue == EscalationVenue.LOCAL);
    }

    @Test
    @DisplayName("VENUE-LOCAL-UNLESS (rev. 2): the reasons name every ground that holds, in order; at the house only STAYS_AT_HOUSE")
    void venueReasons() {
        String base = "{" + COMPLEX + ",\"admissible\":\"TRUE\",";
        assertThat(assess(base + "\"cooperationStagnating\":\"TRUE\",\"acuteSafetyThreat\":\"TRUE\","
                + "\"voluntaryHelpFailing\":\"TRUE\",\"themes\":[\"VERWARD_GEDRAG_HOOG_RISICO\"]}").venueReasons())
                .containsExactly(VenueReason.COOPERATION_STAGNATING, VenueReason.ACUTE_SAFETY_THREAT,
                        VenueReason.VOLUNTARY_HELP_FAILING, VenueReason.HOUSE_THEME);
        assertThat(assess(base + "\"cooperationStagnating\":\"UNKNOWN\",\"acuteSafetyThreat\":\"FALSE\","
                + "\"voluntaryHelpFailing\":\"TRUE\"}").venueReasons()).containsExactly(VenueReason.VOLUNTARY_HELP_FAILING);
        assertThat(assess(base + "\"cooperationStagnating\":\"TRUE\",\"acuteSafetyThreat\":\"TRUE\","
                + "\"currentVenue\":\"ZVH\"}").venueReasons()).containsExactly(VenueReason.STAYS_AT_HOUSE);
        // not at the house: none while the venue is not ZVH, even when grounds hold
        assertThat(assess("{" + COMPLEX + ",\"admissible\":\"FALSE\",\"cooperationStagnating\":\"TRUE\"}").venueReasons())
                .isEmpty();
    }

    @Test
    @DisplayName("VENUE-LOCAL-UNLESS (rev. 2): reference house themes: confused behaviour always, radicalisation until 2025-06-30 (WGS art. 2.31 lid 13)")
    void houseThemesReference() {
        EscalationFacts rad = ZvhJson.read("{" + COMPLEX + ",\"admissible\":\"TRUE\",\"cooperationStagnating\":\"FALSE\","
                + "\"acuteSafetyThreat\":\"FALSE\",\"voluntaryHelpFailing\":\"FALSE\",\"themes\":[\"RADICALISERING_EXTREMISME\"]}",
                EscalationFacts.class);
        LocalDate last = LocalDate.of(2025, 6, 30);
        LocalDate first = LocalDate.of(2025, 7, 1);
        assertThat(EscalationConfig.RADICALISATION_CONSULTATION_DATE).isEqualTo(first);
        assertThat(Escalation.assess(rad, last).venue()).isEqualTo(EscalationVenue.ZVH);
        assertThat(Escalation.assess(rad, last).houseThemes()).containsExactly(Theme.RADICALISERING_EXTREMISME,
                Theme.VERWARD_GEDRAG_HOOG_RISICO);
        assertThat(Escalation.assess(rad, first).venue()).isEqualTo(EscalationVenue.LOCAL);
        assertThat(Escalation.assess(rad, first).houseThemes()).containsExactly(Theme.VERWARD_GEDRAG_HOOG_RISICO);
        assertThat(Escalation.assess(rad, LocalDate.of(2013, 1, 1)).venue()).isEqualTo(EscalationVenue.ZVH);
        EscalationFacts confused = EscalationFacts.builder().from(rad).themes(Set.of(Theme.VERWARD_GEDRAG_HOOG_RISICO)).build();
        assertThat(Escalation.assess(confused, last).venue()).isEqualTo(EscalationVenue.ZVH);
        assertThat(Escalation.assess(confused, first).venue()).isEqualTo(EscalationVenue.ZVH);
        assertThat(EscalationConfig.defaults().houseThemes()).isEmpty();
        assertThat(EscalationConfig.defaults().houseThemesOn(last)).containsExactly(Theme.RADICALISERING_EXTREMISME,
                Theme.VERWARD_GEDRAG_HOOG_RISICO);
        assertThat(EscalationConfig.defaults().houseThemesOn(first)).containsExactly(Theme.VERWARD_GEDRAG_HOOG_RISICO);
        assertThatThrownBy(() -> EscalationConfig.defaults().houseThemesOn(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("asOf");
    }

    @Test
    @DisplayName("VENUE-LOCAL-UNLESS (rev. 2): a configured houseThemes applies on every date; [] is a house without themes, so unknown themes miss nothing")
    void houseThemesConfigured() {
        EscalationConfig jeugd = ZvhJson.read("{\"houseThemes\":[\"JEUGD\"]}", EscalationConfig.class);
        EscalationConfig none = ZvhJson.read("{\"houseThemes\":[]}", EscalationConfig.class);
        String facts = "{" + COMPLEX + ",\"admissible\":\"TRUE\",\"cooperationStagnating\":\"FALSE\","
                + "\"acuteSafetyThreat\":\"FALSE\",\"voluntaryHelpFailing\":\"FALSE\"";
        EscalationFacts youth = ZvhJson.read(facts + ",\"themes\":[\"JEUGD\"]}", EscalationFacts.class);
        EscalationFacts confused = ZvhJson.read(facts + ",\"themes\":[\"VERWARD_GEDRAG_HOOG_RISICO\"]}", EscalationFacts.class);
        EscalationFacts unknown = ZvhJson.read(facts + "}", EscalationFacts.class);
        for (LocalDate date : List.of(LocalDate.of(2025, 6, 30), LocalDate.of(2025, 7, 1))) {
            assertThat(Escalation.assess(youth, jeugd, date).venue()).isEqualTo(EscalationVenue.ZVH);
            assertThat(Escalation.assess(youth, jeugd, date).houseThemes()).containsExactly(Theme.JEUGD);
            assertThat(Escalation.assess(confused, jeugd, date).venue()).isEqualTo(EscalationVenue.LOCAL);
            assertThat(Escalation.assess(unknown, jeugd, date).venue()).isEqualTo(EscalationVenue.UNKNOWN);
            assertThat(Escalation.assess(unknown, jeugd, date).missing()).containsExactly("themes");
            // exact, not Kleene on "themes unknown": no set of themes meets an empty list
            EscalationDecision d = Escalation.assess(unknown, none, date);
            assertThat(d.venue()).isEqualTo(EscalationVenue.LOCAL);
            assertThat(d.missing()).isEmpty();
            assertThat(d.houseThemes()).isEmpty();
            assertThat(Escalation.assess(confused, none, date).venue()).isEqualTo(EscalationVenue.LOCAL);
        }
        assertThat(none.houseThemes()).contains(Set.of());
        assertThat(ZvhJson.read("{\"houseThemes\":null}", EscalationConfig.class)).isEqualTo(EscalationConfig.defaults());
        for (String bad : List.of("[\"VERWARD\"]", "[null]", "\"JEUGD\"")) {
            assertThatThrownBy(() -> ZvhJson.read("{\"houseThemes\":" + bad + "}", EscalationConfig.class)).as(bad)
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("houseThemes");
        }
        refusedAsNull(() -> EscalationConfig.builder().houseThemes(themesWithNull()).build(), "houseThemes");
    }

    /** @return a set of themes that holds a Java null */
    private static Set<Theme> themesWithNull() {
        Set<Theme> s = new java.util.HashSet<>();
        s.add(null);
        return s;
    }

    /** Building refuses a null element, with one MODEL-REQUIRED violation naming the field. */
    private static void refusedAsNull(org.assertj.core.api.ThrowableAssert.ThrowingCallable build, String field) {
        assertThatThrownBy(build).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                .extracting(Violation::field, Violation::ruleId).containsExactly(tuple(field, "MODEL-REQUIRED")));
    }

    @Test
    @DisplayName("VENUE-LOCAL-UNLESS (rev. 2): the conformance vectors' cases ESC-003 and ESC-010..015 from the facts API")
    void revisionTwoCases() {
        String complex = "{" + COMPLEX + ",\"cooperationStagnating\":\"FALSE\",\"acuteSafetyThreat\":\"FALSE\",";
        // ESC-003: voluntary help and themes not given: the venue waits on them
        EscalationDecision open = assess(complex + "\"admissible\":\"TRUE\",\"currentPhase\":2,\"currentVenue\":\"LOCAL\"}");
        assertThat(open.venue()).isEqualTo(EscalationVenue.UNKNOWN);
        assertThat(open.missing()).containsExactly("themes", "voluntaryHelpFailing");
        assertThat(open.direction()).contains(Direction.UP);
        // ESC-013: only themes open
        assertThat(assess(complex + "\"admissible\":\"TRUE\",\"voluntaryHelpFailing\":\"FALSE\"}").missing())
                .containsExactly("themes");
        // ESC-014 and ESC-015: at the house, the criteria decide; down from the house, the house advises
        EscalationDecision stays = assess(complex + "\"admissible\":\"TRUE\",\"voluntaryHelpFailing\":\"FALSE\","
                + "\"themes\":[],\"currentPhase\":3,\"currentVenue\":\"ZVH\"}");
        assertThat(stays.venue()).isEqualTo(EscalationVenue.ZVH);
        assertThat(stays.direction()).contains(Direction.STAY);
        assertThat(stays.advisoryRole()).isEmpty();
        assertThat(stays.missing()).isEmpty();
        EscalationDecision down = assess(complex + "\"admissible\":\"FALSE\",\"voluntaryHelpFailing\":\"FALSE\","
                + "\"themes\":[],\"currentPhase\":3,\"currentVenue\":\"ZVH\"}");
        assertThat(down.venue()).isEqualTo(EscalationVenue.LOCAL);
        assertThat(down.advisoryRole()).contains(PartnerType.ZVH);
        // at the house, themes and voluntary help are never missing: the rule there does not read them
        EscalationDecision atHouse = assess(complex + "\"currentVenue\":\"ZVH\"}");
        assertThat(atHouse.venue()).isEqualTo(EscalationVenue.UNKNOWN);
        assertThat(atHouse.missing()).containsExactly("admissible");
    }

    @Test
    @DisplayName("AVE-DIRECTION: UP, DOWN, STAY, UNKNOWN for every range and current phase")
    void aveDirection() {
        for (int lo = 1; lo <= 4; lo++) {
            for (int hi = lo; hi <= 4; hi++) {
                for (int c = 1; c <= 4; c++) {
                    Direction expected = lo > c ? Direction.UP : hi < c ? Direction.DOWN
                            : lo == hi ? Direction.STAY : Direction.UNKNOWN;
                    assertThat(Escalation.direction(lo, hi, c)).isEqualTo(expected);
                }
            }
        }
        assertThatThrownBy(() -> Escalation.direction(3, 2, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Escalation.direction(1, 2, 5)).isInstanceOf(IllegalArgumentException.class);
        // phases may be skipped both ways
        assertThat(assess("{\"signal\":\"NONE\",\"acuteSafetyThreat\":\"TRUE\",\"currentPhase\":1}").direction())
                .contains(Direction.UP);
        assertThat(assess("{}").direction()).isEmpty();
    }

    @Test
    @DisplayName("AVE-DIRECTION: the house stays on as adviser exactly when a case goes from ZVH to LOCAL")
    void advisoryRole() {
        String local = "{\"signal\":\"PROBLEM\",\"domainsInvolved\":[\"GEMEENTE\"],\"cooperationStagnating\":\"FALSE\","
                + "\"acuteSafetyThreat\":\"FALSE\",\"admissible\":\"TRUE\",\"currentPhase\":4,\"currentVenue\":\"";
        assertThat(assess(local + "ZVH\"}").advisoryRole()).contains(PartnerType.ZVH);
        assertThat(assess(local + "ZVH\"}").direction()).contains(Direction.DOWN);
        assertThat(assess(local + "LOCAL\"}").advisoryRole()).isEmpty();
        // an UNKNOWN venue gives no advisory role
        assertThat(assess("{\"currentVenue\":\"ZVH\"}").advisoryRole()).isEmpty();
    }

    @Test
    @DisplayName("AVE-ROLES: the reference template is the spec's table; the decision lists the phases in the range")
    void aveRoles() {
        ResponsibilityTemplate t = ResponsibilityTemplate.reference();
        assertThat(t.id()).isEqualTo("AVE-ROLES-REFERENCE");
        assertThat(t.forPhase(1).casusregie()).containsExactly(Responsible.HOUSEHOLD);
        assertThat(t.forPhase(1).procesregieLocal()).isEmpty();
        assertThat(t.forPhase(2).casusregie()).containsExactly(Responsible.LEAD_PROFESSIONAL);
        assertThat(t.forPhase(2).operational()).containsExactly(Responsible.INVOLVED_ORGANISATIONS);
        assertThat(t.forPhase(3).procesregieLocal()).containsExactly(Responsible.LOKALE_PROCESREGISSEUR);
        assertThat(t.forPhase(3).procesregieAtHouse()).containsExactly(Responsible.ZVH_PROCESREGISSEUR);
        assertThat(t.forPhase(3).administrative()).containsExactly(Responsible.WETHOUDER, Responsible.BURGEMEESTER);
        // a phase-4 case that stays local (not admissible) follows REGIE-PROCES: the local procesregisseur
        assertThat(t.forPhase(4).procesregieLocal()).containsExactly(Responsible.LOKALE_PROCESREGISSEUR);
        assertThat(t.forPhase(4).procesregieAtHouse()).containsExactly(Responsible.ZVH_PROCESREGISSEUR);
        assertThat(t.forPhase(4).operational()).containsExactly(Responsible.PARTNER_DIRECTORS);
        assertThat(t.forPhase(4).administrative()).containsExactly(Responsible.BURGEMEESTER, Responsible.WETHOUDER);
        EscalationDecision d = assess("{" + COMPLEX + ",\"acuteSafetyThreat\":\"FALSE\"}");
        assertThat(d.responsibilities()).extracting(PhaseResponsibilities::phase).containsExactly(3, 4);
        assertThat(d.responsibilitiesTemplate()).isEqualTo("AVE-ROLES-REFERENCE");
    }

    @Test
    @DisplayName("AVE-ROLES agrees with REGIE-PROCES for every phase and venue (the template follows the regie rules)")
    void aveRolesFollowRegieProces() {
        ResponsibilityTemplate t = ResponsibilityTemplate.reference();
        for (int phase = 1; phase <= 4; phase++) {
            for (io.github.zvhsdk.model.Venue venue : io.github.zvhsdk.model.Venue.values()) {
                io.github.zvhsdk.rules.regie.RegieDecision regie = io.github.zvhsdk.rules.regie.Regie.decide(
                        io.github.zvhsdk.model.json.ZvhJson.read("{\"phase\":" + phase + ",\"venue\":\"" + venue
                                + "\",\"caseKind\":\"PERSOONSGERICHT\"}", io.github.zvhsdk.rules.regie.RegieFacts.class),
                        java.time.LocalDate.of(2025, 6, 1));
                java.util.List<Responsible> column = venue == io.github.zvhsdk.model.Venue.ZVH
                        ? t.forPhase(phase).procesregieAtHouse() : t.forPhase(phase).procesregieLocal();
                java.util.List<Responsible> expected = switch (regie.procesregie()) {
                    case NONE -> java.util.List.of();
                    case GEMEENTE -> java.util.List.of(Responsible.LOKALE_PROCESREGISSEUR);
                    case ZVH -> java.util.List.of(Responsible.ZVH_PROCESREGISSEUR);
                };
                assertThat(column).as("phase %d at %s", phase, venue).isEqualTo(expected);
            }
        }
    }

    @Test
    @DisplayName("AVE-ROLES: a region replaces the template as a whole; an incomplete template is refused")
    void aveRolesReplaced() {
        String row = "{\"phase\":%d,\"casusregie\":[\"LEAD_PROFESSIONAL\"],\"operational\":[\"INVOLVED_ORGANISATIONS\"],"
                + "\"administrative\":[\"BURGEMEESTER\"]}";
        String config = "{\"responsibilities\":{\"id\":\"REGIO-X-2025\",\"phases\":[" + String.format(row, 1) + ","
                + String.format(row, 2) + "," + String.format(row, 3) + "," + String.format(row, 4) + "]}}";
        EscalationConfig c = ZvhJson.read(config, EscalationConfig.class);
        EscalationDecision d = Escalation.assess(EscalationFacts.builder().build(), c, AS_OF);
        assertThat(d.responsibilitiesTemplate()).isEqualTo("REGIO-X-2025");
        assertThat(d.responsibilities()).hasSize(4).allSatisfy(r ->
                assertThat(r.administrative()).containsExactly(Responsible.BURGEMEESTER));
        String three = "{\"responsibilities\":{\"id\":\"X\",\"phases\":[" + String.format(row, 1) + ","
                + String.format(row, 2) + "," + String.format(row, 4) + "]}}";
        assertThatThrownBy(() -> ZvhJson.read(three, EscalationConfig.class))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("phases");
        assertThatThrownBy(() -> ZvhJson.read("{\"roles\":{}}", EscalationConfig.class))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("roles");
        assertThat(ZvhJson.read("{}", EscalationConfig.class)).isEqualTo(EscalationConfig.defaults());
    }

    @Test
    @DisplayName("AVE-PHASE: a decision built without lowest or highest, or with them out of order, is refused naming the field")
    void decisionRangeChecked() {
        EscalationDecision d = assess("{\"acuteSafetyThreat\":\"TRUE\"}");
        assertThat(List.of(d.lowest(), d.highest())).containsExactly(4, 4);
        ImmutableEscalationDecision copy = ImmutableEscalationDecision.copyOf(d);
        assertThat(copy.withLowest(1).lowest()).isEqualTo(1);
        for (Runnable bad : List.<Runnable>of(() -> copy.withLowest(null), () -> copy.withHighest(null))) {
            assertThatThrownBy(bad::run).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.violations()).extracting(Violation::ruleId).containsExactly("MODEL-REQUIRED"));
        }
        for (Runnable bad : List.<Runnable>of(() -> copy.withLowest(0), () -> copy.withHighest(5),
                () -> copy.withHighest(3))) {
            assertThatThrownBy(bad::run).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.violations()).extracting(Violation::field, Violation::ruleId)
                            .containsExactly(tuple("lowest", "AVE-PHASE")));
        }
        // read back from JSON without either: refused as input, never an NPE
        String json = ZvhJson.write(d);
        for (String field : List.of("lowest", "highest")) {
            String without = json.replaceFirst("\"" + field + "\":\\d,", "");
            assertThat(without).isNotEqualTo(json);
            assertThatThrownBy(() -> ZvhJson.read(without, EscalationDecision.class))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                            .extracting(Violation::field).containsExactly("$." + field));
        }
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of("{\"currentPhase\":0}", "currentPhase"),
                Arguments.of("{\"currentPhase\":5}", "currentPhase"),
                Arguments.of("{\"currentPhase\":2.5}", "currentPhase"),
                Arguments.of("{\"admissible\":true}", "admissible"),
                Arguments.of("{\"cooperationStagnating\":false}", "cooperationStagnating"),
                Arguments.of("{\"acuteSafetyThreat\":\"YES\"}", "acuteSafetyThreat"),
                Arguments.of("{\"signal\":\"SEVERE\"}", "signal"),
                Arguments.of("{\"domainsInvolved\":[\"HEALTH\"]}", "domainsInvolved"),
                Arguments.of("{\"domainsInvolved\":[null]}", "domainsInvolved"),
                Arguments.of("{\"currentVenue\":\"UNKNOWN\"}", "currentVenue"),
                Arguments.of("{\"lifeDomains\":{\"DRUGS\":\"SEVERE\"}}", "lifeDomains"),
                Arguments.of("{\"phase\":3}", "phase"),
                // rev. 2 facts
                Arguments.of("{\"voluntaryHelpFailing\":true}", "voluntaryHelpFailing"),
                Arguments.of("{\"voluntaryHelpFailing\":\"MAYBE\"}", "voluntaryHelpFailing"),
                Arguments.of("{\"themes\":[\"VERWARD\"]}", "themes"),
                Arguments.of("{\"themes\":[\"UNKNOWN\"]}", "themes"),
                Arguments.of("{\"themes\":[null]}", "themes"),
                Arguments.of("{\"themes\":\"JEUGD\"}", "themes"),
                Arguments.of("{\"themes\":{\"JEUGD\":true}}", "themes"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    @DisplayName("bad input is refused with an error naming the field, never an NPE")
    void badInputRefused(String json, String field) {
        assertThatThrownBy(() -> ZvhJson.read(json, EscalationFacts.class))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining(field);
    }

    @Test
    @DisplayName("MODEL-REQUIRED: a Java null for a fact or the template is refused naming the field (was an NPE)")
    void modelRequired_nullFactRefused() {
        InvalidInputException e = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidInputException.class,
                () -> EscalationFacts.builder().signal(null).lifeDomains(null).cooperationStagnating(null)
                        .acuteSafetyThreat(null).admissible(null).voluntaryHelpFailing(null).build());
        assertThat(e).isNotNull();
        assertThat(e.violations()).extracting(v -> v.field()).containsExactlyInAnyOrder("signal", "lifeDomains",
                "cooperationStagnating", "acuteSafetyThreat", "admissible", "voluntaryHelpFailing");
        assertThat(e.violations()).extracting(v -> v.ruleId()).containsOnly("MODEL-REQUIRED");
        assertThatThrownBy(() -> EscalationConfig.builder().responsibilities(null).build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("responsibilities");
        refusedAsNull(() -> EscalationFacts.builder().themes(themesWithNull()).build(), "themes");
        // JSON null stays unknown (FORMAT.md)
        assertThat(assess("{\"signal\":null,\"admissible\":null}").highest()).isEqualTo(4);
        EscalationFacts nulls = ZvhJson.read("{\"voluntaryHelpFailing\":null,\"themes\":null}", EscalationFacts.class);
        assertThat(nulls.voluntaryHelpFailing()).isEqualTo(Tri.UNKNOWN);
        assertThat(nulls.themes()).isEmpty();
        // [] is a known empty set of themes, not unknown
        assertThat(ZvhJson.read("{\"themes\":[]}", EscalationFacts.class).themes()).contains(Set.of());
    }

    @Test
    @DisplayName("FRAMEWORK-DATE: an asOf before 2013-01-01 is refused; null arguments fail first")
    void arguments() {
        EscalationFacts f = EscalationFacts.builder().build();
        assertThatThrownBy(() -> Escalation.assess(f, LocalDate.of(2012, 12, 31)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("asOf");
        assertThatThrownBy(() -> Escalation.assess(f, null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Escalation.assess(null, AS_OF)).isInstanceOf(NullPointerException.class)
                .hasMessage("facts");
        assertThatThrownBy(() -> Escalation.assess(f, null, AS_OF)).isInstanceOf(NullPointerException.class)
                .hasMessage("config");
        assertThat(Escalation.assess(f, LocalDate.of(2013, 1, 1)).asOf()).isEqualTo(LocalDate.of(2013, 1, 1));
    }

    @Test
    @DisplayName("facts, configuration and decision survive a JSON round trip")
    void jsonRoundTrip() {
        EscalationFacts f = ZvhJson.read("{" + COMPLEX + ",\"cooperationStagnating\":\"TRUE\",\"acuteSafetyThreat\":\"FALSE\","
                + "\"admissible\":\"TRUE\",\"voluntaryHelpFailing\":\"TRUE\",\"themes\":[\"JEUGD\",\"VERWARD_GEDRAG_HOOG_RISICO\"],"
                + "\"currentPhase\":2,\"currentVenue\":\"LOCAL\"}", EscalationFacts.class);
        assertThat(ZvhJson.read(ZvhJson.write(f), EscalationFacts.class)).isEqualTo(f);
        assertThat(ZvhJson.write(f)).contains("\"voluntaryHelpFailing\":\"TRUE\"",
                "\"themes\":[\"VERWARD_GEDRAG_HOOG_RISICO\",\"JEUGD\"]");
        EscalationFacts empty = EscalationFacts.builder().domainsInvolved(Set.of()).themes(Set.of()).build();
        assertThat(ZvhJson.read(ZvhJson.write(empty), EscalationFacts.class)).isEqualTo(empty);
        assertThat(ZvhJson.write(empty)).contains("\"themes\":[]");
        assertThat(ZvhJson.read(ZvhJson.write(EscalationConfig.defaults()), EscalationConfig.class))
                .isEqualTo(EscalationConfig.defaults());
        assertThat(ZvhJson.write(EscalationConfig.defaults())).doesNotContain("houseThemes");
        EscalationConfig configured = EscalationConfig.builder().houseThemes(Set.of(Theme.JEUGD)).build();
        assertThat(ZvhJson.read(ZvhJson.write(configured), EscalationConfig.class)).isEqualTo(configured);
        assertThat(ZvhJson.write(configured)).contains("\"houseThemes\":[\"JEUGD\"]");
        EscalationDecision d = Escalation.assess(f, AS_OF);
        assertThat(ZvhJson.read(ZvhJson.write(d), EscalationDecision.class)).isEqualTo(d);
        assertThat(ZvhJson.write(d)).contains("\"lowest\":4", "\"venue\":\"ZVH\"", "\"direction\":\"UP\"",
                "\"venueReasons\":[\"COOPERATION_STAGNATING\",\"VOLUNTARY_HELP_FAILING\",\"HOUSE_THEME\"]",
                "\"houseThemes\":[\"RADICALISERING_EXTREMISME\",\"VERWARD_GEDRAG_HOOG_RISICO\"]")
                .doesNotContain("advisoryRole");
    }

    @Test
    @DisplayName("the facts keep their own copy of the domain set")
    void domainSetIsCopied() {
        Set<Domain> mine = new java.util.HashSet<>(Set.of(Domain.ZORG, Domain.STRAF));
        EscalationFacts f = EscalationFacts.builder().domainsInvolved(mine).build();
        mine.add(Domain.GEMEENTE);
        assertThat(f.domainsInvolved()).contains(Set.of(Domain.ZORG, Domain.STRAF));
        assertThatThrownBy(() -> f.domainsInvolved().orElseThrow().add(Domain.OVERIG))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(ZvhJson.write(f)).contains("\"domainsInvolved\":[\"STRAF\",\"ZORG\"]");
    }

    @Test
    @DisplayName("explain gives a Dutch and an English paragraph")
    void explain() {
        EscalationDecision d = assess("{" + COMPLEX + ",\"acuteSafetyThreat\":\"FALSE\",\"admissible\":\"TRUE\","
                + "\"currentPhase\":2}");
        assertThat(d.explain(Locale.forLanguageTag("nl"))).contains("AVE-fase", "3", "4", "opschalen",
                "cooperationStagnating");
        assertThat(d.explain(Locale.ENGLISH)).contains("AVE phase", "scale up", "cooperationStagnating");
        EscalationDecision back = assess("{\"signal\":\"PROBLEM\",\"domainsInvolved\":[],\"cooperationStagnating\":\"FALSE\","
                + "\"acuteSafetyThreat\":\"FALSE\",\"currentPhase\":4,\"currentVenue\":\"ZVH\"}");
        assertThat(back.explain(Locale.forLanguageTag("nl"))).contains("AVE-fase 2 (oranje)", "afschalen", "adviseur");
        assertThat(back.explain(Locale.ENGLISH)).contains("adviser");
    }

    @Test
    @DisplayName("every new enum constant carries a Dutch and an English label")
    void labels() {
        for (List<? extends io.github.zvhsdk.model.Labelled> values : List.of(List.of(Signal.values()),
                List.of(Direction.values()), List.of(EscalationVenue.values()), List.of(Responsible.values()),
                List.of(VenueReason.values()))) {
            assertThat(values).allSatisfy(v -> {
                assertThat(v.labelNl()).isNotBlank();
                assertThat(v.labelEn()).isNotBlank();
            });
        }
        assertThat(Domain.values()).hasSize(4);
    }

    @Test
    @DisplayName("explain: each phase, venue and direction has its own Dutch and English sentence")
    void explainEveryBranch() {
        Locale nl = Locale.forLanguageTag("nl");
        // definite phase 4, at the house, stays; nothing missing
        EscalationDecision zvh = assess("{" + COMPLEX + ",\"cooperationStagnating\":\"TRUE\",\"acuteSafetyThreat\":\"FALSE\","
                + "\"admissible\":\"TRUE\",\"currentPhase\":4}");
        assertThat(zvh.venue()).isEqualTo(EscalationVenue.ZVH);
        // rev. 2: the sentence names the grounds that hold (here one), no longer all grounds at once
        assertThat(zvh.explain(nl)).isEqualTo("AVE-fase 4 (donkerrood). De casus hoort in het Zorg- en Veiligheidshuis: "
                + "ontvankelijk, fase 3 of hoger, en de samenwerking stagneert. De fase blijft gelijk.");
        assertThat(zvh.explain(Locale.ENGLISH)).isEqualTo("AVE phase 4 (dark red). The case belongs at the house: admissible, "
                + "phase 3 or higher, and cooperation has stalled. The phase stays the same.");
        // definite phase 1, local, down from 2
        EscalationDecision down = assess("{\"signal\":\"NONE\",\"acuteSafetyThreat\":\"FALSE\",\"currentPhase\":2}");
        assertThat(down.explain(nl)).isEqualTo("AVE-fase 1 (groen). De casus wordt lokaal behandeld (lokaal, tenzij). "
                + "Ten opzichte van de vastgelegde fase: afschalen.");
        assertThat(down.explain(Locale.ENGLISH)).isEqualTo("AVE phase 1 (green). The case is handled locally (local, unless). "
                + "Against the recorded phase: scale down.");
        // a range: venue and direction not yet known, the missing facts named
        EscalationDecision open = assess("{\"currentPhase\":2}");
        assertThat(open.lowest()).isEqualTo(1);
        assertThat(open.highest()).isEqualTo(4);
        String missing = String.join(", ", open.missing());
        assertThat(missing).isNotEmpty();
        assertThat(open.explain(nl)).isEqualTo("De AVE-fase ligt nog tussen 1 (groen) en 4 (donkerrood): niet alle feiten "
                + "zijn bekend. Of de casus lokaal of in het Zorg- en Veiligheidshuis hoort, is nog niet te zeggen. De richting "
                + "ten opzichte van de vastgelegde fase is nog niet te bepalen. Nog uit te zoeken: " + missing + ".");
        assertThat(open.explain(Locale.ENGLISH)).isEqualTo("The AVE phase is still between 1 (green) and 4 (dark red): not every "
                + "fact is known. Whether the case is handled locally or at the house cannot be said yet. The direction "
                + "against the recorded phase cannot be determined yet. Still to find out: " + missing + ".");
        // phase 3 (red) against a recorded 2: scale up; no recorded phase: no direction sentence (rev. 2: voluntary help
        // and themes known, else the venue would wait on them)
        EscalationDecision up = assess("{" + COMPLEX + ",\"cooperationStagnating\":\"FALSE\",\"acuteSafetyThreat\":\"FALSE\","
                + "\"voluntaryHelpFailing\":\"FALSE\",\"themes\":[],\"currentPhase\":2}");
        assertThat(up.explain(nl)).startsWith("AVE-fase 3 (rood). De casus wordt lokaal behandeld (lokaal, tenzij). "
                + "Ten opzichte van de vastgelegde fase: opschalen.");
        assertThat(up.explain(Locale.ENGLISH)).startsWith("AVE phase 3 (red). The case is handled locally (local, unless). "
                + "Against the recorded phase: scale up.");
        EscalationDecision none = assess("{\"signal\":\"PROBLEM\",\"domainsInvolved\":[\"GEMEENTE\"],"
                + "\"cooperationStagnating\":\"FALSE\",\"acuteSafetyThreat\":\"FALSE\"}");
        assertThat(none.explain(Locale.ENGLISH)).isEqualTo("AVE phase 2 (orange). The case is handled locally (local, unless).");
        assertThat(none.explain(nl)).isEqualTo("AVE-fase 2 (oranje). De casus wordt lokaal behandeld (lokaal, tenzij).");
    }

    @Test
    @DisplayName("explain (rev. 2): voluntary help failing, a house theme (with the house's themes on the date), several grounds, staying at the house")
    void explainVenueReasons() {
        Locale nl = Locale.forLanguageTag("nl");
        String base = "{" + COMPLEX + ",\"admissible\":\"TRUE\",\"cooperationStagnating\":\"FALSE\",";
        EscalationDecision failing = assess(base + "\"acuteSafetyThreat\":\"FALSE\",\"voluntaryHelpFailing\":\"TRUE\"}");
        assertThat(failing.explain(nl)).isEqualTo("AVE-fase 3 (rood). De casus hoort in het Zorg- en Veiligheidshuis: "
                + "ontvankelijk, fase 3 of hoger, en hulp in het vrijwillig kader werkt niet (meer).");
        assertThat(failing.explain(Locale.ENGLISH)).isEqualTo("AVE phase 3 (red). The case belongs at the house: admissible, "
                + "phase 3 or higher, and voluntary help does not, or no longer, work.");
        EscalationDecision theme = Escalation.assess(ZvhJson.read(base + "\"acuteSafetyThreat\":\"FALSE\","
                + "\"voluntaryHelpFailing\":\"FALSE\",\"themes\":[\"VERWARD_GEDRAG_HOOG_RISICO\"]}", EscalationFacts.class),
                LocalDate.of(2025, 7, 1));
        assertThat(theme.explain(nl)).isEqualTo("AVE-fase 3 (rood). De casus hoort in het Zorg- en Veiligheidshuis: "
                + "ontvankelijk, fase 3 of hoger, en de casus heeft een thema van het huis (thema's van het huis: verward "
                + "gedrag met hoog risico).");
        assertThat(theme.explain(Locale.ENGLISH)).isEqualTo("AVE phase 3 (red). The case belongs at the house: admissible, "
                + "phase 3 or higher, and the case has one of the house's themes (the house's themes: confused behaviour, "
                + "high risk).");
        EscalationDecision three = assess(base.replace("\"cooperationStagnating\":\"FALSE\"", "\"cooperationStagnating\":\"TRUE\"")
                + "\"acuteSafetyThreat\":\"TRUE\",\"voluntaryHelpFailing\":\"TRUE\",\"themes\":[\"JEUGD\"]}");
        assertThat(three.explain(nl)).isEqualTo("AVE-fase 4 (donkerrood). De casus hoort in het Zorg- en Veiligheidshuis: "
                + "ontvankelijk, fase 3 of hoger, en de samenwerking stagneert, de veiligheid is acuut in het geding en hulp "
                + "in het vrijwillig kader werkt niet (meer).");
        assertThat(three.explain(Locale.ENGLISH)).isEqualTo("AVE phase 4 (dark red). The case belongs at the house: admissible, "
                + "phase 3 or higher, and cooperation has stalled, safety is acutely at stake and voluntary help does not, or "
                + "no longer, work.");
        EscalationDecision two = assess(base + "\"acuteSafetyThreat\":\"TRUE\",\"voluntaryHelpFailing\":\"TRUE\"}");
        assertThat(two.explain(Locale.ENGLISH)).contains("and safety is acutely at stake and voluntary help does not");
        EscalationDecision stays = assess(base + "\"currentPhase\":3,\"currentVenue\":\"ZVH\",\"acuteSafetyThreat\":\"FALSE\"}");
        assertThat(stays.explain(nl)).isEqualTo("AVE-fase 3 (rood). De casus blijft in het Zorg- en Veiligheidshuis: "
                + "ontvankelijk en fase 3 of hoger, dus voldoet hij nog aan de criteria; afschalen volgt pas wanneer dat niet "
                + "meer zo is. De fase blijft gelijk.");
        assertThat(stays.explain(Locale.ENGLISH)).isEqualTo("AVE phase 3 (red). The case stays at the house: admissible and "
                + "phase 3 or higher, so it still meets the criteria; it is scaled down only once it no longer does. "
                + "The phase stays the same.");
    }

    @Test
    @DisplayName("AVE-DIRECTION: a rule result only with a recorded phase; TRUE with no missing facts when definite, UNKNOWN naming the range's facts")
    void directionRule() {
        EscalationDecision stay = assess("{" + COMPLEX + ",\"cooperationStagnating\":\"TRUE\",\"acuteSafetyThreat\":\"FALSE\","
                + "\"admissible\":\"TRUE\",\"currentPhase\":4}");
        RuleResult definite = stay.rules().get(stay.rules().size() - 1);
        assertThat(definite.ruleId()).isEqualTo("AVE-DIRECTION");
        assertThat(definite.value()).isEqualTo(Tri.TRUE);
        assertThat(definite.missing()).isEmpty();
        EscalationDecision open = assess("{\"currentPhase\":2}");
        RuleResult unknown = open.rules().get(open.rules().size() - 1);
        assertThat(unknown.ruleId()).isEqualTo("AVE-DIRECTION");
        assertThat(unknown.value()).isEqualTo(Tri.UNKNOWN);
        assertThat(unknown.missing()).isNotEmpty();
        assertThat(open.missing()).containsAll(unknown.missing());
        assertThat(assess("{}").rules()).extracting(RuleResult::ruleId).doesNotContain("AVE-DIRECTION");
    }
}
