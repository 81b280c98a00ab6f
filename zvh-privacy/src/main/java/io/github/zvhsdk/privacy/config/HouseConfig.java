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
 *  "participants": [{"type": "POLITIE", "validity": "2013-01-01/..", "provenance": {...}}],
 *  "covenants": [{"validity": "2019-01-01/..", "provenance": {...}}],
 *  "secrecyBound": {"GGZ": {...provenance}}, "bsnEntitled": {"POLITIE": {...provenance}},
 *  "retention": {"baseTerm": "P5Y", "provenance": {...}}}
 * }</pre>
 *
 * <p>The sharing check reads {@link #wgsDate()}, {@link #secrecyBound()}, {@link #bsnEntitled()} and
 * {@link #retention()}. It never reads {@link #participants()} or {@link #covenants()}: whether <em>this</em>
 * organisation participates and whether <em>this</em> task's covenant is in force are facts of the request
 * ({@code provider.participant}, {@code case.covenantInForce}); filling them in from a type-level list would be a
 * permissive default. {@link #participation} and {@link #covenantInForce} help a caller establish those facts; the
 * contact point uses the participants.
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
     * LocalDate)} with the organisation instead.
     *
     * @param type a partner type; never null
     * @param date a date; never null
     * @return TRUE for {@code ZVH} or a type with an entry for the whole type on that date; UNKNOWN when only named
     *     organisations of the type are listed on that date, or no participant is listed on that date at all; FALSE for
     *     a type not listed on that date while others are
     */
    default Tri participation(PartnerType type, LocalDate date) {
        Objects.requireNonNull(type, "type");
        List<Participation> on = participantsOn(date);
        if (type == PartnerType.ZVH) {
            return Tri.TRUE;
        }
        if (on.isEmpty()) {
            return Tri.UNKNOWN;
        }
        List<Participation> ofType = on.stream().filter(p -> p.type() == type).toList();
        if (ofType.isEmpty()) {
            return Tri.FALSE;
        }
        return ofType.stream().anyMatch(p -> p.organisation().isEmpty()) ? Tri.TRUE : Tri.UNKNOWN;
    }

    /**
     * What the configuration says about one organisation's participation on a date (see
     * {@link #participation(PartnerType, LocalDate)}). The check itself never reads this.
     *
     * @param type the organisation's partner type; never null
     * @param organisation the organisation's name as configured in {@link Participation#organisation()}; never null
     * @param date a date; never null
     * @return TRUE for {@code ZVH}, or when an entry for the whole type or for this organisation covers the date; FALSE
     *     when participants are listed on that date and none of them is this organisation or its whole type; UNKNOWN
     *     when no participant is listed on that date
     */
    default Tri participation(PartnerType type, String organisation, LocalDate date) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(organisation, "organisation");
        List<Participation> on = participantsOn(date);
        if (type == PartnerType.ZVH) {
            return Tri.TRUE;
        }
        if (on.isEmpty()) {
            return Tri.UNKNOWN;
        }
        return Tri.of(on.stream().anyMatch(p -> p.type() == type
                && (p.organisation().isEmpty() || p.organisation().get().equals(organisation))));
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
