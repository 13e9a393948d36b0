package io.holstein.map;

import java.util.Map;
import java.util.Objects;

/**
 * A mapping of a {@link CowHashMap}, as its entry set's iterators, spliterators and {@code forEach}
 * hand it out.
 *
 * <p>It holds its map and its key, never an array: {@link #getValue()} and {@link #setValue} find
 * the key in the map's current storage (first in the slot where it was found, then by a lookup), so
 * after the map is forked, a {@code setValue} writes the map the entry came from, which copies
 * shared storage first, and never the fork. Once the key has left the map the entry keeps the value
 * it last read or wrote.
 */
final class CowHashEntry<K, V> implements Map.Entry<K, V> {

    private final CowHashTable<K, V> map;

    /** The stored key (null replaced by the map's stand-in). */
    private final Object key;

    /** The slot where the key was found: tried first, then a full lookup. */
    private final int slot;

    /** The value last read or written, kept for when the key has left the map. */
    private Object value;

    CowHashEntry(CowHashTable<K, V> map, Object key, int slot, Object value) {
        this.map = map;
        this.key = key;
        this.slot = slot;
        this.value = value;
    }

    @Override
    public K getKey() {
        return CowHashTable.unmask(key);
    }

    @Override
    @SuppressWarnings("unchecked")
    public V getValue() {
        Object v = map.currentValue(slot, key);
        if (v != Sentinel.NOT_FOUND) {
            value = v;
        }
        return (V) value;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V setValue(V v) {
        Object old = map.replaceCurrent(slot, key, v);
        if (old == Sentinel.NOT_FOUND) {
            old = value;
        }
        value = v;
        return (V) old;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Map.Entry<?, ?> e
                && Objects.equals(getKey(), e.getKey())
                && Objects.equals(getValue(), e.getValue());
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(getKey()) ^ Objects.hashCode(getValue());
    }

    @Override
    public String toString() {
        return getKey() + "=" + getValue();
    }
}
