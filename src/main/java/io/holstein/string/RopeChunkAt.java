package io.holstein.string;

import static io.holstein.string.CompactChars.LATIN1;
import static io.holstein.string.CompactChars.UTF16;

/**
 * A chunk of one rope and the index in that rope of the chunk's first char: what a descent finds,
 * and what {@link Rope#charAt} keeps to read the next chars without descending again.
 *
 * <p>Beside the chunk it holds the chunk's storage and coder itself, so that a read through the
 * holder goes from the holder straight to the array, one dependent load fewer than through the
 * chunk; {@link #charAtOrMinusOne} is that read.
 *
 * <p>Immutable, and every field is final, so a thread that reads a reference to one through a data
 * race sees it whole (JLS 17.5): {@code Rope} publishes its last one through a plain field.
 */
final class RopeChunkAt {

    final RopeChunk chunk;

    /** The index in the rope of {@code chunk}'s first char. */
    final int start;

    /** {@code chunk.value}: exactly the chunk's chars. */
    private final byte[] value;

    /** {@code chunk.coder}. */
    private final byte coder;

    RopeChunkAt(RopeChunk chunk, int start) {
        this.chunk = chunk;
        this.start = start;
        this.value = chunk.value;
        this.coder = chunk.coder;
    }

    /**
     * The char at {@code index} of the rope if this chunk holds it, else -1. An index before {@link
     * #start} gives a negative offset.
     *
     * <p>The chunk's array holds exactly its chars, so the range is tested against the array's
     * length, which the access loads for its bounds check anyway: the holder keeps no length of its
     * own, and the hit path reads one field fewer. Two signed compares test the range, where {@code
     * Integer.compareUnsigned} would also add {@code Integer.MIN_VALUE} to both operands (JDK 17
     * does not compile it to one unsigned compare).
     */
    int charAtOrMinusOne(int index) {
        int offset = index - start;
        byte[] v = value;
        if (coder == LATIN1) {
            return offset >= 0 && offset < v.length ? v[offset] & 0xFF : -1;
        }
        return offset >= 0 && offset < v.length >> 1 ? CompactChars.charAt(v, UTF16, offset) : -1;
    }
}
