package io.holstein.string;

import java.util.Arrays;

/**
 * An inner node of a rope's B-tree: the text of its children, in order, all of one height. Beside
 * the children it keeps the running total of their lengths, so that a descent finds the child that
 * holds an index by scanning one small int array, without touching the children.
 *
 * <p>A branch other than the root has {@link #MIN_CHILDREN} to {@link #MAX_CHILDREN} children; a
 * root has 2 to {@link #MAX_CHILDREN}. The constructor checks neither: a root-to-be may be built
 * with few children, and the algorithms in {@link RopeTrees} restore the bounds before a branch
 * goes below another.
 */
final class RopeBranch extends RopeNode {

    /**
     * The most children a branch holds. Wide enough that a descent is short: with the seam rule's
     * bound on chunks and every branch at its minimum, a rope of ten million chars is at most four
     * branches deep, and one of {@code Integer.MAX_VALUE} chars at most six; narrow enough that an
     * edit copies little, since it copies each branch on its path whole.
     */
    static final int MAX_CHILDREN = 32;

    /** The fewest children a branch below the root holds: half of {@link #MAX_CHILDREN}. */
    static final int MIN_CHILDREN = MAX_CHILDREN / 2;

    /** The children, exactly sized; never written after construction. */
    final RopeNode[] children;

    /**
     * {@code ends[i]} is the number of chars in {@code children[0..i]}: the index in this subtree
     * just past child {@code i}. Never written after construction.
     */
    final int[] ends;

    private final int height;

    private RopeBranch(RopeNode[] children, int[] ends) {
        super(ends[ends.length - 1]);
        this.children = children;
        this.ends = ends;
        this.height = children[0].height() + 1;
    }

    /**
     * A branch over {@code children}, which it takes over: at least one, all of one height, their
     * lengths summing to at most {@code Integer.MAX_VALUE} (callers check).
     */
    static RopeBranch of(RopeNode[] children) {
        int[] ends = new int[children.length];
        int end = 0;
        for (int i = 0; i < children.length; i++) {
            end += children[i].length;
            ends[i] = end;
        }
        return new RopeBranch(children, ends);
    }

    @Override
    int height() {
        return height;
    }

    int count() {
        return children.length;
    }

    /**
     * The index of the child that holds char {@code index}, {@code 0 <= index < length}. A linear
     * scan that stops at the first running length above {@code index}: unlike a binary search
     * without branches, no step's load waits for the one before, and unlike a count over all the
     * lengths, it reads on average half of them.
     */
    int childAt(int index) {
        int i = 0;
        while (index >= ends[i]) {
            i++;
        }
        return i;
    }

    /** The index in this subtree of the first char of child {@code i}. */
    int startOf(int i) {
        return i == 0 ? 0 : ends[i - 1];
    }

    /**
     * The children {@code [from, to)} as one tree: {@code null} for none, the child itself for one,
     * else a new branch over them (a valid root, though it may hold fewer than {@link
     * #MIN_CHILDREN}).
     */
    RopeNode slice(int from, int to) {
        if (from == to) {
            return null;
        }
        if (to - from == 1) {
            return children[from];
        }
        return of(Arrays.copyOfRange(children, from, to));
    }

    /**
     * A copy of this branch with child {@code i} replaced by {@code child}, of the same height: the
     * common case of {@link #replace}, an edit that keeps the count, made by cloning both arrays
     * and moving the running totals from {@code i} on by the difference of the two lengths.
     */
    RopeBranch copyAndSet(int i, RopeNode child) {
        RopeNode[] copy = children.clone();
        copy[i] = child;
        int[] totals = ends.clone();
        int delta = child.length - children[i].length;
        for (int j = i; j < totals.length; j++) {
            totals[j] += delta;
        }
        return new RopeBranch(copy, totals);
    }

    /**
     * This branch with children {@code [from, to)} replaced by {@code nodes}, of the same height,
     * as {@link #sized} returns it. The running totals come from this branch's and the new nodes'
     * lengths, so the other children are not read.
     */
    RopeBranch[] replace(int from, int to, RopeNode[] nodes) {
        if (to - from == 1 && nodes.length == 1) {
            return new RopeBranch[] {copyAndSet(from, nodes[0])};
        }
        int n = count() - (to - from) + nodes.length;
        RopeNode[] copy = new RopeNode[n];
        int[] totals = new int[n];
        System.arraycopy(children, 0, copy, 0, from);
        System.arraycopy(ends, 0, totals, 0, from);
        int end = startOf(from);
        for (int k = 0; k < nodes.length; k++) {
            end += nodes[k].length;
            copy[from + k] = nodes[k];
            totals[from + k] = end;
        }
        int delta = end - startOf(to);
        System.arraycopy(children, to, copy, from + nodes.length, count() - to);
        for (int j = to, k = from + nodes.length; j < count(); j++, k++) {
            totals[k] = ends[j] + delta;
        }
        return sized(copy, totals);
    }

    /**
     * The children of {@code a} then those of {@code b}, two neighbouring branches of one height,
     * as {@link #sized} returns them; from their running totals, without reading the children.
     */
    static RopeBranch[] pool(RopeBranch a, RopeBranch b) {
        int n = a.count() + b.count();
        RopeNode[] children = Arrays.copyOf(a.children, n, RopeNode[].class);
        System.arraycopy(b.children, 0, children, a.count(), b.count());
        int[] totals = Arrays.copyOf(a.ends, n);
        for (int k = 0; k < b.count(); k++) {
            totals[a.count() + k] = b.ends[k] + a.length;
        }
        return sized(children, totals);
    }

    /**
     * {@code children} with their running {@code totals}, both taken over: one branch, or two
     * halves of at least {@link #MIN_CHILDREN} each if there are more than {@link #MAX_CHILDREN}
     * (there may be at most {@code 2 * MAX_CHILDREN}).
     */
    private static RopeBranch[] sized(RopeNode[] children, int[] totals) {
        int n = children.length;
        if (n <= MAX_CHILDREN) {
            return new RopeBranch[] {new RopeBranch(children, totals)};
        }
        int half = n >>> 1;
        int[] right = new int[n - half];
        for (int k = 0; k < right.length; k++) {
            right[k] = totals[half + k] - totals[half - 1];
        }
        return new RopeBranch[] {
            new RopeBranch(Arrays.copyOf(children, half), Arrays.copyOf(totals, half)),
            new RopeBranch(Arrays.copyOfRange(children, half, n), right)
        };
    }
}
