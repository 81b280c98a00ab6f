package io.github.zvhsdk.rules.intake;

import io.github.zvhsdk.model.Domain;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.Set;

/** An immutable set of domains that iterates in {@link Domain} order (deterministic JSON output). */
final class DomainSet extends AbstractSet<Domain> {
    private final Set<Domain> domains;

    private DomainSet(Set<Domain> domains) {
        this.domains = domains;
    }

    /**
     * @param domains the domains, no null element; never null
     * @return an immutable copy
     */
    static DomainSet of(Collection<Domain> domains) {
        if (domains instanceof DomainSet d) {
            return d;
        }
        EnumSet<Domain> copy = EnumSet.noneOf(Domain.class);
        copy.addAll(domains);
        return new DomainSet(Collections.unmodifiableSet(copy));
    }

    @Override
    public Iterator<Domain> iterator() {
        return domains.iterator();
    }

    @Override
    public int size() {
        return domains.size();
    }

    @Override
    public boolean contains(Object o) {
        return domains.contains(o);
    }
}
