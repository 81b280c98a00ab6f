package io.github.zvhsdk.privacy.contact;

import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.Violation;
import io.github.zvhsdk.model.rule.Citation;
import io.github.zvhsdk.model.rule.FrameworkDates;
import io.github.zvhsdk.model.rule.SourceId;
import io.github.zvhsdk.privacy.config.HouseConfig;
import io.github.zvhsdk.privacy.config.Participation;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * {@code DSAR-CONTACTPUNT} (sharing.md, SRC-BGS art. 1.1): a data subject's request received by the house's contact
 * point counts as received by every joint controller, that is every participant on the date of receipt. The answer is
 * due one month after receipt, extendable by two further months (SRC-AVG art. 12(3)).
 *
 * <p>Months are added as {@link LocalDate#plusMonths} does (to the same day of the month, or the month's last day when
 * it has no such day). The extended deadline is the deadline plus two months, which is never later than receipt plus
 * three months.
 *
 * <p>Pure. This class is thread-safe.
 */
public final class ContactPoint {
    /** The rule id. */
    public static final String RULE = "DSAR-CONTACTPUNT";

    private ContactPoint() {}

    /**
     * @param receivedOn the date the contact point received the request; never null, from the configuration's WGS date
     *     on (the contact point is the BGS's)
     * @param config the house's configuration (its participants); never null
     * @return the receipt with its recipients and deadlines; never null
     * @throws InvalidInputException when {@code receivedOn} is before 2013-01-01 or before the WGS date, or when the
     *     configuration lists no participant on that date (the joint controllers are never guessed, nor left out)
     * @throws NullPointerException when an argument is null
     */
    public static AccessRequestReceipt receive(LocalDate receivedOn, HouseConfig config) {
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(config, "config");
        FrameworkDates.requireInFramework(receivedOn, "AccessRequest");
        if (receivedOn.isBefore(config.wgsDate())) {
            throw new InvalidInputException("AccessRequest", List.of(new Violation("receivedOn", RULE,
                    "the contact point of SRC-BGS art. 1.1 exists from the WGS date (" + config.wgsDate() + ")")));
        }
        List<Participation> controllers = config.participantsOn(receivedOn);
        if (controllers.isEmpty()) {
            // an empty list would say that no joint controller received the request: the request would reach nobody
            throw new InvalidInputException("AccessRequest", List.of(new Violation("receivedOn", RULE,
                    "the configuration lists no participant on this date, so the joint controllers who received the "
                            + "request cannot be named; configure the house's participants for this date")));
        }
        LocalDate deadline = receivedOn.plusMonths(1);
        return AccessRequestReceipt.builder()
                .receivedOn(receivedOn)
                .recipients(controllers)
                .deadline(deadline)
                .extendedDeadline(deadline.plusMonths(2))
                .citations(List.of(Citation.of(SourceId.BGS, "art. 1.1"), Citation.of(SourceId.AVG, "art. 12(3)")))
                .configId(config.id())
                .configDigest(config.digest())
                .build();
    }
}
