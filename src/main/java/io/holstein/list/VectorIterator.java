package io.holstein.list;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Iterates a range of a {@link PersistentVector}, holding the current leaf (or head or tail) so
 * that only one descent per leaf is paid.
 */
final class VectorIterator<E> implements Iterator<E> {

    private final PersistentVector<E> vector;
    private final int fence;
    private int index;
    private Object[] segment = {};
    private int position;

    VectorIterator(PersistentVector<E> vector, int from, int fence) {
        this.vector = vector;
        this.index = from;
        this.fence = fence;
    }

    @Override
    public boolean hasNext() {
        return index < fence;
    }

    @Override
    @SuppressWarnings("unchecked")
    public E next() {
        if (index >= fence) {
            throw new NoSuchElementException();
        }
        if (position == segment.length) {
            segment = vector.segmentFor(index);
            position = vector.offsetInSegment(index);
        }
        index++;
        return (E) segment[position++];
    }

    @Override
    @SuppressWarnings("unchecked")
    public void forEachRemaining(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        while (index < fence) {
            if (position == segment.length) {
                segment = vector.segmentFor(index);
                position = vector.offsetInSegment(index);
            }
            int end = Math.min(segment.length, position + (fence - index));
            Object[] a = segment;
            for (int p = position; p < end; p++) {
                action.accept((E) a[p]);
            }
            index += end - position;
            position = end;
        }
    }
}
