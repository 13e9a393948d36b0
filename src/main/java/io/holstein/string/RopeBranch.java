package io.holstein.string;

/**
 * An inner node of a rope: the text of {@link #left} followed by that of {@link #right}. Its height
 * is cached because every join and rotation reads it.
 */
final class RopeBranch extends RopeNode {

    final RopeNode left;

    final RopeNode right;

    private final int height;

    /** Joins two non-empty subtrees; their lengths must not sum past {@code Integer.MAX_VALUE}. */
    RopeBranch(RopeNode left, RopeNode right) {
        super(left.length + right.length);
        this.left = left;
        this.right = right;
        this.height = 1 + Math.max(left.height(), right.height());
    }

    @Override
    int height() {
        return height;
    }
}
