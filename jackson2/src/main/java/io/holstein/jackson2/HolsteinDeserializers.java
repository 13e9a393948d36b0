package io.holstein.jackson2;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.KeyDeserializers;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.type.MapType;
import java.util.function.Function;

/**
 * Finds the deserializer of every type in {@link HolsteinTypes}, for the full generic type asked
 * for (so {@code PersistentVector<PersistentHashMap<String, Instant>>} reads its elements, keys and
 * values as what they are). O(1) per lookup; Jackson caches the results.
 */
final class HolsteinDeserializers extends Deserializers.Base implements KeyDeserializers {

    @Override
    public JsonDeserializer<?> findCollectionDeserializer(
            CollectionType type,
            DeserializationConfig config,
            BeanDescription beanDesc,
            TypeDeserializer elementTypeDeserializer,
            JsonDeserializer<?> elementDeserializer) {
        CollectionKind<?> kind = HolsteinTypes.COLLECTIONS.get(type.getRawClass());
        return kind == null
                ? null
                : new BuilderCollectionDeserializer(
                        type, kind, elementDeserializer, elementTypeDeserializer);
    }

    @Override
    public JsonDeserializer<?> findMapDeserializer(
            MapType type,
            DeserializationConfig config,
            BeanDescription beanDesc,
            KeyDeserializer keyDeserializer,
            TypeDeserializer elementTypeDeserializer,
            JsonDeserializer<?> elementDeserializer) {
        MapKind<?> kind = HolsteinTypes.MAPS.get(type.getRawClass());
        return kind == null
                ? null
                : new BuilderMapDeserializer(
                        type,
                        kind,
                        keyDeserializer,
                        elementDeserializer,
                        elementTypeDeserializer,
                        null);
    }

    @Override
    public JsonDeserializer<?> findBeanDeserializer(
            JavaType type, DeserializationConfig config, BeanDescription beanDesc) {
        Function<String, ?> fromString = HolsteinTypes.TEXTS.get(type.getRawClass());
        return fromString == null ? null : new TextDeserializer(type.getRawClass(), fromString);
    }

    @Override
    public KeyDeserializer findKeyDeserializer(
            JavaType type, DeserializationConfig config, BeanDescription beanDesc) {
        Function<String, ?> fromString = HolsteinTypes.TEXTS.get(type.getRawClass());
        return fromString == null ? null : new TextKeyDeserializer(fromString);
    }

    @Override
    public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
        return HolsteinTypes.COLLECTIONS.containsKey(valueType)
                || HolsteinTypes.MAPS.containsKey(valueType)
                || HolsteinTypes.TEXTS.containsKey(valueType);
    }
}
