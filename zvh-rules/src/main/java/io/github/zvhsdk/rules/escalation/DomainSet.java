package io.github.zvhsdk.rules.escalation;

import io.github.zvhsdk.model.Domain;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.Set;

/**
 * An unmodifiable copy of a set of domains, in {@link Domain} order: what {@link EscalationFacts#domainsInvolved()}
 * holds once built, so that a caller's later change to its own set never changes the facts.
 */
final class DomainSet extends AbstractSet<Domain> {
    private final Set<Domain> domains;

    private DomainSet(Collection<Domain> domains) {
        EnumSet<Domain> copy = EnumSet.noneOf(Domain.class);
        copy.addAll(domains);
        this.domains = Collections.unmodifiableSet(copy);
    }

    /** @return {@code domains} itself when it is already a DomainSet, else an unmodifiable copy */
    static DomainSet copyOf(Collection<Domain> domains) {
        return domains instanceof DomainSet d ? d : new DomainSet(domains);
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
