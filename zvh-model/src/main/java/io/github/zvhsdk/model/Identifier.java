package io.github.zvhsdk.model;

import java.util.ArrayList;
import java.util.List;

/** The shared syntax of the SDK's opaque identifiers (package-private). */
final class Identifier {
    static final int MAX_LENGTH = 64;

    private Identifier() {}

    /** @return the problems of {@code value} as an opaque identifier; empty when it is valid */
    static List<String> problems(String value) {
        List<String> problems = new ArrayList<>();
        if (value == null || value.isEmpty()) {
            problems.add("must not be empty");
            return problems;
        }
        if (value.length() > MAX_LENGTH) {
            problems.add("must be at most " + MAX_LENGTH + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '_' || c == ':' || c == '-';
            if (!ok) {
                problems.add("may contain only A-Z, a-z, 0-9 and . _ : -");
                break;
            }
        }
        if (problems.isEmpty() && Bsn.isValid(value)) {
            problems.add("looks like a BSN: a BSN is never a key, use a pseudonymous reference");
        }
        return problems;
    }

    static void check(String subject, String field, String rule, String value) {
        List<String> problems = problems(value);
        if (!problems.isEmpty()) {
            List<Violation> vs = new ArrayList<>();
            for (String p : problems) {
                vs.add(new Violation(field, rule, p));
            }
            throw new InvalidInputException(subject, vs);
        }
    }
}
