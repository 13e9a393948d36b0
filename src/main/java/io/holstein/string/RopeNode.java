package io.holstein.string;

/**
 * A node of a {@link Rope}'s tree: a {@link RopeChunk} of text or a {@link RopeBranch} over two to
 * {@link RopeBranch#MAX_CHILDREN} subtrees. Nodes are immutable once built and shared freely
 * between ropes.
 */
abstract class RopeNode {

    /** The number of chars under this node, at least 1 (an empty rope has no node). */
    final int length;

    RopeNode(int length) {
        this.length = length;
    }

    /** The number of branches between this node and its chunks: 0 for a chunk. */
    abstract int height();
}
