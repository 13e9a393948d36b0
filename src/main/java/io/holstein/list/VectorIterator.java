package io.holstein.list;

import java.util.ListIterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The list iterator of a {@link PersistentVector}, and the cursor of its spliterator: it holds the
 * current leaf (or head or tail) so that each element costs one comparison, in either direction. In
 * a strict trie it also holds the branch above the leaf, so that moving to a neighbouring leaf is
 * one load rather than a descent from the root. It walks elements {@code [0, fence)}; the
 * spliterator only moves it forward from where its range starts. It cannot write: a vector is
 * immutable.
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

    /**
     * In a strict trie, the branch above the current leaf, holding elements {@code parentStart} up
     * to {@code parentEnd}.
     */
    private Object[] parent;

    private int parentStart;
    private int parentEnd;

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
        if (i < parentEnd && i >= parentStart) {
            VectorShape shape = vector.shape();
            int offset = i - parentStart;
            segment = (Object[]) parent[offset >>> shape.bits];
            segmentStart = i - (offset & shape.mask);
        } else {
            segment = vector.segmentFor(i);
            segmentStart = i - vector.offsetInSegment(i);
            parent = vector.leafParentFor(i);
            if (parent != null) {
                int span = vector.shape().width * vector.shape().width;
                parentStart = i - (i - vector.trieStart()) % span;
                parentEnd = (int) Math.min((long) parentStart + span, vector.trieEnd());
            } else {
                parentEnd = parentStart;
            }
        }
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
