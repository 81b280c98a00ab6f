package io.github.zvhsdk.rules.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zvhsdk.model.LifeDomain;
import io.github.zvhsdk.model.LifeDomainAssessment;
import io.github.zvhsdk.model.LifeDomainStatus;
import io.github.zvhsdk.model.Theme;
import io.github.zvhsdk.model.Venue;
import io.github.zvhsdk.model.rule.Tri;
import io.github.zvhsdk.rules.escalation.EscalationSpace.Input;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The missing facts of AVE-PHASE-4/3/2, VENUE-LOCAL-UNLESS and the phase range, against their definition in
 * escalation.md ("Missing facts", rev. 2) evaluated by brute force over the real facts: every unknown fact separately
 * (each unassessed leefgebied on its own, with {@code CRIMINOGENIC} among its values), every definite value of every
 * other unknown fact (all 16 domain sets, all three definite signals, both values of voluntaryHelpFailing, and for
 * {@code themes} the sets none, {@code VERWARD_GEDRAG_HOOG_RISICO}, {@code RADICALISERING_EXTREMISME} and
 * {@code JEUGD}: a set with and one without a house theme under every configuration used), and the decisions of
 * complete facts as the only rule evaluations. A fact is missing for a rule when it is unknown and either (a) two of
 * its values give different outcomes under some valid completion of the other unknown facts, or (b) learning it alone
 * (the others left unknown) changes the rule's value (under an unknown signal, (a) alone would never name a leefgebied
 * for "a problem is present").
 *
 * <p>The implementation ({@code AvePhase.missing}) reasons over counts of leefgebieden with a cap and over "house
 * theme" instead of theme sets; this oracle does neither. Inputs: a seeded sample of the phase space with at most three
 * unassessed leefgebieden (three is one more than the cap) and of the venue space, each with a current venue (absent,
 * LOCAL or ZVH) and a configuration (the reference on its date, or the house themes [] or [JEUGD]) drawn with it, plus
 * inputs with everything unknown; coverage of both clauses, of every fact and of every context is asserted. About 12 s of
 * CPU (measured on the 2-core VM while it was busy).
 */
@DisplayName("AVE missing facts: the definition, brute force over real facts, agrees with the decision")
class EscalationMissingOracleTest {
    private static final LifeDomain[] LEEF = LifeDomain.values();
    private static final Signal[] DEFINITE_SIGNALS = {Signal.NONE, Signal.SUSPICION, Signal.PROBLEM};
    private static final LifeDomainStatus[] DEFINITE_STATUS = {LifeDomainStatus.NO_PROBLEM, LifeDomainStatus.PROBLEM,
            LifeDomainStatus.CRIMINOGENIC};
    private static final Tri[] DEFINITE_TRI = {Tri.TRUE, Tri.FALSE};
    private static final List<Set<Theme>> DEFINITE_THEMES = List.of(Set.of(), Set.of(Theme.VERWARD_GEDRAG_HOOG_RISICO),
            Set.of(Theme.RADICALISERING_EXTREMISME), Set.of(Theme.JEUGD));
    private static final List<Optional<Venue>> CURRENT_VENUES = List.of(Optional.empty(), Optional.of(Venue.LOCAL),
            Optional.of(Venue.ZVH));
    private static final List<EscalationConfig> CONFIGS = List.of(EscalationConfig.defaults(),
            EscalationConfig.builder().houseThemes(Set.of()).build(),
            EscalationConfig.builder().houseThemes(Set.of(Theme.JEUGD)).build());
    private static final String[] FLAG_NAMES = {"cooperationStagnating", "acuteSafetyThreat", "admissible",
        "voluntaryHelpFailing"};
    /** The rules compared: the three phase rows, the venue, the range (index 4). */
    private static final int RULES = 5;

    /** The decision's values on one set of facts, per rule: rows 4, 3, 2, venue, then the range. */
    private record Outcome(List<Object> values) {}

    /** A fact a partial input leaves unknown, and the values it can take. */
    private record Unknown(String name, int kind, int index, int values) {}

    private static final int SIGNAL = 0;
    private static final int LEEFGEBIED = 1;
    private static final int DOMAINS = 2;
    private static final int FLAG = 3;
    private static final int THEMES = 4;

    /** What the facts are decided in: the current venue, the configuration and the date. */
    private record Context(Optional<Venue> currentVenue, EscalationConfig config, LocalDate asOf) {}

    /** The values of every fact but the current venue: the facts of one decision (arrays: change only a copy). */
    private static final class Values {
        private final Signal signal;
        private final LifeDomainStatus[] statuses;
        private final int domains;
        private final Tri[] flags;
        private final Optional<Set<Theme>> themes;

        Values(Signal signal, LifeDomainStatus[] statuses, int domains, Tri[] flags, Optional<Set<Theme>> themes) {
            this.signal = signal;
            this.statuses = statuses;
            this.domains = domains;
            this.flags = flags;
            this.themes = themes;
        }

        Signal signal() {
            return signal;
        }

        LifeDomainStatus[] statuses() {
            return statuses;
        }

        int domains() {
            return domains;
        }

        Tri[] flags() {
            return flags;
        }

        Optional<Set<Theme>> themes() {
            return themes;
        }

        Values copy() {
            return new Values(signal, statuses.clone(), domains, flags.clone(), themes);
        }
    }

    /** Complete facts, encoded, per context; filled per test run (never static: PIT swaps mutants within one JVM). */
    private final Map<Context, Map<Long, Outcome>> complete = new HashMap<>();

    private static Outcome outcome(EscalationDecision d) {
        List<Object> v = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            v.add(d.rules().get(r).value());
        }
        v.add(List.of(d.lowest(), d.highest()));
        return new Outcome(v);
    }

    /** Facts from explicit values: statuses per leefgebied, a domain mask (−1 unknown), four flags, the themes. */
    private static EscalationFacts facts(Values x, Context c) {
        LifeDomainAssessment a = LifeDomainAssessment.unknown();
        for (int i = 0; i < LEEF.length; i++) {
            a = a.with(LEEF[i], x.statuses()[i]);
        }
        return EscalationFacts.builder().signal(x.signal()).lifeDomains(a)
                .domainsInvolved(EscalationSpace.domainSet(x.domains())).cooperationStagnating(x.flags()[0])
                .acuteSafetyThreat(x.flags()[1]).admissible(x.flags()[2]).voluntaryHelpFailing(x.flags()[3])
                .themes(x.themes()).currentVenue(c.currentVenue()).build();
    }

    private static Outcome decide(Values x, Context c) {
        return outcome(Escalation.assess(facts(x, c), c.config(), c.asOf()));
    }

    private static boolean valid(Values x) {
        if (!x.signal().deniesProblems()) {
            return true;
        }
        for (LifeDomainStatus st : x.statuses()) {
            if (st == LifeDomainStatus.PROBLEM || st == LifeDomainStatus.CRIMINOGENIC) {
                return false;
            }
        }
        return true;
    }

    /** The outcome of complete facts, each distinct one assessed once per context. */
    private Outcome completeOutcome(Values x, Context c) {
        long key = x.signal().ordinal();
        for (LifeDomainStatus st : x.statuses()) {
            key = key * 4 + st.ordinal();
        }
        key = key * 16 + x.domains();
        for (Tri t : x.flags()) {
            key = key * 3 + t.ordinal();
        }
        key = key * 8 + DEFINITE_THEMES.indexOf(x.themes().orElseThrow());
        return complete.computeIfAbsent(c, k -> new HashMap<>()).computeIfAbsent(key, k -> decide(x, c));
    }

    /** What the oracle found for one input, per rule. */
    private record Expected(List<Set<String>> missing, boolean clauseAOnly, boolean clauseBOnly) {}

    private Expected oracle(Values given, Context c, Outcome partial) {
        List<Unknown> unknowns = new ArrayList<>();
        if (given.signal() == Signal.UNKNOWN) {
            unknowns.add(new Unknown("signal", SIGNAL, 0, DEFINITE_SIGNALS.length));
        }
        if (!given.signal().deniesProblems()) {
            for (int i = 0; i < LEEF.length; i++) {
                if (given.statuses()[i] == LifeDomainStatus.UNKNOWN) {
                    unknowns.add(new Unknown("lifeDomains." + LEEF[i].name(), LEEFGEBIED, i, DEFINITE_STATUS.length));
                }
            }
        }
        if (given.domains() == EscalationSpace.UNKNOWN_DOMAINS) {
            unknowns.add(new Unknown("domainsInvolved", DOMAINS, 0, 16));
        }
        for (int f = 0; f < FLAG_NAMES.length; f++) {
            if (given.flags()[f] == Tri.UNKNOWN) {
                unknowns.add(new Unknown(FLAG_NAMES[f], FLAG, f, 2));
            }
        }
        if (given.themes().isEmpty()) {
            unknowns.add(new Unknown("themes", THEMES, 0, DEFINITE_THEMES.size()));
        }
        int[] dims = unknowns.stream().mapToInt(Unknown::values).toArray();
        int total = 1;
        for (int d : dims) {
            total *= d;
        }
        // every completion (null when the model rules it out)
        Outcome[] out = new Outcome[total];
        int[] digit = new int[dims.length];
        for (int n = 0; n < total; n++) {
            int rest = n;
            for (int i = dims.length - 1; i >= 0; i--) {
                digit[i] = rest % dims[i];
                rest /= dims[i];
            }
            Values x = given;
            for (int i = 0; i < dims.length; i++) {
                x = set(x, unknowns.get(i), digit[i]);
            }
            // under NONE or SUSPICION an unassessed leefgebied reads as no problem
            if (x.signal().deniesProblems()) {
                x = x.copy();
                for (int i = 0; i < x.statuses().length; i++) {
                    if (x.statuses()[i] == LifeDomainStatus.UNKNOWN) {
                        x.statuses()[i] = LifeDomainStatus.NO_PROBLEM;
                    }
                }
            }
            out[n] = valid(x) ? completeOutcome(x, c) : null;
        }
        List<Set<String>> missing = new ArrayList<>();
        boolean aOnly = false;
        boolean bOnly = false;
        for (int r = 0; r < RULES; r++) {
            Set<String> m = new TreeSet<>();
            for (int i = 0; i < dims.length; i++) {
                boolean a = clauseA(out, dims, i, r);
                boolean b = clauseB(given, c, unknowns.get(i), partial, r);
                if (a || b) {
                    m.add(unknowns.get(i).name());
                }
                aOnly |= a && !b;
                bOnly |= b && !a;
            }
            missing.add(m);
        }
        return new Expected(missing, aOnly, bOnly);
    }

    /** {@code x} with unknown {@code u} set to its {@code k}-th definite value. */
    private static Values set(Values x, Unknown u, int k) {
        Values y = x.copy();
        return switch (u.kind()) {
            case SIGNAL -> new Values(DEFINITE_SIGNALS[k], y.statuses(), y.domains(), y.flags(), y.themes());
            case LEEFGEBIED -> {
                y.statuses()[u.index()] = DEFINITE_STATUS[k];
                yield y;
            }
            case DOMAINS -> new Values(y.signal(), y.statuses(), k, y.flags(), y.themes());
            case FLAG -> {
                y.flags()[u.index()] = DEFINITE_TRI[k];
                yield y;
            }
            default -> new Values(y.signal(), y.statuses(), y.domains(), y.flags(), Optional.of(DEFINITE_THEMES.get(k)));
        };
    }

    /** (a): some completion of the others under which two values of unknown {@code i} give different outcomes. */
    private static boolean clauseA(Outcome[] out, int[] dims, int i, int rule) {
        int stride = 1;
        for (int j = i + 1; j < dims.length; j++) {
            stride *= dims[j];
        }
        for (int n = 0; n < out.length; n++) {
            if ((n / stride) % dims[i] != 0) {
                continue;
            }
            Object seen = null;
            for (int k = 0; k < dims[i]; k++) {
                Outcome o = out[n + k * stride];
                if (o == null) {
                    continue;
                }
                Object v = o.values().get(rule);
                if (seen != null && !seen.equals(v)) {
                    return true;
                }
                seen = v;
            }
        }
        return false;
    }

    /** (b): learning unknown {@code u} alone, to some value the model allows, changes the rule's value. */
    private static boolean clauseB(Values given, Context c, Unknown u, Outcome partial, int rule) {
        for (int k = 0; k < u.values(); k++) {
            Values x = set(given, u, k);
            if (!valid(x)) {
                continue;
            }
            if (!decide(x, c).values().get(rule).equals(partial.values().get(rule))) {
                return true;
            }
        }
        return false;
    }

    private static LifeDomainStatus[] statuses(Input in) {
        LifeDomainStatus[] st = new LifeDomainStatus[LEEF.length];
        for (int i = 0; i < st.length; i++) {
            st[i] = i < in.problems() ? (i % 2 == 0 ? LifeDomainStatus.PROBLEM : LifeDomainStatus.CRIMINOGENIC)
                    : i < in.problems() + in.unknown() ? LifeDomainStatus.UNKNOWN : LifeDomainStatus.NO_PROBLEM;
        }
        return st;
    }

    @Test
    @DisplayName("per rule and for the range: missing is exactly the unknown facts the definition names")
    void missingMatchesTheDefinition() {
        Random random = new Random(20261204L);
        List<Input> phase = new ArrayList<>();
        List<Input> heaviest = new ArrayList<>();
        for (Input in : EscalationSpace.all()) {
            if (in.valid() && in.unknown() <= 3) {
                phase.add(in);
                // three unassessed leefgebieden and the rest of the phase's facts unknown: the cap
                if (in.unknown() == 3 && in.domains() == EscalationSpace.UNKNOWN_DOMAINS
                        && in.signal() == Signal.UNKNOWN) {
                    heaviest.add(in);
                }
            }
        }
        List<Input> venue = EscalationSpace.venueSpace();
        Collections.shuffle(phase, random);
        Collections.shuffle(venue, random);
        Collections.shuffle(heaviest, random);
        List<Input> sample = new ArrayList<>(phase.subList(0, 1000));
        sample.addAll(venue.subList(0, 1200));
        // the heaviest with voluntaryHelpFailing and themes known (the venue space has them unknown with fewer others)
        for (Input in : heaviest.subList(0, 30)) {
            sample.add(new Input(in.signal(), in.problems(), in.unknown(), in.domains(), in.stagnating(), in.acute(),
                    in.admissible(), random.nextBoolean() ? Tri.TRUE : Tri.FALSE,
                    1 + random.nextInt(EscalationSpace.THEME_SETS.size() - 1), in.asOf()));
        }
        int checked = 0;
        int definiteWithUnknowns = 0;
        int aOnly = 0;
        int bOnly = 0;
        Map<String, int[]> named = new HashMap<>();
        Set<List<Integer>> contexts = new java.util.HashSet<>();
        for (Input in : sample) {
            Tri[] flags = {in.stagnating(), in.acute(), in.admissible(), in.voluntaryHelpFailing()};
            Values given = new Values(in.signal(), statuses(in), in.domains(), flags,
                    EscalationSpace.THEME_SETS.get(in.themes()));
            // a current venue and a configuration with each input: the reference on its date mostly
            int cv = random.nextInt(CURRENT_VENUES.size());
            int cfg = random.nextInt(5) < 3 ? 0 : 1 + random.nextInt(2);
            Context c = new Context(CURRENT_VENUES.get(cv), CONFIGS.get(cfg), in.asOf());
            contexts.add(List.of(cv, cfg));
            EscalationFacts f = facts(given, c);
            EscalationDecision d = Escalation.assess(f, c.config(), c.asOf());
            Outcome partial = outcome(d);
            Expected e = oracle(given, c, partial);
            for (int r = 0; r < 4; r++) {
                assertThat(new TreeSet<>(d.rules().get(r).missing())).as("%s %s, rule %s", in, c, d.rules().get(r).ruleId())
                        .isEqualTo(e.missing().get(r));
            }
            // the range's missing facts, as the AVE-DIRECTION rule shows them when the direction is open
            Set<String> range = e.missing().get(4);
            if (d.lowest() < d.highest()) {
                EscalationDecision open = Escalation.assess(EscalationFacts.builder().from(f).currentPhase(d.lowest())
                        .build(), c.config(), c.asOf());
                assertThat(open.rules().get(4).ruleId()).isEqualTo("AVE-DIRECTION");
                assertThat(new TreeSet<>(open.rules().get(4).missing())).as("%s %s, range", in, c).isEqualTo(range);
            } else {
                assertThat(range).as("%s %s: a definite range misses nothing", in, c).isEmpty();
            }
            Set<String> union = new TreeSet<>(range);
            union.addAll(e.missing().get(3));
            assertThat(new TreeSet<>(d.missing())).as("%s %s, decision", in, c).isEqualTo(union);
            if (d.missing().isEmpty() && (in.signal() == Signal.UNKNOWN || in.unknown() > 0
                    || in.domains() == EscalationSpace.UNKNOWN_DOMAINS || in.themes() == EscalationSpace.UNKNOWN_THEMES
                    || in.voluntaryHelpFailing() == Tri.UNKNOWN)) {
                definiteWithUnknowns++;
            }
            aOnly += e.clauseAOnly() ? 1 : 0;
            bOnly += e.clauseBOnly() ? 1 : 0;
            for (int r = 0; r < RULES; r++) {
                for (String name : e.missing().get(r)) {
                    named.computeIfAbsent(kind(name), k -> new int[1])[0]++;
                }
            }
            checked++;
        }
        assertThat(checked).isEqualTo(2230);
        // coverage: every context, every kind of fact is named somewhere, some inputs with unknown facts miss nothing,
        // and each clause of the definition decides on its own somewhere (or one of them would be untested)
        assertThat(contexts).hasSize(CURRENT_VENUES.size() * CONFIGS.size());
        assertThat(named.keySet()).containsExactlyInAnyOrder("signal", "lifeDomains", "domainsInvolved",
                "cooperationStagnating", "acuteSafetyThreat", "admissible", "voluntaryHelpFailing", "themes");
        assertThat(definiteWithUnknowns).isPositive();
        assertThat(bOnly).as("inputs where only 'learning it alone' names a fact").isPositive();
        assertThat(aOnly).as("inputs where only 'two values differ under a completion' names a fact").isPositive();
    }

    private static String kind(String name) {
        return name.startsWith("lifeDomains.") ? "lifeDomains" : name;
    }
}
