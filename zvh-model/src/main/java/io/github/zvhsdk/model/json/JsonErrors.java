package io.github.zvhsdk.model.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Turns Jackson's exceptions into {@link InvalidInputException}s that name the JSON path, the token and the allowed values. */
final class JsonErrors {
    private JsonErrors() {}

    static String describe(JsonToken t) {
        if (t == null) {
            return "nothing";
        }
        return switch (t) {
            case VALUE_TRUE, VALUE_FALSE -> "a JSON boolean";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a JSON number";
            case VALUE_STRING -> "a JSON string";
            case START_ARRAY -> "a JSON array";
            case START_OBJECT -> "a JSON object";
            case VALUE_NULL -> "JSON null";
            default -> "JSON " + t.name().toLowerCase(Locale.ROOT);
        };
    }

    /** Masks anything that could be a BSN (a run of 8 or more digits) and shortens long tokens. */
    static String token(Object value) {
        String s = String.valueOf(value).replaceAll("[0-9]{8,}", "<number withheld>");
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    static String path(String prefix, List<JsonMappingException.Reference> refs) {
        StringBuilder b = new StringBuilder(prefix);
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                b.append('.').append(token(r.getFieldName()));
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    static InvalidInputException translate(JsonProcessingException e, String subject, String prefix) {
        Objects.requireNonNull(e, "e");
        // a value that refused itself while being built: keep its violations, under the JSON path of that value
        Throwable c = e.getCause();
        while (c != null && !(c instanceof InvalidInputException)) {
            c = c.getCause();
        }
        if (c instanceof InvalidInputException inner && e instanceof JsonMappingException de) {
            String at = path(prefix, de.getPath());
            List<Violation> vs = new ArrayList<>();
            for (Violation v : inner.violations()) {
                vs.add(new Violation(v.field().startsWith("$") ? v.field() : under(at, v.field()), v.ruleId(), v.message()));
            }
            return new InvalidInputException(subject, vs, null);
        }
        return new InvalidInputException(subject, List.of(violation(e, prefix)), null);
    }

    /**
     * The path of a nested violation. A scalar value that refuses itself (a {@code Bsn}, a plan {@code Target}) names
     * its own field, which is already the last segment of the JSON path: {@code $.person.bsn}, not
     * {@code $.person.bsn.bsn}.
     */
    static String under(String at, String field) {
        int dot = at.lastIndexOf('.');
        String last = dot < 0 ? at : at.substring(dot + 1);
        return last.equals(field) ? at : at + "." + field;
    }

    private static Violation violation(JsonProcessingException e, String prefix) {
        if (e instanceof StreamConstraintsException) {
            return new Violation(prefix, "JSON-LIMIT", "input exceeds a safety limit: " + limit(e.getOriginalMessage()));
        }
        if (e instanceof JsonParseException pe) {
            var loc = pe.getLocation();
            return new Violation(prefix, "JSON-SYNTAX", "malformed JSON at line " + (loc == null ? "?" : loc.getLineNr())
                    + ", column " + (loc == null ? "?" : loc.getColumnNr()));
        }
        if (e instanceof UnrecognizedPropertyException up) {
            String known = up.getKnownPropertyIds() == null ? "" : up.getKnownPropertyIds().stream().map(String::valueOf)
                    .collect(Collectors.toCollection(TreeSet::new)).stream().collect(Collectors.joining(", "));
            return new Violation(path(prefix, up.getPath()), "JSON-UNKNOWN-PROPERTY",
                    "unknown property \"" + token(up.getPropertyName()) + "\"" + (known.isEmpty() ? "" : "; known: " + known));
        }
        if (e instanceof InvalidFormatException fe) {
            Class<?> target = fe.getTargetType();
            String at = path(prefix, fe.getPath());
            if (target != null && target.isEnum()) {
                String allowed = Arrays.stream(target.getEnumConstants()).map(x -> ((Enum<?>) x).name())
                        .collect(Collectors.joining(", "));
                return new Violation(at, "JSON-ENUM", "value \"" + token(fe.getValue()) + "\" is not one of " + allowed);
            }
            return new Violation(at, "JSON-FORMAT", "value \"" + token(fe.getValue()) + "\" is not a valid "
                    + typeName(target));
        }
        if (e instanceof InvalidNullException ne) {
            return new Violation(path(prefix, ne.getPath()), "MODEL-REQUIRED", "an element may not be null");
        }
        if (e instanceof MismatchedInputException me) {
            String at = path(prefix, me.getPath());
            Class<?> target = me.getTargetType();
            String msg = firstLine(me.getOriginalMessage());
            if (msg.startsWith("a three-valued")) {
                return new Violation(at, "JSON-TYPE", msg);
            }
            return new Violation(at, "JSON-TYPE", "wrong JSON type" + (target == null ? "" : ": expected " + typeName(target)));
        }
        if (e instanceof JsonMappingException de) {
            return new Violation(path(prefix, de.getPath()), "JSON-INVALID", "invalid value");
        }
        return new Violation(prefix, "JSON-INVALID", "unreadable JSON");
    }

    static String typeName(Class<?> target) {
        if (target == null) {
            return "value";
        }
        if (java.util.Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "JSON array";
        }
        if (java.util.Map.class.isAssignableFrom(target)) {
            return "JSON object";
        }
        if (target.isEnum()) {
            return "one of " + Arrays.stream(target.getEnumConstants()).map(x -> ((Enum<?>) x).name())
                    .collect(Collectors.joining(", "));
        }
        return switch (target.getSimpleName()) {
            case "LocalDate" -> "ISO-8601 date (yyyy-MM-dd)";
            case "Instant", "OffsetDateTime" -> "ISO-8601 timestamp";
            case "String" -> "string";
            case "int", "Integer", "long", "Long" -> "integer";
            case "boolean", "Boolean" -> "JSON boolean";
            default -> target.isInterface() || target.getName().contains("Immutable") ? "JSON object"
                    : target.getSimpleName();
        };
    }

    /** Names the limit that was exceeded, with the limit written so that it is never withheld as a possible BSN. */
    private static String limit(String message) {
        String m = message == null ? "" : message;
        if (m.contains("getMaxNestingDepth")) {
            return "nesting deeper than " + ZvhJson.MAX_NESTING_DEPTH + " levels";
        }
        if (m.contains("getMaxDocumentLength")) {
            return String.format(Locale.ROOT, "document longer than %,d bytes", ZvhJson.MAX_DOCUMENT_LENGTH);
        }
        if (m.contains("getMaxNameLength")) {
            return String.format(Locale.ROOT, "property name longer than %,d characters", ZvhJson.MAX_NAME_LENGTH);
        }
        if (m.contains("getMaxStringLength")) {
            return String.format(Locale.ROOT, "string longer than %,d characters", ZvhJson.MAX_STRING_LENGTH);
        }
        if (m.contains("getMaxNumberLength")) {
            return String.format(Locale.ROOT, "number longer than %,d characters", ZvhJson.MAX_NUMBER_LENGTH);
        }
        return firstLine(m);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        String line = (nl < 0 ? s : s.substring(0, nl)).replaceAll("[0-9]{8,}", "<number withheld>");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
