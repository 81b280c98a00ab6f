/**
 * The ZVH SDK's privacy rules: purpose-bound sharing, minimisation, processing log, contact point and retention.
 *
 * <p>The sharing check answers one question: may this provider give this category of personal data about this person
 * to this recipient, for this purpose, on this date? It fails closed: every {@code SHARE-*} rule is evaluated
 * three-valued and refuses when its condition is TRUE or UNKNOWN, so an unknown fact never helps a request, and every
 * refusal names its rule and the facts that could change it. A short tour:
 *
 * <pre>{@code
 * SharingFacts facts = ZvhJson.read("""
 *         {"provider": {"type": "GGZ", "participant": "TRUE"},
 *          "recipient": {"type": "POLITIE", "participant": "TRUE", "involvedInCase": "TRUE"},
 *          "dataSubject": "SUBJECT", "category": "HEALTH", "purpose": "CASE_CONSULTATION",
 *          "case": {"status": "ADMITTED", "taskCategory": "BASISTAAK", "admittedUnder": "WGS2025"},
 *          "originRegime": "AVG", "necessityRecorded": "TRUE", "secrecyBasis": "NONE"}
 *         """, SharingFacts.class);        // the spec's fact names, read strictly
 * SharingDecision d = SharingCheck.check(facts, LocalDate.of(2025, 6, 1));
 * d.outcome();                             // DENY: health data under professional secrecy, no basis
 * d.refusedBy();                           // [SHARE-SECRECY]
 * d.missing();                             // the facts that could change a refusal
 * String text = d.explain(Locale.ENGLISH);
 *
 * // the fields of a tagged record that the decision lets go: those of its category after an allow, none after a DENY
 * TaggedRecord<String> shared = Minimisation.minimise(record, d);
 * }</pre>
 *
 * <p>Packages: {@link io.github.zvhsdk.privacy.sharing} ({@code SharingCheck}), {@link io.github.zvhsdk.privacy.config}
 * (the house's configuration: participants, covenant, retention terms, with their provenance),
 * {@link io.github.zvhsdk.privacy.minimisation}, {@link io.github.zvhsdk.privacy.log} ({@code ProcessingLog}),
 * {@link io.github.zvhsdk.privacy.contact} ({@code ContactPoint}) and {@link io.github.zvhsdk.privacy.retention}. All
 * types are immutable and thread-safe. The module writes nothing to standard output or standard error, and logs
 * nothing.
 *
 * @see <a href="https://github.com/zvhsdk/zvh-sdk">the project and its README</a>
 */
module io.github.zvhsdk.privacy {
    requires transitive io.github.zvhsdk.model;
    // compile-time annotations only: a consumer needs neither at compile time nor at run time
    requires static org.immutables.value.annotations;
    requires static org.jspecify;

    exports io.github.zvhsdk.privacy.sharing;
    exports io.github.zvhsdk.privacy.config;
    exports io.github.zvhsdk.privacy.log;
    exports io.github.zvhsdk.privacy.minimisation;
    exports io.github.zvhsdk.privacy.contact;
    exports io.github.zvhsdk.privacy.retention;

    opens io.github.zvhsdk.privacy.sharing to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens io.github.zvhsdk.privacy.config to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens io.github.zvhsdk.privacy.log to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens io.github.zvhsdk.privacy.minimisation to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens io.github.zvhsdk.privacy.contact to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens io.github.zvhsdk.privacy.retention to com.fasterxml.jackson.databind, org.hibernate.validator;
}
