package io.github.zvhsdk.model;

import java.util.Locale;

/**
 * A value with a Dutch and an English label for user interfaces. Every enum of the SDK implements it.
 */
public interface Labelled {
    /** @return the Dutch label, as used in Dutch user interfaces; never null */
    String labelNl();

    /** @return the English label; never null */
    String labelEn();

    /**
     * @param locale the locale; Dutch ({@code nl}) gives the Dutch label, anything else the English one; never null
     * @return the label for that locale; never null
     */
    default String label(Locale locale) {
        return "nl".equals(locale.getLanguage()) ? labelNl() : labelEn();
    }
}
