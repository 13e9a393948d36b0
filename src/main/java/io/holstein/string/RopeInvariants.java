package io.holstein.string;

/**
 * The structural invariants of a rope's tree, checked by {@code Rope.checkInvariants()} after every
 * step of the model tests:
 *
 * <ul>
 *   <li>every cached length, running total and height is right, and every array exactly sized;
 *   <li>B-tree shape: every chunk lies at the same depth; a branch below the root has {@link
 *       RopeBranch#MIN_CHILDREN} to {@link RopeBranch#MAX_CHILDREN} children, the root 2 to {@code
 *       MAX_CHILDREN}; so a tree of height {@code h >= 1} holds at least {@code 2 MIN_CHILDREN^(h -
 *       1)} chunks;
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
        walk.visit(root, true);
        int height = root.height();
        require(
                minChunks(height) <= walk.chunks,
                "height " + height + " is beyond the B-tree bound for " + walk.chunks + " chunks");
        require(
                walk.chunks <= 2L * root.length / RopeChunk.MAX_LENGTH + 1,
                walk.chunks + " chunks for " + root.length + " chars: fragmented");
    }

    /**
     * The fewest chunks a tree of height {@code h} holds: 1 for a chunk, else a root of two
     * branches of {@link RopeBranch#MIN_CHILDREN} each down to the chunks, {@code 2 MIN_CHILDREN^(h
     * - 1)}.
     */
    static long minChunks(int height) {
        if (height == 0) {
            return 1;
        }
        long n = 2;
        for (int h = 1; h < height; h++) {
            n *= RopeBranch.MIN_CHILDREN;
        }
        return n;
    }

    private void visit(RopeNode node, boolean isRoot) {
        if (node instanceof RopeBranch) {
            RopeBranch b = (RopeBranch) node;
            int n = b.count();
            require(b.ends.length == n, "running totals not sized to the children");
            require(
                    n <= RopeBranch.MAX_CHILDREN && n >= (isRoot ? 2 : RopeBranch.MIN_CHILDREN),
                    (isRoot ? "root" : "branch") + " of " + n + " children");
            long end = 0;
            for (int i = 0; i < n; i++) {
                RopeNode child = b.children[i];
                require(child != null, "a branch with a missing child");
                visit(child, false);
                require(child.height() == b.height() - 1, "chunks at different depths");
                end += child.length;
                require(b.ends[i] == end, "wrong running total at child " + i);
            }
            require(b.length == end, "wrong cached length");
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
