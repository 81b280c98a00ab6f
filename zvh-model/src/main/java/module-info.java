/**
 * The ZVH SDK's model: immutable values, the shared rule mechanics and strict JSON.
 */
module io.github.zvhsdk.model {
    requires transitive com.fasterxml.jackson.databind;
    requires transitive com.fasterxml.jackson.annotation;
    requires com.fasterxml.jackson.datatype.jdk8;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires transitive jakarta.validation;
    requires org.hibernate.validator;
    requires static transitive org.immutables.value.annotations;
    requires static org.jspecify;

    exports io.github.zvhsdk.model;
    exports io.github.zvhsdk.model.rule;
    exports io.github.zvhsdk.model.json;

    opens io.github.zvhsdk.model to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens io.github.zvhsdk.model.rule to com.fasterxml.jackson.databind;
}
