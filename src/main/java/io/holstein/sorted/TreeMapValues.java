package io.holstein.sorted;

import io.holstein.internal.ReadOnlyCollection;
import java.util.Iterator;
import java.util.Spliterator;

/** The read-only values of a {@link PersistentTreeMap}, in key order: O(1) to create. */
final class TreeMapValues<V> extends ReadOnlyCollection<V> {

    private final PersistentTreeMap<?, V> map;

    TreeMapValues(PersistentTreeMap<?, V> map) {
        this.map = map;
    }

    @Override
    public Iterator<V> iterator() {
        return map.iterator(TreeIterator.VALUES);
    }

    @Override
    public Spliterator<V> spliterator() {
        return map.spliterator(TreeIterator.VALUES, 0, null);
    }

    @Override
    public int size() {
        return map.size();
    }

    @Override
    public boolean contains(Object o) {
        return map.containsValue(o);
    }
}
