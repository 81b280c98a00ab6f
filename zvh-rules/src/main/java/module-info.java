/**
 * The ZVH SDK's rules: pure functions from facts, configuration and a reference date to explained decisions.
 */
module io.github.zvhsdk.rules {
    requires transitive io.github.zvhsdk.model;
    requires static transitive org.immutables.value.annotations;
    requires static org.jspecify;

    // exports/opens: one pair per decision package (intake, escalation, regie, casework)
    exports io.github.zvhsdk.rules.casework;
    opens io.github.zvhsdk.rules.casework to com.fasterxml.jackson.databind, org.hibernate.validator;
    exports io.github.zvhsdk.rules.plan;
    opens io.github.zvhsdk.rules.plan to com.fasterxml.jackson.databind, org.hibernate.validator;
    exports io.github.zvhsdk.rules.intake;
    opens io.github.zvhsdk.rules.intake to com.fasterxml.jackson.databind, org.hibernate.validator;
    exports io.github.zvhsdk.rules.escalation;
    opens io.github.zvhsdk.rules.escalation to com.fasterxml.jackson.databind, org.hibernate.validator;
    exports io.github.zvhsdk.rules.regie;
    opens io.github.zvhsdk.rules.regie to com.fasterxml.jackson.databind, org.hibernate.validator;
}
