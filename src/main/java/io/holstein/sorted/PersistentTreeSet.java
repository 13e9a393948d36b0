package io.holstein.sorted;

import io.holstein.PersistentSortedSet;
import io.holstein.internal.ReadOnlySortedSet;
import io.holstein.internal.SerialProxy;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collector;

/**
 * An immutable sorted set kept in a copy-on-write B+-tree: every "write" ({@link #with}, {@link
 * #without}, {@link #union}, {@link #headSet}, ...) returns a new version that shares all untouched
 * nodes with this one, and every version stays valid and unchanged.
 *
 * <pre>{@code
 * PersistentTreeSet<Integer> odd = PersistentTreeSet.of(1, 3, 5, 7);
 * PersistentTreeSet<Integer> some = odd.with(4).without(7);     // odd is unchanged
 * PersistentTreeSet<Integer> both = some.intersection(odd);     // 1, 3, 5
 * Integer third = both.elementAt(2);                             // 5
 * }</pre>
 *
 * <p><b>Costs.</b> {@code contains}, {@code first}, {@code last}, the navigation methods ({@code
 * lower}, {@code ceiling}, ...), {@link #elementAt} and {@link #indexOf} descend the tree once:
 * O(log n) nodes, each a binary search of at most 32 elements. {@link #with} and {@link #without}
 * are O(log n) and copy one root-to-leaf path. {@link #headSet}, {@link #tailSet} and {@link
 * #subSet} are O(log n): they split the tree along one or two paths and share every other node.
 * {@link #union}, {@link #intersection} and {@link #difference} with another {@code
 * PersistentTreeSet} of the same order split one operand at the node boundaries of the other and
 * join the results: operands that are disjoint cost O(log n), and operands interleaved in long runs
 * cost in proportion to the number of runs, not to their sizes; with any other collection, O(m log
 * n) for a union of m elements and O(n) calls of {@code contains} for the others. {@code size},
 * {@code isEmpty}, {@link #descendingSet}, {@link #builder()} and {@link #toBuilder()} are O(1).
 * Iteration is O(n), O(1) amortized per step; {@code hashCode} is O(n) once, then cached. Loading
 * ascending elements is O(n), whether through a builder, {@link #copyOf(Iterable)} of a {@code
 * SortedSet} or the {@link #collector()}. {@code equals} with another {@code PersistentTreeSet} of
 * the same order skips the subtrees the two share.
 *
 * <p><b>Guarantees.</b>
 *
 * <ul>
 *   <li>Immutable: the {@code NavigableSet} mutators ({@code pollFirst} included) throw {@link
 *       UnsupportedOperationException}.
 *   <li>{@link java.util.TreeSet}'s order, exceptions and null policy: natural ordering rejects
 *       null with {@link NullPointerException} and an element that is not {@link Comparable} with
 *       {@link ClassCastException}; a comparator decides for itself and is the only judge of
 *       equality, even when it is inconsistent with {@code equals}. Where two sets hold equal
 *       elements, the results of set algebra keep this set's.
 *   <li>A write that changes nothing returns {@code this}, set algebra included.
 *   <li>{@link #headSet}, {@link #tailSet}, {@link #subSet} and {@link #descendingSet} return sets
 *       of their own, not views: they keep no bounds, and a range keeps alive only the elements in
 *       range. A key set of a {@link PersistentTreeMap} reads the map's tree, values included.
 *   <li>Iteration follows the order; spliterators are {@code SORTED}, {@code DISTINCT}, {@code
 *       ORDERED}, {@code SIZED}, {@code SUBSIZED} and {@code IMMUTABLE}, report the order by {@code
 *       getComparator()} and split on node boundaries.
 *   <li>Thread-safe: a set, however it was made, may be published by any means and read by any
 *       number of threads.
 *   <li>Serializable through a proxy that writes {@link #comparator()}, then the elements in order;
 *       a comparator that is not {@link Serializable} makes {@code writeObject} fail, as it does
 *       for {@code TreeSet}. A descending set reads back as a set ordered by that reversed
 *       comparator, equal to it and iterating alike. Sharing is not preserved.
 * </ul>
 *
 * @param <E> the type of elements
 */
public final class PersistentTreeSet<E> extends ReadOnlySortedSet<E>
        implements PersistentSortedSet<E>, Serializable {

    /*
     * Implementation notes.
     *
     * The B+-tree of PersistentTreeMap (see its notes for the node layout, the count protocol
     * and split and join), with leaves that hold keys only; a set may also read a map's tree,
     * whose values it ignores, which is how a map's key set costs O(1). Elements are keys, so the
     * hash code depends only on them and is cached (racy single check: recomputing is harmless).
     */

    @Serial private static final long serialVersionUID = 1L;

    private static final PersistentTreeSet<?> EMPTY =
            new PersistentTreeSet<>(TreeLeaf.EMPTY_SET, 0, null, false);

    private final transient TreeNode root;

    private final transient int size;

    /** The tree's order; null for natural order. */
    private final transient Comparator<Object> order;

    /** Whether this set reads its tree backwards. */
    private final transient boolean descending;

    /** The cached hash code; 0 until computed, or when it is 0 (see {@link #hashIsZero}). */
    private transient int hash;

    /** Whether the hash code was computed and is 0, as {@code String} marks it. */
    private transient boolean hashIsZero;

    PersistentTreeSet(TreeNode root, int size, Comparator<Object> order, boolean descending) {
        this.root = root;
        this.size = size;
        this.order = order;
        this.descending = descending;
    }

    /** A version of this set's order and direction over {@code tree}, saturated here. */
    private PersistentTreeSet<E> over(TreeNode tree, int newSize) {
        if (newSize == 0) {
            return descending || order != null
                    ? new PersistentTreeSet<>(TreeLeaf.EMPTY_SET, 0, order, descending)
                    : empty();
        }
        tree.saturate();
        return new PersistentTreeSet<>(tree, newSize, order, descending);
    }

    // ------------------------------------------------------------------ factories

    /**
     * Returns the empty set in natural order. O(1); one shared instance.
     *
     * @param <E> the type of elements
     * @return the empty set
     */
    @SuppressWarnings("unchecked")
    public static <E> PersistentTreeSet<E> empty() {
        return (PersistentTreeSet<E>) EMPTY;
    }

    /**
     * Returns the empty set ordered by {@code comparator}. O(1).
     *
     * @param <E> the type of elements
     * @param comparator the order; null for the elements' natural order
     * @return the empty set
     */
    public static <E> PersistentTreeSet<E> empty(Comparator<? super E> comparator) {
        return comparator == null
                ? empty()
                : new PersistentTreeSet<>(
                        TreeLeaf.EMPTY_SET, 0, PersistentTreeMap.erase(comparator), false);
    }

    /**
     * Returns a set of the given elements in natural order. O(n log n), O(n) for elements in
     * ascending order.
     *
     * @param <E> the type of elements
     * @param elements the elements
     * @return the set
     * @throws IllegalArgumentException if two elements are equal, as {@link Set#of} does
     * @throws NullPointerException if the array or an element is null
     * @throws ClassCastException if the elements cannot be compared
     */
    @SafeVarargs
    public static <E> PersistentTreeSet<E> of(E... elements) {
        Builder<E> b = builder();
        for (E e : elements) {
            b.addNew(e, IllegalArgumentException::new);
        }
        return b.build();
    }

    /**
     * Returns a set of the elements of {@code elements}, ordered as {@code TreeSet}'s constructors
     * order them: by the comparator of {@code elements} if it is a {@link SortedSet}, else by the
     * natural order. {@code elements} itself if it is a {@code PersistentTreeSet} (O(1)); otherwise
     * O(n) for a sorted set, O(n log n) for any other.
     *
     * @param <E> the type of elements
     * @param elements the elements
     * @return an immutable sorted set of them
     * @throws NullPointerException if {@code elements} is null, or holds null in natural order
     * @throws ClassCastException if the elements cannot be compared
     */
    @SuppressWarnings("unchecked")
    public static <E> PersistentTreeSet<E> copyOf(Iterable<? extends E> elements) {
        if (elements instanceof PersistentTreeSet) {
            return (PersistentTreeSet<E>) elements;
        }
        Comparator<? super E> comparator =
                elements instanceof SortedSet ? ((SortedSet<E>) elements).comparator() : null;
        return copyOf(comparator, elements);
    }

    /**
     * Returns a set of the elements of {@code elements} ordered by {@code comparator}; of elements
     * equal by the order, the first is kept. {@code elements} itself if it is a {@code
     * PersistentTreeSet} whose {@link #comparator()} equals {@code comparator} (O(1)); otherwise
     * O(n) when {@code elements} iterates in that order, O(n log n) in general.
     *
     * @param <E> the type of elements
     * @param comparator the order; null for the elements' natural order
     * @param elements the elements
     * @return an immutable sorted set of them
     * @throws NullPointerException if {@code elements} is null, or holds null the order rejects
     * @throws ClassCastException if the elements cannot be compared
     */
    @SuppressWarnings("unchecked")
    public static <E> PersistentTreeSet<E> copyOf(
            Comparator<? super E> comparator, Iterable<? extends E> elements) {
        if (elements instanceof PersistentTreeSet<?> p
                && Objects.equals(p.comparator(), comparator)) {
            return (PersistentTreeSet<E>) p;
        }
        return PersistentTreeSet.<E>builder(comparator).addAll(elements).build();
    }

    /**
     * Returns a collector into a {@code PersistentTreeSet} in natural order, through a builder; of
     * equal elements, the first is kept. O(n log n), O(n) for elements in ascending order.
     *
     * @param <E> the type of elements
     * @return the collector
     */
    public static <E> Collector<E, ?, PersistentTreeSet<E>> collector() {
        return collector(null);
    }

    /**
     * Returns a collector into a {@code PersistentTreeSet} ordered by {@code comparator}, through a
     * builder; of elements equal by the order, the first is kept. O(n log n), O(n) for elements in
     * ascending order.
     *
     * @param <E> the type of elements
     * @param comparator the order; null for the elements' natural order
     * @return the collector
     */
    public static <E> Collector<E, ?, PersistentTreeSet<E>> collector(
            Comparator<? super E> comparator) {
        return Collector.of(
                () -> PersistentTreeSet.<E>builder(comparator),
                Builder::add,
                (a, b) -> a.addAll(b.build()),
                Builder::build);
    }

    /**
     * Returns an empty builder of a set in natural order. O(1).
     *
     * @param <E> the type of elements
     * @return a new builder
     */
    public static <E> Builder<E> builder() {
        return builder(null);
    }

    /**
     * Returns an empty builder of a set ordered by {@code comparator}. O(1).
     *
     * @param <E> the type of elements
     * @param comparator the order; null for the elements' natural order
     * @return a new builder
     */
    public static <E> Builder<E> builder(Comparator<? super E> comparator) {
        return new Builder<>(PersistentTreeMap.erase(comparator), false, TreeLeaf.EMPTY_SET, 0);
    }

    /**
     * Returns a builder that starts from this set's elements, order and direction, sharing its
     * whole tree. O(1); the builder copies a node of this set before its first write to it.
     *
     * @return a new builder
     */
    public Builder<E> toBuilder() {
        return new Builder<>(order, descending, root, size);
    }

    // ------------------------------------------------------------------ reads

    /** Returns the number of elements. O(1). */
    @Override
    public int size() {
        return size;
    }

    /** Returns whether the set has no elements. O(1). */
    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    /**
     * Returns whether {@code o} is an element, by the order. O(log n).
     *
     * @throws NullPointerException if {@code o} is null and the order does not permit it
     * @throws ClassCastException if {@code o} cannot be compared with the elements
     */
    @Override
    public boolean contains(Object o) {
        BTree.checkQuery(order, o);
        return BTree.find(root, o, order) != BTree.NOT_FOUND;
    }

    /** Returns an iterator in this set's order; {@code remove} throws. O(log n) to start. */
    @Override
    public Iterator<E> iterator() {
        return new TreeIterator<>(root, TreeIterator.KEYS, descending, 0, size);
    }

    /** Returns an iterator in reverse order; {@code remove} throws. O(log n) to start. */
    @Override
    public Iterator<E> descendingIterator() {
        return new TreeIterator<>(root, TreeIterator.KEYS, !descending, 0, size);
    }

    /** Returns a spliterator that splits on node boundaries. O(1). */
    @Override
    public Spliterator<E> spliterator() {
        return new TreeSpliterator<>(
                root,
                size,
                TreeIterator.KEYS,
                descending,
                Spliterator.SORTED | Spliterator.DISTINCT,
                comparator());
    }

    /** Calls {@code action} for every element in order, allocating nothing per element. O(n). */
    @Override
    @SuppressWarnings("unchecked")
    public void forEach(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        BTree.forEach(root, descending, (k, v) -> action.accept((E) k));
    }

    /** Returns the order: null for natural order, its reverse for a descending set. O(1). */
    @Override
    @SuppressWarnings("unchecked")
    public Comparator<? super E> comparator() {
        return (Comparator<? super E>) BTree.viewOrder(order, descending);
    }

    /**
     * Returns the first element. O(log n).
     *
     * @throws NoSuchElementException if the set is empty
     */
    @Override
    public E first() {
        return elementOrThrow(descending ? BTree.last(root) : BTree.first(root));
    }

    /**
     * Returns the last element. O(log n).
     *
     * @throws NoSuchElementException if the set is empty
     */
    @Override
    public E last() {
        return elementOrThrow(descending ? BTree.first(root) : BTree.last(root));
    }

    /** Returns the greatest element below {@code e}, or null. O(log n). */
    @Override
    public E lower(E e) {
        return navigate(e, BTree.LOWER);
    }

    /** Returns the greatest element at or below {@code e}, or null. O(log n). */
    @Override
    public E floor(E e) {
        return navigate(e, BTree.FLOOR);
    }

    /** Returns the least element at or above {@code e}, or null. O(log n). */
    @Override
    public E ceiling(E e) {
        return navigate(e, BTree.CEILING);
    }

    /** Returns the least element above {@code e}, or null. O(log n). */
    @Override
    public E higher(E e) {
        return navigate(e, BTree.HIGHER);
    }

    @SuppressWarnings("unchecked")
    private E navigate(E e, int relation) {
        Map.Entry<Object, Object> found =
                BTree.navigate(root, e, order, descending ? BTree.mirror(relation) : relation);
        return found == null ? null : (E) found.getKey();
    }

    @SuppressWarnings("unchecked")
    private static <E> E elementOrThrow(Map.Entry<Object, Object> e) {
        if (e == null) {
            throw new NoSuchElementException("empty set");
        }
        return (E) e.getKey();
    }

    /**
     * Returns the element of rank {@code index} in this set's order. O(log n).
     *
     * @throws IndexOutOfBoundsException if {@code index < 0 || index >= size()}
     */
    @Override
    @SuppressWarnings("unchecked")
    public E elementAt(int index) {
        Objects.checkIndex(index, size);
        return (E) BTree.entryAt(root, descending ? size - 1 - index : index).getKey();
    }

    /**
     * Returns the rank of {@code o} in this set's order, or {@code -(insertion point) - 1} if it is
     * absent. O(log n).
     *
     * @throws NullPointerException if {@code o} is null and the order does not permit it
     * @throws ClassCastException if {@code o} cannot be compared with the elements
     */
    @Override
    public int indexOf(Object o) {
        BTree.checkQuery(order, o);
        return BTree.viewRank(BTree.rank(root, o, order), size, descending);
    }

    /**
     * Compares with {@code o} as {@link Set#equals} requires. Against a {@code PersistentTreeSet}
     * of the same order (either direction): in one walk that skips the subtrees both share; O(n) at
     * worst. Otherwise O(n log n).
     */
    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (o instanceof PersistentTreeSet<?> other && Objects.equals(order, other.order)) {
            return size == other.size && BTree.equalEntries(root, other.root, order, false);
        }
        return super.equals(o);
    }

    /** Returns the sum of the elements' hash codes. O(n) the first time, then O(1). */
    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0 && !hashIsZero) {
            int[] sum = {0};
            BTree.forEach(root, false, (k, v) -> sum[0] += Objects.hashCode(k));
            h = sum[0];
            if (h == 0) {
                hashIsZero = true;
            } else {
                hash = h;
            }
        }
        return h;
    }

    // ------------------------------------------------------------------ versions

    /**
     * Returns a set with {@code e}. O(log n); shares all but one path. Returns {@code this} if an
     * element equal to {@code e} by the order is present (which stays, as in {@code TreeSet}).
     *
     * @param e the element
     * @return the new version
     * @throws NullPointerException if {@code e} is null and the order does not permit it
     * @throws ClassCastException if {@code e} cannot be compared with the elements
     * @throws IllegalStateException if the set already holds {@link Integer#MAX_VALUE} elements
     */
    @Override
    public PersistentTreeSet<E> with(E e) {
        if (size == 0) {
            BTree.compare(order, e, e);
        } else {
            BTree.checkQuery(order, e);
        }
        TreeEdit edit = new TreeEdit(order, false);
        TreeNode top = edit.put(root, false, e, TreeEdit.NO_VALUE);
        if (!edit.changed) {
            return this;
        }
        if (size == Integer.MAX_VALUE) {
            throw new IllegalStateException("a set of Integer.MAX_VALUE elements is full");
        }
        return over(edit.rootOver(top), size + 1);
    }

    /**
     * Returns a set without {@code e}. O(log n); shares all but one path. Returns {@code this} if
     * {@code e} is absent.
     *
     * @param e the element
     * @return the new version
     * @throws NullPointerException if {@code e} is null and the order does not permit it
     * @throws ClassCastException if {@code e} cannot be compared with the elements
     */
    @Override
    public PersistentTreeSet<E> without(Object e) {
        BTree.checkQuery(order, e);
        TreeEdit edit = new TreeEdit(order, false);
        TreeNode top = edit.remove(root, false, e);
        return edit.changed ? over(TreeEdit.shrink(top), size - 1) : this;
    }

    /**
     * Returns the elements of this set and of {@code c}; where both hold equal elements, this set's
     * stays. With a {@code PersistentTreeSet} of the same order: by split and join, O(log n) for
     * disjoint operands, shares every subtree it can. Otherwise O(m log n) for m elements, O(m) for
     * elements above all of this set's, given in order. Returns {@code this} if it holds every
     * element of {@code c}.
     *
     * @param c the elements to add
     * @return the union
     * @throws NullPointerException if {@code c} is null, or holds null the order rejects
     * @throws ClassCastException if an element cannot be compared with the elements
     */
    @Override
    public PersistentTreeSet<E> union(Collection<? extends E> c) {
        Objects.requireNonNull(c);
        if (c instanceof PersistentTreeSet<?> p && Objects.equals(order, p.order)) {
            if (p.root == root || p.isEmpty()) {
                return this;
            }
            if (isEmpty()) {
                return over(p.root, p.size);
            }
            TreeEdit edit = new TreeEdit(order, false);
            TreeNode r = edit.union(root, BTree.height(root), p.root, BTree.height(p.root));
            int n = r.size();
            return n == size ? this : over(r, n);
        }
        TreeWriter w = new TreeWriter(order, false, root, size);
        for (E e : c) {
            BTree.checkQuery(order, e);
            w.put(e, TreeEdit.NO_VALUE);
        }
        return w.size() == size ? this : over(w.freeze(), w.size());
    }

    /**
     * Returns the elements of this set that {@code c} contains. With a {@code PersistentTreeSet} of
     * the same order (membership by the order): by split and join, shares every subtree it can.
     * Otherwise membership by {@code c.contains}: O(n) calls, then O(n) to load the result. Returns
     * {@code this} if every element is kept.
     *
     * @param c the elements to keep
     * @return the intersection
     * @throws NullPointerException if {@code c} is null
     */
    @Override
    public PersistentTreeSet<E> intersection(Collection<?> c) {
        Objects.requireNonNull(c);
        if (c instanceof PersistentTreeSet<?> p && Objects.equals(order, p.order)) {
            if (p.root == root || isEmpty()) {
                return this;
            }
            if (p.isEmpty()) {
                return over(TreeLeaf.EMPTY_SET, 0);
            }
            TreeEdit edit = new TreeEdit(order, false);
            TreeNode r = edit.intersection(root, BTree.height(root), p.root, BTree.height(p.root));
            int n = r.size();
            return n == size ? this : over(r, n);
        }
        return keepWhere(c, true);
    }

    /**
     * Returns the elements of this set that {@code c} does not contain. With a {@code
     * PersistentTreeSet} of the same order (membership by the order): by split and join, shares
     * every subtree it can. Otherwise membership by {@code c.contains}: O(n) calls, then O(n) to
     * load the result. Returns {@code this} if no element is removed.
     *
     * @param c the elements to remove
     * @return the difference
     * @throws NullPointerException if {@code c} is null
     */
    @Override
    public PersistentTreeSet<E> difference(Collection<?> c) {
        Objects.requireNonNull(c);
        if (c instanceof PersistentTreeSet<?> p && Objects.equals(order, p.order)) {
            if (isEmpty() || p.isEmpty()) {
                return this;
            }
            if (p.root == root) {
                return over(TreeLeaf.EMPTY_SET, 0);
            }
            TreeEdit edit = new TreeEdit(order, false);
            TreeNode r = edit.difference(root, BTree.height(root), p.root, BTree.height(p.root));
            int n = r.size();
            return n == size ? this : over(r, n);
        }
        return keepWhere(c, false);
    }

    /** The elements whose membership in {@code c} is {@code keep}, loaded in order. */
    private PersistentTreeSet<E> keepWhere(Collection<?> c, boolean keep) {
        Object[] kept = new Object[size];
        int[] count = {0};
        BTree.forEach(
                root,
                false,
                (k, v) -> {
                    if (c.contains(k) == keep) {
                        kept[count[0]++] = k;
                    }
                });
        int n = count[0];
        return n == size ? this : over(BTree.load(kept, null, n), n);
    }

    /**
     * Returns the elements that come before {@code toElement} in this set's order, as a set of
     * their own. O(log n); shares all but one cut path. Returns {@code this} if every element does.
     *
     * @throws NullPointerException if {@code toElement} is null and the order does not permit it
     * @throws ClassCastException if {@code toElement} cannot be compared with the elements
     */
    @Override
    public PersistentTreeSet<E> headSet(E toElement) {
        return headSet(toElement, false);
    }

    /**
     * Returns the elements that come before {@code toElement} (or equal it, if {@code inclusive})
     * in this set's order, as a set of their own. O(log n); shares all but one cut path.
     *
     * @throws NullPointerException if {@code toElement} is null and the order does not permit it
     * @throws ClassCastException if {@code toElement} cannot be compared with the elements
     */
    @Override
    public PersistentTreeSet<E> headSet(E toElement, boolean inclusive) {
        return slice(null, new TreeEdit.Bound(toElement, inclusive));
    }

    /**
     * Returns the elements that come at or after {@code fromElement} in this set's order, as a set
     * of their own. O(log n); shares all but one cut path.
     *
     * @throws NullPointerException if {@code fromElement} is null and the order does not permit it
     * @throws ClassCastException if {@code fromElement} cannot be compared with the elements
     */
    @Override
    public PersistentTreeSet<E> tailSet(E fromElement) {
        return tailSet(fromElement, true);
    }

    /**
     * Returns the elements that come after {@code fromElement} (or equal it, if {@code inclusive})
     * in this set's order, as a set of their own. O(log n); shares all but one cut path.
     *
     * @throws NullPointerException if {@code fromElement} is null and the order does not permit it
     * @throws ClassCastException if {@code fromElement} cannot be compared with the elements
     */
    @Override
    public PersistentTreeSet<E> tailSet(E fromElement, boolean inclusive) {
        return slice(new TreeEdit.Bound(fromElement, inclusive), null);
    }

    /**
     * Returns the elements from {@code fromElement} inclusive to {@code toElement} exclusive in
     * this set's order, as a set of their own. O(log n); shares all but two cut paths.
     *
     * @throws IllegalArgumentException if {@code fromElement} comes after {@code toElement}
     * @throws NullPointerException if a bound is null and the order does not permit it
     * @throws ClassCastException if a bound cannot be compared with the elements
     */
    @Override
    public PersistentTreeSet<E> subSet(E fromElement, E toElement) {
        return subSet(fromElement, true, toElement, false);
    }

    /**
     * Returns the elements between {@code fromElement} and {@code toElement} in this set's order,
     * each bound inclusive or not, as a set of their own. O(log n); shares all but two cut paths.
     *
     * @throws IllegalArgumentException if {@code fromElement} comes after {@code toElement}
     * @throws NullPointerException if a bound is null and the order does not permit it
     * @throws ClassCastException if a bound cannot be compared with the elements
     */
    @Override
    public PersistentTreeSet<E> subSet(
            E fromElement, boolean fromInclusive, E toElement, boolean toInclusive) {
        return slice(
                new TreeEdit.Bound(fromElement, fromInclusive),
                new TreeEdit.Bound(toElement, toInclusive));
    }

    private PersistentTreeSet<E> slice(TreeEdit.Bound from, TreeEdit.Bound to) {
        TreeNode t = TreeEdit.slice(root, order, descending, from, to);
        return t == root ? this : over(t, t.size());
    }

    /** Returns the same elements in reverse order: a set over the same tree. O(1). */
    @Override
    public PersistentTreeSet<E> descendingSet() {
        return new PersistentTreeSet<>(root, size, order, !descending);
    }

    // ------------------------------------------------------------------ tests and serialization

    TreeNode root() {
        return root;
    }

    Comparator<Object> order() {
        return order;
    }

    boolean isDescending() {
        return descending;
    }

    /**
     * Checks the tree's invariants ({@link BTree#checkInvariants}), the root saturated; leaves may
     * hold values (a map's key set).
     */
    void checkInvariants() {
        BTree.checkInvariants(root, size, order, false, true);
    }

    /**
     * Replaces this set with the library's one serialization proxy, which writes {@link
     * #comparator()} and then the elements in this set's order. O(1); writing is O(n).
     *
     * @return the serialization proxy
     */
    @Serial
    private Object writeReplace() {
        return new SerialProxy(this);
    }

    /**
     * Refuses a stream that holds this class itself: only the proxy is ever written.
     *
     * @param in the stream
     * @throws InvalidObjectException always
     */
    @Serial
    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw new InvalidObjectException("PersistentTreeSet is deserialized through its proxy");
    }

    /**
     * A mutable builder of {@link PersistentTreeSet}s. It writes in place the nodes it created and
     * copies a node it shares with a built set or with the set it started from before its first
     * write to it. Elements arriving in ascending order are appended at the right edge of the tree
     * in O(1) amortized each. Not a {@code Set}, not synchronized.
     *
     * @param <E> the type of elements
     */
    public static final class Builder<E> {

        private final Comparator<Object> order;

        private final boolean descending;

        private final TreeWriter writer;

        Builder(Comparator<Object> order, boolean descending, TreeNode root, int size) {
            this.order = order;
            this.descending = descending;
            this.writer = new TreeWriter(order, false, root, size);
        }

        /**
         * Adds {@code e}, unless an element equal to it by the order is present. O(1) amortized for
         * an element above all others, else O(log n).
         *
         * @param e the element
         * @return this builder
         * @throws NullPointerException if {@code e} is null and the order does not permit it
         * @throws ClassCastException if {@code e} cannot be compared with the elements
         */
        public Builder<E> add(E e) {
            BTree.checkQuery(order, e);
            writer.put(e, TreeEdit.NO_VALUE);
            return this;
        }

        /** Adds an element that must be new; a present one throws what {@code duplicate} makes. */
        void addNew(Object e, Function<String, RuntimeException> duplicate) {
            BTree.checkQuery(order, e);
            if (writer.put(e, TreeEdit.NO_VALUE) != BTree.NOT_FOUND) {
                throw duplicate.apply("duplicate element: " + e);
            }
        }

        /**
         * Adds every element of {@code elements}, in its iteration order. O(m log n) for m
         * elements, O(m) for elements above all others given in order.
         *
         * @param elements the elements
         * @return this builder
         * @throws NullPointerException if {@code elements} is null, or holds null the order rejects
         * @throws ClassCastException if an element cannot be compared with the elements
         */
        public Builder<E> addAll(Iterable<? extends E> elements) {
            for (E e : elements) {
                add(e);
            }
            return this;
        }

        /**
         * Removes {@code e} if present. O(log n).
         *
         * @param e the element
         * @return this builder
         * @throws NullPointerException if {@code e} is null and the order does not permit it
         * @throws ClassCastException if {@code e} cannot be compared with the elements
         */
        public Builder<E> remove(Object e) {
            BTree.checkQuery(order, e);
            writer.remove(e);
            return this;
        }

        /**
         * Returns whether {@code e} is an element, by the order. O(log n).
         *
         * @param e the element
         * @return whether it is present
         * @throws NullPointerException if {@code e} is null and the order does not permit it
         * @throws ClassCastException if {@code e} cannot be compared with the elements
         */
        public boolean contains(Object e) {
            BTree.checkQuery(order, e);
            return writer.get(e) != BTree.NOT_FOUND;
        }

        /**
         * Returns the number of elements. O(1).
         *
         * @return the size
         */
        public int size() {
            return writer.size();
        }

        /**
         * Returns a set of the current elements. O(1), beyond loading the elements appended in
         * ascending order since the last other write (at most a fixed number): the set takes the
         * tree as it is, its root frozen, and this builder copies what it touches afterwards.
         *
         * @return the built set
         */
        public PersistentTreeSet<E> build() {
            TreeNode root = writer.freeze();
            int n = writer.size();
            if (n == 0) {
                return order == null && !descending
                        ? empty()
                        : new PersistentTreeSet<>(TreeLeaf.EMPTY_SET, 0, order, descending);
            }
            return new PersistentTreeSet<>(root, n, order, descending);
        }

        /** The builder's tree, for tests. */
        TreeNode root() {
            return writer.root();
        }
    }
}
