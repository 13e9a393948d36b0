package io.holstein.jackson2;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.impl.NullsConstantProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.util.function.Function;

/**
 * Reads a JSON string into a Holstein text type ({@code Rope}, {@code CowString}): O(n) in the
 * string's length. Other scalars are coerced as for a {@code String} (numbers and booleans by
 * Jackson's coercion settings); an object is Jackson's {@code MismatchedInputException}, an array
 * too unless {@code UNWRAP_SINGLE_VALUE_ARRAYS} is on.
 */
final class TextDeserializer extends StdScalarDeserializer<Object> {

    private static final long serialVersionUID = 1L;

    private final Function<String, ?> fromString;

    TextDeserializer(Class<?> type, Function<String, ?> fromString) {
        super(type);
        this.fromString = fromString;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.hasToken(JsonToken.VALUE_STRING)) {
            return fromString.apply(p.getText());
        }
        if (p.isExpectedStartArrayToken()) {
            return _deserializeFromArray(p, ctxt);
        }
        if (p.isExpectedStartObjectToken()) {
            return ctxt.handleUnexpectedToken(getValueType(ctxt), p);
        }
        String text = _parseString(p, ctxt, NullsConstantProvider.nuller());
        return text == null ? null : fromString.apply(text);
    }
}
