package io.holstein.list;

import io.holstein.internal.Owner;
import java.util.Arrays;

/**
 * An inner node of a {@link PersistentVector}'s trie.
 *
 * <p>{@code children} has exactly as many slots as children. A <em>strict</em> branch has no size
 * table ({@code sizes == null}): every child but the last is full (and a full subtree is strict
 * throughout), so the radix digits of an index select the child; the last child may be relaxed. A <em>relaxed</em> branch keeps cumulative child sizes and is searched
 * from the radix guess forward. The table is present exactly when the branch is not strict, so
 * vectors built by appends never pay for it.
 *
 * <p>A branch whose {@code owner} is a builder's live token belongs to that builder, which may
 * edit it in place; every other branch is immutable.
 */
final class Branch {

    final Owner owner;
    Object[] children;
    int[] sizes;

    Branch(Object[] children, int[] sizes, Owner owner) {
        this.children = children;
        this.sizes = sizes;
        this.owner = owner;
    }

    /**
     * Creates the branch of {@code height} over {@code children}, strict when it can be.
     * O(width × height).
     */
    static Branch of(Object[] children, int height, VectorShape shape, Owner owner) {
        int n = children.length;
        int[] sizes = new int[n];
        long full = shape.capacity(height - 1);
        boolean strict = true;
        int sum = 0;
        for (int i = 0; i < n; i++) {
            int size = size(children[i], height - 1, shape);
            sum += size;
            sizes[i] = sum;
            if (i < n - 1 && size != full) {
                strict = false;
            }
        }
        return new Branch(children, strict ? null : sizes, owner);
    }

    /** A chain of single-child strict branches lifting {@code node} from {@code from} to {@code to}. */
    static Object path(Object node, int from, int to, Owner owner) {
        for (int h = from; h < to; h++) {
            node = new Branch(new Object[] {node}, null, owner);
        }
        return node;
    }

    /** The number of elements under {@code node}. O(height) for strict nodes, O(1) otherwise. */
    static int size(Object node, int height, VectorShape shape) {
        while (height > 0) {
            Branch b = (Branch) node;
            int last = b.children.length - 1;
            if (b.sizes != null) {
                return b.sizes[last];
            }
            // A strict branch: all but the last child are full.
            return (last << (height * shape.bits)) + size(b.children[last], height - 1, shape);
        }
        return ((Object[]) node).length;
    }

    /** The index of the child holding element {@code index} of this branch of {@code height}. */
    int childIndex(int index, int height, VectorShape shape) {
        int i = index >>> (height * shape.bits);
        if (sizes == null) {
            return i;
        }
        // Children hold at most a full subtree each, so the radix digit is a lower bound.
        while (sizes[i] <= index) {
            i++;
        }
        return i;
    }

    /** The index, within this branch, of the first element of child {@code i}. */
    int childStart(int i, int height, VectorShape shape) {
        if (sizes == null) {
            return i << (height * shape.bits);
        }
        return i == 0 ? 0 : sizes[i - 1];
    }

    /** This branch if {@code owner} owns it, else a copy stamped with {@code owner}. */
    Branch editable(Owner owner) {
        if (owner != null && this.owner == owner) {
            return this;
        }
        return new Branch(children.clone(), sizes == null ? null : sizes.clone(), owner);
    }

    /** Replaces the last child in place, the subtree having grown by {@code added} elements. */
    void replaceLastInPlace(Object child, int added) {
        children[children.length - 1] = child;
        if (sizes != null) {
            sizes[sizes.length - 1] += added;
        }
    }

    /**
     * Appends {@code child} of {@code childSize} elements in place (the arrays grow by one slot),
     * turning this branch relaxed if its last child was not full.
     */
    void appendInPlace(Object child, int childSize, int height, VectorShape shape) {
        int n = children.length;
        if (sizes == null) {
            Object last = children[n - 1];
            if (size(last, height - 1, shape) != shape.capacity(height - 1)) {
                int[] table = new int[n];
                int sum = 0;
                for (int i = 0; i < n; i++) {
                    sum += size(children[i], height - 1, shape);
                    table[i] = sum;
                }
                sizes = table;
            }
        }
        children = Arrays.copyOf(children, n + 1);
        children[n] = child;
        if (sizes != null) {
            sizes = Arrays.copyOf(sizes, n + 1);
            sizes[n] = sizes[n - 1] + childSize;
        }
    }
}
