package io.holstein.jackson2;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.deser.ContextualKeyDeserializer;
import com.fasterxml.jackson.databind.deser.NullValueProvider;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;

/**
 * Reads a JSON object into a Holstein map through its builder ({@link MapKind}): O(n) builder puts
 * plus the keys' and values' own reading. Keys go through Jackson's key deserializers, so every key
 * type a {@code HashMap} reads ({@code Integer}, enums, {@code UUID}, types with a {@code String}
 * constructor or {@code valueOf}, registered ones) reads here too. A repeated key's last value
 * wins, as with {@code HashMap}, unless the parser's {@code STRICT_DUPLICATE_DETECTION} rejects it
 * first.
 */
final class BuilderMapDeserializer extends BuilderDeserializer<MapKind<?>> {

    private static final long serialVersionUID = 1L;

    /** Null until {@link #createContextual} resolves it. */
    private final KeyDeserializer keyDeserializer;

    @SuppressWarnings("unchecked")
    BuilderMapDeserializer(
            JavaType type,
            MapKind<?> kind,
            KeyDeserializer keyDeserializer,
            JsonDeserializer<?> valueDeserializer,
            TypeDeserializer valueTypeDeserializer,
            NullValueProvider nulls) {
        super(
                type,
                kind,
                (JsonDeserializer<Object>) valueDeserializer,
                valueTypeDeserializer,
                nulls,
                null);
        this.keyDeserializer = keyDeserializer;
    }

    @Override
    BuilderDeserializer<MapKind<?>> withContent(
            DeserializationContext ctxt,
            BeanProperty property,
            JsonDeserializer<?> content,
            TypeDeserializer contentType,
            NullValueProvider nulls)
            throws JsonMappingException {
        KeyDeserializer keys = keyDeserializer;
        if (keys == null) {
            keys = ctxt.findKeyDeserializer(_containerType.getKeyType(), property);
        } else if (keys instanceof ContextualKeyDeserializer contextual) {
            keys = contextual.createContextual(ctxt, property);
        }
        return new BuilderMapDeserializer(_containerType, kind, keys, content, contentType, nulls);
    }

    @Override
    public LogicalType logicalType() {
        return LogicalType.Map;
    }

    @Override
    public boolean isCachable() {
        return super.isCachable() && keyDeserializer == null;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String name;
        if (p.isExpectedStartObjectToken()) {
            name = p.nextFieldName();
        } else if (p.hasToken(JsonToken.FIELD_NAME)) {
            // After a type id, the parser may already stand on the first name.
            name = p.currentName();
        } else {
            return ctxt.handleUnexpectedToken(getValueType(ctxt), p);
        }
        return read(kind, name, p, ctxt);
    }

    @Override
    public Object deserializeWithType(
            JsonParser p, DeserializationContext ctxt, TypeDeserializer typeDeserializer)
            throws IOException {
        return typeDeserializer.deserializeTypedFromObject(p, ctxt);
    }

    /** Reads the entries from the one named {@code first} on into a fresh builder. */
    private <B> Object read(
            MapKind<B> kind, String first, JsonParser p, DeserializationContext ctxt)
            throws IOException {
        B builder = kind.newBuilder();
        for (String name = first; name != null; name = p.nextFieldName()) {
            p.nextToken();
            try {
                Object key = keyDeserializer.deserializeKey(name, ctxt);
                if (key == null && !kind.nullsAllowed()) {
                    throw nullRefused(ctxt, name, _containerType.getKeyType());
                }
                Object value = readContent(p, ctxt, name);
                if (value != SKIPPED) {
                    kind.put(builder, key, value);
                }
            } catch (Exception e) {
                throw withPath(ctxt, e, new JsonMappingException.Reference(handledType(), name));
            }
        }
        return kind.build(builder);
    }
}
