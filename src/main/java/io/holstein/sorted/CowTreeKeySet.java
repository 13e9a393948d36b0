package io.holstein.sorted;

import io.holstein.internal.KeyRange;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.AbstractSet;
import java.util.Comparator;
import java.util.Iterator;
import java.util.NavigableSet;
import java.util.SortedSet;
import java.util.Spliterator;

/**
 * A live view of the keys of a {@link KeyRange} of a {@link CowTreeMap} or {@link CowTreeSet}, in
 * the range's direction: the key sets of a map and its range views, and the range and descending
 * views of a set. Reads go to the tree's current root; removals remove from the tree; additions are
 * refused for a map's keys and, for a set, put keys in range and refuse others with {@link
 * IllegalArgumentException}, as {@code TreeSet}'s views do. Serializable with its tree and range,
 * as {@code TreeSet}'s range views are.
 *
 * @param <E> the type of keys
 */
final class CowTreeKeySet<E> extends AbstractSet<E> implements NavigableSet<E>, Serializable {

    @Serial private static final long serialVersionUID = 1L;

    /** The map or set viewed: a {@link CowTreeMap} or a {@link CowTreeSet}, both serializable. */
    @SuppressWarnings("serial")
    private final CowTree<E> tree;

    private final KeyRange range;

    CowTreeKeySet(CowTree<E> tree, KeyRange range) {
        this.tree = tree;
        this.range = range;
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
        return tree.containsKey(range, o);
    }

    /** Adds {@code e} to a set's view if it lies in range; a map's key set refuses additions. */
    @Override
    public boolean add(E e) {
        if (tree.valued()) {
            throw new UnsupportedOperationException("a map's key set refuses additions");
        }
        if (!range.isAll()) {
            BTree.checkQuery(tree.order, e);
            range.requireContains(tree.order, e);
        }
        return tree.putEntry(e, TreeEdit.NO_VALUE) == BTree.NOT_FOUND;
    }

    @Override
    public boolean remove(Object o) {
        if (!range.isAll()) {
            BTree.checkQuery(tree.order, o);
            if (!range.contains(tree.order, o)) {
                return false;
            }
        }
        return tree.removeEntry(o) != BTree.NOT_FOUND;
    }

    @Override
    public void clear() {
        tree.clear(range);
    }

    @Override
    public Iterator<E> iterator() {
        return tree.iterator(range, TreeIterator.KEYS);
    }

    @Override
    public Iterator<E> descendingIterator() {
        return tree.iterator(range.reversed(), TreeIterator.KEYS);
    }

    @Override
    public Spliterator<E> spliterator() {
        return tree.spliterator(range, TreeIterator.KEYS, true, comparator());
    }

    @Override
    @SuppressWarnings("unchecked")
    public Comparator<? super E> comparator() {
        return (Comparator<? super E>) range.viewOrder(tree.order);
    }

    @Override
    @SuppressWarnings("unchecked")
    public E first() {
        return (E) CowTree.keyOrThrow(tree.first(range));
    }

    @Override
    @SuppressWarnings("unchecked")
    public E last() {
        return (E) CowTree.keyOrThrow(tree.last(range));
    }

    @Override
    @SuppressWarnings("unchecked")
    public E lower(E e) {
        return (E) CowTree.keyOrNull(tree.navigate(range, e, BTree.LOWER));
    }

    @Override
    @SuppressWarnings("unchecked")
    public E floor(E e) {
        return (E) CowTree.keyOrNull(tree.navigate(range, e, BTree.FLOOR));
    }

    @Override
    @SuppressWarnings("unchecked")
    public E ceiling(E e) {
        return (E) CowTree.keyOrNull(tree.navigate(range, e, BTree.CEILING));
    }

    @Override
    @SuppressWarnings("unchecked")
    public E higher(E e) {
        return (E) CowTree.keyOrNull(tree.navigate(range, e, BTree.HIGHER));
    }

    @Override
    @SuppressWarnings("unchecked")
    public E pollFirst() {
        return (E) CowTree.keyOrNull(tree.poll(range, true));
    }

    @Override
    @SuppressWarnings("unchecked")
    public E pollLast() {
        return (E) CowTree.keyOrNull(tree.poll(range, false));
    }

    @Override
    public NavigableSet<E> descendingSet() {
        return new CowTreeKeySet<>(tree, range.reversed());
    }

    @Override
    public NavigableSet<E> subSet(
            E fromElement, boolean fromInclusive, E toElement, boolean toInclusive) {
        return new CowTreeKeySet<>(
                tree, range.sub(tree.order, fromElement, fromInclusive, toElement, toInclusive));
    }

    @Override
    public NavigableSet<E> headSet(E toElement, boolean inclusive) {
        return new CowTreeKeySet<>(tree, range.head(tree.order, toElement, inclusive));
    }

    @Override
    public NavigableSet<E> tailSet(E fromElement, boolean inclusive) {
        return new CowTreeKeySet<>(tree, range.tail(tree.order, fromElement, inclusive));
    }

    @Override
    public SortedSet<E> subSet(E fromElement, E toElement) {
        return subSet(fromElement, true, toElement, false);
    }

    @Override
    public SortedSet<E> headSet(E toElement) {
        return headSet(toElement, false);
    }

    @Override
    public SortedSet<E> tailSet(E fromElement) {
        return tailSet(fromElement, true);
    }

    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        if (tree == null || range == null) {
            throw new InvalidObjectException("a view without its tree or range");
        }
        range.validate(tree.order);
    }
}
