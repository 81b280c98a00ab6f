package io.github.zvhsdk.model.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.zvhsdk.model.InvalidInputException;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The SDK's JSON configuration: strict, so that bad input is refused with a clear error rather than guessed.
 *
 * <ul>
 *   <li>unknown properties, duplicate keys, trailing tokens, numbers for enums, floats for integers and scalar
 *       coercions (a boolean or number where a string belongs, and the reverse) are errors;</li>
 *   <li>three-valued facts are strings (see {@link io.github.zvhsdk.model.rule.Tri}); JSON {@code null} for an SDK enum
 *       that has an {@code UNKNOWN} constant reads as that constant;</li>
 *   <li>enum tokens are read exactly as written (no whitespace trimmed, also for enum map keys);</li>
 *   <li>dates are ISO-8601 calendar dates {@code yyyy-MM-dd}, exactly (no date-time, no array, no whitespace);
 *       absent optionals are left out on output; map keys are written sorted;</li>
 *   <li>untrusted input is bounded: nesting depth {@value #MAX_NESTING_DEPTH}, string length
 *       {@value #MAX_STRING_LENGTH} characters, property name length {@value #MAX_NAME_LENGTH} characters, number
 *       length {@value #MAX_NUMBER_LENGTH} characters, document size {@value #MAX_DOCUMENT_LENGTH} bytes;</li>
 *   <li>a JSON null inside an array read as a list or set is refused, naming the element's path;</li>
 *   <li>JSON null where a value is read as a whole is refused (never returned as a Java null);</li>
 *   <li>no polymorphic default typing, and no type ids ({@code @class}) are read.</li>
 * </ul>
 *
 * <p>This class is thread-safe: the mapper is configured once and never changed afterwards; {@link #reader()} and
 * {@link #writer()} are immutable.
 */
public final class ZvhJson {
    /** The deepest nesting accepted. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** The longest string value accepted, in characters. */
    public static final int MAX_STRING_LENGTH = 100_000;
    /** The longest property name (or map key) accepted, in characters: the SDK's longest key is far shorter. */
    public static final int MAX_NAME_LENGTH = 1_000;
    /** The longest number accepted, in characters: the SDK's numbers are small (phases, indices, counts). */
    public static final int MAX_NUMBER_LENGTH = 100;
    /** The largest document accepted, in bytes (one document; NDJSON is read line by line). */
    public static final long MAX_DOCUMENT_LENGTH = 10_000_000L;

    private static final ObjectMapper MAPPER = build();

    private ZvhJson() {}

    private static ObjectMapper build() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxNameLength(MAX_NAME_LENGTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        SimpleModule strictEnums = new SimpleModule("zvh-strict-enums");
        strictEnums.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                    BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
                return new StrictEnum(deserializer, type.getRawClass(), unknownConstant(type.getRawClass()));
            }

            @Override
            public KeyDeserializer modifyKeyDeserializer(DeserializationConfig config, JavaType type,
                    KeyDeserializer deserializer) {
                return type.isEnumType() ? new ExactEnumKey(deserializer, type.getRawClass()) : deserializer;
            }
        });
        strictEnums.addDeserializer(LocalDate.class, new StrictLocalDate());
        JsonMapper mapper = JsonMapper.builder(factory)
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .addModule(strictEnums)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
                .build();
        for (LogicalType t : new LogicalType[] {LogicalType.Textual, LogicalType.Enum, LogicalType.DateTime}) {
            mapper.coercionConfigFor(t)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigDefaults().setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        // [null] in a list or set: refused with the element's path (not a NullPointerException from a builder)
        for (Class<?> c : new Class<?>[] {java.util.Collection.class, java.util.List.class, java.util.Set.class,
                java.util.SortedSet.class, java.util.NavigableSet.class}) {
            mapper.configOverride(c).setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        }
        return mapper;
    }

    private static @Nullable Object unknownConstant(Class<?> raw) {
        if (!raw.isEnum() || !raw.getName().startsWith("io.github.zvhsdk.")) {
            return null;
        }
        for (Object c : raw.getEnumConstants()) {
            if (((Enum<?>) c).name().equals("UNKNOWN")) {
                return c;
            }
        }
        return null;
    }

    /** The same for an enum used as a map key ({@code "lifeDomains": {"DRUGS ": …}} is refused, not read as DRUGS). */
    private static final class ExactEnumKey extends KeyDeserializer {
        private final KeyDeserializer delegate;
        private final Class<?> enumType;

        ExactEnumKey(KeyDeserializer delegate, Class<?> enumType) {
            this.delegate = delegate;
            this.enumType = enumType;
        }

        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
            if (key != null && untrimmed(key)) {
                return ctxt.handleWeirdKey(enumType, key, "an enum token is written without surrounding whitespace");
            }
            return delegate.deserializeKey(key, ctxt);
        }
    }

    private static boolean untrimmed(String s) {
        return !s.equals(s.trim());
    }

    /**
     * A date is exactly an ISO-8601 calendar date {@code yyyy-MM-dd}. Jackson's own reader also takes surrounding
     * whitespace, a date-time (dropping its time: {@code "2025-06-02T10:00"} read as 2025-06-02) and an array of
     * numbers; the spec's dates are dates (FORMAT.md: "dates ISO-8601"), so each of those is refused.
     */
    private static final class StrictLocalDate extends StdScalarDeserializer<LocalDate> {
        private static final long serialVersionUID = 1L;
        private static final Pattern FORM = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

        StrictLocalDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                throw MismatchedInputException.from(p, LocalDate.class,
                        "a date is an ISO-8601 string (yyyy-MM-dd), not " + JsonErrors.describe(p.currentToken()));
            }
            String text = p.getText();
            if (FORM.matcher(text).matches()) {
                try {
                    return LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    // not a calendar date (2025-02-30): refused below
                }
            }
            throw InvalidFormatException.from(p, "not an ISO-8601 date (yyyy-MM-dd)", text, LocalDate.class);
        }
    }

    /**
     * An enum token is read exactly as written: Jackson would otherwise try the token again with surrounding whitespace
     * trimmed, so that {@code "ZVH "} read as {@code ZVH} (spec README: an enum token that does not exist is refused).
     * An SDK enum with an {@code UNKNOWN} constant reads JSON null as that constant.
     */
    private static final class StrictEnum extends DelegatingDeserializer {
        private static final long serialVersionUID = 1L;
        private final Class<?> enumType;
        private final transient @Nullable Object unknown;

        StrictEnum(JsonDeserializer<?> delegate, Class<?> enumType, @Nullable Object unknown) {
            super(delegate);
            this.enumType = enumType;
            this.unknown = unknown;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new StrictEnum(newDelegatee, enumType, unknown);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_STRING) && untrimmed(p.getText())) {
                throw InvalidFormatException.from(p, "an enum token is written without surrounding whitespace",
                        p.getText(), enumType);
            }
            return super.deserialize(p, ctxt);
        }

        @Override
        public @Nullable Object getNullValue(DeserializationContext ctxt) throws JsonMappingException {
            return unknown == null ? super.getNullValue(ctxt) : unknown;
        }
    }

    private static String subject(Class<?> type) {
        return type.getSimpleName().replaceFirst("^Immutable", "");
    }

    /** @return an immutable reader with the SDK's strict configuration */
    public static ObjectReader reader() {
        return MAPPER.reader();
    }

    /** @return an immutable writer with the SDK's configuration (compact output) */
    public static ObjectWriter writer() {
        return MAPPER.writer();
    }

    /** @return a copy of the SDK's mapper, for callers that need to register more; changing it never changes the SDK's */
    public static ObjectMapper mapperCopy() {
        return MAPPER.copy();
    }

    /**
     * Reads one value from JSON text.
     *
     * @param json the JSON text; never null
     * @param type the value type; never null
     * @param <T> the value type
     * @return the value, valid (model values validate themselves when built); never null
     * @throws InvalidInputException when the text is not valid JSON for that type (JSON {@code null} included, unless
     *     the type reads it as its {@code UNKNOWN}); every violation names the JSON path
     */
    public static <T> T read(String json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(type, "type");
        T value;
        try {
            value = MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw JsonErrors.translate(e, subject(type), "$");
        }
        return nonNull(value, type, "$");
    }

    /**
     * Reads one value from a JSON tree (for instance the {@code facts} object of a conformance vector).
     *
     * @param node the tree; never null
     * @param type the value type; never null
     * @param path the JSON path of {@code node} in its document, used in error messages, e.g. {@code $.facts}; never null
     * @param <T> the value type
     * @return the value; never null
     * @throws InvalidInputException when the tree is not valid for that type (JSON {@code null} or a missing node
     *     included, unless the type reads null as its {@code UNKNOWN})
     */
    public static <T> T read(JsonNode node, Class<T> type, String path) {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(path, "path");
        T value;
        try {
            value = MAPPER.readerFor(type).readValue(MAPPER.treeAsTokens(node));
        } catch (JsonProcessingException e) {
            throw JsonErrors.translate(e, subject(type), path);
        } catch (IOException e) {
            throw new InvalidInputException(subject(type),
                    java.util.List.of(new io.github.zvhsdk.model.Violation(path, "JSON-INVALID", "unreadable JSON")));
        }
        return nonNull(value, type, path);
    }

    /** JSON null (or no value at all) is not a value of the type: refused rather than returned as a Java null. */
    private static <T> T nonNull(T value, Class<T> type, String path) {
        if (value == null) {
            throw new InvalidInputException(subject(type), java.util.List.of(new io.github.zvhsdk.model.Violation(path,
                    "JSON-TYPE", "wrong JSON type: expected " + JsonErrors.typeName(type) + ", got JSON null or nothing")));
        }
        return value;
    }

    /**
     * Reads JSON text as a tree, strictly (duplicate keys and trailing tokens are errors, limits apply).
     *
     * @param json the JSON text; never null
     * @return the tree; never null or missing
     * @throws InvalidInputException when the text is not well-formed JSON or holds no JSON value
     */
    public static JsonNode readTree(String json) {
        Objects.requireNonNull(json, "json");
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw JsonErrors.translate(e, "JSON", "$");
        }
        if (tree == null || tree.isMissingNode()) {
            throw new InvalidInputException("JSON", java.util.List.of(new io.github.zvhsdk.model.Violation("$",
                    "JSON-SYNTAX", "no JSON value: the input is empty")));
        }
        return tree;
    }

    /**
     * @param value the value to write; never null
     * @return compact JSON
     * @throws IllegalStateException when the value cannot be written (a bug: SDK values always can)
     */
    public static String write(Object value) {
        Objects.requireNonNull(value, "value");
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
