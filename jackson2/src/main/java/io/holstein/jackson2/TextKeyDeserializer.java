package io.holstein.jackson2;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import java.util.function.Function;

/** Reads a map key into a Holstein text type: O(n) in the key's length. */
final class TextKeyDeserializer extends KeyDeserializer {

    private final Function<String, ?> fromString;

    TextKeyDeserializer(Function<String, ?> fromString) {
        this.fromString = fromString;
    }

    @Override
    public Object deserializeKey(String key, DeserializationContext ctxt) {
        return fromString.apply(key);
    }
}
