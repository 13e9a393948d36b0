package io.holstein.list;

/**
 * The geometry of a {@link PersistentVector}'s trie: its branching factor and the rebalancing slack
 * of concatenation. The library uses {@link #DEFAULT}, 32-way; tests build vectors with a branching
 * factor of 4 so that small vectors already have deep trees.
 */
final class VectorShape {

    /** The shape of every vector built through the public API: 32-way. */
    static final VectorShape DEFAULT = new VectorShape(5);

    /** Bits of an index consumed per trie level. */
    final int bits;

    /** Branching factor: slots per leaf and children per branch at most. */
    final int width;

    /** {@code width - 1}: selects one level's digit of an index. */
    final int mask;

    /**
     * How many more children than the fewest possible a node that concatenation built may keep: the
     * RRB "extra search steps" bound, E = 2 for 32-way tries as in [Bagwell and Rompf 2011]. Narrow
     * tries get E = 1: two spare children of four would let nodes run half empty.
     */
    final int extras;

    VectorShape(int bits) {
        if (bits < 2 || bits > 5) {
            throw new IllegalArgumentException("bits must be 2..5: " + bits);
        }
        this.bits = bits;
        this.width = 1 << bits;
        this.mask = width - 1;
        this.extras = bits == 5 ? 2 : 1;
    }

    /** The most elements a subtree of {@code height} can hold (a leaf has height 0). */
    long capacity(int height) {
        return 1L << (bits * (height + 1));
    }

    /** The least height of a trie holding {@code size} elements. */
    int minimalHeight(int size) {
        int height = 0;
        while (capacity(height) < size) {
            height++;
        }
        return height;
    }

    @Override
    public String toString() {
        return width + "-way";
    }
}
