package io.holstein.list;

import java.util.Objects;
import java.util.Spliterator;
import java.util.function.Consumer;

/** Splits a {@link PersistentVector} on leaf boundaries; reads through a {@link VectorIterator}. */
final class VectorSpliterator<E> implements Spliterator<E> {

    private final PersistentVector<E> vector;
    private int index;
    private final int fence;
    private VectorIterator<E> cursor;

    VectorSpliterator(PersistentVector<E> vector, int index, int fence) {
        this.vector = vector;
        this.index = index;
        this.fence = fence;
    }

    @Override
    public Spliterator<E> trySplit() {
        if (cursor != null || fence - index < 2) {
            return null;
        }
        int mid = (index + fence) >>> 1;
        // Move back to the start of mid's leaf; if that is not past index, on to the next leaf.
        int boundary = mid - vector.offsetInSegment(mid);
        if (boundary <= index) {
            int start = index - vector.offsetInSegment(index);
            // A tail array may run past the fence, and past Integer.MAX_VALUE.
            boundary = start + Math.min(vector.segmentFor(index).length, fence - start);
        }
        if (boundary <= index || boundary >= fence) {
            return null;
        }
        Spliterator<E> prefix = new VectorSpliterator<>(vector, index, boundary);
        index = boundary;
        return prefix;
    }

    @Override
    public boolean tryAdvance(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        if (index >= fence) {
            return false;
        }
        if (cursor == null) {
            cursor = new VectorIterator<>(vector, index, fence);
        }
        index++;
        action.accept(cursor.next());
        return true;
    }

    @Override
    public void forEachRemaining(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        if (index >= fence) {
            return;
        }
        if (cursor == null) {
            cursor = new VectorIterator<>(vector, index, fence);
        }
        index = fence;
        cursor.forEachRemaining(action);
    }

    @Override
    public long estimateSize() {
        return fence - index;
    }

    @Override
    public int characteristics() {
        return SIZED | SUBSIZED | ORDERED | IMMUTABLE;
    }
}
