package io.github.zvhsdk.model.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.zvhsdk.model.rule.Tri;
import java.io.IOException;

/**
 * Reads a {@link Tri} strictly: only the strings {@code "TRUE"}, {@code "FALSE"}, {@code "UNKNOWN"}; JSON
 * {@code null} is UNKNOWN; a JSON boolean or number is refused.
 */
public final class TriDeserializer extends StdDeserializer<Tri> {
    private static final long serialVersionUID = 1L;

    /** Creates the deserializer (Jackson instantiates it through {@code @JsonDeserialize}). */
    public TriDeserializer() {
        super(Tri.class);
    }

    @Override
    public Tri deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING) {
            String s = p.getText();
            for (Tri v : Tri.values()) {
                if (v.name().equals(s)) {
                    return v;
                }
            }
            throw InvalidFormatException.from(p, "not a three-valued token", s, Tri.class);
        }
        throw MismatchedInputException.from(p, Tri.class,
                "a three-valued fact is one of the strings \"TRUE\", \"FALSE\", \"UNKNOWN\", not " + JsonErrors.describe(t));
    }

    @Override
    public Tri getNullValue(DeserializationContext ctxt) {
        return Tri.UNKNOWN;
    }
}
