package io.github.zvhsdk.examples.schema;

import com.fasterxml.classmate.ResolvedType;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.MethodScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaKeyword;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;
import io.github.zvhsdk.model.CaseId;
import io.github.zvhsdk.model.HouseId;
import io.github.zvhsdk.model.LifeDomain;
import io.github.zvhsdk.model.LifeDomainAssessment;
import io.github.zvhsdk.model.LifeDomainStatus;
import io.github.zvhsdk.model.MunicipalityCode;
import io.github.zvhsdk.model.PersonId;
import io.github.zvhsdk.model.Relation;
import io.github.zvhsdk.model.Validity;
import io.github.zvhsdk.model.json.ZvhJson;
import io.github.zvhsdk.model.rule.Tri;
import io.github.zvhsdk.privacy.config.HouseConfig;
import io.github.zvhsdk.privacy.sharing.SharingDecision;
import io.github.zvhsdk.privacy.sharing.SharingFacts;
import io.github.zvhsdk.rules.casework.TransitionConfig;
import io.github.zvhsdk.rules.casework.TransitionDecision;
import io.github.zvhsdk.rules.casework.TransitionFacts;
import io.github.zvhsdk.rules.escalation.EscalationConfig;
import io.github.zvhsdk.rules.escalation.EscalationDecision;
import io.github.zvhsdk.rules.escalation.EscalationFacts;
import io.github.zvhsdk.rules.intake.IntakeConfig;
import io.github.zvhsdk.rules.intake.IntakeDecision;
import io.github.zvhsdk.rules.intake.IntakeFacts;
import io.github.zvhsdk.rules.plan.PlanDecision;
import io.github.zvhsdk.rules.plan.PlanFacts;
import io.github.zvhsdk.rules.plan.Target;
import io.github.zvhsdk.rules.regie.HouseholdMember;
import io.github.zvhsdk.rules.regie.RegieConfig;
import io.github.zvhsdk.rules.regie.RegieDecision;
import io.github.zvhsdk.rules.regie.RegieFacts;
import jakarta.validation.constraints.NotNull;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * JSON Schemas (draft 2020-12) of the SDK's facts, decisions and configurations, generated from the model types with
 * victools' generator, never written by hand: a change to a model type changes its schema.
 *
 * <p>The generator is told how the SDK reads and writes JSON where Java types alone do not say it: the properties of
 * an Immutables value are exactly those Jackson (de)serialises for it, named as in JSON ({@code "case"}); every
 * object refuses unknown properties ({@code additionalProperties: false}), as the SDK does; a three-valued fact
 * ({@link Tri}) is one of the strings {@code TRUE}, {@code FALSE}, {@code UNKNOWN} (never a JSON boolean) or
 * {@code null}; an SDK enum with an {@code UNKNOWN} constant also reads JSON {@code null} as unknown; a
 * {@link LifeDomainAssessment} is an object keyed by {@link LifeDomain}; a map keyed by an enum names its keys; an
 * {@code Optional} is its content or {@code null}; identifiers are strings with their pattern; dates are ISO-8601
 * strings. Required properties are those marked {@code @NotNull}.
 *
 * <p>A household member's {@code relation} is one of the six household relations (REGIE-HOUSEHOLD). What a schema
 * cannot say, the SDK still checks (cross-field rules such as "child protection needs a minor", an
 * identifier that passes the elfproef being refused as a BSN): a document the schema accepts may still be refused,
 * with a message naming the field and the rule.
 *
 * <p>This class is thread-safe; schemas are generated once per type and copied on every call.
 */
public final class ZvhSchemas {
    /** The parts of a decision kind a schema can describe. */
    public enum Part {
        /** The facts a decision reads (the {@code facts} of a conformance vector). */
        FACTS,
        /** The SDK's decision value as JSON (its {@code ZvhJson.write} form). */
        DECISION,
        /** The decision's configuration, where the kind has one. */
        CONFIG
    }

    private record Kind(Class<?> facts, Class<?> decision, @Nullable Class<?> config) {}

    private static final Map<String, Kind> KINDS = kindTable();
    private static final Map<String, ObjectNode> CACHE = new ConcurrentHashMap<>();
    private static final ObjectMapper MAPPER = ZvhJson.mapperCopy();
    private static final String IDENTIFIER_PATTERN = "^[A-Za-z0-9._:-]{1,64}$";
    private static final String ISO_DATE = "[0-9]{4}-[0-9]{2}-[0-9]{2}";
    /** The text syntax of the model's string-valued types (their {@code @JsonCreator}s check the same). */
    private static final Map<Class<?>, String> TEXT_PATTERNS = Map.of(
            PersonId.class, IDENTIFIER_PATTERN,
            CaseId.class, IDENTIFIER_PATTERN,
            HouseId.class, IDENTIFIER_PATTERN,
            MunicipalityCode.class, "^GM[0-9]{4}$",
            Validity.class, "^" + ISO_DATE + "/(" + ISO_DATE + "|[.][.])$",
            Target.class, "^(SUBJECT|household\\[(0|[1-9][0-9]{0,6})\\])$");
    private static final String IDENTIFIER_TEXT =
            "An opaque pseudonymous identifier; a value that passes the elfproef (a BSN) is refused.";
    private static final Map<Class<?>, String> TEXT_DESCRIPTIONS = Map.of(
            PersonId.class, IDENTIFIER_TEXT,
            CaseId.class, IDENTIFIER_TEXT,
            HouseId.class, IDENTIFIER_TEXT,
            MunicipalityCode.class, "A CBS gemeentecode: GM and 4 digits.",
            Validity.class, "A half-open range of dates [start, end): yyyy-MM-dd/yyyy-MM-dd, or yyyy-MM-dd/.. without an end.",
            Target.class, "Whom an intervention is aimed at: SUBJECT or household[i] (i the 0-based household position).");

    private ZvhSchemas() {}

    private static Map<String, Kind> kindTable() {
        Map<String, Kind> m = new LinkedHashMap<>();
        m.put("intake", new Kind(IntakeFacts.class, IntakeDecision.class, IntakeConfig.class));
        m.put("escalation", new Kind(EscalationFacts.class, EscalationDecision.class, EscalationConfig.class));
        m.put("regie", new Kind(RegieFacts.class, RegieDecision.class, RegieConfig.class));
        m.put("sharing", new Kind(SharingFacts.class, SharingDecision.class, HouseConfig.class));
        m.put("transition", new Kind(TransitionFacts.class, TransitionDecision.class, TransitionConfig.class));
        m.put("plan", new Kind(PlanFacts.class, PlanDecision.class, null));
        return m;
    }

    /** @return the decision kinds with schemas, in the order of the spec */
    public static List<String> kinds() {
        return List.copyOf(KINDS.keySet());
    }

    /** @return the kinds that have a configuration */
    public static List<String> configurableKinds() {
        return KINDS.entrySet().stream().filter(e -> e.getValue().config() != null).map(Map.Entry::getKey).toList();
    }

    /**
     * @param kind a decision kind ({@link #kinds()}); may be null
     * @param part which part; never null
     * @return the model type whose schema describes that part, or empty when the kind is unknown or has no such part
     */
    public static Optional<Class<?>> type(@Nullable String kind, Part part) {
        Kind k = kind == null ? null : KINDS.get(kind);
        if (k == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (part) {
            case FACTS -> k.facts();
            case DECISION -> k.decision();
            case CONFIG -> k.config();
        });
    }

    /**
     * @param kind a decision kind; may be null
     * @param part which part; never null
     * @return a fresh copy of the schema, or empty when the kind is unknown or has no such part
     */
    public static Optional<ObjectNode> schema(@Nullable String kind, Part part) {
        if (kind == null) {
            return Optional.empty();
        }
        return type(kind, part).map(t -> {
            ObjectNode s = CACHE.computeIfAbsent(kind + "/" + part, key -> generate(t, kind, part));
            return s.deepCopy();
        });
    }

    private static ObjectNode generate(Class<?> type, String kind, Part part) {
        ObjectNode schema = generator(part).generateSchema(type);
        ObjectNode out = MAPPER.createObjectNode();
        out.put("$schema", SchemaVersion.DRAFT_2020_12.getIdentifier());
        out.put("$id", "https://zvhsdk.github.io/schema/" + kind + "/" + part.name().toLowerCase(Locale.ROOT) + ".json");
        out.put("title", "ZVH SDK " + kind + " " + part.name().toLowerCase(Locale.ROOT) + " (" + type.getSimpleName() + ")");
        schema.remove("$schema");
        out.setAll(schema);
        return out;
    }

    private static SchemaGenerator generator(Part part) {
        SchemaGeneratorConfigBuilder b = new SchemaGeneratorConfigBuilder(MAPPER, SchemaVersion.DRAFT_2020_12,
                OptionPreset.PLAIN_JSON)
                .with(new JacksonModule(JacksonOption.FLATTENED_ENUMS_FROM_JSONVALUE,
                        JacksonOption.RESPECT_JSONPROPERTY_REQUIRED, JacksonOption.IGNORE_PROPERTY_NAMING_STRATEGY))
                .with(new JakartaValidationModule(JakartaValidationOption.INCLUDE_PATTERN_EXPRESSIONS))
                .with(Option.NONSTATIC_NONVOID_NONGETTER_METHODS, Option.FIELDS_DERIVED_FROM_ARGUMENTFREE_METHODS,
                        Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.DEFINITIONS_FOR_ALL_OBJECTS)
                .without(Option.VALUES_FROM_CONSTANT_FIELDS, Option.PUBLIC_NONSTATIC_FIELDS,
                        Option.NONPUBLIC_NONSTATIC_FIELDS_WITH_GETTERS, Option.NONPUBLIC_NONSTATIC_FIELDS_WITHOUT_GETTERS);
        // the JSON properties are the accessor methods Jackson (de)serialises; fields never are
        b.forFields().withIgnoreCheck(f -> true);
        b.forMethods().withIgnoreCheck(m -> !isProperty(m));
        b.forMethods().withPropertyNameOverrideResolver(m -> properties(m.getRawMember().getDeclaringClass()).get(m.getName()));
        b.forMethods().withNullableCheck(ZvhSchemas::nullable);
        // REGIE-HOUSEHOLD (regie.md, rev. 2): a household member has one of the six household relations
        b.forMethods().withEnumResolver(m -> householdRelation(m) ? HOUSEHOLD_RELATIONS : null);
        b.forMethods().withDescriptionResolver(m -> householdRelation(m) ? "One of the six household relations"
                + " (regie.md, REGIE-HOUSEHOLD); a person of the social environment is no household member." : null);
        if (part == Part.DECISION) {
            // a decision is output: every property that is not Optional is always written
            b.forMethods().withRequiredCheck(m -> !m.getType().isInstanceOf(Optional.class));
        } else {
            // input: required is @NotNull without a default (Immutables' @Value.Default methods are default methods)
            b.forMethods().withRequiredCheck(m -> m.getAnnotation(NotNull.class) != null && !m.getRawMember().isDefault());
        }
        b.forTypesInGeneral().withCustomDefinitionProvider(ZvhSchemas::customDefinition);
        return new SchemaGenerator(b.build());
    }

    // ---- which members are properties, and their JSON names --------------------------------------------------------

    private static final Map<Class<?>, Map<String, String>> PROPERTIES = new ConcurrentHashMap<>();

    /**
     * @return accessor method name → JSON property name, as Jackson sees the type (for an Immutables value: its
     *     generated implementation, which carries the JSON names)
     */
    private static Map<String, String> properties(Class<?> declaring) {
        return PROPERTIES.computeIfAbsent(declaring, t -> {
            Class<?> impl = immutableImplementation(t);
            JavaType jt = MAPPER.constructType(impl == null ? t : impl);
            BeanDescription d = MAPPER.getSerializationConfig().introspect(jt);
            Map<String, String> names = new LinkedHashMap<>();
            for (BeanPropertyDefinition p : d.findProperties()) {
                if (p.hasGetter()) {
                    names.put(p.getGetter().getName(), p.getName());
                }
            }
            return names;
        });
    }

    private static @Nullable Class<?> immutableImplementation(Class<?> abstractType) {
        // @Value.Immutable is not retained at run time: find the generated class by the style's naming
        String name = abstractType.getPackageName() + ".Immutable" + abstractType.getSimpleName();
        try {
            Class<?> impl = Class.forName(name, false, abstractType.getClassLoader());
            return abstractType.isAssignableFrom(impl) ? impl : null;
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    /** The JSON tokens of the six household relations. */
    private static final List<String> HOUSEHOLD_RELATIONS = Arrays.stream(Relation.values()).filter(Relation::isHousehold)
            .map(Relation::name).toList();

    private static boolean householdRelation(MethodScope m) {
        return m.getRawMember().getDeclaringClass() == HouseholdMember.class && m.getName().equals("relation");
    }

    private static boolean isProperty(MethodScope m) {
        Method raw = m.getRawMember();
        if (Modifier.isStatic(raw.getModifiers()) || m.getArgumentCount() > 0 || m.isVoid()) {
            return false;
        }
        return properties(raw.getDeclaringClass()).containsKey(raw.getName());
    }

    /** A property may be JSON null when the SDK reads null as absent: Optional, or {@code @JsonSetter(nulls = SKIP|AS_EMPTY)}. */
    private static boolean nullable(MethodScope m) {
        if (m.getType() != null && m.getType().isInstanceOf(Optional.class)) {
            return true;
        }
        JsonSetter setter = m.getAnnotation(JsonSetter.class);
        return setter != null && (setter.nulls() == Nulls.SKIP || setter.nulls() == Nulls.AS_EMPTY);
    }

    // ---- types with a JSON shape of their own ----------------------------------------------------------------------

    private static boolean hasStringJsonValue(Class<?> raw) {
        if (raw.isEnum() || raw.isPrimitive() || raw.getName().startsWith("java.")) {
            return false;
        }
        for (Method m : raw.getMethods()) {
            if (m.isAnnotationPresent(JsonValue.class) && m.getReturnType() == String.class && m.getParameterCount() == 0) {
                return true;
            }
        }
        return false;
    }

    private static @Nullable CustomDefinition customDefinition(ResolvedType type, SchemaGenerationContext context) {
        Class<?> raw = type.getErasedType();
        ObjectNode node = context.getGeneratorConfig().createObjectNode();
        String typeKey = context.getKeyword(SchemaKeyword.TAG_TYPE);
        if (raw.isEnum()) {
            ArrayNode values = node.putArray(context.getKeyword(SchemaKeyword.TAG_ENUM));
            boolean unknown = false;
            for (Object c : raw.getEnumConstants()) {
                values.add(MAPPER.valueToTree(c)); // the JSON token (an enum with @JsonValue writes its own)
                unknown |= ((Enum<?>) c).name().equals("UNKNOWN");
            }
            if (unknown && raw.getName().startsWith("io.github.zvhsdk.")) {
                values.addNull(); // ZvhJson reads null as UNKNOWN for Tri and every SDK enum with UNKNOWN
                node.putArray(typeKey).add("string").add("null");
            } else {
                node.put(typeKey, "string");
            }
            return new CustomDefinition(node, CustomDefinition.DefinitionType.STANDARD, CustomDefinition.AttributeInclusion.YES);
        }
        if (raw == LifeDomainAssessment.class) {
            node.put(typeKey, "object");
            node.put(context.getKeyword(SchemaKeyword.TAG_DESCRIPTION),
                    "A status per leefgebied; a leefgebied left out (or null) is UNKNOWN.");
            ObjectNode props = node.putObject(context.getKeyword(SchemaKeyword.TAG_PROPERTIES));
            ResolvedType status = context.getTypeContext().resolve(LifeDomainStatus.class);
            for (LifeDomain d : LifeDomain.values()) {
                props.set(d.name(), context.createDefinitionReference(status));
            }
            node.put(context.getKeyword(SchemaKeyword.TAG_ADDITIONAL_PROPERTIES), false);
            return new CustomDefinition(node, CustomDefinition.DefinitionType.STANDARD, CustomDefinition.AttributeInclusion.YES);
        }
        String pattern = TEXT_PATTERNS.get(raw);
        if (pattern != null || hasStringJsonValue(raw)) {
            // a value type whose JSON form is one string (@JsonValue): its text syntax, where the model defines one
            node.put(typeKey, "string");
            if (pattern != null) {
                node.put(context.getKeyword(SchemaKeyword.TAG_PATTERN), pattern);
            }
            String description = TEXT_DESCRIPTIONS.get(raw);
            if (description != null) {
                node.put(context.getKeyword(SchemaKeyword.TAG_DESCRIPTION), description);
            }
            return new CustomDefinition(node, CustomDefinition.DefinitionType.STANDARD, CustomDefinition.AttributeInclusion.YES);
        }
        if (raw == LocalDate.class) {
            node.put(typeKey, "string");
            node.put(context.getKeyword(SchemaKeyword.TAG_FORMAT), "date");
            return new CustomDefinition(node, CustomDefinition.DefinitionType.INLINE, CustomDefinition.AttributeInclusion.YES);
        }
        if (raw == OffsetDateTime.class || raw == LocalDateTime.class) {
            node.put(typeKey, "string");
            node.put(context.getKeyword(SchemaKeyword.TAG_FORMAT), raw == OffsetDateTime.class ? "date-time" : "local-date-time");
            return new CustomDefinition(node, CustomDefinition.DefinitionType.INLINE, CustomDefinition.AttributeInclusion.YES);
        }
        if (Map.class.isAssignableFrom(raw) && type.getTypeParameters().size() == 2) {
            ResolvedType key = type.getTypeParameters().get(0);
            ResolvedType value = type.getTypeParameters().get(1);
            node.put(typeKey, "object");
            if (key.getErasedType().isEnum()) {
                ObjectNode names = node.putObject("propertyNames");
                ArrayNode values = names.putArray(context.getKeyword(SchemaKeyword.TAG_ENUM));
                for (Object c : key.getErasedType().getEnumConstants()) {
                    values.add(MAPPER.valueToTree(c));
                }
            }
            node.set(context.getKeyword(SchemaKeyword.TAG_ADDITIONAL_PROPERTIES), context.createDefinitionReference(value));
            return new CustomDefinition(node, CustomDefinition.DefinitionType.INLINE, CustomDefinition.AttributeInclusion.YES);
        }
        return null;
    }
}
