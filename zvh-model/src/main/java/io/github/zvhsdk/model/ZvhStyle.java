package io.github.zvhsdk.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the SDK. Generated types are named {@code Immutable*}; public API names the abstract
 * type, except its {@code builder()} factory. Null and mandatory-attribute checks are left to the value's
 * {@code @Value.Check}, which reports every violation at once through {@link Violations} instead of failing on the
 * first missing attribute with a {@link NullPointerException}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        typeImmutable = "Immutable*",
        jdkOnly = true,
        validationMethod = Value.Style.ValidationMethod.NONE,
        depluralize = true,
        defaults = @Value.Immutable(copy = true),
        privateNoargConstructor = false,
        allowedClasspathAnnotations = {Override.class})
public @interface ZvhStyle {}
