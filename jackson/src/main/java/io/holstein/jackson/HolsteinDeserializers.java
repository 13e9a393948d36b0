package io.holstein.jackson;

import java.util.function.Function;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.Deserializers;
import tools.jackson.databind.deser.KeyDeserializers;
import tools.jackson.databind.jsontype.TypeDeserializer;
import tools.jackson.databind.type.CollectionType;
import tools.jackson.databind.type.MapType;

/**
 * Finds the deserializer of every type in {@link HolsteinTypes}, for the full generic type asked
 * for (so {@code PersistentVector<PersistentHashMap<String, Instant>>} reads its elements, keys and
 * values as what they are). O(1) per lookup; Jackson caches the results.
 */
final class HolsteinDeserializers extends Deserializers.Base implements KeyDeserializers {

    @Override
    public ValueDeserializer<?> findCollectionDeserializer(
            CollectionType type,
            DeserializationConfig config,
            BeanDescription.Supplier beanDescRef,
            TypeDeserializer elementTypeDeserializer,
            ValueDeserializer<?> elementDeserializer) {
        CollectionKind<?> kind = HolsteinTypes.COLLECTIONS.get(type.getRawClass());
        return kind == null
                ? null
                : new BuilderCollectionDeserializer(
                        type, kind, elementDeserializer, elementTypeDeserializer);
    }

    @Override
    public ValueDeserializer<?> findMapDeserializer(
            MapType type,
            DeserializationConfig config,
            BeanDescription.Supplier beanDescRef,
            KeyDeserializer keyDeserializer,
            TypeDeserializer elementTypeDeserializer,
            ValueDeserializer<?> elementDeserializer) {
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
    public ValueDeserializer<?> findBeanDeserializer(
            JavaType type, DeserializationConfig config, BeanDescription.Supplier beanDescRef) {
        Function<String, ?> fromString = HolsteinTypes.TEXTS.get(type.getRawClass());
        return fromString == null ? null : new TextDeserializer(type.getRawClass(), fromString);
    }

    @Override
    public KeyDeserializer findKeyDeserializer(
            JavaType type, DeserializationConfig config, BeanDescription.Supplier beanDescRef) {
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
