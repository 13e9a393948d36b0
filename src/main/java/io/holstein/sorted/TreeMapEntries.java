package io.holstein.sorted;

import io.holstein.internal.ReadOnlySet;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Objects;
import java.util.Spliterator;

/**
 * The read-only mappings of a {@link PersistentTreeMap}, in key order: O(1) to create, immutable
 * entries. Its spliterator is {@code SORTED} by key, as {@code TreeMap}'s entry set's is.
 */
final class TreeMapEntries<K, V> extends ReadOnlySet<Map.Entry<K, V>> {

    private final PersistentTreeMap<K, V> map;

    TreeMapEntries(PersistentTreeMap<K, V> map) {
        this.map = map;
    }

    @Override
    public Iterator<Entry<K, V>> iterator() {
        return map.iterator(TreeIterator.ENTRIES);
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Spliterator<Entry<K, V>> spliterator() {
        Comparator<? super K> keys = map.comparator();
        Comparator<Entry<K, V>> byKey =
                keys == null
                        ? (Comparator) Map.Entry.comparingByKey()
                        : Map.Entry.comparingByKey(keys);
        return map.spliterator(
                TreeIterator.ENTRIES,
                Spliterator.SORTED | Spliterator.DISTINCT | Spliterator.NONNULL,
                byKey);
    }

    @Override
    public int size() {
        return map.size();
    }

    @Override
    public boolean contains(Object o) {
        if (!(o instanceof Entry<?, ?> e)) {
            return false;
        }
        Object key = e.getKey();
        BTree.checkQuery(map.order(), key);
        Object v = BTree.find(map.root(), key, map.order());
        return v != BTree.NOT_FOUND && Objects.equals(v, e.getValue());
    }
}
