/** A vendor's case system using the ZVH SDK's rules as a named module, and nothing else of it. */
module com.example.vendor.cases {
    requires io.github.zvhsdk.rules;
}
