package io.holstein.string;

/**
 * The structural invariants of a rope's tree, checked by {@code Rope.checkInvariants()} after every
 * step of the model tests:
 *
 * <ul>
 *   <li>every cached length and height is right;
 *   <li>AVL balance: the heights of a branch's children differ by at most one, so a tree of {@code
 *       k} chunks has height {@code h} with {@code Fib(h + 2) <= k}, that is {@code h < 1.45 log2(k
 *       + 2)};
 *   <li>every chunk holds 1 to {@link RopeChunk#MAX_LENGTH} chars, in the compact form (UTF-16 only
 *       if some char is above U+00FF), with an exactly sized array;
 *   <li>the seam rule: two neighbouring chunks together hold more than {@link RopeChunk#MAX_LENGTH}
 *       chars, hence fewer than {@code 2n / MAX_LENGTH + 1} chunks.
 * </ul>
 */
final class RopeInvariants {

    private int chunks;

    private int previousLength = -1;

    private RopeInvariants() {}

    /**
     * Checks {@code root}, which may be {@code null} (the empty rope).
     *
     * @throws IllegalStateException naming the first invariant found broken
     */
    static void check(RopeNode root) {
        if (root == null) {
            return;
        }
        RopeInvariants walk = new RopeInvariants();
        walk.visit(root);
        int height = root.height();
        require(
                minChunks(height) <= walk.chunks,
                "height " + height + " is beyond the AVL bound for " + walk.chunks + " chunks");
        require(
                walk.chunks <= 2L * root.length / RopeChunk.MAX_LENGTH + 1,
                walk.chunks + " chunks for " + root.length + " chars: fragmented");
    }

    /** The fewest chunks an AVL tree of height {@code h} holds: {@code Fib(h + 2)}. */
    static long minChunks(int height) {
        long a = 1;
        long b = 2;
        for (int h = 0; h < height; h++) {
            long c = a + b;
            a = b;
            b = c;
        }
        return a;
    }

    private void visit(RopeNode node) {
        if (node instanceof RopeBranch) {
            RopeBranch b = (RopeBranch) node;
            require(b.left != null && b.right != null, "a branch with a missing child");
            visit(b.left);
            visit(b.right);
            require(b.length == (long) b.left.length + b.right.length, "wrong cached length");
            require(
                    b.height() == 1 + Math.max(b.left.height(), b.right.height()),
                    "wrong cached height");
            require(Math.abs(b.left.height() - b.right.height()) <= 1, "AVL balance broken");
            return;
        }
        RopeChunk c = (RopeChunk) node;
        require(c.length >= 1 && c.length <= RopeChunk.MAX_LENGTH, "chunk length " + c.length);
        require(
                c.coder == CompactChars.LATIN1 || c.coder == CompactChars.UTF16,
                "chunk coder " + c.coder);
        require(c.value.length == c.length << c.coder, "chunk array not exactly sized");
        require(
                c.isLatin1() || !CompactChars.isLatin1(c.value, c.coder, 0, c.length),
                "a UTF-16 chunk that fits Latin-1");
        require(
                previousLength < 0 || previousLength + c.length > RopeChunk.MAX_LENGTH,
                "neighbouring chunks of "
                        + previousLength
                        + " and "
                        + c.length
                        + " chars fit one chunk");
        previousLength = c.length;
        chunks++;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }
}
