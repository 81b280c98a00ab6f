package io.github.zvhsdk.privacy.retention;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The WGS retention of one case ({@link Retention#wgs}): the end of retention, the last day on which the data may be
 * processed, with the renewals that were applied and those that were not, each in date order.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param end the end of retention; never null
 * @param applied the renewals applied, in date order; never null
 * @param notApplied the renewals not applied, each with its reasons, in date order; never null
 */
public record WgsRetention(LocalDate end, List<Renewal> applied, List<RenewalNotApplied> notApplied) {
    /**
     * Validates and copies the components.
     *
     * @param end the end of retention; never null
     * @param applied the renewals applied, in date order; never null
     * @param notApplied the renewals not applied, in date order; never null
     * @throws NullPointerException when an argument is null or holds null
     */
    public WgsRetention {
        Objects.requireNonNull(end, "end");
        applied = List.copyOf(applied);
        notApplied = List.copyOf(notApplied);
    }
}
