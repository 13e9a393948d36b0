package io.holstein.concurrent;

import io.holstein.list.PersistentVector;
import java.util.AbstractList;
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
 * The live {@code subList} view of a {@link SnapshotVector}: a fixed index range {@code [offset,
 * end)} of the list, read afresh from the list's current version on every call and cut at that
 * version's size. Only writes through this view or its own views move {@code end}; the rules and
 * the costs are stated on {@link SnapshotVector#subList}.
 *
 * <p>Every method reads one version, so each answer is consistent; every write is one
 * compare-and-set on the list, retried from the newer version when another write intervenes. Every
 * method {@code AbstractList} implements, reads included, is overridden to work on one version: the
 * inherited ones go element by element, each {@code get} reading the newest version.
 */
final class SnapshotSubList<E> extends AbstractList<E> implements RandomAccess {

    /** What one attempt of a write computes from the version it read. */
    @FunctionalInterface
    private interface Edit<E> {
        /**
         * @param v the version read
         * @param lo the view's first index in {@code v}
         * @param hi the index after the view's last in {@code v}
         * @param change where the attempt changes {@code v}; to be set unless nothing changes
         * @return the next version
         */
        PersistentVector<E> apply(PersistentVector<E> v, int lo, int hi, Change change);
    }

    /**
     * Where one attempt of a write changes the version it read: the indices {@code [from, to)}
     * become {@code length} elements. A write through a view changes only indices of that view, but
     * not always only indices of the views it came from: a sibling's write may have moved an outer
     * view's end below this one's. So each outer view's end moves by the part of the change before
     * it, as {@link SnapshotVector#subList} states.
     */
    private static final class Change {
        int from;
        int to;
        int length;

        /**
         * For a removal of scattered elements: {@code goneBefore[k]} is how many of the first k
         * elements of {@code [from, to)} went; else null.
         */
        int[] goneBefore;

        /** Sets the change to a replacement of {@code [from, to)} by {@code length} elements. */
        void set(int from, int to, int length) {
            this.from = from;
            this.to = to;
            this.length = length;
            this.goneBefore = null;
        }

        /** Where an end at index {@code e} of the version read lands in the version written. */
        int moved(int e) {
            if (e < from) {
                return e;
            }
            if (e >= to) {
                // The size change first: e + length alone may pass Integer.MAX_VALUE.
                return e + (length - (to - from));
            }
            if (goneBefore != null) {
                return e - goneBefore[e - from];
            }
            return from + Math.min(e - from, length);
        }
    }

    private final SnapshotVector<E> list;

    /** The view this one was taken from, whose end moves with this one's writes; or null. */
    private final SnapshotSubList<E> parent;

    /** The first index of the range in the list. */
    private final int offset;

    /** The index after the last of the range in the list, before the cut at the list's size. */
    private volatile int end;

    SnapshotSubList(SnapshotVector<E> list, SnapshotSubList<E> parent, int offset, int end) {
        this.list = list;
        this.parent = parent;
        this.offset = offset;
        this.end = end;
    }

    private int lo(PersistentVector<E> v) {
        return Math.min(offset, v.size());
    }

    private int hi(PersistentVector<E> v) {
        return Math.min(end, v.size());
    }

    /** The view's elements in the current version. */
    private PersistentVector<E> slice() {
        PersistentVector<E> v = list.snapshot();
        return v.slice(lo(v), hi(v));
    }

    /**
     * Applies {@code edit} to the current version until one attempt is installed, then moves the
     * end of this view and of the views it came from by the part of the change before their end
     * (cut at the size of the version read), never below their offset.
     */
    private void write(Edit<E> edit) {
        Change change = new Change();
        for (; ; ) {
            PersistentVector<E> v = list.snapshot();
            int lo = lo(v);
            change.set(lo, lo, 0);
            PersistentVector<E> next = edit.apply(v, lo, hi(v), change);
            if (list.install(v, next)) {
                for (SnapshotSubList<E> view = this; view != null; view = view.parent) {
                    view.end = Math.max(view.offset, change.moved(view.hi(v)));
                }
                return;
            }
        }
    }

    /** Thrown where the view must be placed in the list but starts past its end. */
    private IndexOutOfBoundsException pastTheEnd(PersistentVector<E> v) {
        return new IndexOutOfBoundsException(
                "the view starts at index " + offset + ", past the list's size " + v.size());
    }

    // ------------------------------------------------------------------ reads

    @Override
    public int size() {
        PersistentVector<E> v = list.snapshot();
        return hi(v) - lo(v);
    }

    @Override
    public boolean isEmpty() {
        return size() == 0;
    }

    @Override
    public E get(int index) {
        PersistentVector<E> v = list.snapshot();
        int lo = lo(v);
        Objects.checkIndex(index, hi(v) - lo);
        return v.get(lo + index);
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    @Override
    public boolean containsAll(Collection<?> c) {
        return slice().containsAll(c);
    }

    @Override
    public int indexOf(Object o) {
        return slice().indexOf(o);
    }

    @Override
    public int lastIndexOf(Object o) {
        return slice().lastIndexOf(o);
    }

    @Override
    public Object[] toArray() {
        return slice().toArray();
    }

    @Override
    public <T> T[] toArray(T[] a) {
        return slice().toArray(a);
    }

    @Override
    public Iterator<E> iterator() {
        return slice().iterator();
    }

    @Override
    public ListIterator<E> listIterator() {
        return slice().listIterator();
    }

    @Override
    public ListIterator<E> listIterator(int index) {
        return slice().listIterator(index);
    }

    @Override
    public Spliterator<E> spliterator() {
        return slice().spliterator();
    }

    @Override
    public void forEach(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        slice().forEach(action);
    }

    @Override
    public List<E> subList(int fromIndex, int toIndex) {
        PersistentVector<E> v = list.snapshot();
        if (offset > v.size()) {
            // Placing the child at the list's end would start it before this view.
            throw pastTheEnd(v);
        }
        int size = hi(v) - offset;
        if (fromIndex < 0 || toIndex > size || fromIndex > toIndex) {
            throw new IndexOutOfBoundsException(
                    "fromIndex: " + fromIndex + ", toIndex: " + toIndex + ", size: " + size);
        }
        return new SnapshotSubList<>(list, this, offset + fromIndex, offset + toIndex);
    }

    @Override
    public boolean equals(Object o) {
        return o == this || slice().equals(o);
    }

    @Override
    public int hashCode() {
        return slice().hashCode();
    }

    @Override
    public String toString() {
        return SnapshotVector.toString(slice(), this);
    }

    // ------------------------------------------------------------------ writes

    @Override
    public E set(int index, E e) {
        return replaceElement(index, 1, e);
    }

    @Override
    public boolean add(E e) {
        write(
                (v, lo, hi, change) -> {
                    int i = insertionPoint(v, lo, hi, hi - lo);
                    change.set(i, i, 1);
                    return v.insert(i, e);
                });
        return true;
    }

    @Override
    public void add(int index, E e) {
        write(
                (v, lo, hi, change) -> {
                    int i = insertionPoint(v, lo, hi, index);
                    change.set(i, i, 1);
                    return v.insert(i, e);
                });
    }

    @Override
    public boolean addAll(Collection<? extends E> c) {
        PersistentVector<E> added = SnapshotVector.versionOf(c);
        write(
                (v, lo, hi, change) ->
                        inserted(v, insertionPoint(v, lo, hi, hi - lo), added, change));
        return !added.isEmpty();
    }

    @Override
    public boolean addAll(int index, Collection<? extends E> c) {
        PersistentVector<E> added = SnapshotVector.versionOf(c);
        write((v, lo, hi, change) -> inserted(v, insertionPoint(v, lo, hi, index), added, change));
        return !added.isEmpty();
    }

    /**
     * Where view index {@code index} lies in {@code v}, the version read, for an insertion there.
     *
     * @throws IndexOutOfBoundsException if the view starts past the end of {@code v}, or if {@code
     *     index} is outside {@code [0, hi - lo]}
     */
    private int insertionPoint(PersistentVector<E> v, int lo, int hi, int index) {
        if (offset > v.size()) {
            throw pastTheEnd(v);
        }
        SnapshotVector.checkPositionIndex(index, hi - lo);
        return lo + index;
    }

    /** {@code v} with {@code added} inserted at list index {@code i}, as {@code change} records. */
    private static <E> PersistentVector<E> inserted(
            PersistentVector<E> v, int i, PersistentVector<E> added, Change change) {
        change.set(i, i, added.size());
        return added.isEmpty() ? v : SnapshotVector.spliced(v, i, i, added);
    }

    @Override
    public E remove(int index) {
        return replaceElement(index, 0, null);
    }

    /**
     * The one write of {@code set} and {@code remove(index)}: replaces element {@code index} of the
     * view by {@code e} if {@code length} is 1, or removes it if {@code length} is 0; returns the
     * element it replaced.
     */
    private E replaceElement(int index, int length, E e) {
        Object[] old = new Object[1];
        write(
                (v, lo, hi, change) -> {
                    Objects.checkIndex(index, hi - lo);
                    int i = lo + index;
                    old[0] = v.get(i);
                    change.set(i, i + 1, length);
                    return length == 1 ? v.with(i, e) : v.removeAt(i);
                });
        @SuppressWarnings("unchecked")
        E result = (E) old[0];
        return result;
    }

    @Override
    public boolean remove(Object o) {
        boolean[] changed = {false};
        write(
                (v, lo, hi, change) -> {
                    int found = v.slice(lo, hi).indexOf(o);
                    changed[0] = found >= 0;
                    if (found < 0) {
                        return v;
                    }
                    int i = lo + found;
                    change.set(i, i + 1, 0);
                    return v.removeAt(i);
                });
        return changed[0];
    }

    @Override
    public boolean removeAll(Collection<?> c) {
        Objects.requireNonNull(c, "c");
        return removeIf(c::contains);
    }

    @Override
    public boolean retainAll(Collection<?> c) {
        Objects.requireNonNull(c, "c");
        return removeIf(e -> !c.contains(e));
    }

    @Override
    public boolean removeIf(Predicate<? super E> filter) {
        Objects.requireNonNull(filter, "filter");
        boolean[] changed = {false};
        write(
                (v, lo, hi, change) -> {
                    @SuppressWarnings("unchecked")
                    E[] a = (E[]) v.slice(lo, hi).toArray();
                    int[] goneBefore = new int[a.length + 1];
                    int kept = 0;
                    for (int i = 0; i < a.length; i++) {
                        boolean gone = filter.test(a[i]);
                        goneBefore[i + 1] = goneBefore[i] + (gone ? 1 : 0);
                        if (!gone) {
                            a[kept++] = a[i];
                        }
                    }
                    changed[0] = kept < a.length;
                    if (kept == a.length) {
                        return v;
                    }
                    change.set(lo, hi, kept);
                    change.goneBefore = goneBefore;
                    return SnapshotVector.spliced(
                            v, lo, hi, PersistentVector.copyOf(Arrays.asList(a).subList(0, kept)));
                });
        return changed[0];
    }

    @Override
    public void replaceAll(UnaryOperator<E> operator) {
        Objects.requireNonNull(operator, "operator");
        rewrite(elements -> SnapshotVector.mapped(elements, operator));
    }

    @Override
    public void sort(Comparator<? super E> c) {
        rewrite(elements -> SnapshotVector.sorted(elements, c));
    }

    /**
     * The one write of {@code replaceAll} and {@code sort}: replaces the view's elements by {@code
     * rewritten}'s result for them, as many.
     */
    private void rewrite(UnaryOperator<PersistentVector<E>> rewritten) {
        write(
                (v, lo, hi, change) -> {
                    change.set(lo, hi, hi - lo);
                    return SnapshotVector.spliced(v, lo, hi, rewritten.apply(v.slice(lo, hi)));
                });
    }

    @Override
    public void clear() {
        write(
                (v, lo, hi, change) -> {
                    change.set(lo, hi, 0);
                    return lo == hi
                            ? v
                            : SnapshotVector.spliced(v, lo, hi, PersistentVector.empty());
                });
    }
}
