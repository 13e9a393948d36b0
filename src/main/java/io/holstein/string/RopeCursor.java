package io.holstein.string;

import java.util.NoSuchElementException;

/**
 * A forward cursor over a rope's chars that caches the current chunk's storage, so sequential reads
 * cost one array access per char and a step of a {@link RopeChunkWalk} per chunk: {@code O(n)} for
 * a whole pass, after one descent to the starting index.
 */
final class RopeCursor {

    private final RopeChunkWalk chunks;

    /** The current chunk's chars, in {@link CompactChars} storage. */
    private byte[] value;

    private byte coder;

    private int pos;

    private int end;

    private int remaining;

    /** A cursor at {@code index} of {@code root}, {@code 0 <= index <= length(root)}. */
    RopeCursor(RopeNode root, int index) {
        remaining = RopeTrees.length(root) - index;
        chunks = new RopeChunkWalk(root, index);
        if (chunks.hasNext()) {
            load(chunks.next(), chunks.offset);
        }
    }

    boolean hasNext() {
        return remaining > 0;
    }

    char next() {
        if (remaining == 0) {
            throw new NoSuchElementException();
        }
        if (pos == end) {
            load(chunks.next(), 0);
        }
        remaining--;
        return CompactChars.charAt(value, coder, pos++);
    }

    /** The next char without moving; there must be one. */
    char peek() {
        if (pos == end) {
            load(chunks.next(), 0);
        }
        return CompactChars.charAt(value, coder, pos);
    }

    /**
     * Reads the next {@code n} chars of this cursor and of {@code other} side by side, a run of
     * chunk storage at a time, and stops at the first pair that differs, leaving that pair unread.
     * Both cursors must have {@code n} chars left.
     *
     * @return the number of equal pairs read: {@code n} if all are equal
     */
    int mismatch(RopeCursor other, int n) {
        int done = 0;
        while (done < n) {
            if (pos == end) {
                load(chunks.next(), 0);
            }
            if (other.pos == other.end) {
                other.load(other.chunks.next(), 0);
            }
            int run = Math.min(n - done, Math.min(end - pos, other.end - other.pos));
            int k =
                    CompactChars.mismatch(
                            value, coder, pos, other.value, other.coder, other.pos, run);
            int equal = k < 0 ? run : k;
            pos += equal;
            remaining -= equal;
            other.pos += equal;
            other.remaining -= equal;
            done += equal;
            if (k >= 0) {
                return done;
            }
        }
        return done;
    }

    private void load(RopeChunk chunk, int from) {
        value = chunk.value;
        coder = chunk.coder;
        pos = from;
        end = chunk.length;
    }
}
