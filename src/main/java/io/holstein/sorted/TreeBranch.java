package io.holstein.sorted;

import java.util.Arrays;

/**
 * An inner node of the B+-tree: up to {@link #FANOUT} children, the {@code n - 1} separators
 * between them in {@link #keys}, and the number of entries under each child in {@link #sizes}, from
 * which ranks and positions are found in O(log n).
 */
final class TreeBranch extends TreeNode {

    /** The children, {@code children[0, n)}; all of one height. */
    TreeNode[] children;

    /** The number of entries under each child, parallel to {@link #children}. */
    int[] sizes;

    TreeBranch(Object[] keys, TreeNode[] children, int[] sizes, int n) {
        super(keys, n);
        this.children = children;
        this.sizes = sizes;
    }

    /** A new empty branch with room for {@code capacity} children. */
    static TreeBranch withRoom(int capacity) {
        return new TreeBranch(
                new Object[capacity - 1], new TreeNode[capacity], new int[capacity], 0);
    }

    /**
     * A new branch of two children, {@code separator} between them, with room for {@code capacity}
     * children.
     */
    static TreeBranch of(TreeNode left, Object separator, TreeNode right, int capacity) {
        TreeBranch b = withRoom(capacity);
        b.children[0] = left;
        b.children[1] = right;
        b.sizes[0] = left.size();
        b.sizes[1] = right.size();
        b.keys[0] = separator;
        b.n = 2;
        return b;
    }

    @Override
    int size() {
        return sizeOfFirst(n);
    }

    @Override
    int sizeOfFirst(int count) {
        int s = 0;
        for (int i = 0; i < count; i++) {
            s += sizes[i];
        }
        return s;
    }

    @Override
    int sizeOfLast(int count) {
        int s = 0;
        for (int i = n - count; i < n; i++) {
            s += sizes[i];
        }
        return s;
    }

    @Override
    Object firstKey() {
        TreeNode node = this;
        while (node instanceof TreeBranch b) {
            node = b.children[0];
        }
        return node.keys[0];
    }

    @Override
    TreeBranch copy(int capacity) {
        return new TreeBranch(
                Arrays.copyOf(keys, capacity - 1),
                Arrays.copyOf(children, capacity),
                Arrays.copyOf(sizes, capacity),
                n);
    }

    @Override
    void ensureCapacity(int capacity) {
        if (children.length < capacity) {
            resize(capacity);
        }
    }

    @Override
    int capacity() {
        return children.length;
    }

    @Override
    void resize(int capacity) {
        keys = Arrays.copyOf(keys, capacity - 1);
        children = Arrays.copyOf(children, capacity);
        sizes = Arrays.copyOf(sizes, capacity);
    }

    @Override
    void retainChildren(int from, int to) {
        for (int i = from; i < to; i++) {
            children[i].retain();
        }
    }

    /**
     * Inserts {@code child} at slot {@code j}; needs room. The separator goes between the new child
     * and its neighbour on the side of the existing children: its left one when {@code j > 0}, its
     * right one when {@code j == 0}.
     */
    void insertChild(int j, TreeNode child, int size, Object separator) {
        move(children, j, n, children, j + 1);
        children[j] = child;
        move(sizes, j, n, sizes, j + 1);
        sizes[j] = size;
        int s = j > 0 ? j - 1 : 0;
        move(keys, s, n - 1, keys, s + 1);
        keys[s] = separator;
        n++;
    }

    /** Removes child {@code j} and the separator {@code keys[separator]} (j - 1 or j). */
    void deleteChild(int j, int separator) {
        move(children, j + 1, n, children, j);
        children[n - 1] = null;
        move(sizes, j + 1, n, sizes, j);
        sizes[n - 1] = 0;
        move(keys, separator + 1, n - 1, keys, separator);
        keys[n - 2] = null;
        n--;
    }

    @Override
    void appendFrom(TreeNode src, int from, int to, Object separator) {
        TreeBranch s = (TreeBranch) src;
        move(s.children, from, to, children, n);
        move(s.sizes, from, to, sizes, n);
        if (n > 0) {
            keys[n - 1] = separator;
        }
        move(s.keys, from, to - 1, keys, n);
        n += to - from;
    }

    @Override
    void prependFrom(TreeNode src, int from, int to, Object separator) {
        TreeBranch s = (TreeBranch) src;
        int count = to - from;
        move(children, 0, n, children, count);
        move(s.children, from, to, children, 0);
        move(sizes, 0, n, sizes, count);
        move(s.sizes, from, to, sizes, 0);
        if (n > 0) {
            move(keys, 0, n - 1, keys, count);
            keys[count - 1] = separator;
        }
        move(s.keys, from, to - 1, keys, 0);
        n += count;
    }

    @Override
    void truncate(int count) {
        clear(children, count, n);
        Arrays.fill(sizes, count, n, 0);
        clear(keys, Math.max(count - 1, 0), n - 1);
        n = count;
    }

    @Override
    void dropFirst(int count) {
        move(children, count, n, children, 0);
        clear(children, n - count, n);
        move(sizes, count, n, sizes, 0);
        Arrays.fill(sizes, n - count, n, 0);
        move(keys, count, n - 1, keys, 0);
        clear(keys, Math.max(n - 1 - count, 0), n - 1);
        n -= count;
    }

    @Override
    TreeBranch splitOff(int from, int capacity) {
        TreeBranch right = withRoom(capacity);
        right.appendFrom(this, from, n, null);
        truncate(from);
        return right;
    }
}
