package io.holstein.string;

import java.util.Objects;
import java.util.Spliterator;
import java.util.function.IntConsumer;

/**
 * The spliterator of {@link Rope#chars()}: the chars {@code [index, fence)} of an immutable tree.
 * It splits at the middle index (a new cursor descends once, {@code O(log n)}) and traverses chunk
 * by chunk through a {@link RopeCursor}.
 */
final class RopeCharSpliterator implements Spliterator.OfInt {

    /** Below this many chars a split would cost more than it saves. */
    private static final int MIN_SPLIT = RopeChunk.MAX_LENGTH;

    private final RopeNode root;

    private int index;

    private final int fence;

    private RopeCursor cursor;

    RopeCharSpliterator(RopeNode root, int index, int fence) {
        this.root = root;
        this.index = index;
        this.fence = fence;
    }

    private RopeCursor cursor() {
        RopeCursor c = cursor;
        if (c == null) {
            c = new RopeCursor(root, index);
            cursor = c;
        }
        return c;
    }

    @Override
    public OfInt trySplit() {
        int lo = index;
        int mid = (lo + fence) >>> 1;
        if (mid - lo < MIN_SPLIT) {
            return null;
        }
        index = mid;
        cursor = null;
        return new RopeCharSpliterator(root, lo, mid);
    }

    @Override
    public boolean tryAdvance(IntConsumer action) {
        Objects.requireNonNull(action);
        if (index >= fence) {
            return false;
        }
        char c = cursor().next();
        index++;
        action.accept(c);
        return true;
    }

    @Override
    public void forEachRemaining(IntConsumer action) {
        Objects.requireNonNull(action);
        int n = fence - index;
        if (n <= 0) {
            return;
        }
        RopeCursor c = cursor();
        index = fence;
        while (n > 0) {
            n -= c.forEachInChunk(action, n);
        }
    }

    @Override
    public long estimateSize() {
        return fence - index;
    }

    @Override
    public int characteristics() {
        return ORDERED | SIZED | SUBSIZED | IMMUTABLE;
    }
}
