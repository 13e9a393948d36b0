package io.holstein.string;

/**
 * A chunk of one rope and the index in that rope of the chunk's first char: what a descent finds,
 * and what {@link Rope#charAt} keeps to read the next chars without descending again.
 *
 * <p>Immutable, and every field is final, so a thread that reads a reference to one through a data
 * race sees it whole (JLS 17.5): {@code Rope} publishes its last one through a plain field.
 */
final class RopeChunkAt {

    final RopeChunk chunk;

    /** The index in the rope of {@code chunk}'s first char. */
    final int start;

    RopeChunkAt(RopeChunk chunk, int start) {
        this.chunk = chunk;
        this.start = start;
    }
}
