package io.github.zvhsdk.model;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;
import org.jspecify.annotations.Nullable;

/**
 * Collects every violation of a value being built, then throws them at once. Runs the value's Bean Validation
 * constraints (declared on its {@code x()} accessors) and the checks the value adds with {@link #require}.
 *
 * <pre>{@code
 * @Value.Check
 * default void check() {
 *     Violations.of(this, "Person")
 *         .require(..., "dateOfBirth", "MODEL-DOB", "must be a plausible date")
 *         .throwIfAny();
 * }
 * }</pre>
 *
 * <p>Instances are not thread-safe (use one per check); the shared validator behind them is immutable and thread-safe.
 */
public final class Violations {
    private final String subject;
    private final List<Violation> found = new ArrayList<>();

    private Violations(String subject) {
        this.subject = subject;
    }

    /**
     * Starts a check and runs the Bean Validation constraints of {@code value}.
     *
     * @param value the value whose constraints to run; never null
     * @param subject the value's type name for the message, e.g. {@code Person}; never null
     * @return the collector, with any constraint violations already in it
     */
    public static Violations of(Object value, String subject) {
        Objects.requireNonNull(value, "value");
        Violations v = new Violations(Objects.requireNonNull(subject, "subject"));
        List<ConstraintViolation<Object>> cvs = new ArrayList<>(BeanValidation.VALIDATOR.validate(value));
        cvs.sort(Comparator.comparing(cv -> cv.getPropertyPath().toString()));
        for (ConstraintViolation<Object> cv : cvs) {
            String constraint = cv.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
            String field = cv.getPropertyPath().toString();
            if (constraint.equals("NotNull")) {
                // one id for "required", whether a constraint or a rule's own check finds it (see require)
                v.found.add(new Violation(field, "MODEL-REQUIRED", "is required"));
            } else {
                v.found.add(new Violation(field, "@" + constraint, cv.getMessage()));
            }
        }
        return v;
    }

    /**
     * Starts a check without Bean Validation, for values that are not annotated.
     *
     * @param subject the value's type name; never null
     * @return an empty collector
     */
    public static Violations named(String subject) {
        return new Violations(Objects.requireNonNull(subject, "subject"));
    }

    /**
     * @param ok the condition that must hold
     * @param field the field that breaks it
     * @param ruleId the rule id
     * @param message a message safe to log (no BSN, no name, no free text)
     * @return this
     */
    public Violations require(boolean ok, String field, String ruleId, String message) {
        if (!ok) {
            found.add(new Violation(field, ruleId, message));
        }
        return this;
    }

    /**
     * Requires a value to be present: for an attribute the builder was not given.
     *
     * @param value the value, possibly null
     * @param field the field name
     * @return this
     */
    public Violations requireNonNull(Object value, String field) {
        return require(value != null, field, "MODEL-REQUIRED", "is required");
    }

    /**
     * @param violation a violation found elsewhere, e.g. in a nested value; never null
     * @return this
     */
    public Violations add(Violation violation) {
        found.add(Objects.requireNonNull(violation, "violation"));
        return this;
    }

    /**
     * Adds the violations of a nested check, each under {@code prefix}.
     *
     * @param prefix the field prefix, e.g. {@code members[2]}; never null
     * @param e the nested exception; never null
     * @return this
     */
    public Violations addAll(String prefix, InvalidInputException e) {
        for (Violation v : e.violations()) {
            found.add(new Violation(prefix + "." + v.field(), v.ruleId(), v.message()));
        }
        return this;
    }

    /** @return true when nothing was found */
    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** @return the violations found so far */
    public List<Violation> list() {
        return List.copyOf(found);
    }

    /**
     * @throws InvalidInputException with every violation found, when there is any
     */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInputException(subject, found);
        }
    }

    /** The shared validator: built once, immutable, no expression language (no EL on the module path). */
    private static final class BeanValidation {
        static final Validator VALIDATOR = quietly(() -> Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .defaultLocale(Locale.ENGLISH)
                .getterPropertySelectionStrategy(new AccessorStrategy())
                .buildValidatorFactory()
                .getValidator());
    }

    /** The logger on which Hibernate Validator announces its version, once per JVM, at INFO. */
    static final String VERSION_LOGGER = "org.hibernate.validator.internal.util.Version";

    /**
     * Bootstraps Hibernate Validator without the one line it would print. On its first bootstrap in a JVM it logs
     * {@code HV000001: Hibernate Validator <version>} at INFO through JBoss Logging, which without a logging framework
     * on the path falls back to {@code java.util.logging}, whose default configuration prints INFO on standard error: a
     * vendor's first decision would write to its logs unasked. So for the bootstrap only, the level of that one logger
     * is raised to WARNING, and afterwards put back as it was (unset); nothing else of the vendor's logging changes.
     * When the vendor has configured that logger or one of its ancestors (a level or a handler, in a
     * {@code logging.properties} or in code), the vendor's configuration stands and nothing is changed. With another
     * logging framework (Log4j 2, Logback through SLF4J, JBoss LogManager) JBoss Logging uses it, and the vendor's own
     * configuration of that logger decides. Where a security manager forbids changing a level, nothing is changed.
     *
     * @param bootstrap builds the validator; never null
     * @param <T> what it builds
     * @return what it built
     */
    static <T> T quietly(Supplier<T> bootstrap) {
        return quietly(Logger.getLogger(VERSION_LOGGER), bootstrap);
    }

    /**
     * {@link #quietly(Supplier)} with the logger to keep quiet.
     *
     * @param logger the logger; never null
     * @param bootstrap builds the validator; never null
     * @param <T> what it builds
     * @return what it built
     */
    static <T> T quietly(Logger logger, Supplier<T> bootstrap) {
        if (configuredByVendor(logger) || !setLevel(logger, Level.WARNING)) {
            return bootstrap.get();
        }
        try {
            return bootstrap.get();
        } finally {
            setLevel(logger, null);
        }
    }

    /** @return whether the level could be set (a security manager may forbid it: its policy then stands) */
    private static boolean setLevel(Logger logger, @Nullable Level level) {
        try {
            logger.setLevel(level);
            return true;
        } catch (SecurityException e) {
            return false;
        }
    }

    /**
     * @param logger a logger; never null
     * @return whether it, or an ancestor below the root, has a level or a handler of its own (the JDK creates every
     *     ancestor that its configuration names when it creates a logger, so the chain of parents is complete)
     */
    static boolean configuredByVendor(Logger logger) {
        for (Logger l = logger; l != null && l.getParent() != null; l = l.getParent()) {
            if (l.getLevel() != null || l.getHandlers().length > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Treats every no-argument, non-void method as a property accessor: the model uses {@code id()}, not
     * {@code getId()}, and Hibernate Validator would otherwise silently ignore the constraints on them.
     */
    private static final class AccessorStrategy implements GetterPropertySelectionStrategy {
        @Override
        public Optional<String> getProperty(ConstrainableExecutable executable) {
            if (executable.getParameterTypes().length != 0 || executable.getReturnType() == void.class) {
                return Optional.empty();
            }
            String name = executable.getName();
            return switch (name) {
                case "hashCode", "toString", "getClass", "clone", "check", "builder" -> Optional.empty();
                default -> Optional.of(name);
            };
        }

        @Override
        public List<String> getGetterMethodNameCandidates(String propertyName) {
            return List.of(propertyName);
        }
    }
}
