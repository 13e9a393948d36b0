package io.holstein.sorted;

import io.holstein.internal.RefCounted;
import java.util.Arrays;

/**
 * A node of the B+-tree shared by the sorted maps and sets: a {@link TreeLeaf} holding entries or a
 * {@link TreeBranch} holding children. The node is its own reference count ({@link RefCounted}):
 * see {@link PersistentTreeMap}'s implementation notes for who may write a node in place.
 *
 * <p>Methods named {@code copy...} and {@link #splitOff} return new nodes; every other method that
 * changes a node changes it in place, which only a writer that owns the node, or the edit that has
 * just created it, may do ({@link TreeEdit}).
 */
abstract sealed class TreeNode extends RefCounted permits TreeLeaf, TreeBranch {

    /**
     * The most entries a leaf holds, and the most children a branch holds. Wider nodes make the
     * tree shallower, so a lookup reads fewer nodes; but a persistent write, and the first write
     * after a fork, copies every node on its path, so wider nodes make each such write allocate
     * more. Of the widths measured (16, 32 and 64: docs/benchmarks/sorted.md, "Fanout trade-off"),
     * 64 looks up faster in the largest maps and 16 allocates least per write; 32 keeps most of the
     * one and most of the other.
     */
    static final int FANOUT = 32;

    /** The fewest entries or children of every node but the root. */
    static final int MIN = FANOUT / 2;

    /**
     * The keys, ascending: a leaf's own keys in {@code keys[0, n)}; a branch's separators in {@code
     * keys[0, n - 1)}, {@code keys[i]} lying above every key under child {@code i} and at or below
     * every key under child {@code i + 1}. The array may be longer than used (a writer's room to
     * grow); unused slots are null.
     */
    Object[] keys;

    /** The number of entries of a leaf, of children of a branch. */
    int n;

    /** A node held once, by whoever creates it. */
    TreeNode(Object[] keys, int n) {
        super(1);
        this.keys = keys;
        this.n = n;
    }

    /** The number of entries in this subtree. O(1) for a leaf, O(fanout) for a branch. */
    abstract int size();

    /** The number of entries under the first {@code count} slots of this node. */
    abstract int sizeOfFirst(int count);

    /** The number of entries under the last {@code count} slots of this node. */
    abstract int sizeOfLast(int count);

    /** The smallest key of this subtree. O(height). */
    abstract Object firstKey();

    /**
     * A copy with room for {@code capacity} slots, held once. Copying a branch does not count its
     * children: the caller does when it must ({@link TreeEdit}).
     */
    abstract TreeNode copy(int capacity);

    /**
     * Grows this node's arrays, keeping their contents, to hold at least {@code capacity} slots.
     */
    abstract void ensureCapacity(int capacity);

    /** Counts one more holder for each child in slots {@code [from, to)}; nothing for a leaf. */
    abstract void retainChildren(int from, int to);

    /**
     * Appends slots {@code [from, to)} of {@code src}, a node of the same kind and height that lies
     * after this one, without changing it; {@code separator} lies between this node's keys and
     * those taken (used by branches). Needs room.
     */
    abstract void appendFrom(TreeNode src, int from, int to, Object separator);

    /**
     * Prepends slots {@code [from, to)} of {@code src}, a node of the same kind and height that
     * lies before this one, without changing it; {@code separator} lies between the keys taken and
     * this node's (used by branches). Needs room.
     */
    abstract void prependFrom(TreeNode src, int from, int to, Object separator);

    /** Keeps the first {@code count} slots. */
    abstract void truncate(int count);

    /** Drops the first {@code count} slots. */
    abstract void dropFirst(int count);

    /**
     * Moves slots {@code [from, n)} into a new node with room for {@code capacity} slots, which it
     * returns; this node keeps {@code [0, from)}. For a branch, the separator between the two parts
     * is {@code keys[from - 1]}, read it first.
     */
    abstract TreeNode splitOff(int from, int capacity);

    /** The length of this node's arrays: how many slots it can hold without growing. */
    abstract int capacity();

    /** Shrinks or grows the arrays to exactly {@code capacity} slots ({@code >= n}). */
    abstract void resize(int capacity);

    /** Copies {@code src[from, to)} to {@code dst[d, ...)}; the ranges may overlap. */
    static void move(Object[] src, int from, int to, Object[] dst, int d) {
        System.arraycopy(src, from, dst, d, to - from);
    }

    /** Copies {@code src[from, to)} to {@code dst[d, ...)}; the ranges may overlap. */
    static void move(int[] src, int from, int to, int[] dst, int d) {
        System.arraycopy(src, from, dst, d, to - from);
    }

    /** Nulls {@code a[from, to)} so that the unused slots keep nothing alive. */
    static void clear(Object[] a, int from, int to) {
        Arrays.fill(a, from, to, null);
    }
}
