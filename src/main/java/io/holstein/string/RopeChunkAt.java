package io.holstein.string;

import static io.holstein.string.CompactChars.UTF16;

/**
 * A chunk of one rope and the index in that rope of the chunk's first char: what a descent finds,
 * and what {@link Rope#charAt} keeps to read the next chars without descending again.
 *
 * <p>Beside the chunk it holds the chunk's storage itself, so that a read through the holder goes
 * from the holder straight to the array, one dependent load fewer than through the chunk; {@link
 * #charAtOrMinusOne} is that read. There is one subclass per coder, whose class the JIT checks
 * where it would otherwise test a coder field, and whose read tests the range against the array's
 * length, which the array access loads anyway. Each read stays within the JIT's size limit for
 * inlining at any call site (35 bytes of bytecode).
 *
 * <p>Immutable, and every field is final, so a thread that reads a reference to one through a data
 * race sees it whole (JLS 17.5): {@code Rope} publishes its last one through a plain field.
 */
abstract class RopeChunkAt {

    final RopeChunk chunk;

    /** The index in the rope of {@code chunk}'s first char. */
    final int start;

    /** {@code chunk.value}: exactly the chunk's chars. */
    final byte[] value;

    private RopeChunkAt(RopeChunk chunk, int start) {
        this.chunk = chunk;
        this.start = start;
        this.value = chunk.value;
    }

    /** The holder of {@code chunk}, whose first char is at {@code start} in its rope. */
    static RopeChunkAt of(RopeChunk chunk, int start) {
        return chunk.isLatin1() ? new Latin1(chunk, start) : new Utf16(chunk, start);
    }

    /**
     * The char at {@code index} of the rope if this chunk holds it, else -1. The chunk lies within
     * its rope, so {@code start} plus its length is at most {@code Integer.MAX_VALUE}: any index
     * outside the chunk gives an offset below 0 or at least the chunk's length, even where {@code
     * index - start} wraps around.
     */
    abstract int charAtOrMinusOne(int index);

    /** The holder of a chunk stored one byte per char. */
    private static final class Latin1 extends RopeChunkAt {

        Latin1(RopeChunk chunk, int start) {
            super(chunk, start);
        }

        @Override
        int charAtOrMinusOne(int index) {
            int offset = index - start;
            byte[] v = value;
            return offset >= 0 && offset < v.length ? v[offset] & 0xFF : -1;
        }
    }

    /** The holder of a chunk stored two bytes per char. */
    private static final class Utf16 extends RopeChunkAt {

        Utf16(RopeChunk chunk, int start) {
            super(chunk, start);
        }

        @Override
        int charAtOrMinusOne(int index) {
            int offset = index - start;
            byte[] v = value;
            return offset >= 0 && offset < v.length >> 1
                    ? CompactChars.charAt(v, UTF16, offset)
                    : -1;
        }
    }
}
