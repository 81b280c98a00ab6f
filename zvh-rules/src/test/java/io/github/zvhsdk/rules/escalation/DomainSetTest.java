package io.github.zvhsdk.rules.escalation;

import io.github.zvhsdk.rules.DomainSetContract;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("escalation.DomainSet: an unmodifiable copy in Domain order, shared when already one")
class DomainSetTest {
    @Test
    @DisplayName("contains exactly the domains given, for every subset of Domain")
    void containsExactlyTheDomainsGiven() {
        DomainSetContract.containsExactlyTheDomainsGiven(DomainSet::copyOf);
    }

    @Test
    @DisplayName("a DomainSet is shared, not copied; other collections are copied and cannot be changed")
    void sharedAndUnmodifiable() {
        DomainSetContract.sharedAndUnmodifiable(DomainSet::copyOf);
    }
}
