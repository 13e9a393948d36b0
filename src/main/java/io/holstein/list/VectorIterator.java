package io.holstein.list;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Iterates a range of a {@link PersistentVector}, holding the current leaf (or head or tail) so
 * that each element costs one comparison. In a strict trie it also holds the branch above the leaf,
 * so that moving to the next leaf is one load rather than a descent from the root.
 */
final class VectorIterator<E> implements Iterator<E> {

    private static final Object[] NONE = {};

    private final PersistentVector<E> vector;
    private final int fence;
    private int index;

    /**
     * The array holding elements {@code segmentStart} up to {@code segmentEnd} (at most the fence).
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
        segmentEnd = Math.min(fence, segmentStart + segment.length);
    }
}
