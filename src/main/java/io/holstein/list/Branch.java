package io.holstein.list;

import java.util.Arrays;

/**
 * The inner nodes of a {@link PersistentVector}'s trie, which are bare {@code Object[]} arrays so
 * that a lookup pays one load per level.
 *
 * <p>A <em>strict</em> branch is the array of its children, exactly as many slots as children:
 * every child but the last is full (and a full subtree is strict throughout), so the radix digits
 * of an index select the child. A <em>relaxed</em> branch has one slot more, holding an {@code
 * int[]} of cumulative child sizes, and is searched from the radix guess forward. The table is
 * present exactly when the branch is not strict, so vectors built by appends never pay for it, and
 * a trie whose rightmost path is strict is strict everywhere.
 *
 * <p>Branches are immutable once a vector can reach them; a builder edits in place only the
 * branches it created since its last {@code build()} (see {@link VectorTrie#appendLeaf}).
 */
final class Branch {

    private Branch() {}

    /** The number of children of {@code b}. */
    static int count(Object[] b) {
        int n = b.length;
        return b[n - 1] instanceof int[] ? n - 1 : n;
    }

    /** The cumulative child sizes of a relaxed branch, {@code null} for a strict one. */
    static int[] sizes(Object[] b) {
        Object last = b[b.length - 1];
        return last instanceof int[] ? (int[]) last : null;
    }

    /** The last child of {@code b}. */
    static Object last(Object[] b) {
        return b[count(b) - 1];
    }

    /**
     * The branch of {@code height} over {@code children} (which it may keep), strict when it can
     * be. O(width × height).
     */
    static Object[] of(Object[] children, int height, VectorShape shape) {
        int n = children.length;
        int[] sizes = new int[n];
        int sum = 0;
        for (int i = 0; i < n; i++) {
            sum += size(children[i], height - 1, shape);
            sizes[i] = sum;
        }
        return withSizes(children, sizes, height, shape);
    }

    /**
     * The branch of {@code height} over {@code children} whose cumulative sizes are {@code sizes}:
     * {@code children} itself if all but the last child are full, else a copy with the table in a
     * trailing slot. O(width).
     */
    static Object[] withSizes(Object[] children, int[] sizes, int height, VectorShape shape) {
        long full = shape.capacity(height - 1);
        for (int i = 0; i < sizes.length - 1; i++) {
            if (sizes[i] != full * (i + 1)) {
                Object[] relaxed = Arrays.copyOf(children, children.length + 1);
                relaxed[children.length] = sizes;
                return relaxed;
            }
        }
        return children;
    }

    /**
     * The cumulative child sizes of {@code b}, a branch of {@code height} holding {@code size}
     * elements: its own table (not to be written) or, for a strict branch, one computed. O(width).
     */
    static int[] sizeTable(Object[] b, int height, int size, VectorShape shape) {
        int[] sizes = sizes(b);
        if (sizes != null) {
            return sizes;
        }
        int n = b.length;
        sizes = new int[n];
        int shift = height * shape.bits;
        for (int i = 0; i < n - 1; i++) {
            sizes[i] = (i + 1) << shift;
        }
        sizes[n - 1] = size;
        return sizes;
    }

    /**
     * A chain of single-child strict branches lifting {@code node} from {@code from} to {@code to}.
     */
    static Object path(Object node, int from, int to) {
        for (int h = from; h < to; h++) {
            node = new Object[] {node};
        }
        return node;
    }

    /** The number of elements under {@code node}. O(height) for strict nodes, O(1) otherwise. */
    static int size(Object node, int height, VectorShape shape) {
        int prefix = 0;
        for (int h = height; h > 0; h--) {
            Object[] b = (Object[]) node;
            int[] sizes = sizes(b);
            if (sizes != null) {
                return prefix + sizes[sizes.length - 1];
            }
            // A strict branch: all but the last child are full.
            int last = b.length - 1;
            prefix += last << (h * shape.bits);
            node = b[last];
        }
        return prefix + ((Object[]) node).length;
    }

    /**
     * The index of the child of {@code b} (of {@code height}) holding its element {@code index}.
     */
    static int childIndex(Object[] b, int index, int height, VectorShape shape) {
        // A branch may sit higher than any int index reaches, where Java would wrap the shift:
        // the digit there is 0.
        int shift = height * shape.bits;
        int i = shift < Integer.SIZE ? index >>> shift : 0;
        int[] sizes = sizes(b);
        if (sizes == null) {
            return i;
        }
        // Children hold at most a full subtree each, so the radix digit is a lower bound.
        while (sizes[i] <= index) {
            i++;
        }
        return i;
    }

    /** The index, within {@code b}, of the first element of child {@code i}. */
    static int childStart(Object[] b, int i, int height, VectorShape shape) {
        int[] sizes = sizes(b);
        if (sizes == null) {
            return i << (height * shape.bits);
        }
        return i == 0 ? 0 : sizes[i - 1];
    }
}
