package io.holstein.string;

import java.util.Arrays;
import java.util.List;

/**
 * The algorithms on a rope's tree: B-tree joins, splits at an index, the seam rule that keeps
 * chunks from fragmenting, and descents. A tree is a {@link RopeNode} or {@code null} for the empty
 * text; every method returns a new tree sharing all untouched nodes.
 *
 * <p>The tree is a B-tree whose leaves are chunks: every chunk lies at the same depth, a branch
 * below the root has {@link RopeBranch#MIN_CHILDREN} to {@link RopeBranch#MAX_CHILDREN} children,
 * the root 2 to {@code MAX_CHILDREN}. A tree of height {@code h >= 1} thus holds at least {@code 2
 * MIN_CHILDREN^(h - 1)} chunks.
 *
 * <p>Two kinds of join. {@link #link} joins two trees by the B-tree concatenation of Knuth [1]: it
 * walks down the taller tree's spine to the height of the shorter one, hangs the shorter tree there
 * (merging it with its new neighbour if it has too few children to stand below a root), and splits
 * the branches that overflow on the way back up, in {@code O(|height(l) - height(r)| + 1)} branch
 * copies. {@link #concat} also applies the seam rule to the two chunks that become neighbours: if
 * together they fit one chunk, they become one. So every pair of neighbouring chunks holds more
 * than {@link RopeChunk#MAX_LENGTH} chars, the tree has fewer than {@code 2n / MAX_LENGTH + 1}
 * chunks however it was edited, and a one-char edit inside a chunk that is not full gives back a
 * single chunk.
 *
 * <p>Splits ({@link #prefix}, {@link #suffix}) cut each branch on the search path into the children
 * left (or right) of the path, a valid tree on its own since a root may hold as few as two, and
 * join those trees from the bottom up; each join's cost is the difference of the heights it joins,
 * so the costs telescope to {@code O(log n)} [2]. Only the one chunk cut in two is copied, and the
 * one seam it creates is checked.
 *
 * <p>[1] D. E. Knuth, The Art of Computer Programming, vol. 3, 2nd ed., section 6.2.4 (B-trees:
 * concatenation and splitting). [2] G. E. Blelloch, D. Ferizovic, Y. Sun, "Just Join for Parallel
 * Ordered Sets", SPAA 2016.
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

    /** The chunk that holds char {@code index}, which must be within the tree, and its start. */
    static RopeChunkAt locate(RopeNode node, int index) {
        int start = 0;
        while (node instanceof RopeBranch) {
            RopeBranch b = (RopeBranch) node;
            int i = b.childAt(index - start);
            start += b.startOf(i);
            node = b.children[i];
        }
        return new RopeChunkAt((RopeChunk) node, start);
    }

    static RopeChunk first(RopeNode node) {
        while (node instanceof RopeBranch) {
            node = ((RopeBranch) node).children[0];
        }
        return (RopeChunk) node;
    }

    static RopeChunk last(RopeNode node) {
        while (node instanceof RopeBranch) {
            RopeBranch b = (RopeBranch) node;
            node = b.children[b.count() - 1];
        }
        return (RopeChunk) node;
    }

    /**
     * The tree with chars {@code [from, to)} replaced by the chunk {@code middle} ({@code null} to
     * delete them), built without a split or a join when the edit falls within one chunk and leaves
     * it with 1 to {@link RopeChunk#MAX_LENGTH} chars and the seam rule kept: a copy of that chunk
     * and of each branch above it, {@code O(log n)}. Otherwise {@code null}, and the caller splits
     * and joins. Requires {@code 0 <= from <= to <= length(tree)} and {@code from < length(tree)}.
     */
    static RopeNode replaceInChunk(RopeNode tree, int from, int to, RopeChunk middle) {
        int height = tree.height();
        RopeBranch[] path = new RopeBranch[height];
        int[] slot = new int[height];
        RopeNode node = tree;
        int start = 0;
        for (int d = 0; d < height; d++) {
            RopeBranch b = (RopeBranch) node;
            int i = b.childAt(from - start);
            start += b.startOf(i);
            path[d] = b;
            slot[d] = i;
            node = b.children[i];
        }
        RopeChunk chunk = (RopeChunk) node;
        int f = from - start;
        int t = to - start;
        int n = chunk.length - (t - f) + length(middle);
        if (t > chunk.length || n < 1 || n > RopeChunk.MAX_LENGTH) {
            return null;
        }
        if (n < chunk.length && height > 0 && !seamKept(path[height - 1], slot[height - 1], n)) {
            return null;
        }
        RopeNode edited = chunk.replace(f, t, middle);
        for (int d = height - 1; d >= 0; d--) {
            edited = path[d].copyAndSet(slot[d], edited);
        }
        return edited;
    }

    /**
     * Whether child {@code i} of {@code b}, a chunk, may shrink to {@code n} chars: both its
     * neighbours lie in {@code b} and each still holds more than {@link RopeChunk#MAX_LENGTH} chars
     * with it. A neighbour in another branch is not looked for; the caller then takes the general
     * route, whose join applies the seam rule.
     */
    private static boolean seamKept(RopeBranch b, int i, int n) {
        return i > 0
                && i < b.count() - 1
                && b.children[i - 1].length + n > RopeChunk.MAX_LENGTH
                && b.children[i + 1].length + n > RopeChunk.MAX_LENGTH;
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
            return link(replaceLast(l, RopeChunk.concat(a, b)), suffixAtSeam(r, b.length));
        }
        return link(l, r);
    }

    /** The B-tree join of {@code l} then {@code r}, with no seam rule. */
    static RopeNode link(RopeNode l, RopeNode r) {
        if (l == null) {
            return r;
        }
        if (r == null) {
            return l;
        }
        int hl = l.height();
        int hr = r.height();
        RopeNode[] joined;
        if (hl > hr) {
            joined = appendTree(l, r);
        } else if (hl < hr) {
            joined = prependTree(l, r);
        } else {
            joined = joinSameHeight(l, r);
        }
        return joined.length == 1 ? joined[0] : RopeBranch.of(joined);
    }

    /**
     * {@code l} then {@code r}, where {@code l} is taller: one or two trees of {@code l}'s height,
     * each with {@link RopeBranch#MIN_CHILDREN} children or more if two.
     */
    private static RopeNode[] appendTree(RopeNode l, RopeNode r) {
        RopeBranch b = (RopeBranch) l;
        int last = b.count() - 1;
        RopeNode child = b.children[last];
        RopeNode[] joined =
                child.height() == r.height() ? joinSameHeight(child, r) : appendTree(child, r);
        RopeNode[] children = Arrays.copyOf(b.children, last + joined.length);
        System.arraycopy(joined, 0, children, last, joined.length);
        return siblings(children);
    }

    /** {@code l} then {@code r}, where {@code r} is taller; as {@link #appendTree}. */
    private static RopeNode[] prependTree(RopeNode l, RopeNode r) {
        RopeBranch b = (RopeBranch) r;
        RopeNode child = b.children[0];
        RopeNode[] joined =
                child.height() == l.height() ? joinSameHeight(l, child) : prependTree(l, child);
        RopeNode[] children = new RopeNode[joined.length + b.count() - 1];
        System.arraycopy(joined, 0, children, 0, joined.length);
        System.arraycopy(b.children, 1, children, joined.length, b.count() - 1);
        return siblings(children);
    }

    /**
     * Two trees of one height side by side, as one or two trees: two chunks as they are; two
     * branches pooled into one if their children fit one (so that joins keep branches full and the
     * tree shallow), else as they are if each has at least {@link RopeBranch#MIN_CHILDREN} (so it
     * may stand below a branch), else pooled and split into two halves.
     */
    private static RopeNode[] joinSameHeight(RopeNode a, RopeNode b) {
        if (a instanceof RopeChunk) {
            return new RopeNode[] {a, b};
        }
        RopeBranch x = (RopeBranch) a;
        RopeBranch y = (RopeBranch) b;
        if (x.count() + y.count() > RopeBranch.MAX_CHILDREN
                && x.count() >= RopeBranch.MIN_CHILDREN
                && y.count() >= RopeBranch.MIN_CHILDREN) {
            return new RopeNode[] {a, b};
        }
        RopeNode[] pooled = Arrays.copyOf(x.children, x.count() + y.count());
        System.arraycopy(y.children, 0, pooled, x.count(), y.count());
        return siblings(pooled);
    }

    /**
     * One branch over {@code children}, or two over its halves if they are more than {@link
     * RopeBranch#MAX_CHILDREN} (at most twice that): halves of more than {@code MAX_CHILDREN / 2}.
     */
    private static RopeNode[] siblings(RopeNode[] children) {
        int n = children.length;
        if (n <= RopeBranch.MAX_CHILDREN) {
            return new RopeNode[] {RopeBranch.of(children)};
        }
        int half = n >>> 1;
        return new RopeNode[] {
            RopeBranch.of(Arrays.copyOfRange(children, 0, half)),
            RopeBranch.of(Arrays.copyOfRange(children, half, n))
        };
    }

    /** The tree with its last chunk replaced by {@code chunk}; the shape does not change. */
    static RopeNode replaceLast(RopeNode node, RopeChunk chunk) {
        if (node instanceof RopeChunk) {
            return chunk;
        }
        RopeBranch b = (RopeBranch) node;
        int last = b.count() - 1;
        return b.copyAndSet(last, replaceLast(b.children[last], chunk));
    }

    /** The first {@code end} chars of {@code root}, {@code 0 <= end <= length(root)}. */
    static RopeNode prefix(RopeNode root, int end) {
        if (end == 0) {
            return null;
        }
        if (end == root.length) {
            return root;
        }
        RopeChunkAt cut = locate(root, end - 1);
        int start = cut.start;
        if (start + cut.chunk.length == end) {
            return prefixAtSeam(root, end);
        }
        return concat(prefixAtSeam(root, start), cut.chunk.slice(0, end - start));
    }

    /** The chars of {@code root} from {@code begin}, {@code 0 <= begin <= length(root)}. */
    static RopeNode suffix(RopeNode root, int begin) {
        if (begin == 0) {
            return root;
        }
        if (begin == root.length) {
            return null;
        }
        RopeChunkAt cut = locate(root, begin);
        int start = cut.start;
        RopeChunk chunk = cut.chunk;
        if (start == begin) {
            return suffixAtSeam(root, begin);
        }
        return concat(
                chunk.slice(begin - start, chunk.length), suffixAtSeam(root, start + chunk.length));
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
        int i = b.childAt(end - 1);
        return link(b.slice(0, i), prefixAtSeam(b.children[i], end - b.startOf(i)));
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
        int i = b.childAt(begin);
        return link(suffixAtSeam(b.children[i], begin - b.startOf(i)), b.slice(i + 1, b.count()));
    }

    /**
     * A tree over {@code chunks}, which must already obey the seam rule, with every branch as full
     * as the count allows: each level spreads its nodes evenly over as few branches as hold them,
     * the fuller branches first, so that the last branch of each level keeps what room there is for
     * a builder's next append. {@code O(k)}.
     */
    static RopeNode balanced(List<RopeChunk> chunks) {
        if (chunks.isEmpty()) {
            return null;
        }
        RopeNode[] level = chunks.toArray(new RopeNode[0]);
        while (level.length > 1) {
            int n = level.length;
            int parents = (n + RopeBranch.MAX_CHILDREN - 1) / RopeBranch.MAX_CHILDREN;
            // n / parents children each, one more for the first n % parents: at least
            // MIN_CHILDREN when two or more parents share more than MAX_CHILDREN nodes.
            int each = n / parents;
            int fuller = n % parents;
            RopeNode[] up = new RopeNode[parents];
            int from = 0;
            for (int p = 0; p < parents; p++) {
                int to = from + each + (p < fuller ? 1 : 0);
                up[p] = RopeBranch.of(Arrays.copyOfRange(level, from, to));
                from = to;
            }
            level = up;
        }
        return level[0];
    }
}
