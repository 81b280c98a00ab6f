package io.github.zvhsdk.privacy.sharing;

import io.github.zvhsdk.model.Labelled;
import io.github.zvhsdk.model.rule.Citation;
import io.github.zvhsdk.model.rule.SourceId;
import java.util.List;

/**
 * The legal basis a sharing rests on (sharing.md, "Legal regime"), recorded in every decision and log record.
 */
public enum SharingBasis implements Labelled {
    /** Before the WGS date: each partner's own legal basis, joined by the covenant and privacy protocol; the house has no basis of its own. */
    PARTNER_BASIS_AND_COVENANT("eigen grondslag van elke partner, verbonden door het convenant en privacyprotocol van het huis",
            "each partner's own legal basis, joined by the house's covenant and privacy protocol",
            List.of(Citation.of(SourceId.HANDVAT2019, ""), Citation.of(SourceId.MJA2124, "§3.3.1"))),
    /** From the WGS date, a basistaak: joint processing by the participants of the house as a samenwerkingsverband. */
    WGS_JOINT_PROCESSING("WGS en BGS: gezamenlijke verwerking door de deelnemers van het samenwerkingsverband",
            "WGS and BGS: joint processing by the participants of the partnership",
            List.of(Citation.of(SourceId.WGS, ""), Citation.of(SourceId.BGS, ""))),
    /** From the WGS date, a plustaak: reference policy, each partner's own basis and a covenant for that task. */
    PARTNER_BASIS_AND_TASK_COVENANT("referentiebeleid: eigen grondslag van elke partner en een convenant voor deze plustaak",
            "reference policy: each partner's own basis and a covenant for this plustaak",
            List.of(Citation.of(SourceId.MJA2124, "§2.2.4"), Citation.of(SourceId.WVV2024, "§5, item 5"),
                    Citation.of(SourceId.REFERENCE_POLICY, "sharing.md, Legal regime")));

    private final String nl;
    private final String en;
    private final List<Citation> citations;

    SharingBasis(String nl, String en, List<Citation> citations) {
        this.nl = nl;
        this.en = en;
        this.citations = citations;
    }

    /** @return the sources of this basis; never null */
    public List<Citation> citations() {
        return citations;
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
