package io.github.zvhsdk.examples.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Compares a decision with a vector's {@code expect} object as FORMAT.md says: only the keys present are checked; a key
 * whose expected value is {@code null} must be absent or empty; lists are compared as sets; numbers by value.
 */
final class Expectations {
    private Expectations() {}

    /** @return one message per mismatching key, e.g. {@code outcome expected "TRUE" got "UNKNOWN"}; empty when all hold */
    static List<String> mismatches(JsonNode expect, JsonNode actual) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : expect.properties()) {
            compare(e.getKey(), e.getValue(), actual.get(e.getKey()), out);
        }
        return out;
    }

    private static void compare(String key, JsonNode expected, JsonNode actual, List<String> out) {
        if (expected.isNull()) {
            if (!isEmpty(actual)) {
                out.add(key + " expected null got " + render(actual));
            }
            return;
        }
        if (expected.isObject() && actual != null && actual.isObject()) {
            for (Map.Entry<String, JsonNode> e : expected.properties()) {
                compare(key + "." + e.getKey(), e.getValue(), actual.get(e.getKey()), out);
            }
            return;
        }
        if (!same(expected, actual)) {
            out.add(key + " expected " + render(expected) + " got " + render(actual));
        }
    }

    private static boolean isEmpty(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode() || (n.isContainerNode() && n.isEmpty())
                || (n.isTextual() && n.asText().isEmpty());
    }

    /** JSON equality with arrays as sets and numbers by value. */
    static boolean same(JsonNode expected, JsonNode actual) {
        if (actual == null || actual.isMissingNode()) {
            return false;
        }
        if (expected.isNumber() && actual.isNumber()) {
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0;
        }
        if (expected.isArray() && actual.isArray()) {
            return containsAll(expected, actual) && containsAll(actual, expected);
        }
        if (expected.isObject() && actual.isObject()) {
            if (expected.size() != actual.size()) {
                return false;
            }
            for (Map.Entry<String, JsonNode> e : expected.properties()) {
                if (!same(e.getValue(), actual.get(e.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        return expected.equals(actual);
    }

    private static boolean containsAll(JsonNode a, JsonNode b) {
        for (JsonNode x : a) {
            boolean found = false;
            for (JsonNode y : b) {
                if (same(x, y)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /** Compact JSON, with arrays of scalars sorted so that sets read the same every time. */
    static String render(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return "nothing";
        }
        if (n.isArray() && allScalars((ArrayNode) n)) {
            TreeSet<String> items = new TreeSet<>();
            n.forEach(x -> items.add(x.toString()));
            return "[" + String.join(",", items) + "]";
        }
        return n.toString();
    }

    private static boolean allScalars(ArrayNode a) {
        for (JsonNode x : a) {
            if (x.isContainerNode()) {
                return false;
            }
        }
        return true;
    }
}
