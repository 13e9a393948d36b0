package io.holstein.sorted;

import io.holstein.internal.KeyRange;
import java.util.AbstractCollection;
import java.util.Iterator;
import java.util.Spliterator;

/**
 * A live view of the values of a {@link KeyRange} of a {@link CowTreeMap}, in key order: {@code
 * remove} removes the first mapping of a value, through a fail-fast iterator, as {@code TreeMap}'s
 * values do.
 *
 * @param <V> the type of values
 */
final class CowTreeValues<V> extends AbstractCollection<V> {

    private final CowTree<?> tree;

    private final KeyRange range;

    CowTreeValues(CowTree<?> tree, KeyRange range) {
        this.tree = tree;
        this.range = range;
    }

    @Override
    public Iterator<V> iterator() {
        return tree.iterator(range, TreeIterator.VALUES);
    }

    @Override
    public Spliterator<V> spliterator() {
        return tree.spliterator(range, TreeIterator.VALUES, false, null);
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
    public void clear() {
        tree.clear(range);
    }
}
