package io.github.zvhsdk.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.zvhsdk.model.rule.Tri;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * An assessment of the 12 leefgebieden (model.md): a {@link LifeDomainStatus} per {@link LifeDomain}, {@code UNKNOWN}
 * for every leefgebied it leaves out. JSON form: an object keyed by {@code LifeDomain} token, e.g.
 * {@code {"DRUGS": "CRIMINOGENIC"}}; JSON {@code null} as a value is {@code UNKNOWN}.
 *
 * <p>This type is immutable and thread-safe.
 */
public final class LifeDomainAssessment {
    private static final LifeDomain[] DOMAINS = LifeDomain.values();
    private static final LifeDomainAssessment EMPTY = new LifeDomainAssessment(new EnumMap<>(LifeDomain.class));

    private final Map<LifeDomain, LifeDomainStatus> known;
    // the same statuses by ordinal, UNKNOWN filled in: status() is read twelve times per intake criterion
    private final LifeDomainStatus[] byOrdinal;

    private LifeDomainAssessment(EnumMap<LifeDomain, LifeDomainStatus> known) {
        this.known = Collections.unmodifiableMap(known);
        this.byOrdinal = new LifeDomainStatus[DOMAINS.length];
        for (LifeDomain d : DOMAINS) {
            byOrdinal[d.ordinal()] = known.getOrDefault(d, LifeDomainStatus.UNKNOWN);
        }
    }

    /** @return an assessment that leaves every leefgebied {@code UNKNOWN} */
    public static LifeDomainAssessment unknown() {
        return EMPTY;
    }

    /**
     * @param statuses a status per leefgebied; absent or null entries are {@code UNKNOWN}; never null
     * @return the assessment
     * @throws InvalidInputException when a key is null
     */
    @JsonCreator
    public static LifeDomainAssessment of(Map<LifeDomain, LifeDomainStatus> statuses) {
        if (statuses == null) {
            return EMPTY;
        }
        EnumMap<LifeDomain, LifeDomainStatus> m = new EnumMap<>(LifeDomain.class);
        for (Map.Entry<LifeDomain, LifeDomainStatus> e : statuses.entrySet()) {
            if (e.getKey() == null) {
                throw new InvalidInputException("LifeDomainAssessment",
                        List.of(new Violation("lifeDomains", "MODEL-LIFE-DOMAIN", "a key is not a LifeDomain")));
            }
            if (e.getValue() != null && e.getValue() != LifeDomainStatus.UNKNOWN) {
                m.put(e.getKey(), e.getValue());
            }
        }
        return new LifeDomainAssessment(m);
    }

    /**
     * @param domain a leefgebied; never null
     * @param status its status; never null
     * @return a copy with that leefgebied set
     */
    public LifeDomainAssessment with(LifeDomain domain, LifeDomainStatus status) {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(status, "status");
        EnumMap<LifeDomain, LifeDomainStatus> m = new EnumMap<>(LifeDomain.class);
        m.putAll(known);
        if (status == LifeDomainStatus.UNKNOWN) {
            m.remove(domain);
        } else {
            m.put(domain, status);
        }
        return new LifeDomainAssessment(m);
    }

    /**
     * @param domain a leefgebied; never null
     * @return its status, {@code UNKNOWN} when not assessed
     */
    public LifeDomainStatus status(LifeDomain domain) {
        return byOrdinal[Objects.requireNonNull(domain, "domain").ordinal()];
    }

    /** @return the assessed (non-{@code UNKNOWN}) statuses, in {@link LifeDomain} order */
    @JsonValue
    public Map<LifeDomain, LifeDomainStatus> assessed() {
        return known;
    }

    /**
     * The three-valued count of intake.md: at least {@code n} leefgebieden qualify.
     *
     * @param n the threshold
     * @param qualifies whether a status qualifies (UNKNOWN when undecided); never null
     * @return TRUE when k ≥ n, FALSE when k + u &lt; n, UNKNOWN otherwise
     */
    public Tri atLeast(int n, Function<LifeDomainStatus, Tri> qualifies) {
        int k = 0;
        int u = 0;
        for (LifeDomain d : DOMAINS) {
            Tri q = qualifies.apply(status(d));
            if (q == Tri.TRUE) {
                k++;
            } else if (q == Tri.UNKNOWN) {
                u++;
            }
        }
        return Tri.atLeast(n, k, u);
    }

    /**
     * @param qualifies whether a status qualifies; never null
     * @return the leefgebieden for which it is TRUE, in {@link LifeDomain} order
     */
    public List<LifeDomain> where(Function<LifeDomainStatus, Tri> qualifies) {
        List<LifeDomain> r = new ArrayList<>();
        for (LifeDomain d : DOMAINS) {
            if (qualifies.apply(status(d)) == Tri.TRUE) {
                r.add(d);
            }
        }
        return r;
    }

    /** @return the leefgebieden not assessed, in {@link LifeDomain} order */
    public List<LifeDomain> unassessed() {
        List<LifeDomain> r = new ArrayList<>();
        for (LifeDomain d : DOMAINS) {
            if (!known.containsKey(d)) {
                r.add(d);
            }
        }
        return r;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LifeDomainAssessment other && known.equals(other.known);
    }

    @Override
    public int hashCode() {
        return known.hashCode();
    }

    @Override
    public String toString() {
        return "LifeDomainAssessment" + known;
    }
}
