package io.github.zvhsdk.privacy.sharing;

import io.github.zvhsdk.privacy.retention.RenewalNotApplied;
import io.github.zvhsdk.privacy.retention.RenewalReason;
import java.util.ArrayList;
import java.util.List;

/**
 * The sentences of a decision's explanation about retention (sharing.md, "Retention", rev. 2), in Dutch or English: the
 * end of retention and whose it is, or that retention was not checked; and each renewal not applied, with its reasons.
 */
final class RetentionExplanation {
    private RetentionExplanation() {}

    /** Appends the retention sentences of {@code d} to {@code b}, each ending in ". ". */
    static void append(StringBuilder b, SharingDecision d, boolean nl) {
        if (d.retentionEnd().isPresent() && d.retentionRegime().isPresent()) {
            b.append(nl ? "Einde bewaartermijn: " : "End of retention: ").append(d.retentionEnd().get())
                    .append(nl ? ", de laatste dag waarop de gegevens verwerkt mogen worden ("
                            : ", the last day on which the data may be processed (")
                    .append(whose(d.retentionRegime().get(), nl)).append("). ");
        } else {
            b.append(nl ? "Bewaartermijn niet getoetst: de data die daarvoor nodig zijn zijn niet gegeven (de eerste "
                    + "verwerking; onder een convenant de afsluitdatum en een geconfigureerde termijn). "
                    : "Retention not checked: the dates it needs were not given (first processing; under a covenant the "
                    + "closing date and a configured term). ");
        }
        for (RenewalNotApplied r : d.renewalsNotApplied()) {
            List<String> reasons = new ArrayList<>(r.reasons().size());
            for (RenewalReason reason : r.reasons()) {
                reasons.add(nl ? reason.labelNl() : reason.labelEn());
            }
            b.append(nl ? "Hernieuwde verwerking van " : "Renewal of ").append(r.renewal().on()).append(" (")
                    .append(nl ? r.renewal().ground().labelNl() : r.renewal().ground().labelEn())
                    .append(nl ? ") niet toegepast: " : ") not applied: ").append(String.join("; ", reasons)).append(". ");
        }
    }

    private static String whose(SharingRegime regime, boolean nl) {
        return switch (regime) {
            case WGS -> nl ? "WGS: vijf jaar na de eerste verwerking, eerder als de casus is afgewezen, later na "
                    + "hernieuwde verwerking; SRC-WGS art. 1.8 lid 7, SRC-BGS art. 1.16"
                    : "WGS: five years after first processing, earlier when the case was declined, later after renewal; "
                    + "SRC-WGS art. 1.8 lid 7, SRC-BGS art. 1.16";
            case COVENANT -> nl ? "convenant: de afsluitdatum plus de geconfigureerde termijn en verlengingen"
                    : "covenant: the closing date plus the configured term and extensions";
            case UNKNOWN -> nl ? "welke bewaartermijn geldt hangt af van de taakcategorie of de datum van eerste "
                    + "verwerking: het vroegste einde dat kan gelden"
                    : "which retention applies depends on the task category or the date of first processing: the "
                    + "earliest end that may apply";
        };
    }
}
