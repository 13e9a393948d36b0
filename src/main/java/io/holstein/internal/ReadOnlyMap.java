package io.holstein.internal;

import java.util.AbstractMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The base of Holstein's immutable maps: every {@link Map} mutator is {@code final}, {@link
 * Deprecated} so that a compiler or IDE warns its caller, and guaranteed to throw {@link
 * UnsupportedOperationException} and leave the map unmodified, whatever its arguments (even a
 * {@code computeIfAbsent} of a present key), as Guava's immutable maps do.
 *
 * <p>Not API: this package is not exported.
 *
 * @param <K> the type of keys
 * @param <V> the type of values
 */
public abstract class ReadOnlyMap<K, V> extends AbstractMap<K, V> {

    /** For subclasses. */
    protected ReadOnlyMap() {}

    /**
     * Guaranteed to throw an exception and leave the map unmodified.
     *
     * @param key ignored
     * @param value ignored
     * @return never
     * @throws UnsupportedOperationException always
     * @deprecated Unsupported operation.
     */
    @Deprecated
    @Override
    public final V put(K key, V value) {
        throw ReadOnlyCollection.refused();
    }

    /**
     * Guaranteed to throw an exception and leave the map unmodified.
     *
     * @param key ignored
     * @return never
     * @throws UnsupportedOperationException always
     * @deprecated Unsupported operation.
     */
    @Deprecated
    @Override
    public final V remove(Object key) {
        throw ReadOnlyCollection.refused();
    }

    /**
     * Guaranteed to throw an exception and leave the map unmodified.
     *
     * @param map ignored
     * @throws UnsupportedOperationException always
     * @deprecated Unsupported operation.
     */
    @Deprecated
    @Override
    public final void putAll(Map<? extends K, ? extends V> map) {
        throw ReadOnlyCollection.refused();
    }

    /**
     * Guaranteed to throw an exception and leave the map unmodified.
     *
     * @throws UnsupportedOperationException always
     * @deprecated Unsupported operation.
     */
    @Deprecated
    @Override
    public final void clear() {
        throw ReadOnlyCollection.refused();
    }

    /**
     * Guaranteed to throw an exception and leave the map unmodified.
     *
     * @param key ignored
     * @param value ignored
     * @return never
     * @throws UnsupportedOperationException always
     * @deprecated Unsupported operation.
     */
    @Deprecated
    @Override
    public final V putIfAbsent(K key, V value) {
        throw ReadOnlyCollection.refused();
    }

    /**
     * Guaranteed to throw an exception and leave the map unmodified.
     *
     * @param key ignored
     * @param value ignored
     * @return never
     * @throws UnsupportedOperationException always
     * @deprecated Unsupported operation.
     */
    @Deprecated
    @Override
    public final boolean remove(Object key, Object value) {
        throw ReadOnlyCollection.refused();
    }

    /**
     * Guaranteed to throw an exception and leave the map unmodified.
     *
     * @param key ignored
     * @param oldValue ignored
     * @param newValue ignored
     * @return never
     * @throws UnsupportedOperationException always
     * @deprecated Unsupported operation.
     */
    @Deprecated
    @Override
    public final boolean replace(K key, V oldValue, V newValue) {
        throw ReadOnlyCollection.refused();
    }

    /**
     * Guaranteed to throw an exception and leave the map unmodified.
     *
     * @param key ignored
     * @param value ignored
     * @return never
     * @throws UnsupportedOperationException always
     * @deprecated Unsupported operation.
     */
    @Deprecated
    @Override
    public final V replace(K key, V value) {
        throw ReadOnlyCollection.refused();
    }

    /**
     * Guaranteed to throw an exception and leave the map unmodified.
     *
     * @param function ignored
     * @throws UnsupportedOperationException always
     * @deprecated Unsupported operation.
     */
    @Deprecated
    @Override
    public final void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        throw ReadOnlyCollection.refused();
    }

    /**
     * Guaranteed to throw an exception and leave the map unmodified.
     *
     * @param key ignored
     * @param mappingFunction ignored
     * @return never
     * @throws UnsupportedOperationException always
     * @deprecated Unsupported operation.
     */
    @Deprecated
    @Override
    public final V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
        throw ReadOnlyCollection.refused();
    }

    /**
     * Guaranteed to throw an exception and leave the map unmodified.
     *
     * @param key ignored
     * @param remappingFunction ignored
     * @return never
     * @throws UnsupportedOperationException always
     * @deprecated Unsupported operation.
     */
    @Deprecated
    @Override
    public final V computeIfPresent(
            K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        throw ReadOnlyCollection.refused();
    }

    /**
     * Guaranteed to throw an exception and leave the map unmodified.
     *
     * @param key ignored
     * @param remappingFunction ignored
     * @return never
     * @throws UnsupportedOperationException always
     * @deprecated Unsupported operation.
     */
    @Deprecated
    @Override
    public final V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        throw ReadOnlyCollection.refused();
    }

    /**
     * Guaranteed to throw an exception and leave the map unmodified.
     *
     * @param key ignored
     * @param value ignored
     * @param remappingFunction ignored
     * @return never
     * @throws UnsupportedOperationException always
     * @deprecated Unsupported operation.
     */
    @Deprecated
    @Override
    public final V merge(
            K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        throw ReadOnlyCollection.refused();
    }
}
