package io.holstein.jackson;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.PropertyName;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.NullValueProvider;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.std.ContainerDeserializerBase;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.jsontype.TypeDeserializer;
import tools.jackson.databind.util.ClassUtil;

/**
 * What the array and object readers share: the content deserializer and its contextual resolution
 * (property annotations, content converters, polymorphic content), Jackson's content null policy
 * ({@code @JsonSetter(contentNulls = ...)}), the type's own refusal of {@code null}, and the JSON
 * path added to every exception raised inside a container, as Jackson's own collection and map
 * deserializers do.
 */
abstract class BuilderDeserializer<K extends BuilderKind<?>>
        extends ContainerDeserializerBase<Object> {

    /** What {@link #readContent} returns for a {@code null} that the null policy skips. */
    static final Object SKIPPED = new Object();

    /** The type read, with its builder. */
    final K kind;

    /** Null until {@link #createContextual} resolves it. */
    final ValueDeserializer<Object> contentDeserializer;

    /** Null unless the content is polymorphic. */
    final TypeDeserializer contentTypeDeserializer;

    BuilderDeserializer(
            JavaType type,
            K kind,
            ValueDeserializer<Object> contentDeserializer,
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
            ValueDeserializer<?> content,
            TypeDeserializer contentType,
            NullValueProvider nulls);

    @Override
    public final ValueDeserializer<?> createContextual(
            DeserializationContext ctxt, BeanProperty property) {
        JavaType contentType = getContentType();
        ValueDeserializer<?> content =
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
    final Object readContent(JsonParser p, DeserializationContext ctxt, String where) {
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
     * its JSON path; wrapped in a {@link DatabindException} unless it is a Jackson exception, or an
     * unchecked exception while {@link DeserializationFeature#WRAP_EXCEPTIONS} is off.
     */
    static JacksonException withPath(
            DeserializationContext ctxt, Exception e, JacksonException.Reference where) {
        if (!ctxt.isEnabled(DeserializationFeature.WRAP_EXCEPTIONS)) {
            ClassUtil.throwIfRTE(e);
        }
        return DatabindException.wrapWithPath(ctxt, e, where);
    }

    @Override
    public final ValueDeserializer<Object> getContentDeserializer() {
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
