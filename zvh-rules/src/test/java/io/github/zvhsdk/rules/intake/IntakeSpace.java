package io.github.zvhsdk.rules.intake;

import io.github.zvhsdk.model.Domain;
import io.github.zvhsdk.model.EffectType;
import io.github.zvhsdk.model.LifeDomain;
import io.github.zvhsdk.model.LifeDomainAssessment;
import io.github.zvhsdk.model.LifeDomainStatus;
import io.github.zvhsdk.model.Prospect;
import io.github.zvhsdk.model.rule.RuleResult;
import io.github.zvhsdk.model.rule.Tri;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A finite space of intake facts: a product of coordinates, each one fact with every value it can take (its UNKNOWN
 * included), over a fixed base. A point is a mixed-radix index, so that "the same point with one fact changed" is
 * index arithmetic, and a decision table stores per point the outcome, the criteria and the missing facts (as a
 * bit mask over coordinates). Every missing fact a decision names must be a coordinate of the space.
 */
final class IntakeSpace {
    /** A mutable draft of the facts; the base sets what no coordinate sets. */
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
        final Map<String, Tri> regional = new TreeMap<>();

        IntakeFacts build() {
            return IntakeFacts.builder()
                    .identifiedSubject(identifiedSubject)
                    .subjectProblems(subjectProblems)
                    .familyProblemsRelevant(familyProblemsRelevant)
                    .lifeDomains(LifeDomainAssessment.of(lifeDomains))
                    .effects(effects)
                    .domainsNeeded(domainsNeeded)
                    .singleChainSufficient(singleChainSufficient)
                    .voluntaryFrameworkSufficient(voluntaryFrameworkSufficient)
                    .systemInteraction(systemInteraction)
                    .areaSafetyProblem(areaSafetyProblem)
                    .regional(regional)
                    .build();
        }
    }

    /**
     * One fact and all its values.
     *
     * @param fact the fact's spec name, as it appears in {@code missing}
     * @param values every value, each once
     * @param unknown the index of the UNKNOWN value in {@code values}, or -1 for a definite fact
     * @param set writes a value into a draft
     */
    record Coord(String fact, List<Object> values, int unknown, BiConsumer<Draft, Object> set) {
        int size() {
            return values.size();
        }
    }

    static Coord tri(String fact, BiConsumer<Draft, Tri> set) {
        return new Coord(fact, List.of(Tri.TRUE, Tri.FALSE, Tri.UNKNOWN), 2, (d, v) -> set.accept(d, (Tri) v));
    }

    static Coord prospect(String fact, BiConsumer<Draft, Prospect> set) {
        return new Coord(fact, List.of((Object[]) Prospect.values()), Prospect.UNKNOWN.ordinal(),
                (d, v) -> set.accept(d, (Prospect) v));
    }

    /** An effect; its UNKNOWN is left out of the map (absent means unknown). */
    static Coord effect(EffectType e) {
        return prospect("effects." + e.name(), (d, p) -> {
            if (p != Prospect.UNKNOWN) {
                d.effects.put(e, p);
            }
        });
    }

    /** A leefgebied over all four statuses. */
    static Coord leefgebied(LifeDomain l) {
        return leefgebied(l, LifeDomainStatus.values());
    }

    /** A leefgebied over the given statuses, UNKNOWN last. */
    static Coord leefgebied(LifeDomain l, LifeDomainStatus... statuses) {
        List<Object> values = List.of((Object[]) statuses);
        return new Coord("lifeDomains." + l.name(), values, values.indexOf(LifeDomainStatus.UNKNOWN),
                (d, v) -> d.lifeDomains.put(l, (LifeDomainStatus) v));
    }

    /**
     * domainsNeeded: unknown, and one representative of each class the count "at least two of STRAF, ZORG, GEMEENTE"
     * distinguishes (0, 1, 2, 3 chains), with OVERIG added where it must not count.
     */
    static Coord domainsNeeded() {
        List<Object> values = List.of(Optional.empty(), Optional.of(DomainSet.of(Set.of())),
                Optional.of(DomainSet.of(Set.of(Domain.OVERIG))), Optional.of(DomainSet.of(Set.of(Domain.STRAF, Domain.OVERIG))),
                Optional.of(DomainSet.of(Set.of(Domain.ZORG, Domain.GEMEENTE))),
                Optional.of(DomainSet.of(Set.of(Domain.STRAF, Domain.ZORG, Domain.GEMEENTE, Domain.OVERIG))));
        @SuppressWarnings("unchecked")
        BiConsumer<Draft, Object> set = (d, v) -> d.domainsNeeded = (Optional<Set<Domain>>) v;
        return new Coord("domainsNeeded", values, 0, set);
    }

    /** regional.&lt;id&gt;: TRUE, FALSE, or no value (a configured id without a value is UNKNOWN). */
    static Coord regional(String id) {
        return new Coord("regional." + id, List.of(Tri.TRUE, Tri.FALSE, Tri.UNKNOWN), 2, (d, v) -> {
            if (v != Tri.UNKNOWN) {
                d.regional.put(id, (Tri) v);
            }
        });
    }

    static Coord identifiedSubject() {
        return new Coord("identifiedSubject", List.of(true, false), -1, (d, v) -> d.identifiedSubject = (Boolean) v);
    }

    final String name;
    final List<Coord> coords;
    final Consumer<Draft> base;
    final int[] stride;
    final int size;
    final Map<String, Integer> byFact = new HashMap<>();

    IntakeSpace(String name, Consumer<Draft> base, List<Coord> coords) {
        this.name = name;
        this.base = base;
        this.coords = List.copyOf(coords);
        this.stride = new int[coords.size()];
        int s = 1;
        for (int c = coords.size() - 1; c >= 0; c--) {
            stride[c] = s;
            s = Math.multiplyExact(s, coords.get(c).size());
            byFact.put(coords.get(c).fact(), c);
        }
        this.size = s;
    }

    int digit(int point, int c) {
        return point / stride[c] % coords.get(c).size();
    }

    boolean isUnknown(int point, int c) {
        return coords.get(c).unknown() >= 0 && digit(point, c) == coords.get(c).unknown();
    }

    /** @return the point with coordinate c set to value index v */
    int with(int point, int c, int v) {
        return point + (v - digit(point, c)) * stride[c];
    }

    IntakeFacts facts(int point) {
        Draft d = new Draft();
        base.accept(d);
        for (int c = 0; c < coords.size(); c++) {
            coords.get(c).set().accept(d, coords.get(c).values().get(digit(point, c)));
        }
        return d.build();
    }

    /** @return the definite value indices of coordinate c */
    int[] definite(int c) {
        Coord k = coords.get(c);
        return java.util.stream.IntStream.range(0, k.size()).filter(v -> v != k.unknown()).toArray();
    }

    static byte code(Tri t) {
        return (byte) t.ordinal();
    }

    static final byte TRUE = (byte) Tri.TRUE.ordinal();
    static final byte FALSE = (byte) Tri.FALSE.ordinal();
    static final byte UNKNOWN = (byte) Tri.UNKNOWN.ordinal();

    /** The decisions over a whole space for one configuration and date. */
    static final class Table {
        final IntakeSpace space;
        final String label;
        final List<String> criteria;
        final byte[] outcome;
        final byte[][] criterion;
        final int[] missing;

        Table(IntakeSpace space, String label, List<String> criteria) {
            this.space = space;
            this.label = label;
            this.criteria = criteria;
            this.outcome = new byte[space.size];
            this.criterion = new byte[criteria.size()][space.size];
            this.missing = new int[space.size];
        }

        void put(int point, IntakeDecision d) {
            outcome[point] = code(d.outcome());
            int k = 0;
            for (RuleResult r : d.criteria().values()) {
                criterion[k++][point] = code(r.value());
            }
            int mask = 0;
            for (String f : d.missing()) {
                Integer c = space.byFact.get(f);
                if (c == null) {
                    throw new AssertionError(label + ": missing fact " + f + " is not a coordinate of " + space.name
                            + " (a fact the regime must not read, or a fixed fact) at " + space.describe(point));
                }
                mask |= 1 << c;
            }
            missing[point] = mask;
        }

        byte criterion(String key, int point) {
            return criterion[criteria.indexOf(key)][point];
        }
    }

    /** A configuration and a date to evaluate a space under. */
    record Context(String label, IntakeConfig config, LocalDate asOf) {}

    /** Evaluates every point under every context, building each point's facts once. */
    Map<String, Table> evaluate(List<Context> contexts) {
        Map<String, Table> tables = new LinkedHashMap<>();
        for (Context x : contexts) {
            IntakeDecision probe = Intake.assess(facts(0), x.config(), x.asOf());
            tables.put(x.label(), new Table(this, x.label(), List.copyOf(probe.criteria().keySet())));
        }
        for (int p = 0; p < size; p++) {
            IntakeFacts f = facts(p);
            for (Context x : contexts) {
                tables.get(x.label()).put(p, Intake.assess(f, x.config(), x.asOf()));
            }
        }
        return tables;
    }

    String describe(int point) {
        List<String> s = new ArrayList<>();
        for (int c = 0; c < coords.size(); c++) {
            s.add(coords.get(c).fact() + "=" + coords.get(c).values().get(digit(point, c)));
        }
        return name + Arrays.toString(s.toArray());
    }
}
