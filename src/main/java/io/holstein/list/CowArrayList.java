package io.holstein.list;

import io.holstein.Forkable;
import io.holstein.internal.ArrayGrowth;
import io.holstein.internal.RefCount;
import io.holstein.internal.SerialArrays;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.ConcurrentModificationException;
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
 * A resizable array list, with every constructor and method of {@link ArrayList} and the same
 * behaviour, whose {@link #fork()} returns an independent copy in constant time by sharing the
 * backing array until one side writes.
 *
 * <pre>{@code
 * CowArrayList<String> mine = new CowArrayList<>(List.of("a", "b", "c"));
 * CowArrayList<String> yours = mine.fork(); // O(1): both lists share one array
 * yours.set(0, "z");                        // the first write copies: mine stays [a, b, c]
 * }</pre>
 *
 * <p><b>Costs.</b> {@code size}, {@code isEmpty}, {@code get}, {@code iterator} and {@code
 * listIterator} run in constant time; {@code set} too while the storage is unshared. {@code add}
 * runs in amortized constant time. Inserting or removing at index {@code i} costs O(size - i),
 * searching costs O(n), as for {@code ArrayList}. {@link #fork()} is O(1) and allocates only the
 * new list object. The first write to a list whose storage is shared costs one O(n) copy of the
 * array, which keeps the capacity (a structural write folds its shift into that copy); every later
 * write is in place again, with the single extra cost of reading the shared count.
 *
 * <p><b>Guarantees.</b>
 *
 * <ul>
 *   <li>Mutable; permits {@code null} elements; iterates in index order.
 *   <li>After {@code y = x.fork()}, no write to {@code x} shows in {@code y} and no write to {@code
 *       y} shows in {@code x}, whatever writes through iterators, list iterators, {@code subList}
 *       views or {@code removeIf}/{@code replaceAll}/{@code sort}: everything derived from a list
 *       reads and writes that list's current storage.
 *   <li>Iterators, list iterators, spliterators and {@code subList} views are fail-fast, as {@code
 *       ArrayList}'s are. {@code fork()} and the copy made by a first write are not structural
 *       modifications: they never invalidate iterators or views.
 *   <li>Not synchronized: one instance must not be written concurrently with any other access to
 *       it. {@code fork()} counts as a read, so several threads may fork an instance that nobody
 *       writes. Distinct lists that share storage may be used from different threads with no
 *       synchronization once each was safely published (as any mutable object must be): the shared
 *       count is atomic.
 *   <li>A fork dropped without writing is never uncounted, so its source copies once on its next
 *       write ({@link #isShared()} stays {@code true} until then); a dropped fork never keeps the
 *       array alive.
 *   <li>Serializable as {@code ArrayList} is, including object graphs that loop back through the
 *       list (a list holding itself, an element referring to the list); sharing is not preserved
 *       across serialization.
 * </ul>
 *
 * <p>To fork a range, copy it: {@code new CowArrayList<>(list.subList(from, to))} is O(to - from).
 * Conversions to and from the persistent types go through constructors in O(n).
 *
 * @param <E> the type of elements
 */
public final class CowArrayList<E> extends AbstractList<E>
        implements List<E>, RandomAccess, Cloneable, Serializable, Forkable<CowArrayList<E>> {

    /*
     * Implementation notes.
     *
     * Layout: elementData and size as in ArrayList, plus `shares`, the RefCount of elementData
     * (see io.holstein.internal.RefCount for the counting protocol and its memory-ordering
     * argument). Every list holding an array counts once in that array's RefCount; all holders
     * of one array have equal sizes and contents, since the first write of any of them moves it
     * to a private array. Slots at and beyond size are null.
     *
     * One sharing guard: every element write goes through ensureUnshared() (set-like writes)
     * or through openGap/removeGap/adopt (structural writes), each of which moves the list to
     * a fresh private array when shares.isShared(). A structural first write builds the new
     * array already shifted, so it copies once, not twice. clear() of a shared list drops the
     * array instead of copying it.
     *
     * Empty lists hold one of two static empty arrays with RefCount.FROZEN, which counts as
     * shared forever: the first add has to allocate anyway, and so `new CowArrayList<>()`
     * allocates nothing but the list.
     *
     * No leaked reads: iterators, views and spliterators hold the root list, not its array, and
     * read root.elementData on every access; loops that call user code (equals, predicates,
     * actions, comparators) re-read the field on each step too. Otherwise user code that forks
     * this list and writes it would move this list to a new array while the loop kept reading
     * the old one, which the fork may now write in place. sort() sorts a private copy and then
     * adopts it, so that a comparator forking the list never sees a half-sorted array.
     */

    @Serial private static final long serialVersionUID = 1L;

    private static final int DEFAULT_CAPACITY = 10;

    /** Storage of an empty list made with an explicit capacity of 0 or emptied by trimming. */
    private static final Object[] EMPTY = {};

    /** Storage of an empty list made by the no-argument constructor: it first grows to 10. */
    private static final Object[] DEFAULT_EMPTY = {};

    /** The elements in [0, size); null beyond. Shared with every list counted in shares. */
    transient Object[] elementData;

    /** The number of elements. */
    transient int size;

    /** The count of lists holding elementData. */
    private transient RefCount shares;

    /**
     * Creates an empty list with an initial capacity of ten. O(1); allocates no array until the
     * first element arrives.
     */
    public CowArrayList() {
        this(DEFAULT_EMPTY, 0, RefCount.FROZEN);
    }

    /**
     * Creates an empty list with the given initial capacity. O(capacity).
     *
     * @param initialCapacity the initial capacity of the list
     * @throws IllegalArgumentException if {@code initialCapacity} is negative
     */
    public CowArrayList(int initialCapacity) {
        if (initialCapacity > 0) {
            elementData = new Object[initialCapacity];
            shares = new RefCount();
        } else if (initialCapacity == 0) {
            elementData = EMPTY;
            shares = RefCount.FROZEN;
        } else {
            throw new IllegalArgumentException("Illegal Capacity: " + initialCapacity);
        }
    }

    /**
     * Creates a list of the elements of {@code c}, in its iteration order. If {@code c} is a {@code
     * CowArrayList}, the new list shares its storage as {@link #fork()} does, in O(1); otherwise
     * O(n), copying {@code c.toArray()}.
     *
     * @param c the collection whose elements are placed into this list
     * @throws NullPointerException if {@code c} is null
     */
    public CowArrayList(Collection<? extends E> c) {
        if (c instanceof CowArrayList && !c.isEmpty()) {
            CowArrayList<?> source = (CowArrayList<?>) c;
            RefCount count = source.shares;
            count.retain();
            elementData = source.elementData;
            size = source.size;
            shares = count;
            return;
        }
        Object[] a = c.toArray();
        if (a.length == 0) {
            elementData = EMPTY;
            shares = RefCount.FROZEN;
            return;
        }
        // Only these are known to hand out a fresh Object[] that they keep no reference to.
        boolean fresh = c.getClass() == ArrayList.class || c instanceof CowSubList;
        elementData = fresh ? a : Arrays.copyOf(a, a.length, Object[].class);
        size = a.length;
        shares = new RefCount();
    }

    private CowArrayList(Object[] elementData, int size, RefCount shares) {
        this.elementData = elementData;
        this.size = size;
        this.shares = shares;
    }

    // ------------------------------------------------------------------ sharing

    /**
     * Returns an independent list with the same elements, sharing this list's array until either
     * list writes. O(1): increments the shared count and allocates the new list object. Not a
     * structural modification: iterators and views of this list stay valid. The fork has this
     * list's capacity (the array is the same), and its first write copies the array at that
     * capacity.
     *
     * @return a new list equal to this one
     */
    @Override
    public CowArrayList<E> fork() {
        RefCount count = shares;
        count.retain();
        return new CowArrayList<>(elementData, size, count);
    }

    /**
     * Returns {@link #fork()}: an independent list sharing this list's array, in O(1). Unlike
     * {@code ArrayList.clone}, which trims the copy's capacity to its size, the clone keeps this
     * list's capacity, as a fork does.
     *
     * @return a new list equal to this one
     */
    @Override
    public CowArrayList<E> clone() {
        return fork();
    }

    /**
     * Tells whether the next write to this list will copy its array first: true while another list
     * may read the array. Conservative: a fork dropped without writing keeps it true until this
     * list's next write. Also true for an empty list that has not allocated an array yet (its first
     * element allocates one in any case). O(1); a hint for tests and diagnostics.
     *
     * @return {@code true} if this list's storage may be shared
     */
    public boolean isShared() {
        return shares.isShared();
    }

    /**
     * Returns this list's array, first moving to a private copy if another list may read it. The
     * copy keeps the capacity, so that the writes after the first one stay in place.
     */
    private Object[] ensureUnshared() {
        Object[] es = elementData;
        return shares.isShared() ? adopt(Arrays.copyOf(es, es.length)) : es;
    }

    /**
     * Moves this list to {@code fresh}, an array no other list can see, and uncounts it from its
     * old array. An unshared list keeps its count: its old array is garbage.
     */
    private Object[] adopt(Object[] fresh) {
        elementData = fresh;
        shares = shares.moveToCopy();
        return fresh;
    }

    /** Drops this list's array for a static empty one, without copying anything. */
    private void dropStorage(Object[] empty) {
        RefCount old = shares;
        elementData = empty;
        shares = RefCount.FROZEN;
        old.release();
    }

    /**
     * Returns a private array in which slots [index, index + n) are free to be filled and the
     * elements from index on have moved up by n. The caller fills the gap and sets the size.
     */
    private Object[] openGap(int index, int n) {
        Object[] es = elementData;
        int s = size;
        boolean fits = n <= es.length - s;
        if (fits && !shares.isShared()) {
            System.arraycopy(es, index, es, index + n, s - index);
            return es;
        }
        Object[] fresh = new Object[fits ? es.length : grownCapacity(s + n)];
        System.arraycopy(es, 0, fresh, 0, index);
        System.arraycopy(es, index, fresh, index + n, s - index);
        return adopt(fresh);
    }

    /** Removes the elements in [from, to), shifting the tail down; copies once if shared. */
    private void removeGap(int from, int to) {
        Object[] es = elementData;
        int s = size;
        int newSize = s - (to - from);
        if (shares.isShared()) {
            Object[] fresh = new Object[es.length];
            System.arraycopy(es, 0, fresh, 0, from);
            System.arraycopy(es, to, fresh, from, s - to);
            adopt(fresh);
        } else {
            // Guarded and looped rather than arraycopy/fill calls: removing the last element
            // is the common case and then costs one store, as in ArrayList.
            if (to < s) {
                System.arraycopy(es, to, es, from, s - to);
            }
            for (int i = newSize; i < s; i++) {
                es[i] = null;
            }
        }
        size = newSize;
    }

    /**
     * The capacity to grow to for at least {@code minCapacity} elements: 1.5 times the current one,
     * as ArrayList grows, or ten for a list made by the no-argument constructor.
     */
    private int grownCapacity(int minCapacity) {
        Object[] es = elementData;
        int old = es.length;
        long preferred = es == DEFAULT_EMPTY ? DEFAULT_CAPACITY : (long) old + (old >> 1);
        return ArrayGrowth.grownLength(minCapacity, preferred);
    }

    // ------------------------------------------------------------------ capacity

    /**
     * Trims the capacity to the size. O(n) if there is spare capacity: the copy is private, so a
     * shared list stops sharing; O(1) otherwise. Counts as a structural modification, as in {@code
     * ArrayList}.
     */
    public void trimToSize() {
        modCount++;
        if (size < elementData.length) {
            if (size == 0) {
                dropStorage(EMPTY);
            } else {
                adopt(Arrays.copyOf(elementData, size));
            }
        }
    }

    /**
     * Grows the capacity, if needed, to hold at least {@code minCapacity} elements. O(n) when it
     * grows (into a private array, so a shared list stops sharing), O(1) otherwise. Growing counts
     * as a structural modification, as in {@code ArrayList}.
     *
     * @param minCapacity the desired minimum capacity
     */
    public void ensureCapacity(int minCapacity) {
        Object[] es = elementData;
        if (minCapacity > es.length && !(es == DEFAULT_EMPTY && minCapacity <= DEFAULT_CAPACITY)) {
            modCount++;
            adopt(Arrays.copyOf(es, grownCapacity(minCapacity)));
        }
    }

    // ------------------------------------------------------------------ reads

    /** Returns the number of elements. O(1). */
    @Override
    public int size() {
        return size;
    }

    /** Returns whether the list has no elements. O(1). */
    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    /**
     * Returns the element at {@code index}. O(1).
     *
     * @throws IndexOutOfBoundsException if {@code index} is out of range
     */
    @Override
    public E get(int index) {
        Objects.checkIndex(index, size);
        @SuppressWarnings("unchecked")
        E e = (E) elementData[index];
        return e;
    }

    /**
     * Reads the current storage, for loops that call user code: they read it on every step, and
     * storage that shrank under them (a callback that wrote the list) fails fast.
     */
    @SuppressWarnings("unchecked")
    E elementAt(int index) {
        Object[] es = elementData;
        if (index >= es.length) {
            throw new ConcurrentModificationException();
        }
        return (E) es[index];
    }

    /** Returns whether the list contains an element equal to {@code o}. O(n). */
    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    /** Returns the index of the first element equal to {@code o}, or -1. O(n). */
    @Override
    public int indexOf(Object o) {
        return indexOfRange(o, 0, size);
    }

    int indexOfRange(Object o, int from, int to) {
        for (int i = from; i < to; i++) {
            Object[] es = elementData; // re-read: o.equals may have written this list
            if (i >= es.length) {
                break;
            }
            if (o == null ? es[i] == null : o.equals(es[i])) {
                return i;
            }
        }
        return -1;
    }

    /** Returns the index of the last element equal to {@code o}, or -1. O(n). */
    @Override
    public int lastIndexOf(Object o) {
        return lastIndexOfRange(o, 0, size);
    }

    int lastIndexOfRange(Object o, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            Object[] es = elementData; // re-read: o.equals may have written this list
            if (i >= es.length) {
                continue;
            }
            if (o == null ? es[i] == null : o.equals(es[i])) {
                return i;
            }
        }
        return -1;
    }

    /** Returns a new array of the elements, in order. O(n); the array is the caller's. */
    @Override
    public Object[] toArray() {
        return Arrays.copyOf(elementData, size);
    }

    /**
     * Returns the elements in {@code a} if they fit (with a {@code null} after them if there is
     * room), otherwise in a new array of {@code a}'s runtime type. O(n).
     *
     * @throws ArrayStoreException if an element is not an instance of {@code a}'s component type
     * @throws NullPointerException if {@code a} is null
     */
    @Override
    @SuppressWarnings("unchecked")
    public <T> T[] toArray(T[] a) {
        return copyRangeInto(a, 0, size);
    }

    @SuppressWarnings("unchecked")
    <T> T[] copyRangeInto(T[] a, int from, int to) {
        int n = to - from;
        if (a.length < n) {
            return (T[]) Arrays.copyOfRange(elementData, from, to, a.getClass());
        }
        System.arraycopy(elementData, from, a, 0, n);
        if (a.length > n) {
            a[n] = null;
        }
        return a;
    }

    // ------------------------------------------------------------------ writes

    /**
     * Replaces the element at {@code index}. O(1) while unshared; a first write after a fork copies
     * the array first, in O(n). Not a structural modification.
     *
     * @return the element previously at {@code index}
     * @throws IndexOutOfBoundsException if {@code index} is out of range
     */
    @Override
    public E set(int index, E element) {
        Objects.checkIndex(index, size);
        Object[] es = ensureUnshared();
        @SuppressWarnings("unchecked")
        E old = (E) es[index];
        es[index] = element;
        return old;
    }

    /**
     * Appends {@code e}. Amortized O(1) while unshared; a first write after a fork copies the
     * array, with room to grow, in O(n).
     *
     * @return {@code true}
     */
    @Override
    public boolean add(E e) {
        modCount++;
        int s = size;
        Object[] es = elementData;
        if (s == es.length || shares.isShared()) {
            es = openGap(s, 1);
        }
        es[s] = e;
        size = s + 1;
        return true;
    }

    /**
     * Inserts {@code element} at {@code index}, shifting later elements up. O(size - index) while
     * unshared, O(n) for a first write after a fork (one copy, shift included).
     *
     * @throws IndexOutOfBoundsException if {@code index < 0 || index > size()}
     */
    @Override
    public void add(int index, E element) {
        checkPositionIndex(index, size);
        modCount++;
        Object[] es = openGap(index, 1);
        es[index] = element;
        size++;
    }

    /**
     * Removes the element at {@code index}, shifting later elements down. O(size - index) while
     * unshared, O(n) for a first write after a fork (one copy, shift included).
     *
     * @return the removed element
     * @throws IndexOutOfBoundsException if {@code index} is out of range
     */
    @Override
    public E remove(int index) {
        Objects.checkIndex(index, size);
        Object[] es = elementData;
        @SuppressWarnings("unchecked")
        E old = (E) es[index];
        modCount++;
        if (shares.isShared()) {
            removeGap(index, index + 1);
            return old;
        }
        // Unshared, the common case, spelled out as ArrayList does: removing the last element
        // costs one store.
        int newSize = size - 1;
        if (newSize > index) {
            System.arraycopy(es, index + 1, es, index, newSize - index);
        }
        es[newSize] = null;
        size = newSize;
        return old;
    }

    /**
     * Removes the first element equal to {@code o}, if any. O(n).
     *
     * @return whether an element was removed
     */
    @Override
    public boolean remove(Object o) {
        int i = indexOf(o);
        if (i < 0) {
            return false;
        }
        modCount++;
        removeGap(i, i + 1);
        return true;
    }

    /**
     * Removes every element. O(n) while unshared (the capacity is kept); O(1) when shared: the
     * shared array is let go, not copied.
     */
    @Override
    public void clear() {
        modCount++;
        if (shares.isShared()) {
            dropStorage(elementData == EMPTY ? EMPTY : DEFAULT_EMPTY);
        } else {
            Arrays.fill(elementData, 0, size, null);
        }
        size = 0;
    }

    /**
     * Appends the elements of {@code c} in its iteration order. O(m) amortized for m new elements
     * while unshared, O(n + m) for a first write after a fork.
     *
     * @return whether the list changed
     * @throws NullPointerException if {@code c} is null
     */
    @Override
    public boolean addAll(Collection<? extends E> c) {
        return addAll(size, c);
    }

    /**
     * Inserts the elements of {@code c} at {@code index}, in its iteration order. O(m + size -
     * index) while unshared, O(n + m) for a first write after a fork.
     *
     * @return whether the list changed
     * @throws IndexOutOfBoundsException if {@code index < 0 || index > size()}
     * @throws NullPointerException if {@code c} is null
     */
    @Override
    public boolean addAll(int index, Collection<? extends E> c) {
        checkPositionIndex(index, size);
        Object[] a = c.toArray();
        modCount++;
        int n = a.length;
        if (n == 0) {
            return false;
        }
        Object[] es = openGap(index, n);
        System.arraycopy(a, 0, es, index, n);
        size += n;
        return true;
    }

    /**
     * Removes the elements in [{@code fromIndex}, {@code toIndex}); reached through {@code
     * subList(from, to).clear()}. O(size - fromIndex), O(n) for a first write after a fork (one
     * copy, shift included).
     *
     * @throws IndexOutOfBoundsException if {@code fromIndex > toIndex}
     */
    @Override
    protected void removeRange(int fromIndex, int toIndex) {
        if (fromIndex > toIndex) {
            throw new IndexOutOfBoundsException(
                    "From Index: " + fromIndex + " > To Index: " + toIndex);
        }
        modCount++;
        if (fromIndex < toIndex) {
            removeGap(fromIndex, toIndex);
        }
    }

    /**
     * Removes the elements of this list contained in {@code c}. O(n) calls of {@code c.contains},
     * then one O(n) pass that writes the list (copying it first if shared). Unlike {@code
     * ArrayList}, which writes while it asks, the list is written only after every answer: if
     * {@code c.contains} throws, the list is unchanged, and a {@code c} that is a view of this list
     * sees it unchanged throughout.
     *
     * @return whether the list changed
     * @throws NullPointerException if {@code c} is null
     */
    @Override
    public boolean removeAll(Collection<?> c) {
        return removeIf(membership(c, true), 0, size);
    }

    /**
     * Keeps only the elements of this list contained in {@code c}. O(n) calls of {@code
     * c.contains}, then one O(n) pass that writes the list (copying it first if shared). As with
     * {@link #removeAll}, the list is written only after every answer.
     *
     * @return whether the list changed
     * @throws NullPointerException if {@code c} is null
     */
    @Override
    public boolean retainAll(Collection<?> c) {
        return removeIf(membership(c, false), 0, size);
    }

    static Predicate<Object> membership(Collection<?> c, boolean removeMembers) {
        Objects.requireNonNull(c);
        return e -> c.contains(e) == removeMembers;
    }

    /**
     * Removes the elements matching {@code filter}. O(n), in one pass that writes the list after
     * the filter has seen every element, so a filter that reads the list sees it unchanged. A first
     * write after a fork folds the copy into that pass. Counts as a structural modification only if
     * an element is removed.
     *
     * @return whether any element was removed
     * @throws NullPointerException if {@code filter} is null
     * @throws ConcurrentModificationException if the filter modifies the list structurally
     */
    @Override
    public boolean removeIf(Predicate<? super E> filter) {
        return removeIf(filter, 0, size);
    }

    /** Removes the elements in [from, to) matching filter: test them all, then compact once. */
    boolean removeIf(Predicate<? super E> filter, int from, int to) {
        Objects.requireNonNull(filter);
        int expectedModCount = modCount;
        int first = from;
        while (first < to && !filter.test(elementAt(first))) {
            first++;
        }
        if (first == to) {
            checkForComodification(expectedModCount);
            return false;
        }
        long[] doomed = new long[((to - first - 1) >>> 6) + 1];
        doomed[0] = 1L;
        int removed = 1;
        for (int i = first + 1; i < to; i++) {
            if (filter.test(elementAt(i))) {
                doomed[(i - first) >>> 6] |= 1L << (i - first);
                removed++;
            }
        }
        checkForComodification(expectedModCount);
        modCount++;
        Object[] es = elementData;
        int s = size;
        int newSize = s - removed;
        boolean shared = shares.isShared();
        Object[] dst = shared ? new Object[es.length] : es;
        if (shared) {
            System.arraycopy(es, 0, dst, 0, first);
        }
        int w = first;
        for (int i = first; i < to; i++) {
            if ((doomed[(i - first) >>> 6] & (1L << (i - first))) == 0) {
                dst[w++] = es[i];
            }
        }
        System.arraycopy(es, to, dst, w, s - to);
        if (shared) {
            adopt(dst);
        } else {
            Arrays.fill(es, newSize, s, null);
        }
        size = newSize;
        return true;
    }

    /**
     * Replaces each element with {@code operator}'s result. O(n), plus one O(n) copy first if the
     * storage is shared. Counts as a structural modification, as in {@code ArrayList}.
     *
     * @throws NullPointerException if {@code operator} is null
     * @throws ConcurrentModificationException if the operator modifies the list structurally
     */
    @Override
    public void replaceAll(UnaryOperator<E> operator) {
        replaceAllRange(operator, 0, size);
        modCount++;
    }

    void replaceAllRange(UnaryOperator<E> operator, int from, int to) {
        Objects.requireNonNull(operator);
        int expectedModCount = modCount;
        for (int i = from; modCount == expectedModCount && i < to; i++) {
            E replacement = operator.apply(elementAt(i));
            if (modCount != expectedModCount) {
                break;
            }
            // Checked per element: the operator may have forked this list.
            ensureUnshared()[i] = replacement;
        }
        checkForComodification(expectedModCount);
    }

    /**
     * Sorts the list by {@code c} ({@code null}: natural order), stably. O(n log n). Always sorts a
     * private copy of the array and then adopts it, so a comparator that forks this list never sees
     * it half sorted, and a first write after a fork costs no extra copy. Counts as a structural
     * modification, as in {@code ArrayList}.
     *
     * <p>If a comparison throws (for natural order, also a {@code null} element or one that is not
     * {@code Comparable}), the list is left unchanged, where {@code ArrayList} may be left partly
     * sorted.
     *
     * @throws ClassCastException if elements are not mutually comparable
     * @throws ConcurrentModificationException if the comparator modifies the list structurally
     */
    @Override
    @SuppressWarnings("unchecked")
    public void sort(Comparator<? super E> c) {
        int expectedModCount = modCount;
        if (size > 1) { // fewer elements are sorted already and never reach the comparator
            E[] sorted = (E[]) Arrays.copyOf(elementData, elementData.length);
            Arrays.sort(sorted, 0, size, c);
            checkForComodification(expectedModCount);
            adopt(sorted);
        }
        modCount++;
    }

    // ------------------------------------------------------------------ bulk reads

    /**
     * Performs {@code action} on each element in order. O(n).
     *
     * @throws NullPointerException if {@code action} is null
     * @throws ConcurrentModificationException if the action modifies the list structurally
     */
    @Override
    public void forEach(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        int expectedModCount = modCount;
        int s = size;
        for (int i = 0; modCount == expectedModCount && i < s; i++) {
            action.accept(elementAt(i));
        }
        checkForComodification(expectedModCount);
    }

    /**
     * Compares with another list, element by element. O(n); O(1) for two lists sharing one array.
     */
    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof List)) {
            return false;
        }
        int expectedModCount = modCount;
        boolean equal =
                o instanceof CowArrayList
                        ? equalsCow((CowArrayList<?>) o)
                        : equalsRange((List<?>) o, 0, size);
        checkForComodification(expectedModCount);
        return equal;
    }

    private boolean equalsCow(CowArrayList<?> other) {
        int s = size;
        if (s != other.size) {
            return false;
        }
        if (elementData == other.elementData) {
            return true;
        }
        int otherModCount = other.modCount;
        for (int i = 0; i < s; i++) {
            if (!Objects.equals(elementAt(i), other.elementAt(i))) {
                return false;
            }
        }
        other.checkForComodification(otherModCount);
        return true;
    }

    boolean equalsRange(List<?> other, int from, int to) {
        Iterator<?> it = other.iterator();
        for (int i = from; i < to; i++) {
            if (!it.hasNext() || !Objects.equals(elementAt(i), it.next())) {
                return false;
            }
        }
        return !it.hasNext();
    }

    /** Returns the hash code defined by {@link List#hashCode()}. O(n). */
    @Override
    public int hashCode() {
        int expectedModCount = modCount;
        int hash = hashCodeRange(0, size);
        checkForComodification(expectedModCount);
        return hash;
    }

    int hashCodeRange(int from, int to) {
        int hash = 1;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + Objects.hashCode(elementAt(i));
        }
        return hash;
    }

    /**
     * Returns whether every element of {@code c} is in this list. O(n · m) for m elements of c.
     *
     * @throws NullPointerException if {@code c} is null
     */
    @Override
    public boolean containsAll(Collection<?> c) {
        return super.containsAll(c);
    }

    /**
     * Returns the elements in brackets, separated by {@code ", "}, as {@code ArrayList} does. O(n).
     */
    @Override
    public String toString() {
        return super.toString();
    }

    // ------------------------------------------------------------------ derived objects

    /** Returns a fail-fast iterator that reads this list's current storage. O(1). */
    @Override
    public Iterator<E> iterator() {
        return new CowListIterator<>(this, 0);
    }

    /** Returns a fail-fast list iterator starting at index 0. O(1). */
    @Override
    public ListIterator<E> listIterator() {
        return new CowListIterator<>(this, 0);
    }

    /**
     * Returns a fail-fast list iterator starting at {@code index}. O(1).
     *
     * @throws IndexOutOfBoundsException if {@code index < 0 || index > size()}
     */
    @Override
    public ListIterator<E> listIterator(int index) {
        checkPositionIndex(index, size);
        return new CowListIterator<>(this, index);
    }

    /**
     * Returns a view of the elements in [{@code fromIndex}, {@code toIndex}), backed by this list:
     * writes through it go to this list (copying first if its storage is shared), and it is
     * fail-fast against structural changes made other than through it. O(1). A fork of this list
     * does not see the view's later writes.
     *
     * <p>A view made stale by such a change throws {@code ConcurrentModificationException} from
     * every method that reads or writes its elements, and writes nothing first. {@code ArrayList}'s
     * sub list checks only afterwards in {@code indexOf}, {@code lastIndexOf}, {@code contains} and
     * {@code replaceAll}, so there it may throw {@code ArrayIndexOutOfBoundsException} instead, and
     * its {@code replaceAll} may write into the list.
     *
     * @throws IndexOutOfBoundsException if {@code fromIndex < 0} or {@code toIndex > size()}
     * @throws IllegalArgumentException if {@code fromIndex > toIndex}
     */
    @Override
    public List<E> subList(int fromIndex, int toIndex) {
        checkSubListRange(fromIndex, toIndex, size);
        return new CowSubList<>(this, fromIndex, toIndex);
    }

    /**
     * Returns a late-binding, fail-fast spliterator reporting {@code SIZED}, {@code SUBSIZED} and
     * {@code ORDERED}. O(1).
     */
    @Override
    public Spliterator<E> spliterator() {
        return new CowListSpliterator<>(this, 0, -1, 0);
    }

    // ------------------------------------------------------------------ helpers for views

    int modCount() {
        return modCount;
    }

    /** Replaces the element at an absolute index; shared by {@link #set} and sub lists. */
    E setAt(int index, E element) {
        Object[] es = ensureUnshared();
        @SuppressWarnings("unchecked")
        E old = (E) es[index];
        es[index] = element;
        return old;
    }

    void checkForComodification(int expectedModCount) {
        if (modCount != expectedModCount) {
            throw new ConcurrentModificationException();
        }
    }

    /** Throws what {@code ArrayList} throws for an insertion index out of {@code [0, size]}. */
    static void checkPositionIndex(int index, int size) {
        if (index > size || index < 0) {
            throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + size);
        }
    }

    static void checkSubListRange(int fromIndex, int toIndex, int size) {
        if (fromIndex < 0) {
            throw new IndexOutOfBoundsException("fromIndex = " + fromIndex);
        }
        if (toIndex > size) {
            throw new IndexOutOfBoundsException("toIndex = " + toIndex);
        }
        if (fromIndex > toIndex) {
            throw new IllegalArgumentException(
                    "fromIndex(" + fromIndex + ") > toIndex(" + toIndex + ")");
        }
    }

    /** Checks the representation; tests call it after every step. */
    void checkInvariants() {
        Object[] es = elementData;
        if (es == null || shares == null) {
            throw new AssertionError("missing storage or count");
        }
        if (size < 0 || size > es.length) {
            throw new AssertionError("size " + size + " outside [0, " + es.length + "]");
        }
        for (int i = size; i < es.length; i++) {
            if (es[i] != null) {
                throw new AssertionError("stale element at " + i + " beyond size " + size);
            }
        }
        if (shares.get() < 1) {
            throw new AssertionError("holder of storage counted " + shares.get());
        }
        if ((es == EMPTY || es == DEFAULT_EMPTY) && shares.get() == 1) {
            // Harmless, but it means a path forgot that static storage is never owned.
            throw new AssertionError("static empty storage counted as owned");
        }
    }

    /** The shared count of this list's storage, for tests. */
    RefCount shares() {
        return shares;
    }

    // ------------------------------------------------------------------ serialization

    /**
     * Writes the size, then the elements in order, as {@code ArrayList} does; an element may be
     * this list itself or refer back to it.
     *
     * @serialData the elements in {@link SerialArrays}' layout
     * @param out the stream
     * @throws IOException if the stream fails
     */
    @Serial
    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        SerialArrays.write(out, toArray(), 1);
    }

    /**
     * Reads the elements into storage of this list's own (counted once), exactly as long as the
     * elements read, whatever the stream declared; an empty list has capacity 0, as a deserialized
     * {@code ArrayList} has.
     *
     * @param in the stream
     * @throws java.io.InvalidObjectException if the declared size is invalid or does not match the
     *     elements
     * @throws IOException if the stream fails or ends early
     * @throws ClassNotFoundException if an element's class cannot be found
     */
    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        Object[] a = SerialArrays.read(in, 1);
        elementData = a.length == 0 ? EMPTY : a;
        size = a.length;
        shares = a.length == 0 ? RefCount.FROZEN : new RefCount();
    }
}
