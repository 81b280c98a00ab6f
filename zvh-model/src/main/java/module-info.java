/**
 * The ZVH SDK's model: immutable values, the shared rule mechanics and strict JSON.
 *
 * <p>Vendors rarely depend on this module alone: {@code io.github.zvhsdk.rules} and {@code io.github.zvhsdk.privacy}
 * require it transitively, so its types (the facts' vocabulary, {@link io.github.zvhsdk.model.rule.Tri},
 * {@link io.github.zvhsdk.model.InvalidInputException}) are readable wherever those are. A short tour:
 *
 * <pre>{@code
 * // three-valued (Kleene) logic: missing information is UNKNOWN, never FALSE
 * Tri.TRUE.and(Tri.UNKNOWN);                          // UNKNOWN
 * Tri.FALSE.and(Tri.UNKNOWN);                         // FALSE
 *
 * // values are validated when built; bad input is refused with every violation at once
 * try {
 *     PersonId.of("123456782");                       // passes the elfproef: a BSN is never a key
 * } catch (InvalidInputException e) {
 *     e.violations();                                 // [Violation(field, ruleId, message)], no BSN in any of them
 * }
 *
 * // strict JSON: unknown properties, unknown tokens, wrong types and malformed dates are refused with the JSON path
 * LifeDomainAssessment a = ZvhJson.read("{\"DRUGS\": \"CRIMINOGENIC\"}", LifeDomainAssessment.class);
 * }</pre>
 *
 * <p>Packages: {@link io.github.zvhsdk.model} (the values and enums of spec/model.md, each constant with its Dutch and
 * English label), {@link io.github.zvhsdk.model.rule} (Tri, rule results, citations, fail-closed refusal rules) and
 * {@link io.github.zvhsdk.model.json} (the strict reader and writer). At run time the module needs Jackson and Hibernate
 * Validator (which it bootstraps without Expression Language); JSpecify's and Immutables' annotations are compile-time
 * only ({@code requires static}). It writes nothing to standard output or standard error, and logs nothing.
 *
 * @see <a href="https://github.com/zvhsdk/zvh-sdk">the project and its README</a>
 */
module io.github.zvhsdk.model {
    requires transitive com.fasterxml.jackson.databind;
    requires transitive com.fasterxml.jackson.annotation;
    requires com.fasterxml.jackson.datatype.jdk8;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires transitive jakarta.validation;
    requires org.hibernate.validator;
    // only to keep Hibernate Validator's version line off standard error (Violations.quietly); the SDK logs nothing
    requires java.logging;
    // compile-time annotations only: a consumer needs neither at compile time nor at run time
    requires static org.immutables.value.annotations;
    requires static org.jspecify;

    exports io.github.zvhsdk.model;
    exports io.github.zvhsdk.model.rule;
    exports io.github.zvhsdk.model.json;

    opens io.github.zvhsdk.model to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens io.github.zvhsdk.model.rule to com.fasterxml.jackson.databind;
}
