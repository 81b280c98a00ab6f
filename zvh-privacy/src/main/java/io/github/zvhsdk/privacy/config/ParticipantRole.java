package io.github.zvhsdk.privacy.config;

import io.github.zvhsdk.model.Labelled;

/**
 * The kind of participant (deelnemer) a partner is under the WGS (SRC-WGS art. 2.27, rev. 2 of sharing.md): a public
 * participant of lid 1 or a private one of lid 2. Only the public participants are joint controllers of the house's
 * processing (art. 2.27 lid 3); they alone judge a registration, admit guests and receive what the contact point
 * receives. Before the WGS date the house has parties to its covenant, and no roles.
 */
public enum ParticipantRole implements Labelled {
    /** A public participant (SRC-WGS art. 2.27 lid 1): a joint controller. */
    PUBLIC("publieke deelnemer (WGS art. 2.27 lid 1)", "public participant (WGS art. 2.27 lid 1)"),
    /** A private participant (SRC-WGS art. 2.27 lid 2): no joint controller. */
    PRIVATE("private deelnemer (WGS art. 2.27 lid 2)", "private participant (WGS art. 2.27 lid 2)");

    private final String nl;
    private final String en;

    ParticipantRole(String nl, String en) {
        this.nl = nl;
        this.en = en;
    }

    @Override
    public String labelNl() {
        return nl;
    }

    @Override
    public String labelEn() {
        return en;
    }
}
