package io.holstein.string;

/**
 * A chunk of one rope and the index in that rope of the chunk's first char: what a descent finds,
 * and what {@link Rope#charAt} keeps to read the next chars without descending again.
 *
 * <p>Beside the chunk it holds the chunk's storage, coder and length itself, so that a read through
 * the holder goes from the holder straight to the array, one dependent load fewer than through the
 * chunk; {@link #charAtOrMinusOne} is that read.
 *
 * <p>Immutable, and every field is final, so a thread that reads a reference to one through a data
 * race sees it whole (JLS 17.5): {@code Rope} publishes its last one through a plain field.
 */
final class RopeChunkAt {

    final RopeChunk chunk;

    /** The index in the rope of {@code chunk}'s first char. */
    final int start;

    /** {@code chunk.value}. */
    private final byte[] value;

    /** {@code chunk.coder}. */
    private final byte coder;

    /** {@code chunk.length}. */
    private final int length;

    RopeChunkAt(RopeChunk chunk, int start) {
        this.chunk = chunk;
        this.start = start;
        this.value = chunk.value;
        this.coder = chunk.coder;
        this.length = chunk.length;
    }

    /**
     * The char at {@code index} of the rope if this chunk holds it, else -1: one subtraction and
     * one unsigned compare decide, since an index before {@link #start} gives a negative offset.
     */
    int charAtOrMinusOne(int index) {
        int offset = index - start;
        return Integer.compareUnsigned(offset, length) < 0
                ? CompactChars.charAt(value, coder, offset)
                : -1;
    }
}
