package io.github.zvhsdk.privacy.contact;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.zvhsdk.model.Violations;
import io.github.zvhsdk.model.ZvhStyle;
import io.github.zvhsdk.model.rule.Citation;
import io.github.zvhsdk.privacy.config.Participation;
import io.github.zvhsdk.privacy.sharing.SharingRegime;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * {@code DSAR-CONTACTPUNT}: a data subject's request received by the house's contact point, as received by every joint
 * controller (under the WGS the public participants, under a covenant every party; rev. 2), with the deadlines of
 * SRC-AVG art. 12(3).
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

    /**
     * @return the regime on the date of receipt: {@code WGS} from the configuration's WGS date, {@code COVENANT} before
     *     it; required
     */
    @NotNull
    SharingRegime regime();

    /**
     * @return every joint controller on that date, in configuration order: each counts as having received the request
     *     (SRC-BGS art. 1.1 lid 1): under the WGS the public participants (SRC-WGS art. 2.27 lid 3), under a covenant
     *     every party to it
     */
    List<Participation> recipients();

    /** @return the answer deadline: one month after receipt (SRC-AVG art. 12(3)); required */
    @NotNull
    LocalDate deadline();

    /** @return the latest deadline when extended by two further months (SRC-AVG art. 12(3)); required */
    @NotNull
    LocalDate extendedDeadline();

    /**
     * @return the sources: under the WGS SRC-BGS art. 1.1, SRC-WGS art. 2.27 lid 3 and SRC-AVG art. 12(3); under a
     *     covenant SRC-AVG art. 26 and art. 12(3)
     */
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
