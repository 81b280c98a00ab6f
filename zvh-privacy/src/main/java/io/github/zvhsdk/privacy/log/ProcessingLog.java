package io.github.zvhsdk.privacy.log;

import io.github.zvhsdk.model.CaseId;
import io.github.zvhsdk.model.PersonId;
import io.github.zvhsdk.model.rule.RuleResult;
import io.github.zvhsdk.privacy.sharing.SharingDecision;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code LOG-RECORD} (sharing.md): every allowed sharing of personal data yields exactly one immutable
 * {@link ProcessingRecord}; a refused request and a request for aggregated data yield none.
 *
 * <p>Pure: the record id and the moment are supplied by the caller. This class is thread-safe.
 */
public final class ProcessingLog {
    private ProcessingLog() {}

    /**
     * @param decision the decision of the sharing check; never null
     * @param recordId the record's id, chosen by the caller (1–64 characters of {@code [A-Za-z0-9._:-]}, never a BSN);
     *     never null
     * @param moment the moment of the sharing, supplied by the caller; never null
     * @param caseRef the case's pseudonymous reference; never null
     * @param dataSubject the data subject's pseudonymous reference; never null
     * @return the record for an allowed sharing of personal data; empty for a DENY or for aggregated data
     * @throws io.github.zvhsdk.model.InvalidInputException when the record id is refused
     * @throws NullPointerException when an argument is null
     */
    public static Optional<ProcessingRecord> recordFor(SharingDecision decision, String recordId, Instant moment,
            CaseId caseRef, PersonId dataSubject) {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(moment, "moment");
        Objects.requireNonNull(caseRef, "caseRef");
        Objects.requireNonNull(dataSubject, "dataSubject");
        if (!decision.isAllowed() || !decision.concernsPersonalData()) {
            return Optional.empty();
        }
        return Optional.of(ProcessingRecord.builder()
                .recordId(recordId)
                .moment(moment)
                .provider(decision.facts().provider().type())
                .recipient(decision.facts().recipient().type())
                .category(decision.facts().category())
                .purpose(decision.facts().purpose())
                .regime(decision.regime())
                .basis(decision.basis().orElseThrow())
                .outcome(decision.outcome())
                .caseRef(caseRef)
                .dataSubject(dataSubject)
                .ruleIds(decision.trace().stream().map(RuleResult::ruleId).toList())
                .conditions(decision.conditions())
                .asOf(decision.asOf())
                .configId(decision.configId())
                .configDigest(decision.configDigest())
                .build());
    }
}
