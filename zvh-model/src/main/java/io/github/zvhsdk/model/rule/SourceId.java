package io.github.zvhsdk.model.rule;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.Labelled;
import io.github.zvhsdk.model.Violation;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The source documents every rule cites (spec/sources.md). The JSON and display form is the spec's id,
 * e.g. {@code SRC-LK2013}. The two statutes carry their BWB id ({@link #bwbId()}), from which a {@link Citation} of
 * one of their articles makes a link to the article's text on wetten.overheid.nl ({@link Citation#link}).
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
            "Act on data processing by partnerships (Stb. 2024, 198)", "BWBR0049962",
            LocalDate.of(2025, 3, 1)), // in force 2025-03-01 (BGS art. 4.1 a), its first version
    /** Besluit gegevensverwerking door samenwerkingsverbanden. */
    BGS("SRC-BGS", "Besluit gegevensverwerking door samenwerkingsverbanden (Stb. 2024, 380)",
            "Decree on data processing by partnerships (Stb. 2024, 380)", "BWBR0050665",
            LocalDate.of(2025, 3, 1)), // in force 2025-03-01 (BGS art. 4.1 b)
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
    private final @Nullable String bwbId;
    private final @Nullable LocalDate inForceFrom;

    SourceId(String id, String nl, String en) {
        this(id, nl, en, null, null);
    }

    SourceId(String id, String nl, String en, @Nullable String bwbId, @Nullable LocalDate inForceFrom) {
        this.id = id;
        this.nl = nl;
        this.en = en;
        this.bwbId = bwbId;
        this.inForceFrom = inForceFrom;
    }

    /** @return the spec's id, e.g. {@code SRC-LK2013} */
    @JsonValue
    public String id() {
        return id;
    }

    /**
     * The source's identifier in the Basiswettenbestand (BWB) of wetten.overheid.nl (sources.md): {@code BWBR0049962}
     * for the WGS, {@code BWBR0050665} for the BGS. The other sources are no Dutch regulation in the BWB, or the spec
     * gives no BWB id for them.
     *
     * @return the BWB id, or empty when the source has none
     */
    public Optional<String> bwbId() {
        return Optional.ofNullable(bwbId);
    }

    /**
     * @return the date the regulation took effect, its first version on wetten.overheid.nl (2025-03-01 for the WGS and
     *     the BGS, BGS art. 4.1), or null for a source without a BWB id
     */
    @Nullable LocalDate inForceFrom() {
        return inForceFrom;
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
