package io.holstein.string;

import java.util.Objects;
import java.util.Spliterator;
import java.util.function.IntConsumer;

/**
 * The spliterator of {@link Rope#chars()}: the chars {@code [index, fence)} of an immutable tree.
 * It splits at the middle index, {@code O(1)}, and traverses chunk by chunk through a {@link
 * RopeChunkWalk} that it starts on its first read ({@code O(log n)} once, then {@code O(1)}
 * amortized per char).
 */
final class RopeCharSpliterator implements Spliterator.OfInt {

    /*
     * Implementation notes.
     *
     * tryAdvance is what Spliterators.iterator, hence chars().iterator(), calls once per char,
     * so it does what String's own chars spliterator does: the current chunk's storage (value,
     * coder) and the run [pos, end) of it still to read sit in this object's fields, and a read
     * inside the run is one compare, one array load and one increment before the accept.
     * Crossing to the next chunk, and starting the walk, is nextChunk(), out of line so that
     * the hot method stays small enough to inline into the caller's loop.
     *
     * The run is clipped to the fence, so pos < end alone says a char is left. The index of
     * value[pos] in the rope is base + pos: base is the index of the chunk's first char, or,
     * before the first read and after a split, the index to start from (with pos = end = 0).
     */

    /** Below this many chars a split would cost more than it saves. */
    private static final int MIN_SPLIT = RopeChunk.MAX_LENGTH;

    private final RopeNode root;

    private final int fence;

    /** The chunks from the current one on; {@code null} until the first read after a split. */
    private RopeChunkWalk chunks;

    /** The current chunk's chars, in {@link CompactChars} storage; {@code null} before a read. */
    private byte[] value;

    private byte coder;

    /** The index in {@link #value} of the next char. */
    private int pos;

    /** The end of the run to read in {@link #value}: the chunk's length or the fence. */
    private int end;

    /** The rope index of {@code value[0]}, so the next char's index is {@code base + pos}. */
    private int base;

    RopeCharSpliterator(RopeNode root, int index, int fence) {
        this.root = root;
        this.fence = fence;
        this.base = index;
    }

    @Override
    public OfInt trySplit() {
        int lo = base + pos;
        int mid = (lo + fence) >>> 1;
        if (mid - lo < MIN_SPLIT) {
            return null;
        }
        chunks = null;
        value = null;
        base = mid;
        pos = 0;
        end = 0;
        return new RopeCharSpliterator(root, lo, mid);
    }

    @Override
    public boolean tryAdvance(IntConsumer action) {
        Objects.requireNonNull(action);
        int p = pos;
        if (p >= end) {
            if (!nextChunk()) {
                return false;
            }
            p = pos;
        }
        pos = p + 1;
        action.accept(CompactChars.charAt(value, coder, p));
        return true;
    }

    @Override
    public void forEachRemaining(IntConsumer action) {
        Objects.requireNonNull(action);
        if (pos == end && !nextChunk()) {
            return;
        }
        do {
            byte[] v = value;
            byte c = coder;
            int from = pos;
            int to = end;
            pos = to;
            for (int i = from; i < to; i++) {
                action.accept(CompactChars.charAt(v, c, i));
            }
        } while (nextChunk());
    }

    /**
     * Moves to the chunk after the run just read, which must be read to its end, starting the walk
     * if there is none; returns {@code false} at the fence.
     */
    private boolean nextChunk() {
        int at = base + end;
        if (at >= fence) {
            return false;
        }
        RopeChunkWalk walk = chunks;
        int from = 0;
        if (walk == null) {
            walk = new RopeChunkWalk(root, at);
            chunks = walk;
            from = walk.offset;
        }
        RopeChunk chunk = walk.next();
        base = at - from;
        value = chunk.value;
        coder = chunk.coder;
        pos = from;
        end = Math.min(chunk.length, fence - base);
        return true;
    }

    @Override
    public long estimateSize() {
        return fence - (base + pos);
    }

    @Override
    public int characteristics() {
        return ORDERED | SIZED | SUBSIZED | IMMUTABLE;
    }
}
