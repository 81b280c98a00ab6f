/**
 * The ZVH SDK's privacy rules: purpose-bound sharing, minimisation, processing log, contact point and retention.
 */
module io.github.zvhsdk.privacy {
    requires transitive io.github.zvhsdk.model;
    requires static transitive org.immutables.value.annotations;
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
