package io.holstein.concurrent;

import io.holstein.list.PersistentVector;
import java.util.AbstractList;
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
 * The live {@code subList} view of a {@link SnapshotVector}: a fixed index range
 * {@code [offset, end)} of the list, read afresh from the list's current version on every call
 * and cut at that version's size. Only writes through this view or its own views move
 * {@code end}; the rules are stated on {@link SnapshotVector#subList}.
 *
 * <p>Every method reads one version, so each answer is consistent; every write is one
 * compare-and-set on the list, retried from the newer version when another write intervenes.
 * Extends {@code AbstractList} only for what it computes from {@code get} and the snapshot
 * iterator; every write is overridden, since {@code AbstractList}'s go element by element.
 */
final class SnapshotSubList<E> extends AbstractList<E> implements RandomAccess {

    /** What one attempt of a write computes from the version it read. */
    @FunctionalInterface
    private interface Edit<E> {
        /**
         * @param v the version read
         * @param lo the view's first index in {@code v}
         * @param hi the index after the view's last in {@code v}
         * @return the next version
         */
        PersistentVector<E> apply(PersistentVector<E> v, int lo, int hi);
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
        PersistentVector<E> v = list.current();
        return v.slice(lo(v), hi(v));
    }

    /**
     * Applies {@code edit} to the current version until one attempt is installed, then sets the
     * end of this view and of the views it came from to their offset plus the size they had in
     * the version written, plus the change in size.
     */
    private void write(Edit<E> edit) {
        for (;;) {
            PersistentVector<E> v = list.current();
            PersistentVector<E> next = edit.apply(v, lo(v), hi(v));
            if (list.install(v, next)) {
                int delta = next.size() - v.size();
                for (SnapshotSubList<E> view = this; view != null; view = view.parent) {
                    view.end = view.offset + (view.hi(v) - view.lo(v)) + delta;
                }
                return;
            }
        }
    }

    private static IndexOutOfBoundsException outOfBounds(int index, int size) {
        return new IndexOutOfBoundsException("Index: " + index + ", Size: " + size);
    }

    // ------------------------------------------------------------------ reads

    @Override
    public int size() {
        PersistentVector<E> v = list.current();
        return hi(v) - lo(v);
    }

    @Override
    public boolean isEmpty() {
        return size() == 0;
    }

    @Override
    public E get(int index) {
        PersistentVector<E> v = list.current();
        int lo = lo(v);
        Objects.checkIndex(index, hi(v) - lo);
        return v.get(lo + index);
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    @Override
    public int indexOf(Object o) {
        PersistentVector<E> v = list.current();
        int lo = lo(v);
        int i = VectorOps.indexOf(v, o, lo, hi(v));
        return i < 0 ? -1 : i - lo;
    }

    @Override
    public int lastIndexOf(Object o) {
        PersistentVector<E> v = list.current();
        int lo = lo(v);
        int i = VectorOps.lastIndexOf(v, o, lo, hi(v) - 1);
        return i < 0 ? -1 : i - lo;
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
        return new SnapshotListIterator<>(slice(), 0);
    }

    @Override
    public ListIterator<E> listIterator() {
        return new SnapshotListIterator<>(slice(), 0);
    }

    @Override
    public ListIterator<E> listIterator(int index) {
        PersistentVector<E> s = slice();
        if (index < 0 || index > s.size()) {
            throw outOfBounds(index, s.size());
        }
        return new SnapshotListIterator<>(s, index);
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
        PersistentVector<E> v = list.current();
        int lo = lo(v);
        int size = hi(v) - lo;
        if (fromIndex < 0 || toIndex > size || fromIndex > toIndex) {
            throw new IndexOutOfBoundsException("fromIndex: " + fromIndex + ", toIndex: " + toIndex + ", size: " + size);
        }
        return new SnapshotSubList<>(list, this, lo + fromIndex, lo + toIndex);
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
        return VectorOps.toString(slice(), this);
    }

    // ------------------------------------------------------------------ writes

    @Override
    public E set(int index, E e) {
        Object[] old = new Object[1];
        write((v, lo, hi) -> {
            Objects.checkIndex(index, hi - lo);
            old[0] = v.get(lo + index);
            return v.with(lo + index, e);
        });
        @SuppressWarnings("unchecked")
        E result = (E) old[0];
        return result;
    }

    @Override
    public boolean add(E e) {
        write((v, lo, hi) -> {
            if (offset > v.size()) {
                throw outOfBounds(0, 0);
            }
            return v.insert(hi, e);
        });
        return true;
    }

    @Override
    public void add(int index, E e) {
        write((v, lo, hi) -> {
            if (index < 0 || index > hi - lo || offset > v.size()) {
                throw outOfBounds(index, hi - lo);
            }
            return v.insert(lo + index, e);
        });
    }

    @Override
    public boolean addAll(Collection<? extends E> c) {
        PersistentVector<E> added = SnapshotVector.versionOf(c);
        boolean[] changed = {false};
        write((v, lo, hi) -> {
            if (offset > v.size()) {
                throw outOfBounds(0, 0);
            }
            changed[0] = !added.isEmpty();
            return added.isEmpty() ? v : SnapshotVector.spliced(v, hi, hi, added);
        });
        return changed[0];
    }

    @Override
    public boolean addAll(int index, Collection<? extends E> c) {
        PersistentVector<E> added = SnapshotVector.versionOf(c);
        boolean[] changed = {false};
        write((v, lo, hi) -> {
            if (index < 0 || index > hi - lo || offset > v.size()) {
                throw outOfBounds(index, hi - lo);
            }
            changed[0] = !added.isEmpty();
            return added.isEmpty() ? v : SnapshotVector.spliced(v, lo + index, lo + index, added);
        });
        return changed[0];
    }

    @Override
    public E remove(int index) {
        Object[] old = new Object[1];
        write((v, lo, hi) -> {
            Objects.checkIndex(index, hi - lo);
            old[0] = v.get(lo + index);
            return v.removeAt(lo + index);
        });
        @SuppressWarnings("unchecked")
        E result = (E) old[0];
        return result;
    }

    @Override
    public boolean remove(Object o) {
        boolean[] changed = {false};
        write((v, lo, hi) -> {
            int i = VectorOps.indexOf(v, o, lo, hi);
            changed[0] = i >= 0;
            return i < 0 ? v : v.removeAt(i);
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
        write((v, lo, hi) -> {
            PersistentVector<E> range = v.slice(lo, hi);
            PersistentVector<E> kept = VectorOps.without(range, filter);
            changed[0] = kept != range;
            return kept == range ? v : SnapshotVector.spliced(v, lo, hi, kept);
        });
        return changed[0];
    }

    @Override
    public void replaceAll(UnaryOperator<E> operator) {
        Objects.requireNonNull(operator, "operator");
        write((v, lo, hi) -> SnapshotVector.spliced(v, lo, hi, VectorOps.mapped(v.slice(lo, hi), operator)));
    }

    @Override
    public void sort(Comparator<? super E> c) {
        write((v, lo, hi) -> SnapshotVector.spliced(v, lo, hi, VectorOps.sorted(v.slice(lo, hi), c)));
    }

    @Override
    public void clear() {
        write((v, lo, hi) -> lo == hi ? v : SnapshotVector.spliced(v, lo, hi, PersistentVector.empty()));
    }
}
