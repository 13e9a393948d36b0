package io.holstein.string;

import static io.holstein.string.CompactChars.LATIN1;
import static io.holstein.string.CompactChars.UTF16;

/**
 * The text around an edit of a rope's chunks, as runs of chunks laid end to end, from which new
 * chunks are cut: each new chunk is copied once, straight from the runs, however many it spans. An
 * edit inside one chunk has at most five runs: the neighbour it merges with on the left, the
 * chunk's chars before the edit, the inserted chunk, the chunk's chars after it, and the neighbour
 * on the right.
 *
 * <p>A splice is a scratch object of one edit, not shared.
 */
final class RopeSplice {

    private static final int MAX_RUNS = 5;

    private final RopeChunk[] chunks = new RopeChunk[MAX_RUNS];

    private final int[] begins = new int[MAX_RUNS];

    private final int[] ends = new int[MAX_RUNS];

    private int runs;

    private int length;

    /** Appends chars {@code [begin, end)} of {@code chunk}; nothing if the range is empty. */
    RopeSplice add(RopeChunk chunk, int begin, int end) {
        if (begin < end) {
            chunks[runs] = chunk;
            begins[runs] = begin;
            ends[runs] = end;
            runs++;
            length += end - begin;
        }
        return this;
    }

    /** Appends every char of {@code chunk}. */
    RopeSplice add(RopeChunk chunk) {
        return add(chunk, 0, chunk.length);
    }

    /** The number of chars appended. */
    int length() {
        return length;
    }

    /**
     * Chars {@code [from, to)} of the text, 1 to {@link RopeChunk#MAX_LENGTH} of them, as a new
     * chunk in the canonical coder (UTF-16 only if one of those chars needs it).
     */
    RopeChunk chunk(int from, int to) {
        boolean wide = false;
        for (int k = 0, at = 0; k < runs && !wide; at += ends[k] - begins[k], k++) {
            int lo = Math.max(from, at);
            int hi = Math.min(to, at + ends[k] - begins[k]);
            RopeChunk c = chunks[k];
            wide =
                    lo < hi
                            && !CompactChars.isLatin1(
                                    c.value, c.coder, begins[k] + lo - at, hi - lo);
        }
        byte coder = wide ? UTF16 : LATIN1;
        byte[] chars = CompactChars.newBuffer(to - from, coder);
        for (int k = 0, at = 0; k < runs; at += ends[k] - begins[k], k++) {
            int lo = Math.max(from, at);
            int hi = Math.min(to, at + ends[k] - begins[k]);
            if (lo < hi) {
                RopeChunk c = chunks[k];
                CompactChars.copy(
                        c.value, c.coder, begins[k] + lo - at, chars, coder, lo - from, hi - lo);
            }
        }
        return RopeChunk.of(chars, coder);
    }
}
