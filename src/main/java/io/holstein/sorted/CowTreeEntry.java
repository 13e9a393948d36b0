package io.holstein.sorted;

import java.util.Map;
import java.util.Objects;

/**
 * A mapping handed out by the entry set of a {@link CowTreeMap} or of one of its views: it reads
 * and writes its key's current mapping in the map it came from, as a {@code TreeMap} entry reads
 * and writes its node. Once its key has left the map it keeps the value it last read or wrote, as a
 * {@code TreeMap} entry keeps its detached node's; unlike one, it follows its key again if the key
 * is put back. It holds the map and the key, never a node: after a fork, it reads and writes only
 * its own map.
 *
 * @param <K> the type of keys
 * @param <V> the type of values
 */
final class CowTreeEntry<K, V> implements Map.Entry<K, V> {

    private final CowTree<?> tree;

    private final K key;

    private V value;

    /** The tree's epoch when {@link #value} was last read or written. */
    private long epoch;

    CowTreeEntry(CowTree<?> tree, K key, V value) {
        this.tree = tree;
        this.key = key;
        this.value = value;
        this.epoch = tree.epoch;
    }

    @Override
    public K getKey() {
        return key;
    }

    /** The key's current value; O(1) if the map was not written since, else O(log n). */
    @Override
    @SuppressWarnings("unchecked")
    public V getValue() {
        if (epoch != tree.epoch) {
            Object v = BTree.find(tree.root(), key, tree.order);
            if (v != BTree.NOT_FOUND) {
                value = (V) v;
            }
            epoch = tree.epoch;
        }
        return value;
    }

    /**
     * Replaces the key's value in the map, if the key is present (not a structural modification),
     * and in this entry. O(log n).
     *
     * @return the value replaced
     */
    @Override
    public V setValue(V value) {
        V old = getValue();
        if (BTree.find(tree.root(), key, tree.order) != BTree.NOT_FOUND) {
            tree.putEntry(key, value);
        }
        this.value = value;
        this.epoch = tree.epoch;
        return old;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Map.Entry<?, ?> e
                && Objects.equals(key, e.getKey())
                && Objects.equals(getValue(), e.getValue());
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(key) ^ Objects.hashCode(getValue());
    }

    @Override
    public String toString() {
        return key + "=" + getValue();
    }
}
