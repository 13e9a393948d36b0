package io.holstein.internal;

import java.util.Map;

/**
 * The base of Holstein's immutable sorted maps: the refused mutators of {@link ReadOnlyMap} and
 * those {@link java.util.NavigableMap} and the JDK 21 sequenced maps add ({@code pollFirstEntry},
 * {@code pollLastEntry}, {@code putFirst}, {@code putLast}; the sequenced ones are plain methods
 * here, so that they compile for Java 17 and override the interface defaults on Java 21 and later).
 *
 * <p>Not API: this package is not exported.
 *
 * @param <K> the type of keys
 * @param <V> the type of values
 */
public abstract class ReadOnlySortedMap<K, V> extends ReadOnlyMap<K, V> {

    /** For subclasses. */
    protected ReadOnlySortedMap() {}

    /**
     * Guaranteed to throw an exception and leave the map unmodified.
     *
     * @return never
     * @throws UnsupportedOperationException always
     * @deprecated Unsupported operation.
     */
    @Deprecated
    public final Map.Entry<K, V> pollFirstEntry() {
        throw ReadOnlyCollection.refused();
    }

    /**
     * Guaranteed to throw an exception and leave the map unmodified.
     *
     * @return never
     * @throws UnsupportedOperationException always
     * @deprecated Unsupported operation.
     */
    @Deprecated
    public final Map.Entry<K, V> pollLastEntry() {
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
    public final V putFirst(K key, V value) {
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
    public final V putLast(K key, V value) {
        throw ReadOnlyCollection.refused();
    }
}
