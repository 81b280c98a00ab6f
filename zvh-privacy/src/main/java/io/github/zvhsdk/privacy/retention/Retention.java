package io.github.zvhsdk.privacy.retention;

import io.github.zvhsdk.model.rule.Tri;
import io.github.zvhsdk.privacy.config.RetentionTerms;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code RETENTION} (sharing.md, "Retention", rev. 2): the end of retention of a case's data, the last day on which the
 * data may be processed; from the day after it, every purpose is refused (rule {@code SHARE-RETENTION} of the sharing
 * check, {@link #isExpired}). Which of the two computations applies is decided by the regime under which the case was
 * first processed (the sharing check decides it).
 *
 * <ul>
 *   <li>{@link #wgs}: five years after the date of first processing (SRC-WGS art. 1.8 lid 7), not counted from
 *       closure; a declined case ends on the earlier of the day it was declined and those five years (SRC-BGS art. 1.16
 *       lid 1 b); renewals (SRC-BGS art. 1.16 lid 2–3) extend it to two years after each renewal applied.</li>
 *   <li>{@link #end}: the covenant's retention, the closing date plus the configured base term plus every recorded
 *       extension. The terms are [open] in the sources and must be configured ({@link RetentionTerms}), never
 *       guessed.</li>
 * </ul>
 *
 * <p>"n years after" a date is {@link LocalDate#plusYears}: 29 February plus a number of years is 28 February in a
 * year that has no 29 February.
 *
 * <p>Pure. This class is thread-safe.
 */
public final class Retention {
    /** The WGS's maximum term from first processing (SRC-WGS art. 1.8 lid 7). */
    public static final Period WGS_TERM = Period.ofYears(5);
    /** The longest term of a renewal, from its date (SRC-BGS art. 1.16 lid 3). */
    public static final Period RENEWAL_TERM = Period.ofYears(2);
    /** {@link RenewalGround#RELAPSE_RISK}: the case was closed less than this before the end then in force. */
    public static final Period RELAPSE_WINDOW = Period.ofYears(1);

    /** Renewals in date order; on one date by ground and consent, so that the order of the input never matters. */
    private static final Comparator<Renewal> ORDER = Comparator.comparing(Renewal::on)
            .thenComparing(Renewal::ground).thenComparing(Renewal::originConsent);

    private Retention() {}

    /**
     * The covenant's retention: the closing date plus the base term plus every extension.
     *
     * @param closedOn the date the case was closed; never null
     * @param extensions every recorded extension, in the order recorded; never null, none null
     * @param terms the configured terms; never null
     * @return {@code closedOn + baseTerm + extensions[0] + … } (each added in turn, as {@link LocalDate#plus}): the last
     *     day on which the data may be processed; never null
     * @throws NullPointerException when an argument is null
     */
    public static LocalDate end(LocalDate closedOn, List<Period> extensions, RetentionTerms terms) {
        Objects.requireNonNull(closedOn, "closedOn");
        Objects.requireNonNull(extensions, "extensions");
        Objects.requireNonNull(terms, "terms");
        LocalDate end = closedOn.plus(terms.baseTerm());
        for (Period p : extensions) {
            end = end.plus(Objects.requireNonNull(p, "extension"));
        }
        return end;
    }

    /**
     * The WGS retention, exactly as sharing.md's "Exactly:" sentences say.
     *
     * <ul>
     *   <li>The end starts at five years after {@code firstProcessedOn}.</li>
     *   <li>A declined case ({@code declinedOn} given) ends on the earlier of {@code declinedOn} and those five years,
     *       and takes no renewal: each is listed with {@link RenewalReason#DECLINED_CASE}.</li>
     *   <li>Otherwise the renewals are taken in date order, each against the end then in force: the end in force at the
     *       start of its date, so that renewals of one date are judged alike, whatever their order. A renewal is
     *       applied when its date is not after that end ({@link RenewalReason#AFTER_END}), {@code originConsent} is
     *       TRUE ({@link RenewalReason#NO_ORIGIN_CONSENT}) and its ground holds:
     *       {@link RenewalGround#STILL_MEETS_CRITERIA} when the case is not closed on its date (no {@code closedOn},
     *       or one after it; else {@link RenewalReason#CASE_CLOSED}); {@link RenewalGround#RELAPSE_RISK} when
     *       {@code closedOn} is on or before its date ({@link RenewalReason#CASE_NOT_CLOSED}) and less than one year
     *       before the end then in force, that is one year after {@code closedOn} is after that end
     *       ({@link RenewalReason#CLOSED_TOO_EARLY}).</li>
     *   <li>The end is the latest of the five years and two years after each applied renewal: applying a renewal
     *       never shortens it.</li>
     * </ul>
     *
     * <p>The dates are not checked against each other or against a reference date: the sharing check refuses a date
     * after {@code asOf}.
     *
     * @param firstProcessedOn the date the house first processed data of the case; never null
     * @param closedOn the date the case was closed; may be null: the case is not closed
     * @param declinedOn the date the case was declined; may be null: the case was not declined
     * @param renewals the renewals, in any order; never null, none null
     * @return the end, with the renewals applied and not applied; never null
     * @throws NullPointerException when {@code firstProcessedOn} or {@code renewals} is null, or holds null
     */
    public static WgsRetention wgs(LocalDate firstProcessedOn, @Nullable LocalDate closedOn, @Nullable LocalDate declinedOn,
            List<Renewal> renewals) {
        Objects.requireNonNull(firstProcessedOn, "firstProcessedOn");
        LocalDate base = firstProcessedOn.plus(WGS_TERM);
        if (Objects.requireNonNull(renewals, "renewals").isEmpty()) {
            // the common case: no renewal, nothing to sort or list
            return new WgsRetention(declinedOn != null && declinedOn.isBefore(base) ? declinedOn : base, List.of(),
                    List.of());
        }
        List<Renewal> sorted = new ArrayList<>(renewals);
        sorted.sort(ORDER);
        List<Renewal> applied = new ArrayList<>();
        List<RenewalNotApplied> notApplied = new ArrayList<>();
        if (declinedOn != null) {
            for (Renewal r : sorted) {
                notApplied.add(RenewalNotApplied.of(r, List.of(RenewalReason.DECLINED_CASE)));
            }
            return new WgsRetention(declinedOn.isBefore(base) ? declinedOn : base, applied, notApplied);
        }
        LocalDate end = base;
        int i = 0;
        while (i < sorted.size()) {
            LocalDate day = sorted.get(i).on();
            LocalDate endThatDay = end;
            for (; i < sorted.size() && sorted.get(i).on().equals(day); i++) {
                Renewal r = sorted.get(i);
                Set<RenewalReason> reasons = reasons(r, endThatDay, closedOn);
                if (reasons.isEmpty()) {
                    applied.add(r);
                    LocalDate renewed = day.plus(RENEWAL_TERM);
                    end = renewed.isAfter(end) ? renewed : end;
                } else {
                    notApplied.add(RenewalNotApplied.of(r, List.copyOf(reasons)));
                }
            }
        }
        return new WgsRetention(end, applied, notApplied);
    }

    /** Every reason why {@code r} is not applied against {@code end}; empty when it is applied. In enum order. */
    private static Set<RenewalReason> reasons(Renewal r, LocalDate end, @Nullable LocalDate closedOn) {
        Set<RenewalReason> reasons = EnumSet.noneOf(RenewalReason.class);
        if (r.on().isAfter(end)) {
            reasons.add(RenewalReason.AFTER_END);
        }
        if (r.originConsent() != Tri.TRUE) {
            reasons.add(RenewalReason.NO_ORIGIN_CONSENT);
        }
        switch (r.ground()) {
            case STILL_MEETS_CRITERIA -> {
                if (closedOn != null && !closedOn.isAfter(r.on())) {
                    reasons.add(RenewalReason.CASE_CLOSED);
                }
            }
            case RELAPSE_RISK -> {
                if (closedOn == null || closedOn.isAfter(r.on())) {
                    reasons.add(RenewalReason.CASE_NOT_CLOSED);
                } else if (!closedOn.plus(RELAPSE_WINDOW).isAfter(end)) {
                    reasons.add(RenewalReason.CLOSED_TOO_EARLY);
                }
            }
        }
        return reasons;
    }

    /**
     * The renewals of a case whose retention is the covenant's: renewal is a rule of the WGS and BGS only, so none is
     * applied.
     *
     * @param renewals the renewals, in any order; never null, none null
     * @return each renewal with {@link RenewalReason#COVENANT_RETENTION}, in date order (as {@link #wgs} orders them);
     *     never null
     * @throws NullPointerException when {@code renewals} is null or holds null
     */
    public static List<RenewalNotApplied> underCovenant(List<Renewal> renewals) {
        if (Objects.requireNonNull(renewals, "renewals").isEmpty()) {
            return List.of();
        }
        List<Renewal> sorted = new ArrayList<>(renewals);
        sorted.sort(ORDER);
        List<RenewalNotApplied> out = new ArrayList<>(sorted.size());
        for (Renewal r : sorted) {
            out.add(RenewalNotApplied.of(r, List.of(RenewalReason.COVENANT_RETENTION)));
        }
        return out;
    }

    /**
     * SHARE-RETENTION's test: the data may no longer be processed.
     *
     * @param end the end of retention ({@link #end}, {@link #wgs}), the last day on which the data may be processed;
     *     never null
     * @param asOf the reference date; never null
     * @return true when {@code asOf} is after the end (before revision 2 of the spec the end was the first day no
     *     longer retained, and this was true from the end on)
     * @throws NullPointerException when an argument is null
     */
    public static boolean isExpired(LocalDate end, LocalDate asOf) {
        return Objects.requireNonNull(asOf, "asOf").isAfter(Objects.requireNonNull(end, "end"));
    }
}
