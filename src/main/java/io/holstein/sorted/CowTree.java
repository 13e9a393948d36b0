package io.holstein.sorted;

import io.holstein.internal.KeyRange;
import io.holstein.internal.SerialArrays;
import io.holstein.internal.SerialProxy;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.util.Comparator;
import java.util.ConcurrentModificationException;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;

/**
 * What {@link CowTreeMap} and {@link CowTreeSet} share: a B+-tree written through an unbuffered
 * {@link TreeWriter}, its modification counts, and the reads and writes their views make over a
 * {@link KeyRange} of it. See {@link CowTreeMap}'s implementation notes for the sharing protocol.
 *
 * <p>Everything derived from a tree (views, iterators, spliterators, entries) holds this object and
 * reads its current root at every step, never a node kept from an earlier step unless {@link
 * #epoch} says that the tree has not been written since.
 *
 * @param <K> the type of keys
 */
abstract class CowTree<K> {

    /** The tree; replaced only by deserialization. */
    TreeWriter writer;

    /** The tree's order; null for natural order. */
    Comparator<Object> order;

    /**
     * Structural modifications, as {@code TreeMap} counts them: a key added or removed, a clear.
     * Fail-fast iterators compare it.
     */
    int modCount;

    /**
     * Writes of any kind, a value replaced included: every write may move this tree to copies of
     * its nodes, so a reader that keeps nodes across steps (an iterator's path) starts again from
     * the root when this changed. A {@code long}, so that it never returns to a value a reader
     * kept.
     */
    long epoch;

    /** A tree of {@code writer}, in {@code order}. */
    CowTree(Comparator<Object> order, TreeWriter writer) {
        this.order = order;
        this.writer = writer;
    }

    /**
     * For deserialization only (the constructor without arguments of the first non-serializable
     * superclass): the subclass's {@code readObject} then sets the tree with {@link #readEntries}.
     */
    CowTree() {}

    /** The writer over an empty tree, for a map if {@code valued}, else for a set. */
    static TreeWriter emptyWriter(Comparator<Object> order, boolean valued) {
        return new TreeWriter(order, valued, emptyRoot(valued), 0, false);
    }

    /**
     * The writer over a persistent version's tree: shared, since its root is frozen. A version that
     * reads its tree backwards is loaded afresh in its own order, which is then ascending.
     */
    static TreeWriter persistentWriter(
            Comparator<Object> order, boolean valued, TreeNode root, int size) {
        return new TreeWriter(order, valued, root, size, false);
    }

    static TreeNode emptyRoot(boolean valued) {
        return valued ? TreeLeaf.EMPTY_MAP : TreeLeaf.EMPTY_SET;
    }

    /** Whether entries have values: a map's tree. */
    abstract boolean valued();

    final TreeNode root() {
        return writer.root();
    }

    final int treeSize() {
        return writer.size();
    }

    // ------------------------------------------------------------------ reads

    /** The value of {@code key}, or {@link BTree#NOT_FOUND}. O(log n). */
    final Object lookup(Object key) {
        BTree.checkQuery(order, key);
        return BTree.find(root(), key, order);
    }

    /**
     * The entry in {@code relation} to {@code key} in the tree's order, or null. O(log n). As in
     * {@code TreeMap}, an empty tree compares nothing, so it accepts any key.
     */
    final Map.Entry<Object, Object> navigate(Object key, int relation) {
        // The search itself checks the key (null or not Comparable in natural order) and answers
        // an empty tree without looking at it.
        return BTree.navigate(root(), key, order, relation);
    }

    /** The rank of {@code key}, or {@code -(insertion point) - 1}. O(log n). */
    final int rank(Object key) {
        BTree.checkQuery(order, key);
        return BTree.rank(root(), key, order);
    }

    /** The entry of rank {@code index} in the tree's order. O(log n). */
    final Map.Entry<Object, Object> entryOfRank(int index) {
        return BTree.entryAt(root(), index);
    }

    /** Whether {@code key} lies in {@code range} and is present. O(log n). */
    final boolean containsKey(KeyRange range, Object key) {
        if (!range.isAll()) {
            BTree.checkQuery(order, key);
            if (!range.contains(order, key)) {
                return false;
            }
        }
        return lookup(key) != BTree.NOT_FOUND;
    }

    /** The first entry of {@code range} in its view's order, or null. O(log n). */
    final Map.Entry<Object, Object> first(KeyRange range) {
        return range.descending() ? highest(range) : lowest(range);
    }

    /** The last entry of {@code range} in its view's order, or null. O(log n). */
    final Map.Entry<Object, Object> last(KeyRange range) {
        return range.descending() ? lowest(range) : highest(range);
    }

    /** The entry of {@code range} at its low end in the tree's order, or null. */
    private Map.Entry<Object, Object> lowest(KeyRange range) {
        Map.Entry<Object, Object> e =
                !range.hasLo()
                        ? BTree.first(root())
                        : BTree.navigate(
                                root(),
                                range.lo(),
                                order,
                                range.loInclusive() ? BTree.CEILING : BTree.HIGHER);
        return e == null || range.tooHigh(order, e.getKey()) ? null : e;
    }

    /** The entry of {@code range} at its high end in the tree's order, or null. */
    private Map.Entry<Object, Object> highest(KeyRange range) {
        Map.Entry<Object, Object> e =
                !range.hasHi()
                        ? BTree.last(root())
                        : BTree.navigate(
                                root(),
                                range.hi(),
                                order,
                                range.hiInclusive() ? BTree.FLOOR : BTree.LOWER);
        return e == null || range.tooLow(order, e.getKey()) ? null : e;
    }

    /**
     * The entry of {@code range} in {@code relation} to {@code key}, the relation read in the
     * view's order ({@code lower} of a descending view is {@code higher} in the tree), or null. A
     * key outside the range still navigates, as in {@code TreeMap}'s views. O(log n).
     */
    final Map.Entry<Object, Object> navigate(KeyRange range, Object key, int relation) {
        int r = range.descending() ? BTree.mirror(relation) : relation;
        if (range.isAll()) {
            return navigate(key, r);
        }
        // As TreeMap's views: the key is checked by the comparisons with the bounds and the search.
        if (r >= BTree.CEILING) {
            if (range.tooLow(order, key)) {
                return lowest(range);
            }
            Map.Entry<Object, Object> e = navigate(key, r);
            return e == null || range.tooHigh(order, e.getKey()) ? null : e;
        }
        if (range.tooHigh(order, key)) {
            return highest(range);
        }
        Map.Entry<Object, Object> e = navigate(key, r);
        return e == null || range.tooLow(order, e.getKey()) ? null : e;
    }

    /** The first rank of {@code range} in the tree's order. O(log n). */
    final int loRank(KeyRange range) {
        if (!range.hasLo()) {
            return 0;
        }
        int r = BTree.rank(root(), range.lo(), order);
        return r >= 0 ? (range.loInclusive() ? r : r + 1) : -r - 1;
    }

    /** The rank after the last of {@code range} in the tree's order. O(log n). */
    final int hiRank(KeyRange range) {
        if (!range.hasHi()) {
            return treeSize();
        }
        int r = BTree.rank(root(), range.hi(), order);
        return r >= 0 ? (range.hiInclusive() ? r + 1 : r) : -r - 1;
    }

    /** Whether {@code range} holds no key. O(1) for the whole tree, else O(log n). */
    final boolean isEmpty(KeyRange range) {
        return range.isAll() ? treeSize() == 0 : first(range) == null;
    }

    /** The number of keys in {@code range}. O(1) for the whole tree, else O(log n). */
    final int size(KeyRange range) {
        return range.isAll() ? treeSize() : Math.max(0, hiRank(range) - loRank(range));
    }

    static Object keyOrThrow(Map.Entry<Object, Object> e) {
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e.getKey();
    }

    static Object keyOrNull(Map.Entry<Object, Object> e) {
        return e == null ? null : e.getKey();
    }

    // ------------------------------------------------------------------ writes

    /**
     * Puts {@code key} with {@code value} ({@link TreeEdit#NO_VALUE} for a set, which keeps a
     * present key); returns the previous value or {@link BTree#NOT_FOUND}. A new key is a
     * structural modification. O(log n).
     *
     * @throws IllegalStateException if the key is new and the tree holds {@link Integer#MAX_VALUE}
     *     keys
     */
    final Object putEntry(Object key, Object value) {
        BTree.checkQuery(order, key);
        if (treeSize() == Integer.MAX_VALUE && BTree.find(root(), key, order) == BTree.NOT_FOUND) {
            throw new IllegalStateException("size would pass Integer.MAX_VALUE: " + key);
        }
        epoch++;
        Object old = writer.put(key, value);
        if (old == BTree.NOT_FOUND) {
            modCount++;
        }
        return old;
    }

    /** Removes {@code key}; returns its value or {@link BTree#NOT_FOUND}. O(log n). */
    final Object removeEntry(Object key) {
        BTree.checkQuery(order, key);
        Object old = writer.remove(key);
        if (old != BTree.NOT_FOUND) {
            epoch++;
            modCount++;
        }
        return old;
    }

    /** Removes every key, letting the tree go: O(1), whether shared or not. */
    final void clearTree() {
        modCount++;
        epoch++;
        writer.reset(emptyRoot(valued()), 0);
    }

    /** Removes every key of {@code range}, through a fail-fast iterator. O(k log n) for k keys. */
    final void clear(KeyRange range) {
        if (range.isAll()) {
            clearTree();
            return;
        }
        CowTreeIterator<Object> it = iterator(range, TreeIterator.KEYS);
        while (it.hasNext()) {
            it.next();
            it.remove();
        }
    }

    /** Removes and returns the first ({@code first}) or last entry of {@code range}, or null. */
    final Map.Entry<Object, Object> poll(KeyRange range, boolean first) {
        Map.Entry<Object, Object> e = first ? first(range) : last(range);
        if (e != null) {
            removeEntry(e.getKey());
        }
        return e;
    }

    /**
     * Replaces this tree by the entries of a sorted collection in its iteration order, {@code keys}
     * and {@code values} (null for a set), loaded in O(n) if they are strictly ascending in this
     * tree's order; otherwise returns false and changes nothing. For an empty tree only.
     */
    final boolean loadAscending(Object[] keys, Object[] values, int n) {
        if (n == 0) {
            return true;
        }
        BTree.compare(order, keys[0], keys[0]);
        for (int i = 1; i < n; i++) {
            if (BTree.compare(order, keys[i - 1], keys[i]) >= 0) {
                return false;
            }
        }
        modCount++;
        epoch++;
        writer.reset(BTree.load(keys, values, n), n);
        return true;
    }

    /**
     * Takes over {@code other}'s tree, shared as {@link #forkWriter()} shares it, in place of this
     * empty tree. O(1).
     */
    final void share(CowTree<?> other) {
        TreeNode shared = other.root();
        shared.retain();
        modCount++;
        epoch++;
        writer.reset(shared, other.treeSize());
    }

    /** A writer over this tree, which both then share: the root counted once more. O(1). */
    final TreeWriter forkWriter() {
        return writer.fork();
    }

    /** Whether the next write copies the root first. O(1). */
    final boolean shared() {
        return writer.isShared();
    }

    /** Freezes the root for a persistent version over this tree; the next write copies it. O(1). */
    final TreeNode freeze() {
        return writer.freeze();
    }

    // ------------------------------------------------------------------ iteration

    /** A fail-fast iterator over the keys of {@code range}, in its view's order. */
    final <T> CowTreeIterator<T> iterator(KeyRange range, int kind) {
        int lo = range.isAll() ? 0 : loRank(range);
        int hi = range.isAll() ? treeSize() : Math.max(lo, hiRank(range));
        return new CowTreeIterator<>(this, kind, range.descending(), lo, hi, modCount);
    }

    /**
     * A late-binding, fail-fast spliterator over {@code range}; {@code SORTED} with {@code
     * comparator} when read ascending and {@code sorted}.
     */
    final <T> Spliterator<T> spliterator(
            KeyRange range, int kind, boolean sorted, Comparator<? super T> comparator) {
        return new CowTreeSpliterator<>(this, range, kind, sorted, comparator);
    }

    /**
     * Throws {@link ConcurrentModificationException} unless the tree's structural modifications
     * still number {@code expected}.
     */
    final void checkModCount(int expected) {
        if (modCount != expected) {
            throw new ConcurrentModificationException();
        }
    }

    // ------------------------------------------------------------------ serialization

    /**
     * Writes the contents of a persistent version of this tree, as {@link SerialProxy} writes a
     * {@link PersistentTreeMap}'s or {@link PersistentTreeSet}'s: the comparator, then the entries
     * in the {@link SerialArrays} layout, keys and values for a map. The entries are taken from the
     * tree before any of them is written, so that no key's or value's own serialization can write
     * into what is being written. O(n).
     */
    final void writeContents(ObjectOutputStream out) throws IOException {
        boolean pairs = valued();
        Object[] items = BTree.items(root(), treeSize(), pairs);
        out.writeObject(order);
        SerialArrays.write(out, items, pairs ? 2 : 1);
    }

    /**
     * Installs the tree of a persistent version read from a stream ({@link
     * SerialProxy#readContents}), which this tree then shares as it shares a version it was made
     * from. O(1).
     */
    final void readTree(Comparator<Object> order, TreeNode root, int size) {
        this.order = order;
        this.writer = new TreeWriter(order, valued(), root, size, false);
    }

    /** Checks the tree's invariants ({@link BTree#checkInvariants}). */
    final void checkTree() {
        BTree.checkInvariants(root(), treeSize(), order, valued(), false);
    }
}
