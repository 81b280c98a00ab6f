package io.github.zvhsdk.privacy.config;

import io.github.zvhsdk.model.PartnerType;
import io.github.zvhsdk.model.rule.Tri;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Which configured entries answer a question about a partner type (or one organisation of it) on a date, and what they
 * answer (sharing.md, "Participants (rev. 2)"): the helpers of {@link HouseConfig} all answer through here, so that
 * participation, public participation and joint control read the entries alike.
 */
final class ParticipantLookup {
    private ParticipantLookup() {}

    /**
     * @param on the entries covering the date; never null
     * @param type the partner type, not {@code ZVH}; never null
     * @param organisation the organisation asked about, or null for the type as such
     * @param answer the question, put to one entry; never null
     * @return UNKNOWN when no entry covers the date at all (nothing is configured for it); else the answer of the entry
     *     for this organisation, or failing that the entry for the whole type; FALSE when neither exists and the
     *     question is about an organisation (the listed participants are all there are); for the type as such with
     *     only named organisations listed, the one answer every possibility gives (the type is one of those
     *     organisations, or none of them: FALSE), UNKNOWN when they differ
     */
    static Tri answer(List<Participation> on, PartnerType type, @Nullable String organisation,
            Function<Participation, Tri> answer) {
        if (on.isEmpty()) {
            return Tri.UNKNOWN;
        }
        Participation whole = null;
        Participation named = null;
        boolean anOtherMayBe = false;
        for (Participation p : on) {
            if (p.type() != type) {
                continue;
            }
            if (p.organisation().isEmpty()) {
                whole = p;
            } else if (p.organisation().get().equals(organisation)) {
                named = p;
            } else if (organisation == null) {
                anOtherMayBe |= answer.apply(p) != Tri.FALSE;
            }
        }
        if (named != null) {
            return answer.apply(named);
        }
        if (whole != null) {
            return answer.apply(whole);
        }
        // no entry for this organisation or type: it is no participant, or (the type as such) one of the named ones
        return anOtherMayBe ? Tri.UNKNOWN : Tri.FALSE;
    }
}
