/** A vendor's data-sharing gate using the ZVH SDK's privacy rules as a named module, and nothing else of it. */
module com.example.vendor.sharing {
    requires io.github.zvhsdk.privacy;
}
