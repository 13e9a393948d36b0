package io.holstein.concurrent;

import java.util.Map;
import java.util.Objects;

/**
 * A mapping handed out by a snapshot map's entry set: it holds the value it was read with, and
 * {@link #setValue} writes through to the live map with {@code put}. The value is {@code null} only
 * if a version broke the map's no-null-value obligation; equality and hash code then follow {@link
 * Map.Entry}'s definition rather than throw.
 */
final class SnapshotEntry<K, V> implements Map.Entry<K, V> {

    private final Map<K, V> map;
    private final K key;
    private V value;

    SnapshotEntry(Map<K, V> map, K key, V value) {
        this.map = map;
        this.key = key;
        this.value = value;
    }

    @Override
    public K getKey() {
        return key;
    }

    @Override
    public V getValue() {
        return value;
    }

    /**
     * Puts {@code value} for this entry's key into the map and into this entry.
     *
     * @return the value this entry held, as {@code ConcurrentHashMap}'s entries return
     * @throws NullPointerException if {@code value} is null
     */
    @Override
    public V setValue(V value) {
        Objects.requireNonNull(value);
        V old = this.value;
        this.value = value;
        map.put(key, value);
        return old;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Map.Entry<?, ?> e
                && key.equals(e.getKey())
                && Objects.equals(value, e.getValue());
    }

    @Override
    public int hashCode() {
        return key.hashCode() ^ Objects.hashCode(value);
    }

    @Override
    public String toString() {
        return key + "=" + value;
    }
}
