package io.github.zvhsdk.privacy.contact;

import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.Violation;
import io.github.zvhsdk.model.rule.Citation;
import io.github.zvhsdk.model.rule.FrameworkDates;
import io.github.zvhsdk.model.rule.SourceId;
import io.github.zvhsdk.model.rule.Tri;
import io.github.zvhsdk.privacy.config.HouseConfig;
import io.github.zvhsdk.privacy.config.Participation;
import io.github.zvhsdk.privacy.sharing.SharingRegime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code DSAR-CONTACTPUNT} (sharing.md, "Contact point", rev. 2; SRC-BGS art. 1.1): a data subject's request received by
 * the house's contact point counts as received by every joint controller on the date of receipt: under the WGS (from
 * the configuration's WGS date) the public participants only (SRC-WGS art. 2.27 lid 3), under a covenant (before it)
 * every party to it. The answer is due one month after receipt, extendable by two further months (SRC-AVG art. 12(3)).
 *
 * <p>The joint controllers are never guessed, nor left out: a participant on that date of which the configuration
 * cannot say whether it is one (under the WGS an entry without a {@link Participation#role()}, or a
 * {@link Participation#conditional()} one that may be public) makes the request refused, as does a date with no joint
 * controller at all. The contact point itself is the college or the burgemeester of a participating municipality, as
 * the joint controllers agree (SRC-BGS art. 1.1 lid 2 d): the caller's configuration, not the SDK's.
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
     * @param receivedOn the date the contact point received the request; never null, not before 2013-01-01
     * @param config the house's configuration (its WGS date and participants); never null
     * @return the receipt with its regime, the joint controllers who received the request, and the deadlines; never
     *     null
     * @throws InvalidInputException when {@code receivedOn} is before 2013-01-01 (FRAMEWORK-DATE), or when the
     *     configuration lists no joint controller on that date, or a participant of which it cannot say whether it is
     *     one (naming each such entry, {@code participants[i]}); every violation at once
     * @throws NullPointerException when an argument is null
     */
    public static AccessRequestReceipt receive(LocalDate receivedOn, HouseConfig config) {
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(config, "config");
        FrameworkDates.requireInFramework(receivedOn, "AccessRequest");
        boolean underWgs = !receivedOn.isBefore(config.wgsDate());
        List<Participation> controllers = new ArrayList<>();
        List<Violation> unknown = new ArrayList<>();
        List<Participation> all = config.participants();
        for (int i = 0; i < all.size(); i++) {
            Participation p = all.get(i);
            if (!p.validity().contains(receivedOn)) {
                continue;
            }
            Tri controller = p.jointController(underWgs);
            if (controller == Tri.TRUE) {
                controllers.add(p);
            } else if (controller == Tri.UNKNOWN) {
                unknown.add(new Violation("participants[" + i + "]", RULE, underWgs
                        ? "whether this participant is a public participant (SRC-WGS art. 2.27 lid 1), and so a joint "
                                + "controller, is not configured: give its role, or list its organisations by name"
                        : "whether this party takes part in the covenant is conditional: the joint controllers cannot be named"));
            }
        }
        if (unknown.isEmpty() && controllers.isEmpty()) {
            // an empty list would say that no joint controller received the request: the request would reach nobody
            unknown.add(new Violation("receivedOn", RULE, "the configuration lists no joint controller on this date ("
                    + (underWgs ? "no public participant" : "no party to the covenant") + "), so the joint controllers who "
                    + "received the request cannot be named; configure the house's participants for this date"));
        }
        if (!unknown.isEmpty()) {
            throw new InvalidInputException("AccessRequest", unknown);
        }
        LocalDate deadline = receivedOn.plusMonths(1);
        return AccessRequestReceipt.builder()
                .receivedOn(receivedOn)
                .regime(underWgs ? SharingRegime.WGS : SharingRegime.COVENANT)
                .recipients(controllers)
                .deadline(deadline)
                .extendedDeadline(deadline.plusMonths(2))
                .citations(underWgs
                        ? List.of(Citation.of(SourceId.BGS, "art. 1.1"), Citation.of(SourceId.WGS, "art. 2.27 lid 3"),
                                Citation.of(SourceId.AVG, "art. 12(3)"))
                        : List.of(Citation.of(SourceId.AVG, "art. 26"), Citation.of(SourceId.AVG, "art. 12(3)")))
                .configId(config.id())
                .configDigest(config.digest())
                .build();
    }
}
