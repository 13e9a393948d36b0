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
        return RopeChunkAt.of((RopeChunk) node, start);
    }

    /**
     * The char at {@code index}, which must be within the tree: the descent of {@link #locate} for
     * a read that keeps nothing, so it creates no holder.
     */
    static char charAt(RopeNode node, int index) {
        while (node instanceof RopeBranch) {
            RopeBranch b = (RopeBranch) node;
            int i = b.childAt(index);
            index -= b.startOf(i);
            node = b.children[i];
        }
        return ((RopeChunk) node).charAt(index);
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
     * delete them), edited in place of the one chunk they fall in, as a B-tree edits a leaf: that
     * chunk, with the edit made, becomes no chunk, one, or two halves if it overflows; a piece
     * shorter than the chunk was merges with its neighbour when the seam rule asks, each new chunk
     * copied once ({@link RopeSplice}); the chunk's branch takes the pieces in its place and its
     * merged neighbours', and {@link #rebuild} restores the B-tree bounds above. {@code O(log n)},
     * building at most two chunks from at most three, copying the path and at most one neighbouring
     * branch per level. Returns {@code null}, and the caller splits and joins, when the chars span
     * chunks, when the seam rule needs a neighbour chunk in another branch, or when the edit
     * empties the whole text. Requires {@code 0 <= from <= to <= length(tree)} and {@code from <
     * length(tree)}.
     */
    static RopeNode replaceInChunk(RopeNode tree, int from, int to, RopeChunk middle) {
        int height = tree.height();
        RopeBranch[] path = new RopeBranch[height];
        int[] slot = new int[height];
        boolean leftmost = true;
        boolean rightmost = true;
        RopeNode node = tree;
        int start = 0;
        for (int d = 0; d < height; d++) {
            RopeBranch b = (RopeBranch) node;
            int i = b.childAt(from - start);
            if (d < height - 1) {
                leftmost &= i == 0;
                rightmost &= i == b.count() - 1;
            }
            start += b.startOf(i);
            path[d] = b;
            slot[d] = i;
            node = b.children[i];
        }
        RopeChunk chunk = (RopeChunk) node;
        int f = from - start;
        int t = to - start;
        int n = chunk.length - (t - f) + length(middle);
        if (t > chunk.length || (n == 0 && height == 0)) {
            return null;
        }
        // The edited chunk becomes no piece, one, or two halves; a piece shorter than the chunk
        // was may break the seam rule with its neighbour, which it then merges with.
        int pieces = n == 0 ? 0 : n <= RopeChunk.MAX_LENGTH ? 1 : 2;
        int firstCut = pieces == 2 ? n >>> 1 : n;
        RopeChunk left = null;
        RopeChunk right = null;
        int lo = 0;
        int hi = 0;
        if (height > 0) {
            RopeBranch bottom = path[height - 1];
            int i = slot[height - 1];
            RopeChunk before = i > 0 ? (RopeChunk) bottom.children[i - 1] : null;
            RopeChunk after = i < bottom.count() - 1 ? (RopeChunk) bottom.children[i + 1] : null;
            boolean beforeElsewhere = before == null && !leftmost;
            boolean afterElsewhere = after == null && !rightmost;
            if (pieces == 0) {
                if (beforeElsewhere || afterElsewhere) {
                    return null;
                }
                if (before != null
                        && after != null
                        && before.length + after.length <= RopeChunk.MAX_LENGTH) {
                    left = before;
                    right = after;
                }
            } else {
                if (firstCut < chunk.length) {
                    if (beforeElsewhere) {
                        return null;
                    }
                    if (before != null && before.length + firstCut <= RopeChunk.MAX_LENGTH) {
                        left = before;
                    }
                }
                int last = pieces == 2 ? n - firstCut : length(left) + n;
                if (last < chunk.length) {
                    if (afterElsewhere) {
                        return null;
                    }
                    if (after != null && last + after.length <= RopeChunk.MAX_LENGTH) {
                        right = after;
                    }
                }
            }
            lo = left == null ? i : i - 1;
            hi = right == null ? i + 1 : i + 2;
        }
        RopeSplice text = new RopeSplice();
        if (left != null) {
            text.add(left);
        }
        text.add(chunk, 0, f);
        if (middle != null) {
            text.add(middle);
        }
        text.add(chunk, t, chunk.length);
        if (right != null) {
            text.add(right);
        }
        int cut = length(left) + firstCut;
        RopeNode[] nodes =
                text.length() == 0
                        ? new RopeNode[0]
                        : pieces == 2
                                ? new RopeNode[] {
                                    text.chunk(0, cut), text.chunk(cut, text.length())
                                }
                                : new RopeNode[] {text.chunk(0, text.length())};
        if (height == 0) {
            return nodes.length == 1 ? nodes[0] : RopeBranch.of(nodes);
        }
        return rebuild(path, slot, lo, hi, nodes);
    }

    /**
     * The tree whose search path is {@code path} (from the root, the child taken at each branch in
     * {@code slot}) with children {@code [lo, hi)} of its last branch replaced by {@code nodes},
     * restoring the B-tree bounds on the way up: a branch left with more than {@link
     * RopeBranch#MAX_CHILDREN} children splits in two, and the root into a new root over two; one
     * below the root left with fewer than {@link RopeBranch#MIN_CHILDREN} pools its children with
     * its smaller neighbour's, into one branch or two halves; a root left with one child gives way
     * to it. Copies the path and at most one neighbour per level.
     */
    private static RopeNode rebuild(
            RopeBranch[] path, int[] slot, int lo, int hi, RopeNode[] nodes) {
        for (int d = path.length - 1; d > 0; d--) {
            RopeBranch[] copies = path[d].replace(lo, hi, nodes);
            lo = slot[d - 1];
            hi = lo + 1;
            if (copies.length == 1 && copies[0].count() < RopeBranch.MIN_CHILDREN) {
                // Too few children to stand below a branch: pool them with the smaller neighbour.
                RopeBranch parent = path[d - 1];
                int j = smallerNeighbour(parent, lo);
                RopeBranch neighbour = (RopeBranch) parent.children[j];
                copies =
                        j < lo
                                ? RopeBranch.pool(neighbour, copies[0])
                                : RopeBranch.pool(copies[0], neighbour);
                lo = Math.min(lo, j);
                hi = lo + 2;
            }
            nodes = copies;
        }
        RopeBranch[] roots = path[0].replace(lo, hi, nodes);
        if (roots.length == 2) {
            return RopeBranch.of(new RopeNode[] {roots[0], roots[1]});
        }
        return roots[0].count() == 1 ? roots[0].children[0] : roots[0];
    }

    /** The index of the neighbour of child {@code i} of {@code b} with fewer children. */
    private static int smallerNeighbour(RopeBranch b, int i) {
        if (i == 0) {
            return 1;
        }
        if (i == b.count() - 1) {
            return i - 1;
        }
        int before = ((RopeBranch) b.children[i - 1]).count();
        int after = ((RopeBranch) b.children[i + 1]).count();
        return before <= after ? i - 1 : i + 1;
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
            return link(
                    replaceLast(l, new RopeSplice().add(a).add(b).chunk(0, a.length + b.length)),
                    suffixAtSeam(r, b.length));
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
        return joined.length == 1
                ? joined[0]
                : RopeBranch.of(new RopeNode[] {joined[0], joined[1]});
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
        return b.replace(last, last + 1, joined);
    }

    /** {@code l} then {@code r}, where {@code r} is taller; as {@link #appendTree}. */
    private static RopeNode[] prependTree(RopeNode l, RopeNode r) {
        RopeBranch b = (RopeBranch) r;
        RopeNode child = b.children[0];
        RopeNode[] joined =
                child.height() == l.height() ? joinSameHeight(l, child) : prependTree(l, child);
        return b.replace(0, 1, joined);
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
        return RopeBranch.pool(x, y);
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
