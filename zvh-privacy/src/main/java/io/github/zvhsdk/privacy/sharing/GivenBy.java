package io.github.zvhsdk.privacy.sharing;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The four values {@code consent.givenBy} can take, each one shared immutable set that iterates in
 * {@link ConsentGiver} order: {@link Consent} keeps one of these, so that its JSON is deterministic and the value
 * stays immutable whatever set a caller built it with, and the sharing rules enumerate them as the fact's values.
 */
final class GivenBy {
    /** Nobody: consent is known not to have been given. */
    static final Set<ConsentGiver> NOBODY = of(EnumSet.noneOf(ConsentGiver.class));
    /** The person alone. */
    static final Set<ConsentGiver> SUBJECT_SELF = of(EnumSet.of(ConsentGiver.SUBJECT_SELF));
    /** The representative alone. */
    static final Set<ConsentGiver> REPRESENTATIVE = of(EnumSet.of(ConsentGiver.REPRESENTATIVE));
    /** Both the person and the representative. */
    static final Set<ConsentGiver> BOTH = of(EnumSet.allOf(ConsentGiver.class));
    /** Every value, indexed by {@link #index}. */
    static final List<Set<ConsentGiver>> ALL = List.of(NOBODY, SUBJECT_SELF, REPRESENTATIVE, BOTH);

    private GivenBy() {}

    private static Set<ConsentGiver> of(EnumSet<ConsentGiver> givers) {
        return Collections.unmodifiableSet(givers);
    }

    private static int index(Collection<ConsentGiver> givers) {
        return (givers.contains(ConsentGiver.SUBJECT_SELF) ? 1 : 0) + (givers.contains(ConsentGiver.REPRESENTATIVE) ? 2 : 0);
    }

    /**
     * @param givers who gave the consent, no null element; never null
     * @return the shared set with the same elements; never null
     */
    static Set<ConsentGiver> canonical(Collection<ConsentGiver> givers) {
        return ALL.get(index(givers));
    }

    /**
     * @param givers a set; never null
     * @return true when it is one of the shared sets itself (not merely an equal one)
     */
    static boolean isCanonical(Set<ConsentGiver> givers) {
        return ALL.get(index(givers)) == givers;
    }
}
