package io.github.zvhsdk.privacy.contact;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.zvhsdk.model.Violations;
import io.github.zvhsdk.model.ZvhStyle;
import io.github.zvhsdk.model.rule.Citation;
import io.github.zvhsdk.privacy.config.Participation;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * {@code DSAR-CONTACTPUNT}: a data subject's request received by the house's contact point, as received by every joint
 * controller, with the deadlines of SRC-AVG art. 12(3).
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ZvhStyle
@JsonSerialize(as = ImmutableAccessRequestReceipt.class)
@JsonDeserialize(as = ImmutableAccessRequestReceipt.class)
public interface AccessRequestReceipt {
    /** @return the date the contact point received the request; required */
    @NotNull
    LocalDate receivedOn();

    /** @return every participant on that date: each counts as having received the request (SRC-BGS art. 1.1) */
    List<Participation> recipients();

    /** @return the answer deadline: one month after receipt (SRC-AVG art. 12(3)); required */
    @NotNull
    LocalDate deadline();

    /** @return the latest deadline when extended by two further months (SRC-AVG art. 12(3)); required */
    @NotNull
    LocalDate extendedDeadline();

    /** @return the sources: SRC-BGS art. 1.1 and SRC-AVG art. 12(3) */
    List<Citation> citations();

    /** @return the configuration's id; required */
    @NotNull
    String configId();

    /** @return the configuration's digest; required */
    @NotNull
    String configDigest();

    /** @return a new builder */
    static ImmutableAccessRequestReceipt.Builder builder() {
        return ImmutableAccessRequestReceipt.builder();
    }

    /** Checks every constraint at once. */
    @Value.Check
    default void check() {
        Violations.of(this, "AccessRequestReceipt").throwIfAny();
    }
}
