package io.holstein.string;

import java.util.Objects;
import java.util.Spliterator;
import java.util.function.IntConsumer;

/**
 * The spliterator of {@link Rope#chars()}: the chars {@code [index, fence)} of an immutable tree.
 * It splits at the middle index, and traverses chunk by chunk through a {@link RopeChunkWalk}:
 * {@code O(log n)} to create or split (one descent), then {@code O(1)} amortized per char.
 */
final class RopeCharSpliterator implements Spliterator.OfInt {

    /*
     * Implementation notes.
     *
     * tryAdvance is what Spliterators.iterator, hence chars().iterator(), calls once per char,
     * so it does what String's own chars spliterator does: the current chunk's storage (value,
     * coder) and the run [pos, end) of it still to read sit in this object's fields, and a read
     * inside the run is one compare, one array load and one increment before the accept.
     * Crossing to the next chunk is nextChunk(), a separate method, the load() it calls and the
     * runFrom() that load calls; each is kept within MaxInlineSize (35 bytes of bytecode), the
     * size up to which C2 inlines a method without needing its call site to be counted hot. A
     * loop crosses a chunk once per thousand chars or more, so those call sites may never count
     * as hot, and a method over that size would then stay a call inside the caller's reading loop.
     *
     * The walk starts in the constructor and in trySplit, never on a read: the JIT inlines
     * constructors into their caller regardless of how rarely they run, so a walk started from
     * nextChunk would bring the descent and its allocations into the compiled code of the
     * iterator's hasNext, which would then be too big to inline into the caller's loop.
     *
     * The run is clipped to the fence, so pos < end alone says a char is left. The index of
     * value[pos] in the rope is base + pos: base is the index of the chunk's first char, or,
     * when there is no char to read, the fence (with pos = end = 0).
     */

    /** Below this many chars a split would cost more than it saves. */
    private static final int MIN_SPLIT = RopeChunk.MAX_LENGTH;

    private final RopeNode root;

    private final int fence;

    /** The chunks after the current one. */
    private RopeChunkWalk chunks;

    /** The current chunk's chars, in {@link CompactChars} storage; {@code null} if none. */
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
        startAt(index);
    }

    /** Starts the walk at char {@code index}, {@code index <= fence}: one descent. */
    private void startAt(int index) {
        RopeChunkWalk walk = new RopeChunkWalk(root, index);
        chunks = walk;
        if (index < fence) {
            int offset = walk.offset;
            load(walk.next(), index - offset);
            pos = offset;
        } else {
            value = null;
            base = index;
            pos = 0;
            end = 0;
        }
    }

    @Override
    public OfInt trySplit() {
        int lo = base + pos;
        int mid = (lo + fence) >>> 1;
        if (mid - lo < MIN_SPLIT) {
            return null;
        }
        startAt(mid);
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
            p = 0;
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
     * Moves to the start of the chunk after the run just read, which must be read to its end;
     * returns {@code false} at the fence.
     */
    private boolean nextChunk() {
        int at = base + end;
        if (at >= fence) {
            return false;
        }
        load(chunks.next(), at);
        return true;
    }

    /**
     * Makes {@code chunk}, which starts at rope index {@code start}, the current chunk, to be read
     * from its first char.
     */
    private void load(RopeChunk chunk, int start) {
        value = chunk.value;
        coder = chunk.coder;
        runFrom(start, chunk.length);
    }

    /**
     * Makes the run to read start at the first char of the current chunk, which starts at rope
     * index {@code start} and holds {@code length} chars, and end at the chunk's end or the fence.
     */
    private void runFrom(int start, int length) {
        pos = 0;
        base = start;
        end = Math.min(length, fence - start);
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
