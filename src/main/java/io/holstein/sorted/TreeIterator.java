package io.holstein.sorted;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Iterates keys, values or entries of a B+-tree over a range of ranks, ascending or descending. It
 * keeps the path from the root to its leaf, so each step costs O(1) amortized and the first one
 * O(log n). {@code remove} is unsupported.
 *
 * @param <T> keys, values or entries, by kind
 */
final class TreeIterator<T> implements Iterator<T> {

    /** Iterates keys. */
    static final int KEYS = 0;

    /** Iterates values. */
    static final int VALUES = 1;

    /** Iterates immutable entries. */
    static final int ENTRIES = 2;

    private final int kind;

    private final boolean descending;

    /** The branches from the root down to the leaf's parent. */
    private final TreeBranch[] path;

    /** The slot taken in each branch of {@link #path}. */
    private final int[] slot;

    private TreeLeaf leaf;

    private int pos;

    private int remaining;

    /**
     * Iterates the entries of ranks {@code [from, to)} of the tree, from {@code from} up or from
     * {@code to - 1} down.
     */
    TreeIterator(TreeNode root, int kind, boolean descending, int from, int to) {
        this.kind = kind;
        this.descending = descending;
        int h = BTree.height(root);
        this.path = new TreeBranch[h];
        this.slot = new int[h];
        this.remaining = to - from;
        if (remaining > 0) {
            seek(root, descending ? to - 1 : from);
        }
    }

    /** Positions on the entry of rank {@code rank}. */
    private void seek(TreeNode root, int rank) {
        TreeNode node = root;
        int i = rank;
        int d = 0;
        while (node instanceof TreeBranch b) {
            int c = 0;
            while (i >= b.sizes[c]) {
                i -= b.sizes[c];
                c++;
            }
            path[d] = b;
            slot[d++] = c;
            node = b.children[c];
        }
        leaf = (TreeLeaf) node;
        pos = i;
    }

    @Override
    public boolean hasNext() {
        return remaining > 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T next() {
        if (remaining <= 0) {
            throw new NoSuchElementException();
        }
        Object out =
                kind == KEYS
                        ? leaf.keys[pos]
                        : kind == VALUES ? leaf.value(pos) : BTree.entry(leaf, pos);
        advance();
        return (T) out;
    }

    /** The leaf holding the next entry; valid while {@link #hasNext()}. */
    TreeLeaf leaf() {
        return leaf;
    }

    /** The slot of the next entry in {@link #leaf()}; valid while {@link #hasNext()}. */
    int pos() {
        return pos;
    }

    /** Moves past the next entry without reading it; needs {@link #hasNext()}. */
    void advance() {
        if (--remaining > 0) {
            if (descending) {
                stepDown();
            } else {
                stepUp();
            }
        }
    }

    private void stepUp() {
        if (++pos < leaf.n) {
            return;
        }
        int d = path.length - 1;
        while (slot[d] + 1 >= path[d].n) {
            d--;
        }
        TreeNode node = path[d].children[++slot[d]];
        for (d++; d < path.length; d++) {
            path[d] = (TreeBranch) node;
            slot[d] = 0;
            node = path[d].children[0];
        }
        leaf = (TreeLeaf) node;
        pos = 0;
    }

    private void stepDown() {
        if (--pos >= 0) {
            return;
        }
        int d = path.length - 1;
        while (slot[d] == 0) {
            d--;
        }
        TreeNode node = path[d].children[--slot[d]];
        for (d++; d < path.length; d++) {
            path[d] = (TreeBranch) node;
            slot[d] = path[d].n - 1;
            node = path[d].children[slot[d]];
        }
        leaf = (TreeLeaf) node;
        pos = leaf.n - 1;
    }
}
