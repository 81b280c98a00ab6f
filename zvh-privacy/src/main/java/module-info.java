/**
 * The ZVH SDK's privacy rules: purpose-bound sharing, minimisation, processing log, contact point and retention.
 */
module io.github.zvhsdk.privacy {
    requires transitive io.github.zvhsdk.model;
    requires static transitive org.immutables.value.annotations;

    // exports/opens: one pair per package
}
