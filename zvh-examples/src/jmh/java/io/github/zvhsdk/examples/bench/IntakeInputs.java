package io.github.zvhsdk.examples.bench;

import io.github.zvhsdk.model.Domain;
import io.github.zvhsdk.model.EffectType;
import io.github.zvhsdk.model.LifeDomain;
import io.github.zvhsdk.model.LifeDomainAssessment;
import io.github.zvhsdk.model.LifeDomainStatus;
import io.github.zvhsdk.model.Prospect;
import io.github.zvhsdk.model.rule.Tri;
import io.github.zvhsdk.rules.intake.ComplexityReading;
import io.github.zvhsdk.rules.intake.IntakeFacts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The exhaustive intake input space the agreement test and the benchmarks use: the same equivalence classes as the
 * SDK's exhaustive property tests (zvh-rules IntakePropertiesTest), each a product of coordinates over a fixed base.
 * <ul>
 *   <li>{@code LK2013}: two slot leefgebieden over NO_PROBLEM / PROBLEM / UNKNOWN (the other ten NO_PROBLEM), CRIME
 *       and NUISANCE over every Prospect (SERIOUS_NUISANCE and DERAILING ABSENT), domainsNeeded over unknown and 0, 0
 *       (OVERIG only), 1, 2 and 3 chains, singleChainSufficient, voluntaryFrameworkSufficient, systemInteraction and
 *       areaSafetyProblem over all their values: 314,928 points, decided on 2024-06-01;</li>
 *   <li>{@code WGS2025}: identifiedSubject, subjectProblems, familyProblemsRelevant, two slot leefgebieden over
 *       NO_PROBLEM / CRIMINOGENIC / UNKNOWN, CRIME and UNSAFE_SITUATION over every Prospect (SERIOUS_NUISANCE ABSENT),
 *       domainsNeeded as above: 34,992 points, decided on 2025-06-01;</li>
 *   <li>{@code count}: five slot leefgebieden over all four statuses and CRIME over every Prospect, every other
 *       criterion of both regimes TRUE: 6,144 points, decided on the last LK2013 day 2025-02-28 and on the first WGS
 *       day 2025-03-01.</li>
 * </ul>
 * 362,208 cases, each with the reading STANDALONE_D and the reference configuration otherwise (the DMN peer has no
 * regional criteria). The agreement test checks each case under both readings and both regimes at once (the DMN
 * model decides them all in one evaluation).
 */
public final class IntakeInputs {
    /** One input: facts, the reading and the date. */
    public record Case(IntakeFacts facts, ComplexityReading reading, LocalDate asOf) {}

    /** A product of coordinates over a base, decided under some (reading, date) contexts. */
    public record Space(String name, Consumer<Draft> base, List<Coord> coords, List<Context> contexts) {
        /** @return how many cases: points times contexts */
        public int size() {
            return points() * contexts.size();
        }

        int points() {
            int s = 1;
            for (Coord c : coords) {
                s = Math.multiplyExact(s, c.values().size());
            }
            return s;
        }

        /**
         * @param index 0 ≤ index &lt; {@link #size()}
         * @return that case
         */
        public Case get(int index) {
            Context x = contexts.get(index % contexts.size());
            int point = index / contexts.size();
            Draft d = new Draft();
            base.accept(d);
            for (int c = coords.size() - 1; c >= 0; c--) {
                Coord k = coords.get(c);
                k.set().accept(d, k.values().get(point % k.values().size()));
                point /= k.values().size();
            }
            return new Case(d.build(), x.reading(), x.asOf());
        }
    }

    /** A reading and a date. */
    public record Context(ComplexityReading reading, LocalDate asOf) {}

    /** One fact and all the values it takes. */
    record Coord(List<Object> values, BiConsumer<Draft, Object> set) {}

    /** A mutable draft of the facts. */
    static final class Draft {
        boolean identifiedSubject = true;
        Tri subjectProblems = Tri.UNKNOWN;
        Tri familyProblemsRelevant = Tri.UNKNOWN;
        final EnumMap<LifeDomain, LifeDomainStatus> lifeDomains = new EnumMap<>(LifeDomain.class);
        final EnumMap<EffectType, Prospect> effects = new EnumMap<>(EffectType.class);
        Optional<Set<Domain>> domainsNeeded = Optional.empty();
        Tri singleChainSufficient = Tri.UNKNOWN;
        Tri voluntaryFrameworkSufficient = Tri.UNKNOWN;
        Prospect systemInteraction = Prospect.UNKNOWN;
        Tri areaSafetyProblem = Tri.UNKNOWN;

        IntakeFacts build() {
            return IntakeFacts.builder().identifiedSubject(identifiedSubject).subjectProblems(subjectProblems)
                    .familyProblemsRelevant(familyProblemsRelevant).lifeDomains(LifeDomainAssessment.of(lifeDomains))
                    .effects(effects).domainsNeeded(domainsNeeded).singleChainSufficient(singleChainSufficient)
                    .voluntaryFrameworkSufficient(voluntaryFrameworkSufficient).systemInteraction(systemInteraction)
                    .areaSafetyProblem(areaSafetyProblem).build();
        }
    }

    static final LocalDate LK_DATE = LocalDate.of(2024, 6, 1);
    static final LocalDate WGS_DATE = LocalDate.of(2025, 6, 1);
    static final LocalDate LAST_LK_DAY = LocalDate.of(2025, 2, 28);
    static final LocalDate FIRST_WGS_DAY = LocalDate.of(2025, 3, 1);
    static final List<LifeDomain> SLOTS2 = List.of(LifeDomain.DRUGS, LifeDomain.ATTITUDE);
    static final List<LifeDomain> SLOTS5 = List.of(LifeDomain.OFFENCE_HISTORY, LifeDomain.HOUSING, LifeDomain.FRIENDS,
            LifeDomain.ALCOHOL, LifeDomain.ATTITUDE);

    private IntakeInputs() {}

    /** @return the three spaces described above */
    public static List<Space> spaces() {
        Space lk = new Space("LK2013", noProblemExcept(SLOTS2, d -> {
            d.effects.put(EffectType.SERIOUS_NUISANCE, Prospect.ABSENT);
            d.effects.put(EffectType.DERAILING, Prospect.ABSENT);
        }), List.of(leefgebied(SLOTS2.get(0), LifeDomainStatus.NO_PROBLEM, LifeDomainStatus.PROBLEM, LifeDomainStatus.UNKNOWN),
                leefgebied(SLOTS2.get(1), LifeDomainStatus.NO_PROBLEM, LifeDomainStatus.PROBLEM, LifeDomainStatus.UNKNOWN),
                effect(EffectType.CRIME), effect(EffectType.NUISANCE), domainsNeeded(),
                tri((d, v) -> d.singleChainSufficient = v), tri((d, v) -> d.voluntaryFrameworkSufficient = v),
                prospect((d, v) -> d.systemInteraction = v), tri((d, v) -> d.areaSafetyProblem = v)),
                List.of(new Context(ComplexityReading.STANDALONE_D, LK_DATE)));
        Space wgs = new Space("WGS2025", noProblemExcept(SLOTS2, d -> d.effects.put(EffectType.SERIOUS_NUISANCE, Prospect.ABSENT)),
                List.of(new Coord(List.of(true, false), (d, v) -> d.identifiedSubject = (Boolean) v),
                        tri((d, v) -> d.subjectProblems = v), tri((d, v) -> d.familyProblemsRelevant = v),
                        leefgebied(SLOTS2.get(0), LifeDomainStatus.NO_PROBLEM, LifeDomainStatus.CRIMINOGENIC, LifeDomainStatus.UNKNOWN),
                        leefgebied(SLOTS2.get(1), LifeDomainStatus.NO_PROBLEM, LifeDomainStatus.CRIMINOGENIC, LifeDomainStatus.UNKNOWN),
                        effect(EffectType.CRIME), effect(EffectType.UNSAFE_SITUATION), domainsNeeded()),
                List.of(new Context(ComplexityReading.STANDALONE_D, WGS_DATE)));
        List<Coord> countCoords = new ArrayList<>();
        for (LifeDomain l : SLOTS5) {
            countCoords.add(leefgebied(l, LifeDomainStatus.values()));
        }
        countCoords.add(effect(EffectType.CRIME));
        Space count = new Space("count", noProblemExcept(SLOTS5, d -> {
            d.subjectProblems = Tri.TRUE;
            for (EffectType e : EffectType.values()) {
                if (e != EffectType.CRIME) {
                    d.effects.put(e, Prospect.ABSENT);
                }
            }
            d.domainsNeeded = Optional.of(Set.of(Domain.STRAF, Domain.ZORG));
            d.singleChainSufficient = Tri.FALSE;
            d.voluntaryFrameworkSufficient = Tri.FALSE;
            d.systemInteraction = Prospect.PRESENT;
            d.areaSafetyProblem = Tri.FALSE;
        }), countCoords, List.of(new Context(ComplexityReading.STANDALONE_D, LAST_LK_DAY),
                new Context(ComplexityReading.STANDALONE_D, FIRST_WGS_DAY)));
        return List.of(lk, wgs, count);
    }

    /** @return the number of cases in {@link #spaces()} */
    public static int size() {
        return spaces().stream().mapToInt(Space::size).sum();
    }

    /** A case of one of the spaces, and which. */
    public record Located(Space space, int index, Case value) {}

    /**
     * @param spaces the spaces, as from {@link #spaces()}
     * @param index 0 ≤ index &lt; the sum of their sizes: the spaces one after the other
     * @return that case
     */
    public static Located get(List<Space> spaces, int index) {
        int i = index;
        int s = 0;
        while (i >= spaces.get(s).size()) {
            i -= spaces.get(s).size();
            s++;
        }
        return new Located(spaces.get(s), i, spaces.get(s).get(i));
    }

    private static Consumer<Draft> noProblemExcept(List<LifeDomain> slots, Consumer<Draft> more) {
        return d -> {
            for (LifeDomain l : LifeDomain.values()) {
                if (!slots.contains(l)) {
                    d.lifeDomains.put(l, LifeDomainStatus.NO_PROBLEM);
                }
            }
            more.accept(d);
        };
    }

    private static Coord tri(BiConsumer<Draft, Tri> set) {
        return new Coord(List.of(Tri.TRUE, Tri.FALSE, Tri.UNKNOWN), (d, v) -> set.accept(d, (Tri) v));
    }

    private static Coord prospect(BiConsumer<Draft, Prospect> set) {
        return new Coord(List.of((Object[]) Prospect.values()), (d, v) -> set.accept(d, (Prospect) v));
    }

    /** An effect over every Prospect; UNKNOWN is left out of the map (absent means unknown). */
    private static Coord effect(EffectType e) {
        return prospect((d, p) -> {
            if (p != Prospect.UNKNOWN) {
                d.effects.put(e, p);
            }
        });
    }

    private static Coord leefgebied(LifeDomain l, LifeDomainStatus... statuses) {
        return new Coord(List.of((Object[]) statuses), (d, v) -> d.lifeDomains.put(l, (LifeDomainStatus) v));
    }

    /** domainsNeeded: unknown, and one representative of 0, 0 (OVERIG only), 1, 2 and 3 chains. */
    private static Coord domainsNeeded() {
        List<Object> values = List.of(Optional.empty(), Optional.of(Set.of()), Optional.of(Set.of(Domain.OVERIG)),
                Optional.of(Set.of(Domain.STRAF, Domain.OVERIG)), Optional.of(Set.of(Domain.ZORG, Domain.GEMEENTE)),
                Optional.of(Set.of(Domain.STRAF, Domain.ZORG, Domain.GEMEENTE, Domain.OVERIG)));
        @SuppressWarnings("unchecked")
        BiConsumer<Draft, Object> set = (d, v) -> d.domainsNeeded = (Optional<Set<Domain>>) v;
        return new Coord(values, set);
    }
}
