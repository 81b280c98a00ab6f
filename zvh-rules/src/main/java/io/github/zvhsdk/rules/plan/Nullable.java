package io.github.zvhsdk.rules.plan;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Tells Immutables (which recognises any annotation named {@code Nullable}) to keep a required collection that was
 * not given as null, so that {@code @Value.Check} can refuse it as missing instead of reading it as empty.
 * A built value never returns null from an attribute so marked.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER})
@interface Nullable {}
