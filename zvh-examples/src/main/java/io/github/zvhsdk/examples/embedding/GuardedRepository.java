package io.github.zvhsdk.examples.embedding;

import io.github.zvhsdk.model.CaseId;
import io.github.zvhsdk.model.CaseStatus;
import io.github.zvhsdk.model.IntakeRegime;
import io.github.zvhsdk.model.PartnerType;
import io.github.zvhsdk.model.PersonId;
import io.github.zvhsdk.model.TaskCategory;
import io.github.zvhsdk.model.rule.Tri;
import io.github.zvhsdk.privacy.config.HouseConfig;
import io.github.zvhsdk.privacy.log.ProcessingLog;
import io.github.zvhsdk.privacy.log.ProcessingRecord;
import io.github.zvhsdk.privacy.minimisation.Minimisation;
import io.github.zvhsdk.privacy.minimisation.TaggedField;
import io.github.zvhsdk.privacy.minimisation.TaggedRecord;
import io.github.zvhsdk.privacy.sharing.CaseFacts;
import io.github.zvhsdk.privacy.sharing.DataCategory;
import io.github.zvhsdk.privacy.sharing.DataSubject;
import io.github.zvhsdk.privacy.sharing.OriginRegime;
import io.github.zvhsdk.privacy.sharing.Provider;
import io.github.zvhsdk.privacy.sharing.Purpose;
import io.github.zvhsdk.privacy.sharing.Recipient;
import io.github.zvhsdk.privacy.sharing.SharingCheck;
import io.github.zvhsdk.privacy.sharing.SharingDecision;
import io.github.zvhsdk.privacy.sharing.SharingFacts;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The sharing check in front of a repository method. {@link #find} returns a case's data to a partner only when the
 * check allows that sharing, for that purpose and that category of data: it then minimises the record to the allowed
 * category and writes a processing-log record. A DENY returns nothing, explains why, and logs nothing.
 *
 * <p>An in-memory example: not thread-safe (a real repository would guard its store and append the log in the same
 * transaction as the read).
 */
public final class GuardedRepository {
    /** Where the house's decisions are taken (the reference date of a lookup is its moment's date there). */
    public static final ZoneId HOUSE_ZONE = ZoneId.of("Europe/Amsterdam");

    /**
     * The result of a lookup.
     *
     * @param data the minimised record; empty after a DENY
     * @param decision the sharing decision; never null
     * @param logRecord the processing-log record written; empty after a DENY
     * @param explanation the decision's explanation; never null
     */
    public record Lookup(Optional<TaggedRecord<String>> data, SharingDecision decision, Optional<ProcessingRecord> logRecord,
            String explanation) {}

    private final Map<CaseId, TaggedRecord<String>> records = new HashMap<>();
    private final List<ProcessingRecord> log = new ArrayList<>();
    private final HouseConfig config;

    /**
     * @param config the house's configuration (participants, covenant, retention); never null
     */
    public GuardedRepository(HouseConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /**
     * @param caseRef the case; never null
     * @param record its data, each field tagged with its category; never null
     */
    public void store(CaseId caseRef, TaggedRecord<String> record) {
        records.put(Objects.requireNonNull(caseRef, "caseRef"), Objects.requireNonNull(record, "record"));
    }

    /**
     * Looks up a case's data for a recipient, guarded by the sharing check.
     *
     * @param caseRef the case; never null
     * @param subject the data subject's pseudonymous reference; never null
     * @param request who shares what with whom, for which purpose, in which case; never null
     * @param moment when the sharing happens (its date is the reference date); never null
     * @param lang the language of the explanation; never null
     * @return the minimised data and the log record after an allow; nothing, and why, after a DENY
     * @throws io.github.zvhsdk.model.InvalidInputException when the request is refused as input
     */
    public Lookup find(CaseId caseRef, PersonId subject, SharingFacts request, Instant moment, Locale lang) {
        SharingDecision decision = SharingCheck.check(request, config, LocalDate.ofInstant(moment, HOUSE_ZONE));
        String explanation = decision.explain(lang);
        if (!decision.isAllowed()) {
            return new Lookup(Optional.empty(), decision, Optional.empty(), explanation);
        }
        TaggedRecord<String> minimised = Minimisation.minimise(records.getOrDefault(caseRef, TaggedRecord.empty()), decision);
        Optional<ProcessingRecord> logged = ProcessingLog.recordFor(decision, "log-" + (log.size() + 1), moment, caseRef, subject);
        logged.ifPresent(log::add);
        return new Lookup(Optional.of(minimised), decision, logged, explanation);
    }

    /** @return the processing-log records written so far, oldest first */
    public List<ProcessingRecord> log() {
        return List.copyOf(log);
    }

    /**
     * A sharing request like the one in the example: the police share case facts with mental-health care for a case
     * consultation, in an admitted case.
     *
     * @param task the case's task category (a BASISTAAK allows, a PLUSTAAK does not cover a case consultation)
     * @return the request
     */
    public static SharingFacts caseConsultation(TaskCategory task) {
        return SharingFacts.builder()
                .provider(Provider.of(PartnerType.POLITIE, Tri.TRUE))
                .recipient(Recipient.of(PartnerType.GGZ, Tri.TRUE, Tri.TRUE))
                .dataSubject(DataSubject.SUBJECT)
                .category(DataCategory.CASE_FACTS)
                .purpose(Purpose.CASE_CONSULTATION)
                .caseFacts(CaseFacts.builder().status(CaseStatus.ADMITTED).taskCategory(task)
                        .admittedUnder(IntakeRegime.WGS2025).build())
                .originRegime(OriginRegime.AVG)
                .necessityRecorded(Tri.TRUE)
                .build();
    }

    /**
     * @param args {@code en} for English, anything else (or nothing) for Dutch
     */
    public static void main(String[] args) {
        Locale lang = args.length > 0 && args[0].equals("en") ? Locale.ENGLISH : Locale.forLanguageTag("nl");
        run(new PrintStream(System.out, true, StandardCharsets.UTF_8), lang);
    }

    /**
     * Two lookups of one fictitious case: one the check allows, one it denies.
     *
     * @param out where to print; never null
     * @param lang the language of the explanations; never null
     * @return the repository after both lookups (its log holds one record)
     */
    public static GuardedRepository run(PrintStream out, Locale lang) {
        GuardedRepository repo = new GuardedRepository(HouseConfig.reference());
        CaseId caseRef = CaseId.of("C-2025-0042");
        PersonId subject = PersonId.of("P-7f3a");
        repo.store(caseRef, new TaggedRecord<>(List.of(
                new TaggedField<>("name", DataCategory.IDENTIFYING, "J. de Vries (fictitious)"),
                new TaggedField<>("incidents", DataCategory.CASE_FACTS, "three reports of threats, 2025"),
                new TaggedField<>("diagnosis", DataCategory.HEALTH, "(medical detail)"))));
        Instant moment = Instant.parse("2025-09-15T10:00:00Z");

        Lookup allowed = repo.find(caseRef, subject, caseConsultation(TaskCategory.BASISTAAK), moment, lang);
        out.println("1. " + allowed.decision().outcome() + ": returned " + allowed.data().orElseThrow());
        out.println("   " + allowed.explanation());
        out.println("   log: " + allowed.logRecord().map(r -> r.recordId() + " " + r.provider() + " -> " + r.recipient()
                + " " + r.category() + " for " + r.purpose() + " under " + r.basis()).orElse("(none)"));

        Lookup denied = repo.find(caseRef, subject, caseConsultation(TaskCategory.PLUSTAAK), moment, lang);
        out.println("2. " + denied.decision().outcome() + ": returned nothing; refused by " + denied.decision().refusedBy());
        out.println("   " + denied.explanation());
        out.println("log records: " + repo.log().size());
        return repo;
    }
}
