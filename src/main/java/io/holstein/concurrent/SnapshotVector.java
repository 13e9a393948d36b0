package io.holstein.concurrent;

import io.holstein.internal.SerialProxy;
import io.holstein.list.PersistentVector;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A thread-safe list with the read semantics of {@link java.util.concurrent.CopyOnWriteArrayList}
 * and O(log n) writes: one mutable reference to an immutable {@link PersistentVector}, replaced by
 * compare-and-set on every write.
 *
 * <pre>{@code
 * SnapshotVector<String> log = new SnapshotVector<>();
 * log.add("started");                             // from any thread: O(log n), not O(n)
 * PersistentVector<String> seen = log.snapshot(); // O(1); later adds never show in it
 * for (String line : log) { ... }                 // walks one version while others add
 * }</pre>
 *
 * <p><b>Costs</b> (n elements, h = ⌈log<sub>32</sub> n⌉, at most 4 up to about a million). {@code
 * size}, {@code isEmpty}, {@link #snapshot()} and {@link #iterator()} are O(1): one volatile read.
 * {@code get} is one volatile read and O(h) array loads. {@code add(e)} and {@code addIfAbsent}
 * (after its O(n) search) usually write into a spare slot of the version's tail array and otherwise
 * copy one edge array or one trie path, and {@code set} copies one edge array or trie path: O(log
 * n), where {@code CopyOnWriteArrayList} copies all n elements (see {@link
 * PersistentVector#append}); {@code add(i, e)} and {@code remove(i)} copy one trie path, O(32 h).
 * Bulk writes ({@code addAll}, {@code removeIf}, {@code removeAll}, {@code retainAll}, {@code
 * replaceAll}, {@code sort}) and searches are O(n) (plus the argument's size), as with {@code
 * CopyOnWriteArrayList}.
 *
 * <p><b>Consistency.</b>
 *
 * <ul>
 *   <li>Every method is atomic and linearizable. A read takes the current version with one volatile
 *       read and works on that version alone, so bulk reads ({@code toArray}, {@code equals},
 *       {@code hashCode}, {@code toString}, {@code contains}, {@code indexOf}, {@code forEach},
 *       streams) see one complete version, never a mix.
 *   <li>A write computes the next version from the version it read and installs it only if the list
 *       still holds that version; otherwise it starts again from the newer one. A write thus never
 *       blocks, and some thread's write always succeeds (lock-free). Functions given to a write
 *       ({@code removeIf}'s predicate, {@code replaceAll}'s operator, {@code sort}'s comparator,
 *       the {@code contains} of {@code removeAll}'s argument, {@link #update}'s operator) may
 *       therefore run more than once under contention and should have no side effects, and must not
 *       write this list (each such write makes the outer write start over, forever); a write whose
 *       function throws leaves the list unchanged.
 *   <li>Memory effects: actions in a thread before a write happen-before actions after a later read
 *       (in another thread) that sees that write, as for {@code CopyOnWriteArrayList}. This holds
 *       for a write that changes nothing too (a {@code set} of the element present, an {@link
 *       #update} returning its argument): it compare-and-sets the current version onto itself, as
 *       {@code CopyOnWriteArrayList.set} writes its array back.
 *   <li>Iterators, list iterators, spliterators and streams walk the version current when they were
 *       made: they never throw {@code ConcurrentModificationException} and never see later writes.
 *       Iterators cannot write ({@code remove}, {@code set} and {@code add} throw {@link
 *       UnsupportedOperationException}); spliterators report {@code IMMUTABLE}, {@code ORDERED},
 *       {@code SIZED} and {@code SUBSIZED}, as {@code CopyOnWriteArrayList}'s do (the version they
 *       walk is immutable).
 *   <li>{@link #subList} is a live view: unlike {@code CopyOnWriteArrayList}'s, it reads the
 *       current version on every access and never throws {@code ConcurrentModificationException};
 *       its bounds are described there.
 *   <li>Permits {@code null} elements. Equal to any {@code List} with equal elements in order.
 *       Serializable as {@code CopyOnWriteArrayList} is, writing one version, including object
 *       graphs that loop back through the list (a list holding itself, an element referring to the
 *       list).
 * </ul>
 *
 * <p>{@link #update} and {@link #compareAndSet} make several changes one atomic step, and {@link
 * #snapshot()} hands out the current version as an immutable {@link PersistentVector} in O(1); a
 * constructor adopts one in O(1). Converting from any other collection copies it (O(n)).
 *
 * @param <E> the type of elements
 */
public final class SnapshotVector<E> extends SnapshotRoot<PersistentVector<E>>
        implements List<E>, RandomAccess, Serializable {

    /*
     * Implementation notes.
     *
     * The one piece of mutable state is the current version, held and compare-and-set by
     * SnapshotRoot, which SnapshotHashMap shares; its notes say why a VarHandle and why a write
     * that changes nothing still compare-and-sets the version onto itself (set of the same
     * element, replaceAll or sort that change nothing, update returning its argument). Writes
     * that fail (remove of an absent element, removeIf that matches nothing, addIfAbsent of a
     * present element) write nothing; they linearize at their read.
     */

    @Serial private static final long serialVersionUID = 1L;

    /** Creates an empty list. O(1). */
    public SnapshotVector() {
        super(PersistentVector.empty());
    }

    /**
     * Creates a list whose current version is {@code vector}. O(1): the vector is adopted, not
     * copied (it is immutable, so nothing can change it behind this list's back).
     *
     * @param vector the initial contents
     * @throws NullPointerException if {@code vector} is {@code null}
     */
    public SnapshotVector(PersistentVector<E> vector) {
        super(Objects.requireNonNull(vector, "vector"));
    }

    /**
     * Creates a list holding the elements of {@code c} in its iteration order. O(n): the elements
     * are copied (from {@code c.toArray()}, as {@code CopyOnWriteArrayList} does); another {@code
     * SnapshotVector} gives its current version in O(1).
     *
     * @param c the initial elements
     * @throws NullPointerException if {@code c} is {@code null}
     */
    public SnapshotVector(Collection<? extends E> c) {
        super(versionOf(c));
    }

    // ------------------------------------------------------------------ versions

    /**
     * Returns the current version. O(1), one volatile read; the vector is immutable and stays valid
     * whatever later happens to this list.
     *
     * @return the current contents as an immutable vector
     */
    public PersistentVector<E> snapshot() {
        return current();
    }

    /**
     * Replaces the current version with {@code operator}'s result, atomically. The operator is
     * applied to the current version and the result installed only if the list still holds that
     * version; otherwise it is applied again to the newer one. It may thus run more than once under
     * contention and should be free of side effects. If it throws, the list is unchanged. Returning
     * its argument changes nothing but still writes that version onto itself, so the call has the
     * memory effects of a write. Cost: the operator's, per attempt.
     *
     * <p>The operator must not write this list: each such write overtakes the version the operator
     * was given, so the update starts over and never terminates (where {@code ConcurrentHashMap}
     * would throw {@code IllegalStateException}).
     *
     * @param operator computes the next version from the current one; must not return {@code null}
     * @return the version installed
     * @throws NullPointerException if {@code operator} is {@code null} or returns {@code null}
     */
    public PersistentVector<E> update(UnaryOperator<PersistentVector<E>> operator) {
        return updateVersion(operator);
    }

    /**
     * Installs {@code next} if the current version is {@code expected} (compared by identity, as
     * versions returned by {@link #snapshot()} are). O(1). When {@code expected == next} this
     * returns whether {@code expected} is current, and writes it onto itself if so, so a successful
     * call always has the memory effects of a write.
     *
     * @param expected the version believed current
     * @param next the version to install
     * @return whether {@code next} was installed (is now current)
     * @throws NullPointerException if {@code next} is {@code null}
     */
    public boolean compareAndSet(PersistentVector<E> expected, PersistentVector<E> next) {
        return compareAndSetVersion(expected, next);
    }

    @Override
    PersistentVector<E> checked(PersistentVector<E> version) {
        return Objects.requireNonNull(version, "not a version: null");
    }

    // ------------------------------------------------------------------ reads

    /**
     * Returns the number of elements in the current version. O(1).
     *
     * @return the size
     */
    @Override
    public int size() {
        return current().size();
    }

    /**
     * Returns whether the current version is empty. O(1).
     *
     * @return {@code true} if there are no elements
     */
    @Override
    public boolean isEmpty() {
        return current().isEmpty();
    }

    /**
     * Returns element {@code index} of the current version. One volatile read and O(log n) array
     * loads.
     *
     * @param index the index
     * @return the element, possibly {@code null}
     * @throws ArrayIndexOutOfBoundsException if {@code index} is out of range, as {@code
     *     CopyOnWriteArrayList.get} throws
     */
    @Override
    public E get(int index) {
        PersistentVector<E> v = current();
        // The vector's own bounds test only, its exception translated: a read then tests the
        // bounds once, as the bare vector's get does.
        try {
            return v.get(index);
        } catch (IndexOutOfBoundsException e) {
            throw outOfBounds(index, v.size());
        }
    }

    /**
     * Returns whether the current version holds an element equal to {@code o}. O(n).
     *
     * @param o the element to look for, may be {@code null}
     * @return {@code true} if found
     */
    @Override
    public boolean contains(Object o) {
        return current().contains(o);
    }

    /**
     * Returns whether the current version holds every element of {@code c}. O(n · |c|).
     *
     * @param c the elements to look for
     * @return {@code true} if all are found
     * @throws NullPointerException if {@code c} is {@code null}
     */
    @Override
    public boolean containsAll(Collection<?> c) {
        return current().containsAll(c);
    }

    /**
     * Returns the index of the first element equal to {@code o} in the current version, or -1.
     * O(n).
     *
     * @param o the element, may be {@code null}
     * @return the index, or -1
     */
    @Override
    public int indexOf(Object o) {
        return current().indexOf(o);
    }

    /**
     * Returns the index of the first element equal to {@code e} at or after {@code index} in the
     * current version, or -1 (also when {@code index} is at or past the size), as {@code
     * CopyOnWriteArrayList.indexOf(E, int)}. O(log n) to cut the version at {@code index}, plus
     * O(1) per element searched.
     *
     * @param e the element, may be {@code null}
     * @param index where to start searching
     * @return the index, or -1
     * @throws ArrayIndexOutOfBoundsException if {@code index} is negative, as {@code
     *     CopyOnWriteArrayList} throws
     */
    public int indexOf(E e, int index) {
        PersistentVector<E> v = current();
        if (index < 0) {
            throw outOfBounds(index, v.size());
        }
        if (index >= v.size()) {
            return -1;
        }
        int found = v.drop(index).indexOf(e);
        return found < 0 ? -1 : index + found;
    }

    /**
     * Returns the index of the last element equal to {@code o} in the current version, or -1. O(n).
     *
     * @param o the element, may be {@code null}
     * @return the index, or -1
     */
    @Override
    public int lastIndexOf(Object o) {
        return current().lastIndexOf(o);
    }

    /**
     * Returns the index of the last element equal to {@code e} at or before {@code index} in the
     * current version, or -1 (also when {@code index} is negative), as {@code
     * CopyOnWriteArrayList.lastIndexOf(E, int)}. O(log n) to cut the version after {@code index},
     * then O(index).
     *
     * @param e the element, may be {@code null}
     * @param index where to start searching backwards
     * @return the index, or -1
     * @throws ArrayIndexOutOfBoundsException if {@code index} is at or past the current size, as
     *     {@code CopyOnWriteArrayList} throws
     */
    public int lastIndexOf(E e, int index) {
        PersistentVector<E> v = current();
        if (index >= v.size()) {
            throw outOfBounds(index, v.size());
        }
        return index < 0 ? -1 : v.take(index + 1).lastIndexOf(e);
    }

    /**
     * Returns the elements of the current version in a new array. O(n).
     *
     * @return a new array of the elements, in order
     */
    @Override
    public Object[] toArray() {
        return current().toArray();
    }

    /**
     * Returns the elements of the current version in {@code a} if it is large enough (with {@code
     * null} after the last one if there is room), otherwise in a new array of its runtime type.
     * O(n).
     *
     * @param a the array to fill, or whose type to use
     * @param <T> the array's component type
     * @return the array of the elements, in order
     * @throws ArrayStoreException if an element is not of the array's type
     * @throws NullPointerException if {@code a} is {@code null}
     */
    @Override
    public <T> T[] toArray(T[] a) {
        return current().toArray(a);
    }

    /**
     * Returns an iterator over the current version: the version's own iterator (see {@link
     * PersistentVector#iterator()}), O(1) to create and amortized O(1) per step. It never throws
     * {@code ConcurrentModificationException}, never sees later writes, and its {@code remove}
     * throws {@link UnsupportedOperationException}.
     *
     * @return an iterator over a snapshot
     */
    @Override
    public Iterator<E> iterator() {
        return current().iterator();
    }

    /**
     * Returns a list iterator over the current version, as {@link #listIterator(int)
     * listIterator(0)}.
     *
     * @return a list iterator over a snapshot, starting at 0
     */
    @Override
    public ListIterator<E> listIterator() {
        return current().listIterator();
    }

    /**
     * Returns a list iterator over the current version starting at {@code index}: the version's own
     * (see {@link PersistentVector#listIterator(int)}), which walks it leaf by leaf in both
     * directions. It never throws {@code ConcurrentModificationException} and never sees later
     * writes; {@code remove}, {@code set} and {@code add} throw {@link
     * UnsupportedOperationException}.
     *
     * @param index the index of the first element {@code next()} returns
     * @return a list iterator over a snapshot
     * @throws IndexOutOfBoundsException if {@code index} is negative or greater than the size
     */
    @Override
    public ListIterator<E> listIterator(int index) {
        return current().listIterator(index);
    }

    /**
     * Returns a spliterator over the current version: {@code IMMUTABLE}, {@code ORDERED}, {@code
     * SIZED} and {@code SUBSIZED}, splitting on the vector's leaves. O(1) to create.
     *
     * @return a spliterator over a snapshot
     */
    @Override
    public Spliterator<E> spliterator() {
        return current().spliterator();
    }

    /**
     * Performs {@code action} on every element of the current version, in order. O(n).
     *
     * @param action the action
     * @throws NullPointerException if {@code action} is {@code null}
     */
    @Override
    public void forEach(Consumer<? super E> action) {
        current().forEach(action);
    }

    // ------------------------------------------------------------------ writes

    /**
     * Appends {@code e}, atomically. Amortized O(1), O(log n) at worst.
     *
     * @param e the element, may be {@code null}
     * @return {@code true}
     * @throws IllegalStateException if the size is already {@link Integer#MAX_VALUE}
     */
    @Override
    public boolean add(E e) {
        for (; ; ) {
            PersistentVector<E> v = current();
            if (install(v, v.append(e))) {
                return true;
            }
        }
    }

    /**
     * Inserts {@code e} at {@code index}, atomically, shifting later elements up. O(32 log n), O(1)
     * amortized at either end.
     *
     * @param index the index, from 0 to the current size
     * @param e the element, may be {@code null}
     * @throws IndexOutOfBoundsException if {@code index} is out of range for the current version
     */
    @Override
    public void add(int index, E e) {
        for (; ; ) {
            PersistentVector<E> v = current();
            checkPositionIndex(index, v.size());
            if (install(v, v.insert(index, e))) {
                return;
            }
        }
    }

    /**
     * Replaces element {@code index}, atomically. Copies one trie path: O(log n).
     *
     * @param index the index
     * @param e the new element, may be {@code null}
     * @return the element replaced
     * @throws ArrayIndexOutOfBoundsException if {@code index} is out of range for the current
     *     version, as {@code CopyOnWriteArrayList.set} throws
     */
    @Override
    public E set(int index, E e) {
        for (; ; ) {
            PersistentVector<E> v = current();
            checkElementIndex(index, v);
            E old = v.get(index);
            if (install(v, v.with(index, e))) {
                return old;
            }
        }
    }

    /**
     * Removes element {@code index}, atomically, shifting later elements down. O(32 log n), O(1)
     * amortized at either end.
     *
     * @param index the index
     * @return the element removed
     * @throws ArrayIndexOutOfBoundsException if {@code index} is out of range for the current
     *     version, as {@code CopyOnWriteArrayList.remove} throws
     */
    @Override
    public E remove(int index) {
        for (; ; ) {
            PersistentVector<E> v = current();
            checkElementIndex(index, v);
            E old = v.get(index);
            if (install(v, v.removeAt(index))) {
                return old;
            }
        }
    }

    /**
     * Removes the first element equal to {@code o}, atomically. O(n).
     *
     * @param o the element, may be {@code null}
     * @return whether an element was removed
     */
    @Override
    public boolean remove(Object o) {
        for (; ; ) {
            PersistentVector<E> v = current();
            int i = v.indexOf(o);
            if (i < 0) {
                return false;
            }
            if (install(v, v.removeAt(i))) {
                return true;
            }
        }
    }

    /**
     * Appends {@code e} unless an equal element is present, atomically. O(n) for the search, then
     * O(log n).
     *
     * @param e the element, may be {@code null}
     * @return whether it was added
     * @throws IllegalStateException if the size is already {@link Integer#MAX_VALUE}
     */
    public boolean addIfAbsent(E e) {
        for (; ; ) {
            PersistentVector<E> v = current();
            if (v.contains(e)) {
                return false;
            }
            if (install(v, v.append(e))) {
                return true;
            }
        }
    }

    /**
     * Appends, in {@code c}'s iteration order, every element of {@code c} that is neither in this
     * list nor earlier in {@code c}, atomically, as {@code CopyOnWriteArrayList.addAllAbsent}. O(n
     * · k + k²) for k elements in {@code c}.
     *
     * @param c the elements to add
     * @return how many elements were added
     * @throws NullPointerException if {@code c} is {@code null}
     */
    public int addAllAbsent(Collection<? extends E> c) {
        Object[] given = c.toArray();
        if (given.length == 0) {
            return 0;
        }
        List<Object> candidates = Arrays.asList(given);
        for (; ; ) {
            PersistentVector<E> v = current();
            PersistentVector.Builder<E> next = v.toBuilder();
            int added = 0;
            for (int i = 0; i < given.length; i++) {
                Object e = given[i];
                if (!v.contains(e) && !candidates.subList(0, i).contains(e)) {
                    @SuppressWarnings("unchecked")
                    E element = (E) e;
                    next.add(element);
                    added++;
                }
            }
            if (added == 0) {
                return 0;
            }
            if (install(v, next.build())) {
                return added;
            }
        }
    }

    /**
     * Appends every element of {@code c} in its iteration order, atomically. O(k) for k elements,
     * O(log² n) for a {@code PersistentVector} or another {@code SnapshotVector}, whose trees are
     * joined.
     *
     * @param c the elements to add
     * @return whether the list changed
     * @throws NullPointerException if {@code c} is {@code null}
     * @throws IllegalStateException if the size would pass {@link Integer#MAX_VALUE}
     */
    @Override
    public boolean addAll(Collection<? extends E> c) {
        PersistentVector<E> added = versionOf(c);
        if (added.isEmpty()) {
            return false;
        }
        for (; ; ) {
            PersistentVector<E> v = current();
            if (install(v, v.concat(added))) {
                return true;
            }
        }
    }

    /**
     * Inserts every element of {@code c} at {@code index}, in its iteration order, atomically. O(k
     * + 32 log² n) for k elements.
     *
     * @param index where to insert, from 0 to the current size
     * @param c the elements to add
     * @return whether the list changed
     * @throws NullPointerException if {@code c} is {@code null}
     * @throws IndexOutOfBoundsException if {@code index} is out of range for the current version
     * @throws IllegalStateException if the size would pass {@link Integer#MAX_VALUE}
     */
    @Override
    public boolean addAll(int index, Collection<? extends E> c) {
        PersistentVector<E> added = versionOf(c);
        for (; ; ) {
            PersistentVector<E> v = current();
            checkPositionIndex(index, v.size());
            if (added.isEmpty()) {
                return false;
            }
            if (install(v, spliced(v, index, index, added))) {
                return true;
            }
        }
    }

    /**
     * Removes every element contained in {@code c}, atomically. O(n) calls of {@code c.contains},
     * repeated if another write intervenes.
     *
     * @param c the elements to remove
     * @return whether the list changed
     * @throws NullPointerException if {@code c} is {@code null}
     */
    @Override
    public boolean removeAll(Collection<?> c) {
        Objects.requireNonNull(c, "c");
        return removeIf(c::contains);
    }

    /**
     * Keeps only the elements contained in {@code c}, atomically. O(n) calls of {@code c.contains},
     * repeated if another write intervenes.
     *
     * @param c the elements to keep
     * @return whether the list changed
     * @throws NullPointerException if {@code c} is {@code null}
     */
    @Override
    public boolean retainAll(Collection<?> c) {
        Objects.requireNonNull(c, "c");
        return removeIf(e -> !c.contains(e));
    }

    /**
     * Removes every element matching {@code filter}, atomically. O(n) calls of the filter, repeated
     * if another write intervenes; if it throws, the list is unchanged.
     *
     * @param filter the predicate
     * @return whether the list changed
     * @throws NullPointerException if {@code filter} is {@code null}
     */
    @Override
    public boolean removeIf(Predicate<? super E> filter) {
        Objects.requireNonNull(filter, "filter");
        for (; ; ) {
            PersistentVector<E> v = current();
            PersistentVector<E> kept = without(v, filter);
            if (kept == v) {
                return false;
            }
            if (install(v, kept)) {
                return true;
            }
        }
    }

    /**
     * Replaces every element with {@code operator}'s result, atomically. O(n) calls of the
     * operator, repeated if another write intervenes; if it throws, the list is unchanged. The
     * operator must not write this list, or the call starts over forever (see {@link #update}).
     *
     * @param operator the function
     * @throws NullPointerException if {@code operator} is {@code null}
     */
    @Override
    public void replaceAll(UnaryOperator<E> operator) {
        Objects.requireNonNull(operator, "operator");
        for (; ; ) {
            PersistentVector<E> v = current();
            if (install(v, mapped(v, operator))) {
                return;
            }
        }
    }

    /**
     * Sorts the list, atomically and stably, by {@code c} ({@code null} for natural order). O(n log
     * n) comparisons, repeated if another write intervenes; if the comparator throws, the list is
     * unchanged.
     *
     * @param c the order, or {@code null} for the elements' natural order
     * @throws ClassCastException if elements are not mutually comparable
     */
    @Override
    public void sort(Comparator<? super E> c) {
        for (; ; ) {
            PersistentVector<E> v = current();
            if (install(v, sorted(v, c))) {
                return;
            }
        }
    }

    /** Removes every element, atomically. O(1): installs an empty version (keeps an empty one). */
    @Override
    public void clear() {
        reset(current -> current.isEmpty() ? current : PersistentVector.empty());
    }

    // ------------------------------------------------------------------ views

    /**
     * Returns a live view of the elements from {@code fromIndex} (inclusive) to {@code toIndex}
     * (exclusive). O(1) to create.
     *
     * <p>Unlike {@code CopyOnWriteArrayList}'s, the view never throws {@code
     * ConcurrentModificationException}: every access reads the list's current version. The view
     * covers the index range {@code [fromIndex, end)} of this list. {@code fromIndex} never
     * changes; {@code end} starts as {@code toIndex} and changes only when a write through the
     * view, or through a view taken from it, completes. Writes made to this list directly, or
     * through unrelated views, do not move the range: the view then shows whatever elements occupy
     * those indices. Precisely, in a version of n elements:
     *
     * <ul>
     *   <li>the view's size is {@code max(0, min(end, n) - fromIndex)}: the range cut at the list's
     *       end, empty if the list is shorter than {@code fromIndex}; element {@code i} of the view
     *       is element {@code fromIndex + i} of the list, and an index at or past the view's size
     *       throws {@link IndexOutOfBoundsException};
     *   <li>an insertion through the view ({@code add}, {@code addAll}) at view index {@code i}
     *       inserts at list index {@code fromIndex + i}, for {@code i} up to the view's size; if
     *       the list is shorter than {@code fromIndex}, it throws {@code IndexOutOfBoundsException}
     *       naming {@code fromIndex} and the list's size, as no index of the view exists; so does
     *       {@code subList} on such a view;
     *   <li>a write through a view replaces the list indices {@code [from, to)} of the version it
     *       read by {@code length} elements: an insertion of k elements at index i is {@code [i,
     *       i)} by k, a {@code set} or {@code remove} at i is {@code [i, i + 1)} by 1 or 0, and a
     *       bulk write ({@code clear}, {@code removeIf}, {@code removeAll}, {@code retainAll},
     *       {@code replaceAll}, {@code sort}) replaces the view's whole range. When it completes
     *       (even one that changed nothing, such as {@code remove} of an absent element), the
     *       {@code end} of that view and of every view it was taken from is cut at the size of the
     *       version read, giving e, then moved by the part of the change inside its range:
     *       <ul>
     *         <li>if {@code e < from}, the change lies past the view, and e stays;
     *         <li>if {@code e >= to}, the change lies inside the view (an insertion at its end
     *             included), and e moves by {@code length - (to - from)}, the change in the list's
     *             size;
     *         <li>otherwise the change straddles e, which happens only to an outer view whose end a
     *             write through another of its views moved below this view's end: e becomes {@code
     *             from} plus the number of new elements standing for the old ones in {@code [from,
     *             e)}; that is {@code from} for {@code clear}, e less the number of elements
     *             removed before e for {@code removeIf}, {@code removeAll} and {@code retainAll},
     *             and e for {@code replaceAll} and {@code sort}.
     *       </ul>
     *       The view's {@code end} then becomes e, or its {@code fromIndex} if that is larger, so
     *       its size is never negative. A write that throws moves nothing.
     * </ul>
     *
     * A view of a view covers a range of this list in the same way (its indices are fixed in this
     * list, not in the outer view; it starts at the outer view's {@code fromIndex} plus its own).
     * Each operation on a view reads one version, so its bulk reads are consistent, and each write
     * through it is one atomic write of this list. Its iterators, like this list's, walk a snapshot
     * of the view's range and cannot write. The bounds are the view's own state: writes through one
     * view from several threads at once are each atomic on this list, but then move the view's
     * {@code end} in an unspecified order. Not serializable.
     *
     * <p>Costs on the view, with n the list's size and m the view's: {@code size} and {@code
     * isEmpty} O(1); {@code get} O(log n); {@code set} O(log n); {@code add} and {@code remove}
     * O(log n), plus O(m) for {@code remove} of an element; {@code addAll} O(log² n) plus the added
     * elements (see {@link PersistentVector} for the edits); every write also O(d) for the d views
     * the view was taken through; {@code iterator}, {@code listIterator}, {@code spliterator} and
     * {@code subList} O(log n) to create (the iterators cut one slice of the version they read and
     * then step in amortized O(1)); {@code indexOf}, {@code lastIndexOf}, {@code contains}, {@code
     * toArray}, {@code equals}, {@code hashCode}, {@code toString}, {@code forEach} O(log n + m);
     * {@code containsAll} O(log n + k m) for k elements asked about; {@code clear} O(log² n), and
     * the other bulk writes O(log² n + m) plus their callbacks. A write retries from the newer
     * version when another write intervenes, each attempt costing as much again.
     *
     * @param fromIndex the first index
     * @param toIndex the index after the last
     * @return the view
     * @throws IndexOutOfBoundsException if {@code fromIndex < 0}, {@code toIndex} is past the
     *     current size or {@code fromIndex > toIndex}, as {@code CopyOnWriteArrayList} throws
     */
    @Override
    public List<E> subList(int fromIndex, int toIndex) {
        int size = current().size();
        if (fromIndex < 0 || toIndex > size || fromIndex > toIndex) {
            throw new IndexOutOfBoundsException(
                    "fromIndex: " + fromIndex + ", toIndex: " + toIndex + ", size: " + size);
        }
        return new SnapshotSubList<>(this, null, fromIndex, toIndex);
    }

    // ------------------------------------------------------------------ equality

    /**
     * Compares the current version with {@code o}: equal to any {@code List} with equal elements in
     * order. O(n); another {@code SnapshotVector} is compared by its current version.
     *
     * @param o the object to compare with
     * @return whether {@code o} is an equal list
     */
    @Override
    public boolean equals(Object o) {
        return o == this
                || current().equals(o instanceof SnapshotVector<?> other ? other.snapshot() : o);
    }

    /**
     * Returns the {@code List} hash code of the current version. O(n); not cached, since elements
     * may be mutable.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return current().hashCode();
    }

    /**
     * Returns the elements of the current version as {@code [a, b, c]}. O(n).
     *
     * @return the string form
     */
    @Override
    public String toString() {
        return toString(current(), this);
    }

    // ------------------------------------------------------------------ internals

    /**
     * {@code c} as a vector: O(1) for a vector or another {@code SnapshotVector}, otherwise a copy
     * of {@code c.toArray()} (which is consistent for concurrent collections).
     */
    @SuppressWarnings("unchecked")
    static <E> PersistentVector<E> versionOf(Collection<? extends E> c) {
        if (c instanceof PersistentVector) {
            return (PersistentVector<E>) c;
        }
        return adoptOrCopy(
                c,
                PersistentVector.class,
                given -> PersistentVector.copyOf(Arrays.asList((E[]) given.toArray())));
    }

    /**
     * Throws what {@code CopyOnWriteArrayList}'s element access throws for an index out of range:
     * its array throws {@link ArrayIndexOutOfBoundsException}, and a mirrored method throws what
     * the JDK's throws.
     */
    private static void checkElementIndex(int index, PersistentVector<?> v) {
        if (index < 0 || index >= v.size()) {
            throw outOfBounds(index, v.size());
        }
    }

    /**
     * Throws what {@code CopyOnWriteArrayList}'s insertions throw for an index out of {@code [0,
     * size]}; its sub list's insertions throw the same.
     */
    static void checkPositionIndex(int index, int size) {
        if (index < 0 || index > size) {
            throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + size);
        }
    }

    private static ArrayIndexOutOfBoundsException outOfBounds(int index, int size) {
        return new ArrayIndexOutOfBoundsException(
                "Index " + index + " out of bounds for length " + size);
    }

    /** {@code v} with {@code [from, to)} replaced by {@code middle}. */
    static <E> PersistentVector<E> spliced(
            PersistentVector<E> v, int from, int to, PersistentVector<E> middle) {
        if (from == v.size() && to == from) {
            return v.concat(middle);
        }
        return v.take(from).concat(middle).concat(v.drop(to));
    }

    /** {@code v} without the elements matching {@code filter}; {@code v} itself if none does. */
    @SuppressWarnings("unchecked")
    static <E> PersistentVector<E> without(PersistentVector<E> v, Predicate<? super E> filter) {
        Object[] a = v.toArray();
        int kept = 0;
        for (Object e : a) {
            if (!filter.test((E) e)) {
                a[kept++] = e;
            }
        }
        return kept == a.length
                ? v
                : PersistentVector.copyOf(Arrays.asList((E[]) a).subList(0, kept));
    }

    /** {@code v} with every element replaced by {@code operator}'s result. */
    @SuppressWarnings("unchecked")
    static <E> PersistentVector<E> mapped(PersistentVector<E> v, UnaryOperator<E> operator) {
        Object[] a = v.toArray();
        for (int i = 0; i < a.length; i++) {
            a[i] = operator.apply((E) a[i]);
        }
        return PersistentVector.copyOf(Arrays.asList((E[]) a));
    }

    /** {@code v} sorted stably by {@code c}, or by natural order if {@code c} is null. */
    @SuppressWarnings("unchecked")
    static <E> PersistentVector<E> sorted(PersistentVector<E> v, Comparator<? super E> c) {
        E[] a = (E[]) v.toArray();
        // A null comparator sorts by natural order, as in CopyOnWriteArrayList.sort.
        Arrays.sort(a, c);
        return PersistentVector.copyOf(Arrays.asList(a));
    }

    /**
     * {@code [a, b, c]}, naming {@code self} as "(this Collection)", as AbstractCollection does:
     * the vector's own toString would recurse into a list that contains itself.
     */
    static String toString(PersistentVector<?> v, Object self) {
        StringBuilder sb = new StringBuilder("[");
        boolean first = true;
        for (Object e : v) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append(e == self ? "(this Collection)" : String.valueOf(e));
        }
        return sb.append(']').toString();
    }

    /** Checks that there is a current version; the vector checks its own structure. */
    void checkInvariants() {
        if (current() == null) {
            throw new AssertionError("no current version");
        }
    }

    /**
     * Writes the current version, one consistent state: its size, then its elements in order, as
     * {@code CopyOnWriteArrayList} does; an element may be this list itself or refer back to it.
     *
     * @serialData the elements in {@link io.holstein.internal.SerialArrays}' layout, as a {@code
     *     PersistentVector}'s contents
     * @param out the stream
     * @throws IOException if the stream fails
     */
    @Serial
    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        SerialProxy.writeContents(out, current());
    }

    /**
     * Reads the elements into a new version, installed as this list's first.
     *
     * @param in the stream
     * @throws java.io.InvalidObjectException if the declared size is invalid or does not match the
     *     elements
     * @throws IOException if the stream fails or ends early
     * @throws ClassNotFoundException if an element's class cannot be found
     */
    @Serial
    @SuppressWarnings("unchecked")
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        initialize(SerialProxy.readContents(in, PersistentVector.class));
    }
}
