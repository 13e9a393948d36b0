package io.holstein.sorted;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A fail-fast iterator over a range of ranks of a {@link CowTree}, ascending or descending, as
 * {@code TreeMap}'s iterators are: a structural modification of the tree other than through this
 * iterator's {@link #remove()} makes {@link #next()} and {@link #remove()} throw {@link
 * java.util.ConcurrentModificationException}.
 *
 * <p>It walks the tree through a {@link TreeIterator}, which keeps the path from the root to its
 * leaf, so a step costs O(1) amortized. That path is only read while the tree has not been written
 * since it was taken ({@link CowTree#epoch}): any write, even one that is not structural (a value
 * replaced), may move the tree to copies of its nodes, after which the old nodes may belong to a
 * fork that writes them in place. After a write the iterator seeks its next rank again from the
 * tree's current root, in O(log n); ranks do not move without a structural modification.
 *
 * @param <T> keys, values or write-through entries ({@link CowTreeEntry}), by kind
 */
final class CowTreeIterator<T> implements Iterator<T> {

    private final CowTree<?> tree;

    private final int kind;

    private final boolean descending;

    /** The rank of the next entry. */
    private int next;

    private int remaining;

    private int expectedModCount;

    /** The path to the next entry, valid while the tree's epoch is {@link #epoch}; or null. */
    private TreeIterator<Object> path;

    private long epoch;

    /** The key last returned, while {@link #remove()} may remove it. */
    private Object last;

    private boolean canRemove;

    /**
     * Iterates ranks {@code [from, to)}, from {@code from} up or from {@code to - 1} down, failing
     * once the tree's structural modifications no longer number {@code expectedModCount}.
     */
    CowTreeIterator(
            CowTree<?> tree, int kind, boolean descending, int from, int to, int expectedModCount) {
        this.tree = tree;
        this.kind = kind;
        this.descending = descending;
        this.next = descending ? to - 1 : from;
        this.remaining = to - from;
        this.expectedModCount = expectedModCount;
    }

    @Override
    public boolean hasNext() {
        return remaining > 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T next() {
        if (remaining <= 0) {
            throw new NoSuchElementException();
        }
        tree.checkModCount(expectedModCount);
        TreeIterator<Object> p = path();
        TreeLeaf leaf = p.leaf();
        int pos = p.pos();
        Object key = leaf.keys[pos];
        Object out =
                kind == TreeIterator.KEYS
                        ? key
                        : kind == TreeIterator.VALUES
                                ? leaf.value(pos)
                                : new CowTreeEntry<>(tree, key, leaf.value(pos));
        p.advance();
        next += descending ? -1 : 1;
        remaining--;
        last = key;
        canRemove = true;
        return (T) out;
    }

    /** The path to the next entry, sought again from the root after any write to the tree. */
    private TreeIterator<Object> path() {
        if (path == null || epoch != tree.epoch) {
            int from = descending ? next - remaining + 1 : next;
            path =
                    new TreeIterator<>(
                            tree.root(), TreeIterator.KEYS, descending, from, from + remaining);
            epoch = tree.epoch;
        }
        return path;
    }

    /**
     * Removes the last key returned from the tree, a structural modification this iterator expects.
     * O(log n).
     *
     * @throws IllegalStateException if {@link #next()} has not returned a key since the last call
     */
    @Override
    public void remove() {
        if (!canRemove) {
            throw new IllegalStateException("no key to remove: next() not called since");
        }
        tree.checkModCount(expectedModCount);
        tree.removeEntry(last);
        expectedModCount = tree.modCount;
        if (!descending) {
            next--;
        }
        canRemove = false;
        last = null;
    }

    /** The number of entries not yet returned. */
    int remaining() {
        return remaining;
    }
}
