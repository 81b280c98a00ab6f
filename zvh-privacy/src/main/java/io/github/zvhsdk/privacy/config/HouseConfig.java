package io.github.zvhsdk.privacy.config;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.zvhsdk.model.Bsn;
import io.github.zvhsdk.model.PartnerType;
import io.github.zvhsdk.model.Violations;
import io.github.zvhsdk.model.ZvhStyle;
import io.github.zvhsdk.model.json.ZvhJson;
import io.github.zvhsdk.model.rule.FrameworkDates;
import io.github.zvhsdk.model.rule.Tri;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The privacy configuration of one house: the WGS date, its participants per date, its covenants, the reference
 * tables (providers bound by professional secrecy, parties entitled to use the BSN) and its retention terms. Every
 * entry carries its {@link Provenance}; {@link #reference()} is the spec's reference profile, every interpreted entry
 * marked as interpretation.
 *
 * <p>JSON form (all keys required except {@code covenants} and {@code retention}):
 * <pre>{@code
 * {"id": "reference", "wgsDate": "2025-03-01",
 *  "participants": [{"type": "POLITIE", "validity": "2025-03-01/..", "role": "PUBLIC", "provenance": {...}},
 *                   {"type": "GEHANDICAPTENZORG", "validity": "2025-03-01/..", "role": "PRIVATE", "conditional": true, ...}],
 *  "covenants": [{"validity": "2019-01-01/..", "provenance": {...}}],
 *  "secrecyBound": {"GGZ": {...provenance}}, "bsnEntitled": {"POLITIE": {...provenance}},
 *  "retention": {"baseTerm": "P5Y", "provenance": {...}}}
 * }</pre>
 *
 * <p>The sharing check reads {@link #wgsDate()}, {@link #secrecyBound()}, {@link #bsnEntitled()} and
 * {@link #retention()}. It never reads {@link #participants()} or {@link #covenants()}: whether <em>this</em>
 * organisation participates and whether <em>this</em> task's covenant is in force are facts of the request
 * ({@code provider.participant}, {@code case.covenantInForce}); filling them in from a type-level list would be a
 * permissive default. {@link #participation}, {@link #publicParticipant}, {@link #jointController} and
 * {@link #covenantInForce} help a caller establish those facts; the contact point names the joint controllers from the
 * participants.
 *
 * <p>The participants are dated: the reference profile lists the parties of SRC-LK2013 §5.7 (and Veilig Thuis) up to
 * the default WGS date and the deelnemers of SRC-WGS art. 2.27, each with its role, from it. A house that moves
 * {@link #wgsDate()} moves its participants' dates with it.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ZvhStyle
@JsonSerialize(as = ImmutableHouseConfig.class)
@JsonDeserialize(as = ImmutableHouseConfig.class)
public interface HouseConfig {
    /** @return the configuration's name, 1–64 characters of {@code [A-Za-z0-9._:-]}; required */
    @NotNull
    @Pattern(regexp = "[A-Za-z0-9._:-]{1,64}")
    String id();

    /** @return the date from which the WGS applies (default 2025-03-01, SRC-BGS); required, not before 2013-01-01 */
    @NotNull
    LocalDate wgsDate();

    /** @return the participants per date; at least one */
    @NotEmpty
    List<Participation> participants();

    /** @return the covenants and privacy protocols of the house; may be empty (then unknown) */
    List<Covenant> covenants();

    /** @return the partner types bound by professional secrecy, each with its provenance; at least one */
    @NotEmpty
    Map<PartnerType, Provenance> secrecyBound();

    /** @return the partner types (and {@code ZVH}) entitled to use the BSN, each with its provenance; at least one */
    @NotEmpty
    Map<PartnerType, Provenance> bsnEntitled();

    /** @return the retention terms; empty when not configured (the reference profile configures none) */
    Optional<RetentionTerms> retention();

    /**
     * @param type a partner type; never null
     * @return true when the reference table lists {@code type} as bound by professional secrecy
     */
    default boolean isSecrecyBound(PartnerType type) {
        return secrecyBound().containsKey(Objects.requireNonNull(type, "type"));
    }

    /**
     * @param type a partner type; never null
     * @return true when the reference table lists {@code type} as entitled to use the BSN
     */
    default boolean isBsnEntitled(PartnerType type) {
        return bsnEntitled().containsKey(Objects.requireNonNull(type, "type"));
    }

    /**
     * @param date a date; never null
     * @return the participants on {@code date}, in configuration order; never null
     */
    default List<Participation> participantsOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return participants().stream().filter(p -> p.validity().contains(date)).toList();
    }

    /**
     * What the configuration says about a partner type's participation on a date, for a caller establishing the fact
     * {@code provider.participant} or {@code recipient.participant}. The check itself never reads this.
     *
     * <p>Only an entry that stands for the type (no {@link Participation#organisation()}) answers for every organisation
     * of the type. Entries that name organisations say that those organisations participate, not that this one does:
     * they leave the answer UNKNOWN (SHARE-PARTICIPANTS fails closed); ask {@link #participation(PartnerType, String,
     * LocalDate)} with the organisation instead. A {@link Participation#conditional()} entry answers UNKNOWN.
     *
     * @param type a partner type; never null
     * @param date a date; never null
     * @return TRUE for {@code ZVH} or a type with an (unconditional) entry for the whole type on that date; UNKNOWN when
     *     that entry is conditional, when only named organisations of the type are listed on that date, or when no
     *     participant is listed on that date at all; FALSE for a type not listed on that date while others are
     */
    default Tri participation(PartnerType type, LocalDate date) {
        Objects.requireNonNull(type, "type");
        return type == PartnerType.ZVH ? Tri.TRUE
                : ParticipantLookup.answer(participantsOn(date), type, null, Participation::participates);
    }

    /**
     * What the configuration says about one organisation's participation on a date (see
     * {@link #participation(PartnerType, LocalDate)}). The check itself never reads this.
     *
     * @param type the organisation's partner type; never null
     * @param organisation the organisation's name as configured in {@link Participation#organisation()}; never null
     * @param date a date; never null
     * @return TRUE for {@code ZVH}, or when an entry for this organisation, or failing one for the whole type, covers
     *     the date (UNKNOWN when that entry is conditional); FALSE when participants are listed on that date and none
     *     of them is this organisation or its whole type; UNKNOWN when no participant is listed on that date
     */
    default Tri participation(PartnerType type, String organisation, LocalDate date) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(organisation, "organisation");
        return type == PartnerType.ZVH ? Tri.TRUE
                : ParticipantLookup.answer(participantsOn(date), type, organisation, Participation::participates);
    }

    /**
     * Whether a partner type is a public participant (SRC-WGS art. 2.27 lid 1) on a date (sharing.md, "Participants
     * (rev. 2)"): the participants that judge a registration, admit guests and are the joint controllers.
     *
     * @param type a partner type; never null
     * @param date a date; never null
     * @return FALSE before the WGS date (a covenant knows parties, not public participants) and for {@code ZVH} (the
     *     house's bureau is no organisation of its own, SRC-WGS art. 1.3 lid 5: its staff act for the participants);
     *     otherwise as {@link #participation(PartnerType, LocalDate)}, and the entry's role PUBLIC (UNKNOWN when the
     *     entry states no role)
     */
    default Tri publicParticipant(PartnerType type, LocalDate date) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(date, "date");
        return type == PartnerType.ZVH || date.isBefore(wgsDate()) ? Tri.FALSE
                : ParticipantLookup.answer(participantsOn(date), type, null, Participation::publicParticipant);
    }

    /**
     * Whether one organisation is a public participant on a date (see {@link #publicParticipant(PartnerType, LocalDate)}):
     * an entry for the organisation answers before one for its whole type, so that a house can make its municipal
     * sociaal wijkteam a public participant while other wijkteams stay private.
     *
     * @param type the organisation's partner type; never null
     * @param organisation the organisation's name as configured; never null
     * @param date a date; never null
     * @return as {@link #publicParticipant(PartnerType, LocalDate)}, for that organisation
     */
    default Tri publicParticipant(PartnerType type, String organisation, LocalDate date) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(date, "date");
        return type == PartnerType.ZVH || date.isBefore(wgsDate()) ? Tri.FALSE
                : ParticipantLookup.answer(participantsOn(date), type, organisation, Participation::publicParticipant);
    }

    /**
     * Whether a partner type is a joint controller of the house's processing on a date (sharing.md, "Joint controllers
     * (rev. 2)"): under the WGS (from the WGS date) the public participants only (SRC-WGS art. 2.27 lid 3); under a
     * covenant (before it) every party to it.
     *
     * @param type a partner type; never null
     * @param date a date; never null
     * @return {@link #publicParticipant(PartnerType, LocalDate)} from the WGS date; before it
     *     {@link #participation(PartnerType, LocalDate)}, except FALSE for {@code ZVH} on every date
     */
    default Tri jointController(PartnerType type, LocalDate date) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(date, "date");
        return type == PartnerType.ZVH ? Tri.FALSE : ParticipantLookup.answer(participantsOn(date), type, null,
                p -> p.jointController(!date.isBefore(wgsDate())));
    }

    /**
     * Whether one organisation is a joint controller on a date (see {@link #jointController(PartnerType, LocalDate)}).
     *
     * @param type the organisation's partner type; never null
     * @param organisation the organisation's name as configured; never null
     * @param date a date; never null
     * @return as {@link #jointController(PartnerType, LocalDate)}, for that organisation
     */
    default Tri jointController(PartnerType type, String organisation, LocalDate date) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(date, "date");
        return type == PartnerType.ZVH ? Tri.FALSE : ParticipantLookup.answer(participantsOn(date), type, organisation,
                p -> p.jointController(!date.isBefore(wgsDate())));
    }

    /**
     * What the configuration says about the house's covenant on a date, for a caller establishing the fact
     * {@code case.covenantInForce}. The check itself never reads this.
     *
     * @param date a date; never null
     * @return TRUE when a configured covenant covers the date, FALSE when covenants are configured and none covers
     *     it, UNKNOWN when none is configured
     */
    default Tri covenantInForce(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (covenants().isEmpty()) {
            return Tri.UNKNOWN;
        }
        return Tri.of(covenants().stream().anyMatch(c -> c.validity().contains(date)));
    }

    /**
     * The configuration's identity beside its {@link #id()}: the first 16 hex digits of the SHA-256 of its JSON form,
     * so that two configurations with the same name but different content can be told apart in a decision.
     *
     * @return 16 lower-case hex digits; never null
     */
    @Value.Lazy
    @JsonIgnore
    default String digest() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(ZvhJson.write(this).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /** @return the spec's reference profile (sharing.md), every interpreted entry marked as interpretation */
    static HouseConfig reference() {
        return ReferenceProfile.INSTANCE;
    }

    /** @return a new builder */
    static ImmutableHouseConfig.Builder builder() {
        return ImmutableHouseConfig.builder();
    }

    /** Checks every constraint at once. */
    @Value.Check
    default void check() {
        Violations v = Violations.of(this, "HouseConfig");
        v.require(!Bsn.mayAppearIn(id()), "id", "MODEL-BSN",
                "must not hold a run of 8 or more digits (it could be a BSN)");
        v.require(wgsDate() == null || !wgsDate().isBefore(FrameworkDates.FRAMEWORK_START), "wgsDate", "FRAMEWORK-DATE",
                "must not be before " + FrameworkDates.FRAMEWORK_START);
        List<Participation> ps = participants();
        for (int i = 0; i < ps.size(); i++) {
            for (int j = i + 1; j < ps.size(); j++) {
                Participation a = ps.get(i);
                Participation b = ps.get(j);
                if (a.type() == b.type() && a.organisation().equals(b.organisation()) && Ranges.overlap(a.validity(), b.validity())) {
                    v.require(false, "participants[" + j + "]", "MODEL-PARTICIPANTS",
                            "overlaps participants[" + i + "] for the same participant");
                }
            }
        }
        v.throwIfAny();
    }
}
