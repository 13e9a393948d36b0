package io.holstein.sorted;

import io.holstein.internal.KeyRange;
import java.util.AbstractSet;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Objects;
import java.util.Spliterator;

/**
 * A live view of the mappings of a {@link KeyRange} of a {@link CowTreeMap}, in the range's
 * direction, whose entries read and write their key's current mapping ({@link CowTreeEntry}).
 *
 * @param <K> the type of keys
 * @param <V> the type of values
 */
final class CowTreeEntrySet<K, V> extends AbstractSet<Map.Entry<K, V>> {

    private final CowTree<K> tree;

    private final KeyRange range;

    CowTreeEntrySet(CowTree<K> tree, KeyRange range) {
        this.tree = tree;
        this.range = range;
    }

    @Override
    public Iterator<Entry<K, V>> iterator() {
        return tree.iterator(range, TreeIterator.ENTRIES);
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Spliterator<Entry<K, V>> spliterator() {
        Comparator<? super K> keys = (Comparator<? super K>) tree.order;
        Comparator<Entry<K, V>> byKey =
                keys == null
                        ? (Comparator) Map.Entry.comparingByKey()
                        : Map.Entry.comparingByKey(keys);
        return tree.spliterator(range, TreeIterator.ENTRIES, true, byKey);
    }

    @Override
    public int size() {
        return tree.size(range);
    }

    @Override
    public boolean isEmpty() {
        return tree.isEmpty(range);
    }

    @Override
    public boolean contains(Object o) {
        if (!(o instanceof Entry<?, ?> e) || !inRange(e.getKey())) {
            return false;
        }
        Object v = tree.lookup(e.getKey());
        return v != BTree.NOT_FOUND && Objects.equals(v, e.getValue());
    }

    /** Removes the mapping of {@code o}'s key if it maps to {@code o}'s value. */
    @Override
    public boolean remove(Object o) {
        if (!contains(o)) {
            return false;
        }
        tree.removeEntry(((Entry<?, ?>) o).getKey());
        return true;
    }

    private boolean inRange(Object key) {
        if (range.isAll()) {
            return true;
        }
        BTree.checkQuery(tree.order, key);
        return range.contains(tree.order, key);
    }

    @Override
    public void clear() {
        tree.clear(range);
    }
}
