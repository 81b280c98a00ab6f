package io.github.zvhsdk.model.rule;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.Labelled;
import io.github.zvhsdk.model.Violation;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The source documents every rule cites (spec/sources.md). The JSON and display form is the spec's id,
 * e.g. {@code SRC-LK2013}.
 */
public enum SourceId implements Labelled {
    /** Landelijk kader Veiligheidshuizen (2013). */
    LK2013("SRC-LK2013", "Landelijk kader Veiligheidshuizen — vóór en dóór partners (2013)",
            "National framework for Safety Houses (2013)"),
    /** Meerjarenagenda Zorg- en Veiligheidshuizen 2021–2024. */
    MJA2124("SRC-MJA2124", "Meerjarenagenda Zorg- en Veiligheidshuizen 2021–2024",
            "Multi-year agenda of the Care and Safety Houses 2021–2024"),
    /** Eindrapportage doorontwikkeling ZVH West Veluwe Vallei (2024). */
    WVV2024("SRC-WVV2024", "Eindrapportage doorontwikkeling Zorg- en Veiligheidshuis West Veluwe Vallei (2024)",
            "Final report on the development of the West Veluwe Vallei house (2024)"),
    /** ZVH Brabant Zuidoost — Visie 2020–2022. */
    BZO2020("SRC-BZO2020", "Zorg- en Veiligheidshuis Brabant Zuidoost — Visie 2020–2022",
            "Brabant Zuidoost house — vision 2020–2022"),
    /** Wet gegevensverwerking door samenwerkingsverbanden. */
    WGS("SRC-WGS", "Wet gegevensverwerking door samenwerkingsverbanden (Stb. 2024, 198)",
            "Act on data processing by partnerships (Stb. 2024, 198)"),
    /** Besluit gegevensverwerking door samenwerkingsverbanden. */
    BGS("SRC-BGS", "Besluit gegevensverwerking door samenwerkingsverbanden (Stb. 2024, 380)",
            "Decree on data processing by partnerships (Stb. 2024, 380)"),
    /** Aanpak ter Voorkoming van Escalatie. */
    AVE("SRC-AVE", "Aanpak ter Voorkoming van Escalatie (2015)", "Approach to prevent escalation (2015)"),
    /** Juridisch kader gegevensuitwisseling zorg- en veiligheidsdomein. */
    HANDVAT2019("SRC-HANDVAT2019", "Gegevensuitwisseling bij samenwerking rond casuïstiek in het zorg- en veiligheidsdomein — juridisch kader (2019)",
            "Data exchange in casework in the care and safety domain — legal framework (2019)"),
    /** Algemene verordening gegevensbescherming. */
    AVG("SRC-AVG", "Algemene verordening gegevensbescherming (EU 2016/679)", "General Data Protection Regulation (EU 2016/679)"),
    /** Uitvoeringswet AVG. */
    UAVG("SRC-UAVG", "Uitvoeringswet AVG", "GDPR Implementation Act"),
    /** Wet justitiële en strafvorderlijke gegevens. */
    WJSG("SRC-WJSG", "Wet justitiële en strafvorderlijke gegevens", "Judicial and Criminal Procedure Data Act"),
    /** Wet politiegegevens. */
    WPG("SRC-WPG", "Wet politiegegevens", "Police Data Act"),
    /** The spec's own model (model.md), for rules that follow from the model rather than a source document. */
    MODEL("SRC-MODEL", "Model van de SDK (spec/model.md)", "The SDK's model (spec/model.md)"),
    /** A reference policy of the spec: an interpretation a region may replace. */
    REFERENCE_POLICY("SRC-REFERENCE-POLICY", "Referentiebeleid van de SDK", "Reference policy of the SDK");

    private final String id;
    private final String nl;
    private final String en;

    SourceId(String id, String nl, String en) {
        this.id = id;
        this.nl = nl;
        this.en = en;
    }

    /** @return the spec's id, e.g. {@code SRC-LK2013} */
    @JsonValue
    public String id() {
        return id;
    }

    @Override
    public String labelNl() {
        return nl;
    }

    @Override
    public String labelEn() {
        return en;
    }

    /**
     * @param id a spec id such as {@code SRC-LK2013}; never null
     * @return the source
     * @throws InvalidInputException when no source has that id
     */
    @JsonCreator
    public static SourceId fromId(String id) {
        for (SourceId s : values()) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        String allowed = Arrays.stream(values()).map(SourceId::id).collect(Collectors.joining(", "));
        throw new InvalidInputException("SourceId", List.of(new Violation("source", "MODEL-SOURCE",
                "not a known source id; allowed: " + allowed)));
    }

    @Override
    public String toString() {
        return id;
    }
}
