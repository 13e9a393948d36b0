package io.holstein.jackson;

import java.util.function.Function;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.impl.NullsConstantProvider;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * Reads a JSON string into a Holstein text type ({@code Rope}, {@code CowString}): O(n) in the
 * string's length. Other scalars are coerced as for a {@code String} (numbers and booleans by
 * Jackson's coercion settings); an object is Jackson's {@code MismatchedInputException}, an array
 * too unless {@code UNWRAP_SINGLE_VALUE_ARRAYS} is on.
 */
final class TextDeserializer extends StdScalarDeserializer<Object> {

    private final Function<String, ?> fromString;

    TextDeserializer(Class<?> type, Function<String, ?> fromString) {
        super(type);
        this.fromString = fromString;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) {
        if (p.hasToken(JsonToken.VALUE_STRING)) {
            return fromString.apply(p.getString());
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
