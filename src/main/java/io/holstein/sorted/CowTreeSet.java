package io.holstein.sorted;

import io.holstein.Forkable;
import io.holstein.internal.KeyRange;
import io.holstein.internal.SerialProxy;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.Spliterator;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A sorted set, with every constructor and method of {@link TreeSet} and the same behaviour, whose
 * {@link #fork()} returns an independent copy in constant time; the first write to either side
 * afterwards copies one root-to-leaf path of a B+-tree, not the set.
 *
 * <pre>{@code
 * CowTreeSet<Integer> seen = new CowTreeSet<>(List.of(3, 1, 4));
 * CowTreeSet<Integer> trial = seen.fork();  // O(1): both sets share every node
 * trial.add(5);                             // copies one path: seen is unchanged
 * int rank = trial.indexOf(4);              // 2
 * }</pre>
 *
 * <p><b>Costs.</b> {@code contains}, {@code add}, {@code remove}, {@code first}, {@code last}, the
 * navigation methods ({@code lower}, {@code ceiling}, ...), {@code pollFirst}, {@code pollLast},
 * {@link #elementAt} and {@link #indexOf} descend the tree once or twice: O(log n) nodes, each a
 * binary search of at most 32 elements. A write to a set that shares its nodes copies the nodes on
 * its path that are still shared (at most one root-to-leaf path) and writes in place from then on.
 * {@code size}, {@code isEmpty}, {@code clear}, {@link #fork()}, {@link #clone()}, {@link
 * #isShared()}, {@link #toPersistent()}, the constructor from a {@link PersistentTreeSet}, the copy
 * constructor given a {@code CowTreeSet} and the views are O(1). Iteration is O(n), O(1) amortized
 * per step. The {@code size} of a range view is O(log n). {@code addAll} into an empty set of a
 * {@code SortedSet} in the same order is O(n), otherwise O(m log n) for m elements.
 *
 * <p><b>Guarantees.</b>
 *
 * <ul>
 *   <li>Mutable; {@code TreeSet}'s order, exceptions and null policy: natural ordering rejects null
 *       with {@link NullPointerException} and an element that is not {@link Comparable} with {@link
 *       ClassCastException}; a comparator decides for itself.
 *   <li>After {@code y = x.fork()}, no write to {@code x} shows in {@code y} and no write to {@code
 *       y} shows in {@code x}, whatever writes through the views or iterators: everything derived
 *       from a set reads and writes that set's current tree.
 *   <li>The range views ({@link #subSet}, {@link #headSet}, {@link #tailSet}) and {@link
 *       #descendingSet} are live, as {@code TreeSet}'s are; a range view refuses to add an element
 *       outside its range with {@link IllegalArgumentException}.
 *   <li>Iterators and spliterators are fail-fast, as {@code TreeSet}'s are; spliterators are
 *       late-binding. {@code fork()}, {@link #toPersistent()} and the path copy of a first write
 *       are not structural modifications: they never invalidate iterators.
 *   <li>Not synchronized: one instance must not be written concurrently with any other access to
 *       it. {@code fork()} and {@code toPersistent()} count as reads. Distinct sets that share
 *       nodes may be used from different threads with no synchronization once each was safely
 *       published: the counts are atomic.
 *   <li>A fork dropped without writing is never uncounted, so its source copies once on its next
 *       write ({@link #isShared()} stays {@code true} until then).
 *   <li>Serializable as {@code TreeSet} is, the comparator first, which must then be {@link
 *       Serializable}; range and descending views are serializable too and carry the whole set.
 *       Sharing is not preserved.
 * </ul>
 *
 * @param <E> the type of elements
 */
public final class CowTreeSet<E> extends CowTree<E>
        implements NavigableSet<E>, Cloneable, Serializable, Forkable<CowTreeSet<E>> {

    /*
     * Implementation notes.
     *
     * CowTreeMap's tree and sharing protocol (see its notes), with leaves that hold keys only.
     * The set's navigable methods and bulk operations are those of its whole-range view
     * (CowTreeKeySet), which also serves its range and descending views and a map's key sets.
     */

    @Serial private static final long serialVersionUID = 1L;

    /** The whole set as a view: the bulk operations of {@code AbstractSet}, written once. */
    private transient CowTreeKeySet<E> all = new CowTreeKeySet<>(this, KeyRange.ALL);

    /**
     * Creates an empty set in the elements' natural order. O(1); allocates no node until the first
     * element arrives.
     */
    public CowTreeSet() {
        this((Comparator<? super E>) null);
    }

    /**
     * Creates an empty set ordered by {@code comparator}. O(1).
     *
     * @param comparator the order of the elements; null for their natural order
     */
    public CowTreeSet(Comparator<? super E> comparator) {
        super(
                PersistentTreeMap.erase(comparator),
                emptyWriter(PersistentTreeMap.erase(comparator), false));
    }

    /**
     * Creates a set of the elements of {@code c} in their natural order, as {@code
     * TreeSet(Collection)} does. O(1) if {@code c} is a {@code CowTreeSet} or an ascending {@code
     * PersistentTreeSet} in natural order (sharing its nodes); O(n) for another {@code SortedSet}
     * in natural order; otherwise O(n log n).
     *
     * @param c the elements
     * @throws NullPointerException if {@code c} is null or holds null
     * @throws ClassCastException if the elements cannot be compared
     */
    public CowTreeSet(Collection<? extends E> c) {
        this((Comparator<? super E>) null);
        addAll(c);
    }

    /**
     * Creates a set of the elements of {@code s} in its order, as {@code TreeSet(SortedSet)} does.
     * O(1) if {@code s} is a {@code CowTreeSet} or an ascending {@code PersistentTreeSet} (sharing
     * its nodes); otherwise O(n).
     *
     * @param s the elements and their order
     * @throws NullPointerException if {@code s} is null
     */
    public CowTreeSet(SortedSet<E> s) {
        this(s.comparator());
        addAll(s);
    }

    /**
     * Creates a set over the tree of {@code s}, in its order. O(1) for an ascending set: the two
     * share every node, and this set copies what it writes, so {@code s} never changes. A
     * descending set is loaded afresh in its order, O(n).
     *
     * @param s the persistent version to start from
     * @throws NullPointerException if {@code s} is null
     */
    public CowTreeSet(PersistentTreeSet<E> s) {
        this(s.comparator());
        if (s.isDescending()) {
            addAll(s);
        } else {
            writer.reset(s.root(), s.size());
        }
    }

    /** A set over {@code writer}'s tree: a fork. */
    private CowTreeSet(Comparator<Object> order, TreeWriter writer) {
        super(order, writer);
    }

    @Override
    boolean valued() {
        return false;
    }

    // ------------------------------------------------------------------ sharing

    /**
     * Returns an independent set with the same elements, sharing every node with this one until
     * either set writes. O(1): increments the root's count, which writes nothing else in this set.
     * Not a structural modification: iterators of this set stay valid.
     *
     * @return a new set equal to this one
     */
    @Override
    public CowTreeSet<E> fork() {
        return new CowTreeSet<>(order, forkWriter());
    }

    /**
     * Returns {@link #fork()}: an independent set sharing this set's nodes, in O(1).
     *
     * @return a new set equal to this one
     */
    @Override
    public CowTreeSet<E> clone() {
        return fork();
    }

    /**
     * Tells whether the next write to this set will copy its root first: true while another set or
     * a persistent version may read it. Conservative, as {@link CowTreeMap#isShared()} is. O(1).
     *
     * @return {@code true} if this set's root may be shared
     */
    public boolean isShared() {
        return shared();
    }

    /**
     * Returns an immutable version holding this set's current elements, sharing every node with
     * this set. O(1): freezes the root, which this set then copies before its next write. Not a
     * structural modification; a read, as {@link #fork()} is.
     *
     * @return the current elements as a persistent set
     */
    public PersistentTreeSet<E> toPersistent() {
        if (isEmpty()) {
            return PersistentTreeSet.empty(comparator());
        }
        return new PersistentTreeSet<>(freeze(), size(), order, false);
    }

    // ------------------------------------------------------------------ reads

    /** Returns the number of elements. O(1). */
    @Override
    public int size() {
        return treeSize();
    }

    /** Returns whether there are no elements. O(1). */
    @Override
    public boolean isEmpty() {
        return treeSize() == 0;
    }

    /**
     * Returns whether {@code o} is an element, by the order. O(log n).
     *
     * @throws NullPointerException if {@code o} is null and the order does not permit it
     * @throws ClassCastException if {@code o} cannot be compared with the elements
     */
    @Override
    public boolean contains(Object o) {
        return lookup(o) != BTree.NOT_FOUND;
    }

    /** Returns a fail-fast iterator in ascending order. O(log n) to start. */
    @Override
    public Iterator<E> iterator() {
        return iterator(KeyRange.ALL, TreeIterator.KEYS);
    }

    /** Returns a fail-fast iterator in descending order. O(log n) to start. */
    @Override
    public Iterator<E> descendingIterator() {
        return iterator(KeyRange.ALL_DESCENDING, TreeIterator.KEYS);
    }

    /** Returns a late-binding, fail-fast spliterator. O(1). */
    @Override
    public Spliterator<E> spliterator() {
        return all.spliterator();
    }

    /**
     * Calls {@code action} for every element in order. O(n).
     *
     * @throws java.util.ConcurrentModificationException if the action modified the set structurally
     */
    @Override
    public void forEach(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        for (Iterator<E> it = iterator(); it.hasNext(); ) {
            action.accept(it.next());
        }
    }

    /** Returns the order, or null for natural order. O(1). */
    @Override
    @SuppressWarnings("unchecked")
    public Comparator<? super E> comparator() {
        return (Comparator<? super E>) order;
    }

    /**
     * Returns the first element. O(log n).
     *
     * @throws java.util.NoSuchElementException if the set is empty
     */
    @Override
    public E first() {
        return all.first();
    }

    /**
     * Returns the last element. O(log n).
     *
     * @throws java.util.NoSuchElementException if the set is empty
     */
    @Override
    public E last() {
        return all.last();
    }

    /**
     * Returns the greatest element below {@code e}, or null. O(log n).
     *
     * @throws NullPointerException if {@code e} is null and the order does not permit it
     * @throws ClassCastException if {@code e} cannot be compared with the elements
     */
    @Override
    public E lower(E e) {
        return all.lower(e);
    }

    /**
     * Returns the greatest element at or below {@code e}, or null. O(log n).
     *
     * @throws NullPointerException if {@code e} is null and the order does not permit it
     * @throws ClassCastException if {@code e} cannot be compared with the elements
     */
    @Override
    public E floor(E e) {
        return all.floor(e);
    }

    /**
     * Returns the least element at or above {@code e}, or null. O(log n).
     *
     * @throws NullPointerException if {@code e} is null and the order does not permit it
     * @throws ClassCastException if {@code e} cannot be compared with the elements
     */
    @Override
    public E ceiling(E e) {
        return all.ceiling(e);
    }

    /**
     * Returns the least element above {@code e}, or null. O(log n).
     *
     * @throws NullPointerException if {@code e} is null and the order does not permit it
     * @throws ClassCastException if {@code e} cannot be compared with the elements
     */
    @Override
    public E higher(E e) {
        return all.higher(e);
    }

    /**
     * Returns the element of rank {@code index} in ascending order. O(log n).
     *
     * @param index the rank, from 0
     * @return the element
     * @throws IndexOutOfBoundsException if {@code index < 0 || index >= size()}
     */
    @SuppressWarnings("unchecked")
    public E elementAt(int index) {
        Objects.checkIndex(index, size());
        return (E) entryOfRank(index).getKey();
    }

    /**
     * Returns the rank of {@code o} in ascending order, or {@code -(insertion point) - 1} if it is
     * absent. O(log n).
     *
     * @param o the element
     * @return its rank, or a negative value encoding where it would go
     * @throws NullPointerException if {@code o} is null and the order does not permit it
     * @throws ClassCastException if {@code o} cannot be compared with the elements
     */
    public int indexOf(Object o) {
        return rank(o);
    }

    /**
     * Returns whether every element of {@code c} is in this set. O(m log n).
     *
     * @throws NullPointerException if {@code c} is null, or holds null and the order does not
     *     permit it
     * @throws ClassCastException if an element of {@code c} cannot be compared with the elements
     */
    @Override
    public boolean containsAll(Collection<?> c) {
        return all.containsAll(c);
    }

    /** Returns the elements in ascending order, in a new array. O(n). */
    @Override
    public Object[] toArray() {
        return all.toArray();
    }

    /**
     * Returns the elements in ascending order, in {@code a} if it is large enough. O(n).
     *
     * @throws ArrayStoreException if an element is not of {@code a}'s component type
     * @throws NullPointerException if {@code a} is null
     */
    @Override
    public <T> T[] toArray(T[] a) {
        return all.toArray(a);
    }

    // ------------------------------------------------------------------ views

    /**
     * Returns a live view of the elements in descending order. O(1).
     *
     * @return the descending set
     */
    @Override
    public NavigableSet<E> descendingSet() {
        return all.descendingSet();
    }

    /**
     * Returns a live view of the elements between {@code fromElement} and {@code toElement}, each
     * bound inclusive or not. O(1); adding an element outside the range through it throws {@link
     * IllegalArgumentException}.
     *
     * @throws IllegalArgumentException if {@code fromElement} lies above {@code toElement}
     * @throws NullPointerException if a bound is null and the order does not permit it
     * @throws ClassCastException if a bound cannot be compared with the elements
     */
    @Override
    public NavigableSet<E> subSet(
            E fromElement, boolean fromInclusive, E toElement, boolean toInclusive) {
        return all.subSet(fromElement, fromInclusive, toElement, toInclusive);
    }

    /**
     * Returns a live view of the elements before {@code toElement} (or equal to it, if {@code
     * inclusive}). O(1).
     *
     * @throws NullPointerException if {@code toElement} is null and the order does not permit it
     * @throws ClassCastException if {@code toElement} cannot be compared with the elements
     */
    @Override
    public NavigableSet<E> headSet(E toElement, boolean inclusive) {
        return all.headSet(toElement, inclusive);
    }

    /**
     * Returns a live view of the elements after {@code fromElement} (or equal to it, if {@code
     * inclusive}). O(1).
     *
     * @throws NullPointerException if {@code fromElement} is null and the order does not permit it
     * @throws ClassCastException if {@code fromElement} cannot be compared with the elements
     */
    @Override
    public NavigableSet<E> tailSet(E fromElement, boolean inclusive) {
        return all.tailSet(fromElement, inclusive);
    }

    /**
     * Returns {@code subSet(fromElement, true, toElement, false)}. O(1).
     *
     * @throws IllegalArgumentException if {@code fromElement} lies above {@code toElement}
     * @throws NullPointerException if a bound is null and the order does not permit it
     * @throws ClassCastException if a bound cannot be compared with the elements
     */
    @Override
    public SortedSet<E> subSet(E fromElement, E toElement) {
        return subSet(fromElement, true, toElement, false);
    }

    /**
     * Returns {@code headSet(toElement, false)}. O(1).
     *
     * @throws NullPointerException if {@code toElement} is null and the order does not permit it
     * @throws ClassCastException if {@code toElement} cannot be compared with the elements
     */
    @Override
    public SortedSet<E> headSet(E toElement) {
        return headSet(toElement, false);
    }

    /**
     * Returns {@code tailSet(fromElement, true)}. O(1).
     *
     * @throws NullPointerException if {@code fromElement} is null and the order does not permit it
     * @throws ClassCastException if {@code fromElement} cannot be compared with the elements
     */
    @Override
    public SortedSet<E> tailSet(E fromElement) {
        return tailSet(fromElement, true);
    }

    // ------------------------------------------------------------------ writes

    /**
     * Adds {@code e} unless an element equal to it by the order is present (which stays). O(log n);
     * copies the shared nodes of the path first if this set shares them.
     *
     * @return whether the set changed
     * @throws NullPointerException if {@code e} is null and the order does not permit it
     * @throws ClassCastException if {@code e} cannot be compared with the elements
     */
    @Override
    public boolean add(E e) {
        return putEntry(e, TreeEdit.NO_VALUE) == BTree.NOT_FOUND;
    }

    /**
     * Removes the element equal to {@code o} by the order. O(log n).
     *
     * @return whether the set changed
     * @throws NullPointerException if {@code o} is null and the order does not permit it
     * @throws ClassCastException if {@code o} cannot be compared with the elements
     */
    @Override
    public boolean remove(Object o) {
        return removeEntry(o) != BTree.NOT_FOUND;
    }

    /** Removes every element. O(1): lets the tree go, shared or not. */
    @Override
    public void clear() {
        clearTree();
    }

    /**
     * Removes and returns the first element, or null if the set is empty. O(log n).
     *
     * @return the element removed
     */
    @Override
    public E pollFirst() {
        return all.pollFirst();
    }

    /**
     * Removes and returns the last element, or null if the set is empty. O(log n).
     *
     * @return the element removed
     */
    @Override
    public E pollLast() {
        return all.pollLast();
    }

    /**
     * Adds every element of {@code c}. Into an empty set, a {@code SortedSet} of the same order is
     * taken in O(1) if it is a {@code CowTreeSet} or an ascending {@code PersistentTreeSet}
     * (sharing its nodes) and loaded in O(n) otherwise, as {@code TreeSet} loads it; any other case
     * costs O(m log n) for m elements.
     *
     * @return whether the set changed
     * @throws NullPointerException if {@code c} is null or holds an element the order rejects
     * @throws ClassCastException if an element cannot be compared with the elements
     */
    @Override
    public boolean addAll(Collection<? extends E> c) {
        int n = c.size();
        if (isEmpty()
                && n > 0
                && c instanceof SortedSet<?> sorted
                && Objects.equals(order, sorted.comparator())) {
            if (c instanceof CowTreeSet<?> cow) {
                share(cow);
                return true;
            }
            if (c instanceof PersistentTreeSet<?> p && !p.isDescending()) {
                modCount++;
                epoch++;
                writer.reset(p.root(), n);
                return true;
            }
            Object[] keys = c.toArray();
            if (keys.length == n && loadAscending(keys, null, n)) {
                return true;
            }
        }
        boolean changed = false;
        for (E e : c) {
            changed |= add(e);
        }
        return changed;
    }

    /**
     * Removes every element that {@code c} contains, as {@code AbstractSet.removeAll} does. O(m log
     * n) when {@code c} is smaller, else O(n) calls of {@code c.contains}.
     *
     * @throws NullPointerException if {@code c} is null
     */
    @Override
    public boolean removeAll(Collection<?> c) {
        return all.removeAll(c);
    }

    /**
     * Keeps only the elements that {@code c} contains. O(n) calls of {@code c.contains}, O(log n)
     * per removal.
     *
     * @throws NullPointerException if {@code c} is null
     */
    @Override
    public boolean retainAll(Collection<?> c) {
        return all.retainAll(c);
    }

    /**
     * Removes every element that {@code filter} accepts, through a fail-fast iterator. O(n) calls
     * of the filter, O(log n) per removal.
     *
     * @throws NullPointerException if {@code filter} is null
     */
    @Override
    public boolean removeIf(Predicate<? super E> filter) {
        return all.removeIf(filter);
    }

    // ------------------------------------------------------------------ Object

    /**
     * Compares with {@code o} as {@link Set#equals} requires. Against a {@code CowTreeSet} or an
     * ascending {@code PersistentTreeSet} of the same order: in one walk that skips the subtrees
     * both share, O(n) at worst; otherwise O(n) calls of {@code o.contains}.
     */
    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (o instanceof CowTreeSet<?> other && Objects.equals(order, other.order)) {
            return size() == other.size() && BTree.equalEntries(root(), other.root(), order, false);
        }
        if (o instanceof PersistentTreeSet<?> p
                && !p.isDescending()
                && Objects.equals(order, p.order())) {
            return size() == p.size() && BTree.equalEntries(root(), p.root(), order, false);
        }
        return all.equals(o);
    }

    /** Returns the sum of the elements' hash codes, as {@link Set#hashCode} requires. O(n). */
    @Override
    public int hashCode() {
        int[] sum = {0};
        BTree.forEach(root(), false, (k, v) -> sum[0] += Objects.hashCode(k));
        return sum[0];
    }

    /** Returns the elements as {@code [e1, e2]}, in order. O(n). */
    @Override
    public String toString() {
        return all.toString();
    }

    // ------------------------------------------------------------------ tests and serialization

    /** Checks the tree's invariants ({@link BTree#checkInvariants}). */
    void checkInvariants() {
        checkTree();
    }

    /**
     * Writes the comparator, then the elements, as a {@link PersistentTreeSet}'s contents.
     *
     * @serialData the comparator ({@code Object}, so it must be {@link Serializable}), then the
     *     elements in order in {@link io.holstein.internal.SerialArrays}' layout: their count, each
     *     element, an end byte
     * @param out the stream
     * @throws IOException if the stream fails, or {@link java.io.NotSerializableException} if the
     *     comparator or an element is not serializable
     */
    @Serial
    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        writeContents(out);
    }

    /**
     * Reads the comparator and the elements into a tree loaded in O(n), which this set then shares
     * as it shares a persistent version it was made from.
     *
     * @param in the stream
     * @throws java.io.InvalidObjectException if the comparator is not one, the declared size is
     *     invalid or does not match the elements, or the elements are not strictly ascending in the
     *     comparator's order
     * @throws IOException if the stream fails or ends early
     * @throws ClassNotFoundException if a class cannot be found
     */
    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        PersistentTreeSet<?> read = SerialProxy.readContents(in, PersistentTreeSet.class);
        readTree(read.order(), read.root(), read.size());
        all = new CowTreeKeySet<>(this, KeyRange.ALL);
    }
}
