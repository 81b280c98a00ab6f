package io.github.zvhsdk.rules.regie;

import java.util.Locale;
import java.util.stream.Collectors;

/** Renders a {@link RegieDecision} as a short paragraph in Dutch or English. */
final class RegieExplanation {
    private RegieExplanation() {}

    static String explain(RegieDecision d, Locale locale) {
        boolean nl = "nl".equals(locale.getLanguage());
        String casus = d.casusregie().stream().map(p -> p.label(locale))
                .collect(Collectors.joining(nl ? " en " : " and "));
        StringBuilder b = new StringBuilder();
        b.append(nl ? "Regie op samenwerking ligt bij de " + d.regieOpSamenwerking().labelNl().toLowerCase(Locale.ROOT)
                + ". " : "Regie op samenwerking lies with the municipality. ");
        // "Procesregie" is the same word in Dutch and English
        b.append("Procesregie: ").append(d.procesregie().label(locale)).append(". ");
        if (d.casusregie().size() == 2) {
            b.append(nl ? "Casusregie wordt gedeeld door " + casus : "Casusregie is shared by " + casus);
        } else {
            b.append(nl ? "Casusregie ligt bij " + casus : "Casusregie lies with " + casus);
        }
        b.append(nl ? " (regel " : " (rule ").append(d.casusRule()).append(nl ? ", beleid " : ", policy ")
                .append(d.policy()).append("). ");
        if (!d.retainedStatutoryRoles().isEmpty()) {
            b.append(nl ? "Wettelijke taken blijven bij hun eigen partner: " : "Statutory roles stay with their own partner: ");
            b.append(d.retainedStatutoryRoles().stream()
                    .map(r -> r.measure().label(locale) + " (" + who(r.who(), nl) + ") " + (nl ? "bij " : "with ")
                            + r.holder().label(locale))
                    .collect(Collectors.joining("; ")));
            b.append('.');
        }
        return b.toString().trim();
    }

    /**
     * Names the person as regie.md does: {@code household[i]} with i the 0-based position in the input, so that
     * {@code household[0]} is never read as "member 0" nor {@code household[1]} as "the first member".
     */
    private static String who(String who, boolean nl) {
        if (who.equals(Regie.SUBJECT)) {
            return nl ? "betrokkene" : "subject";
        }
        return (nl ? "gezinslid " : "household member ") + who;
    }
}
