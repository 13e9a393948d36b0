package io.holstein.jackson;

import java.util.function.Function;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;

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
