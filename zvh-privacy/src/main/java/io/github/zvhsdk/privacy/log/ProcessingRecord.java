package io.github.zvhsdk.privacy.log;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.zvhsdk.model.Bsn;
import io.github.zvhsdk.model.CaseId;
import io.github.zvhsdk.model.PartnerType;
import io.github.zvhsdk.model.PersonId;
import io.github.zvhsdk.model.Violations;
import io.github.zvhsdk.model.ZvhStyle;
import io.github.zvhsdk.privacy.sharing.DataCategory;
import io.github.zvhsdk.privacy.sharing.Purpose;
import io.github.zvhsdk.privacy.sharing.SharingBasis;
import io.github.zvhsdk.privacy.sharing.SharingCondition;
import io.github.zvhsdk.privacy.sharing.SharingOutcome;
import io.github.zvhsdk.privacy.sharing.SharingRegime;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * {@code LOG-RECORD} (sharing.md): the processing log record of one allowed sharing of personal data. Its record id and
 * moment are supplied by the caller (the rules stay pure); the data subject is known by their pseudonymous
 * {@link PersonId}, never by a BSN. See the package documentation for the mapping onto Logboek Dataverwerkingen.
 *
 * <p>This type is immutable and thread-safe. It holds no personal data beyond the pseudonymous references.
 */
@Value.Immutable
@ZvhStyle
@JsonSerialize(as = ImmutableProcessingRecord.class)
@JsonDeserialize(as = ImmutableProcessingRecord.class)
public interface ProcessingRecord {
    /** @return the record's id, supplied by the caller: 1–64 characters of {@code [A-Za-z0-9._:-]}, never a BSN; required */
    @NotNull
    @Pattern(regexp = "[A-Za-z0-9._:-]{1,64}")
    String recordId();

    /** @return the moment of the sharing, supplied by the caller; required */
    @NotNull
    Instant moment();

    /** @return who gave the data; required */
    @NotNull
    PartnerType provider();

    /** @return who received the data; required */
    @NotNull
    PartnerType recipient();

    /** @return the category shared; required */
    @NotNull
    DataCategory category();

    /** @return the purpose; required */
    @NotNull
    Purpose purpose();

    /** @return the legal regime; required, never UNKNOWN */
    @NotNull
    SharingRegime regime();

    /** @return the legal basis; required */
    @NotNull
    SharingBasis basis();

    /** @return ALLOW or ALLOW_WITH_CONDITIONS; required */
    @NotNull
    SharingOutcome outcome();

    /** @return the case's pseudonymous reference; required */
    @NotNull
    CaseId caseRef();

    /** @return the data subject's pseudonymous reference (never a BSN); required */
    @NotNull
    PersonId dataSubject();

    /** @return the ids of the rules evaluated for the decision, in the spec's order; never null */
    List<String> ruleIds();

    /** @return the conditions the sharing carries; never null */
    Set<SharingCondition> conditions();

    /** @return the reference date of the decision; required */
    @NotNull
    LocalDate asOf();

    /** @return the configuration's id; required */
    @NotNull
    String configId();

    /** @return the configuration's digest; required */
    @NotNull
    String configDigest();

    /**
     * The record as Logboek Dataverwerkingen fields and attributes (package documentation): {@code operation_id},
     * {@code start_time}, {@code end_time}, {@code status_code}, {@code name}, {@code dpl.core.data_subject_id} and the
     * {@code dpl.zvh.*} attributes.
     *
     * @return the fields by name, in a fixed order; never null
     */
    default Map<String, String> logboekFields() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("operation_id", recordId());
        m.put("name", "zvh.sharing." + purpose().name());
        m.put("start_time", moment().toString());
        m.put("end_time", moment().toString());
        m.put("status_code", "STATUS_CODE_OK");
        m.put("dpl.core.data_subject_id", dataSubject().value());
        m.put("dpl.zvh.data_subject_id_type", "PersonId");
        m.put("dpl.zvh.case_ref", caseRef().value());
        m.put("dpl.zvh.provider", provider().name());
        m.put("dpl.zvh.recipient", recipient().name());
        m.put("dpl.zvh.category", category().name());
        m.put("dpl.zvh.purpose", purpose().name());
        m.put("dpl.zvh.regime", regime().name());
        m.put("dpl.zvh.basis", basis().name());
        m.put("dpl.zvh.outcome", outcome().name());
        m.put("dpl.zvh.rule_ids", String.join(",", ruleIds()));
        m.put("dpl.zvh.conditions", conditions().stream().map(Enum::name).collect(Collectors.joining(",")));
        m.put("dpl.zvh.as_of", asOf().toString());
        m.put("dpl.zvh.config", configId() + "@" + configDigest());
        return m;
    }

    /** @return a new builder */
    static ImmutableProcessingRecord.Builder builder() {
        return ImmutableProcessingRecord.builder();
    }

    /** Checks every constraint at once. */
    @Value.Check
    default void check() {
        Violations.of(this, "ProcessingRecord")
                .require(recordId() == null || !Bsn.isValid(recordId()), "recordId", "LOG-RECORD",
                        "looks like a BSN: a BSN is never a key, use a pseudonymous reference")
                .require(!Bsn.mayAppearIn(configId()), "configId", "MODEL-BSN",
                        "must not hold a run of 8 or more digits (it could be a BSN)")
                .require(regime() != SharingRegime.UNKNOWN, "regime", "LOG-RECORD", "an allowed sharing has a known regime")
                .require(outcome() != SharingOutcome.DENY, "outcome", "LOG-RECORD", "a refused sharing is not logged as allowed")
                .throwIfAny();
    }
}
