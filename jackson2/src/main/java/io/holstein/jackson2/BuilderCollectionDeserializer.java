package io.holstein.jackson2;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.NullValueProvider;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.util.Collection;

/**
 * Reads a JSON array into a Holstein collection through its builder ({@link CollectionKind}): O(n)
 * plus the elements' own reading. Accepts a single value for a one-element collection where
 * Jackson's {@code ACCEPT_SINGLE_VALUE_AS_ARRAY} (feature or {@code @JsonFormat}) allows it; any
 * other non-array input is Jackson's {@code MismatchedInputException}.
 */
final class BuilderCollectionDeserializer extends BuilderDeserializer<CollectionKind<?>> {

    private static final long serialVersionUID = 1L;

    BuilderCollectionDeserializer(
            JavaType type,
            CollectionKind<?> kind,
            JsonDeserializer<?> elementDeserializer,
            TypeDeserializer elementTypeDeserializer) {
        this(type, kind, elementDeserializer, elementTypeDeserializer, null, null);
    }

    @SuppressWarnings("unchecked")
    private BuilderCollectionDeserializer(
            JavaType type,
            CollectionKind<?> kind,
            JsonDeserializer<?> elementDeserializer,
            TypeDeserializer elementTypeDeserializer,
            NullValueProvider nulls,
            Boolean unwrapSingle) {
        super(
                type,
                kind,
                (JsonDeserializer<Object>) elementDeserializer,
                elementTypeDeserializer,
                nulls,
                unwrapSingle);
    }

    @Override
    BuilderDeserializer<CollectionKind<?>> withContent(
            DeserializationContext ctxt,
            BeanProperty property,
            JsonDeserializer<?> content,
            TypeDeserializer contentType,
            NullValueProvider nulls) {
        Boolean unwrapSingle =
                findFormatFeature(
                        ctxt,
                        property,
                        Collection.class,
                        JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
        return new BuilderCollectionDeserializer(
                _containerType, kind, content, contentType, nulls, unwrapSingle);
    }

    @Override
    public LogicalType logicalType() {
        return LogicalType.Collection;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.isExpectedStartArrayToken()) {
            return read(kind, p, ctxt, false);
        }
        boolean single =
                _unwrapSingle == null
                        ? ctxt.isEnabled(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                        : _unwrapSingle;
        if (single) {
            return read(kind, p, ctxt, true);
        }
        return ctxt.handleUnexpectedToken(getValueType(ctxt), p);
    }

    @Override
    public Object deserializeWithType(
            JsonParser p, DeserializationContext ctxt, TypeDeserializer typeDeserializer)
            throws IOException {
        return typeDeserializer.deserializeTypedFromArray(p, ctxt);
    }

    /**
     * Reads the array's elements into a fresh builder, or the current value alone when {@code
     * single}.
     */
    private <B> Object read(
            CollectionKind<B> kind, JsonParser p, DeserializationContext ctxt, boolean single)
            throws IOException {
        B builder = kind.newBuilder();
        if (single) {
            add(kind, builder, p, ctxt, 0);
        } else {
            for (int index = 0; p.nextToken() != JsonToken.END_ARRAY; index++) {
                add(kind, builder, p, ctxt, index);
            }
        }
        return kind.build(builder);
    }

    /** Adds the element at the parser's current token; its exceptions name it by index. */
    private <B> void add(
            CollectionKind<B> kind, B builder, JsonParser p, DeserializationContext ctxt, int index)
            throws IOException {
        try {
            Object element = readContent(p, ctxt, null);
            if (element != SKIPPED) {
                kind.add(builder, element);
            }
        } catch (Exception e) {
            throw withPath(ctxt, e, new JsonMappingException.Reference(handledType(), index));
        }
    }
}
