package io.holstein.string;

import java.util.List;

/**
 * The algorithms on a rope's tree: AVL joins, splits at an index, the seam rule that keeps chunks
 * from fragmenting, and the invariants. A tree is a {@link RopeNode} or {@code null} for the empty
 * text; every method returns a new tree sharing all untouched nodes.
 *
 * <p>Two kinds of join. {@link #link} is the AVL join of Blelloch, Ferizovic and Sun [1], without a
 * middle key since only leaves hold text: it walks down the taller tree's spine to the height of
 * the shorter one, joins there and rebalances on the way up, in {@code O(|height(l) - height(r)| +
 * 1)}. {@link #concat} also applies the seam rule to the two chunks that become neighbours: if
 * together they fit one chunk, they become one. So every pair of neighbouring chunks holds more
 * than {@link RopeChunk#MAX_LENGTH} chars, the tree has fewer than {@code 2n / MAX_LENGTH + 1}
 * chunks however it was edited, and a one-char edit inside a chunk that is not full gives back a
 * single chunk.
 *
 * <p>Splits ({@link #prefix}, {@link #suffix}) join the subtrees left of (or right of) the search
 * path from bottom to top; the costs of those joins telescope to {@code O(log n)} [1]. Only the one
 * chunk cut in two is copied, and the one seam it creates is checked.
 *
 * <p>[1] G. E. Blelloch, D. Ferizovic, Y. Sun, "Just Join for Parallel Ordered Sets", SPAA 2016.
 */
final class RopeTrees {

    private RopeTrees() {}

    static int length(RopeNode tree) {
        return tree == null ? 0 : tree.length;
    }

    /**
     * Fails, as {@code String.concat} does, when a text would pass {@code Integer.MAX_VALUE} chars.
     */
    static void checkLength(long length) {
        if (length > Integer.MAX_VALUE) {
            throw new OutOfMemoryError("Overflow: rope length out of range: " + length);
        }
    }

    /** The char at {@code index}, which must be within the tree. */
    static char charAt(RopeNode node, int index) {
        while (node instanceof RopeBranch) {
            RopeBranch b = (RopeBranch) node;
            if (index < b.left.length) {
                node = b.left;
            } else {
                index -= b.left.length;
                node = b.right;
            }
        }
        return ((RopeChunk) node).charAt(index);
    }

    static RopeChunk first(RopeNode node) {
        while (node instanceof RopeBranch) {
            node = ((RopeBranch) node).left;
        }
        return (RopeChunk) node;
    }

    static RopeChunk last(RopeNode node) {
        while (node instanceof RopeBranch) {
            node = ((RopeBranch) node).right;
        }
        return (RopeChunk) node;
    }

    /** The offset of the first char of the chunk that holds char {@code index}. */
    static int chunkStart(RopeNode node, int index) {
        int start = 0;
        while (node instanceof RopeBranch) {
            RopeBranch b = (RopeBranch) node;
            if (index < b.left.length) {
                node = b.left;
            } else {
                index -= b.left.length;
                start += b.left.length;
                node = b.right;
            }
        }
        return start;
    }

    /** The chunk that holds char {@code index}. */
    static RopeChunk chunkAt(RopeNode node, int index) {
        while (node instanceof RopeBranch) {
            RopeBranch b = (RopeBranch) node;
            if (index < b.left.length) {
                node = b.left;
            } else {
                index -= b.left.length;
                node = b.right;
            }
        }
        return (RopeChunk) node;
    }

    /** {@code l} then {@code r}, merging the two chunks at the seam if they fit one. */
    static RopeNode concat(RopeNode l, RopeNode r) {
        if (l == null) {
            return r;
        }
        if (r == null) {
            return l;
        }
        checkLength((long) l.length + r.length);
        RopeChunk a = last(l);
        RopeChunk b = first(r);
        if (a.length + b.length <= RopeChunk.MAX_LENGTH) {
            return link(replaceLast(l, RopeChunk.concat(a, b)), removeFirst(r));
        }
        return link(l, r);
    }

    /** The AVL join of {@code l} then {@code r}, with no seam rule. */
    static RopeNode link(RopeNode l, RopeNode r) {
        if (l == null) {
            return r;
        }
        if (r == null) {
            return l;
        }
        int hl = l.height();
        int hr = r.height();
        if (hl > hr + 1) {
            RopeBranch b = (RopeBranch) l;
            return balance(b.left, link(b.right, r));
        }
        if (hr > hl + 1) {
            RopeBranch b = (RopeBranch) r;
            return balance(link(l, b.left), b.right);
        }
        return new RopeBranch(l, r);
    }

    /**
     * A branch over {@code a} then {@code b}, whose heights differ by at most 2, rotated once or
     * twice if they differ by 2, as in AVL insertion and deletion.
     */
    static RopeNode balance(RopeNode a, RopeNode b) {
        int ha = a.height();
        int hb = b.height();
        if (hb > ha + 1) {
            RopeBranch r = (RopeBranch) b;
            if (r.right.height() >= r.left.height()) {
                return new RopeBranch(new RopeBranch(a, r.left), r.right);
            }
            RopeBranch rl = (RopeBranch) r.left;
            return new RopeBranch(new RopeBranch(a, rl.left), new RopeBranch(rl.right, r.right));
        }
        if (ha > hb + 1) {
            RopeBranch l = (RopeBranch) a;
            if (l.left.height() >= l.right.height()) {
                return new RopeBranch(l.left, new RopeBranch(l.right, b));
            }
            RopeBranch lr = (RopeBranch) l.right;
            return new RopeBranch(new RopeBranch(l.left, lr.left), new RopeBranch(lr.right, b));
        }
        return new RopeBranch(a, b);
    }

    /** The tree without its first chunk, or {@code null} if that was its only chunk. */
    static RopeNode removeFirst(RopeNode node) {
        if (node instanceof RopeChunk) {
            return null;
        }
        RopeBranch b = (RopeBranch) node;
        RopeNode left = removeFirst(b.left);
        return left == null ? b.right : balance(left, b.right);
    }

    /** The tree with its last chunk replaced by {@code chunk}; the shape does not change. */
    static RopeNode replaceLast(RopeNode node, RopeChunk chunk) {
        if (node instanceof RopeChunk) {
            return chunk;
        }
        RopeBranch b = (RopeBranch) node;
        return new RopeBranch(b.left, replaceLast(b.right, chunk));
    }

    /** The first {@code end} chars of {@code root}, {@code 0 <= end <= length(root)}. */
    static RopeNode prefix(RopeNode root, int end) {
        if (end == 0) {
            return null;
        }
        if (end == root.length) {
            return root;
        }
        int start = chunkStart(root, end - 1);
        RopeChunk cut = chunkAt(root, end - 1);
        if (start + cut.length == end) {
            return prefixAtSeam(root, end);
        }
        return concat(prefixAtSeam(root, start), cut.slice(0, end - start));
    }

    /** The chars of {@code root} from {@code begin}, {@code 0 <= begin <= length(root)}. */
    static RopeNode suffix(RopeNode root, int begin) {
        if (begin == 0) {
            return root;
        }
        if (begin == root.length) {
            return null;
        }
        int start = chunkStart(root, begin);
        RopeChunk cut = chunkAt(root, begin);
        if (start == begin) {
            return suffixAtSeam(root, begin);
        }
        return concat(cut.slice(begin - start, cut.length), suffixAtSeam(root, start + cut.length));
    }

    /** The chunks before {@code end}, which falls between two chunks. */
    private static RopeNode prefixAtSeam(RopeNode node, int end) {
        if (end == 0) {
            return null;
        }
        if (end == node.length) {
            return node;
        }
        RopeBranch b = (RopeBranch) node;
        if (end <= b.left.length) {
            return prefixAtSeam(b.left, end);
        }
        return link(b.left, prefixAtSeam(b.right, end - b.left.length));
    }

    /** The chunks from {@code begin}, which falls between two chunks. */
    private static RopeNode suffixAtSeam(RopeNode node, int begin) {
        if (begin == 0) {
            return node;
        }
        if (begin == node.length) {
            return null;
        }
        RopeBranch b = (RopeBranch) node;
        if (begin >= b.left.length) {
            return suffixAtSeam(b.right, begin - b.left.length);
        }
        return link(suffixAtSeam(b.left, begin), b.right);
    }

    /**
     * A perfectly balanced tree over {@code chunks}, which must already obey the seam rule; its
     * subtrees' chunk counts differ by at most one, so it is an AVL tree. {@code O(k)}.
     */
    static RopeNode balanced(List<RopeChunk> chunks, int from, int to) {
        if (from == to) {
            return null;
        }
        if (to - from == 1) {
            return chunks.get(from);
        }
        int mid = (from + to) >>> 1;
        return new RopeBranch(balanced(chunks, from, mid), balanced(chunks, mid, to));
    }

    /** Continues {@code String.hashCode}'s polynomial from {@code h} over the tree's chars. */
    static int hash(RopeNode node, int h) {
        while (node instanceof RopeBranch) {
            RopeBranch b = (RopeBranch) node;
            h = hash(b.left, h);
            node = b.right;
        }
        return ((RopeChunk) node).hash(h);
    }

    /** Whether every chunk of a non-empty tree is Latin-1. */
    static boolean isLatin1(RopeNode node) {
        while (node instanceof RopeBranch) {
            RopeBranch b = (RopeBranch) node;
            if (!isLatin1(b.left)) {
                return false;
            }
            node = b.right;
        }
        return ((RopeChunk) node).isLatin1();
    }

    /** Copies the tree's chars into {@code dst} from {@code dstPos}; returns the next position. */
    static int getChars(RopeNode node, char[] dst, int dstPos) {
        while (node instanceof RopeBranch) {
            RopeBranch b = (RopeBranch) node;
            dstPos = getChars(b.left, dst, dstPos);
            node = b.right;
        }
        ((RopeChunk) node).getChars(dst, dstPos);
        return dstPos + node.length;
    }

    /**
     * Copies the tree's Latin-1 chars into {@code dst} from {@code dstPos}; returns the next
     * position.
     */
    static int getLatin1(RopeNode node, byte[] dst, int dstPos) {
        while (node instanceof RopeBranch) {
            RopeBranch b = (RopeBranch) node;
            dstPos = getLatin1(b.left, dst, dstPos);
            node = b.right;
        }
        System.arraycopy(((RopeChunk) node).value, 0, dst, dstPos, node.length);
        return dstPos + node.length;
    }

    /** Appends the tree's chars to {@code out}, chunk by chunk. */
    static void appendTo(RopeNode node, Appendable out) throws java.io.IOException {
        while (node instanceof RopeBranch) {
            RopeBranch b = (RopeBranch) node;
            appendTo(b.left, out);
            node = b.right;
        }
        ((RopeChunk) node).appendTo(out);
    }
}
