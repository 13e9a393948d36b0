package io.holstein.jackson2;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.NullValueProvider;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.deser.std.ContainerDeserializerBase;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.util.ClassUtil;
import java.io.IOException;

/**
 * What the array and object readers share: the content deserializer and its contextual resolution
 * (property annotations, content converters, polymorphic content), Jackson's content null policy
 * ({@code @JsonSetter(contentNulls = ...)}), the type's own refusal of {@code null}, and the JSON
 * path added to every exception raised inside a container, as Jackson's own collection and map
 * deserializers do.
 */
abstract class BuilderDeserializer<K extends BuilderKind<?>>
        extends ContainerDeserializerBase<Object> implements ContextualDeserializer {

    private static final long serialVersionUID = 1L;

    /** What {@link #readContent} returns for a {@code null} that the null policy skips. */
    static final Object SKIPPED = new Object();

    /** The type read, with its builder. */
    final K kind;

    /** Null until {@link #createContextual} resolves it. */
    final JsonDeserializer<Object> contentDeserializer;

    /** Null unless the content is polymorphic. */
    final TypeDeserializer contentTypeDeserializer;

    BuilderDeserializer(
            JavaType type,
            K kind,
            JsonDeserializer<Object> contentDeserializer,
            TypeDeserializer contentTypeDeserializer,
            NullValueProvider nulls,
            Boolean unwrapSingle) {
        super(type, nulls, unwrapSingle);
        this.kind = kind;
        this.contentDeserializer = contentDeserializer;
        this.contentTypeDeserializer = contentTypeDeserializer;
    }

    /**
     * This deserializer with its content resolved for {@code property}.
     *
     * @param nulls the content null policy
     */
    abstract BuilderDeserializer<K> withContent(
            DeserializationContext ctxt,
            BeanProperty property,
            JsonDeserializer<?> content,
            TypeDeserializer contentType,
            NullValueProvider nulls)
            throws JsonMappingException;

    @Override
    public final JsonDeserializer<?> createContextual(
            DeserializationContext ctxt, BeanProperty property) throws JsonMappingException {
        JavaType contentType = getContentType();
        JsonDeserializer<?> content =
                findConvertingContentDeserializer(ctxt, property, contentDeserializer);
        content =
                content == null
                        ? ctxt.findContextualValueDeserializer(contentType, property)
                        : ctxt.handleSecondaryContextualization(content, property, contentType);
        TypeDeserializer typed =
                contentTypeDeserializer == null
                        ? null
                        : contentTypeDeserializer.forProperty(property);
        return withContent(
                ctxt, property, content, typed, findContentNullProvider(ctxt, property, content));
    }

    /**
     * Reads the content value at the parser's current token: JSON {@code null} and values that
     * deserialize to {@code null} go through the null policy, then through the type's own rule.
     *
     * @param where the key named in an {@link InvalidNullException}, or null in an array
     * @return the value, or {@link #SKIPPED}
     */
    final Object readContent(JsonParser p, DeserializationContext ctxt, String where)
            throws IOException {
        Object value = null;
        if (!p.hasToken(JsonToken.VALUE_NULL)) {
            value =
                    contentTypeDeserializer == null
                            ? contentDeserializer.deserialize(p, ctxt)
                            : contentDeserializer.deserializeWithType(
                                    p, ctxt, contentTypeDeserializer);
        }
        if (value == null) {
            if (_skipNullValues) {
                return SKIPPED;
            }
            value = _nullProvider.getNullValue(ctxt);
            if (value == null && !kind.nullsAllowed()) {
                throw nullRefused(ctxt, where, getContentType());
            }
        }
        return value;
    }

    /** The exception for a {@code null} the type refuses, at the key {@code where} (or null). */
    static InvalidNullException nullRefused(
            DeserializationContext ctxt, String where, JavaType type) {
        return InvalidNullException.from(
                ctxt, where == null ? null : PropertyName.construct(where), type);
    }

    /**
     * {@code e}, raised while reading the content at {@code where}, with {@code where} prepended to
     * its JSON path; wrapped in a {@link JsonMappingException} unless it is one, or an I/O or parse
     * exception (passed on as it is, as Jackson's containers do), or an unchecked exception while
     * {@link DeserializationFeature#WRAP_EXCEPTIONS} is off.
     */
    static IOException withPath(
            DeserializationContext ctxt, Exception e, JsonMappingException.Reference where) {
        if (!ctxt.isEnabled(DeserializationFeature.WRAP_EXCEPTIONS)) {
            ClassUtil.throwIfRTE(e);
        }
        if (e instanceof IOException io && !(e instanceof JsonMappingException)) {
            return io;
        }
        return JsonMappingException.wrapWithPath(e, where);
    }

    @Override
    public final JsonDeserializer<Object> getContentDeserializer() {
        return contentDeserializer;
    }

    @Override
    public final ValueInstantiator getValueInstantiator() {
        return null;
    }

    /** Read values are immutable, or replaced as a whole: Jackson cannot merge into them. */
    @Override
    public final Boolean supportsUpdate(DeserializationConfig config) {
        return Boolean.FALSE;
    }

    @Override
    public final Object getEmptyValue(DeserializationContext ctxt) {
        return kind.empty();
    }

    /** Only the context-free instance is shared, as Jackson's own containers do. */
    @Override
    public boolean isCachable() {
        return contentDeserializer == null && contentTypeDeserializer == null;
    }
}
