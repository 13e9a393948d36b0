package io.holstein.list;

import java.util.ListIterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The list iterator of a {@link PersistentVector}, and the cursor of its spliterator: it holds the
 * current leaf (or head or tail) so that each element costs one comparison, in either direction,
 * and it finds the next leaf from the root once per leaf. It walks elements {@code [0, fence)}; the
 * spliterator only moves it forward from where its range starts. It cannot write: a vector is
 * immutable.
 *
 * <p>Moving to another leaf is kept to two calls on the vector, with no state of its own beyond the
 * leaf's bounds: an iterator whose methods all inline is scalar-replaced by the JIT, so a for-each
 * loop runs on registers; the more code the leaf change carries, the likelier the compiler keeps
 * the iterator on the heap and reads and writes its fields for every element.
 */
final class VectorIterator<E> implements ListIterator<E> {

    private static final Object[] NONE = {};

    private final PersistentVector<E> vector;
    private final int fence;

    /** The index of the element the next call to {@link #next()} returns. */
    private int index;

    /**
     * The array holding elements {@code segmentStart} up to {@code segmentEnd} (at most the fence).
     * Between calls, {@code segmentStart <= index <= segmentEnd}.
     */
    private Object[] segment = NONE;

    private int segmentStart;
    private int segmentEnd;

    VectorIterator(PersistentVector<E> vector, int from, int fence) {
        this.vector = vector;
        this.index = from;
        this.fence = fence;
        this.segmentStart = from;
        this.segmentEnd = from;
    }

    @Override
    public boolean hasNext() {
        return index < fence;
    }

    @Override
    @SuppressWarnings("unchecked")
    public E next() {
        int i = index;
        if (i >= segmentEnd) {
            if (i >= fence) {
                throw new NoSuchElementException();
            }
            load(i);
        }
        index = i + 1;
        return (E) segment[i - segmentStart];
    }

    @Override
    public boolean hasPrevious() {
        return index > 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public E previous() {
        int i = index - 1;
        if (i < segmentStart) {
            if (i < 0) {
                throw new NoSuchElementException();
            }
            load(i);
        }
        index = i;
        return (E) segment[i - segmentStart];
    }

    @Override
    public int nextIndex() {
        return index;
    }

    @Override
    public int previousIndex() {
        return index - 1;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void forEachRemaining(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        while (index < fence) {
            if (index >= segmentEnd) {
                load(index);
            }
            Object[] a = segment;
            int from = index - segmentStart;
            int to = segmentEnd - segmentStart;
            index = segmentEnd;
            for (int p = from; p < to; p++) {
                action.accept((E) a[p]);
            }
        }
    }

    /** Makes the array holding element {@code i} the current segment. */
    private void load(int i) {
        segment = vector.segmentFor(i);
        segmentStart = i - vector.offsetInSegment(i);
        // Not segmentStart + segment.length: a tail array may run past the vector's end, and past
        // Integer.MAX_VALUE when the vector ends there.
        segmentEnd = segmentStart + Math.min(segment.length, fence - segmentStart);
    }

    @Override
    public void remove() {
        throw cannotWrite();
    }

    @Override
    public void set(E e) {
        throw cannotWrite();
    }

    @Override
    public void add(E e) {
        throw cannotWrite();
    }

    private static UnsupportedOperationException cannotWrite() {
        return new UnsupportedOperationException("an iterator of an immutable vector cannot write");
    }
}
