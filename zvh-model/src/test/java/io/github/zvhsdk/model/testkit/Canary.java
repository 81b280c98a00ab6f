package io.github.zvhsdk.model.testkit;

/** Canary values that must never appear in any output of the SDK. */
public final class Canary {
    /** A valid test BSN (passes the elfproef). */
    public static final String BSN = "123456782";
    /** A second valid test BSN. */
    public static final String BSN_2 = "111222333";

    private Canary() {}
}
