package io.holstein.sorted;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The mutable core of the builders and of {@link CowTreeMap} and {@link CowTreeSet}: a B+-tree it
 * writes in place where it owns the nodes, through a writer's {@link TreeEdit}, plus, for a
 * builder, a run of keys appended in ascending order that is not yet in the tree.
 *
 * <p>A <em>buffered</em> writer (a builder's) appends a key above every key so far to the run, in
 * O(1); the run is loaded into a tree in O(length) ({@link BTree#load}) and joined at the tree's
 * right edge in O(log n) when it reaches {@link #RUN_LIMIT} keys, before any other write, and by
 * {@link #freeze()}. So ascending input, however it arrives, is loaded in O(n) into full leaves,
 * and {@link #freeze()} costs at most one run of bounded length. An unbuffered writer (a mutable
 * map's or set's) puts every key into the tree at once, so that its tree is complete whenever it is
 * read: reads, {@link #fork()} and {@link #freeze()} then write nothing but a count.
 *
 * <p>The writer starts from a root it does not own (an empty leaf, a persistent version's root, or
 * a root that {@link #fork()} counted once more), which it copies on its first write; {@link
 * #freeze()} saturates the root it hands out, and {@link #fork()} counts it once more, so the
 * writer copies again before writing after either. Not thread-safe.
 */
final class TreeWriter {

    /** The longest run kept outside the tree. */
    static final int RUN_LIMIT = TreeNode.FANOUT * TreeNode.FANOUT;

    private final Comparator<Object> cmp;

    private final boolean valued;

    private final TreeEdit edit;

    /** Whether keys above all others wait in the run (a builder) or go into the tree at once. */
    private final boolean buffered;

    private TreeNode root;

    /** The number of entries in the tree, not counting the run. */
    private int treeSize;

    private Object[] runKeys = new Object[0];

    private Object[] runValues = new Object[0];

    private int runLength;

    /** The largest key of the tree (not the run) while {@link #maxKnown}. */
    private Object max;

    private boolean maxKnown;

    /**
     * A buffered writer over {@code root}, a frozen root of {@code size} entries: a builder's.
     *
     * @param valued whether entries have values (a map) or not (a set)
     */
    TreeWriter(Comparator<Object> cmp, boolean valued, TreeNode root, int size) {
        this(cmp, valued, root, size, true);
    }

    /**
     * A writer over {@code root} of {@code size} entries, which the writer does not own: frozen, or
     * counted once for this writer.
     *
     * @param valued whether entries have values (a map) or not (a set)
     * @param buffered whether keys above all others wait in a run (see the class comment)
     */
    TreeWriter(Comparator<Object> cmp, boolean valued, TreeNode root, int size, boolean buffered) {
        this.cmp = cmp;
        this.valued = valued;
        this.edit = new TreeEdit(cmp, true);
        this.root = root;
        this.treeSize = size;
        this.buffered = buffered;
    }

    /** The number of entries. O(1). */
    int size() {
        return treeSize + runLength;
    }

    /**
     * Maps {@code key} to {@code value} ({@link TreeEdit#NO_VALUE} for a set, which keeps a present
     * key as it is). Returns the previous value, or {@link BTree#NOT_FOUND}. O(1) amortized for a
     * key above all others, else O(log n). A new key in a tree of {@code Integer.MAX_VALUE} entries
     * throws {@link IllegalStateException} before anything is written.
     */
    Object put(Object key, Object value) {
        if (size() == Integer.MAX_VALUE && get(key) == BTree.NOT_FOUND) {
            throw new IllegalStateException(
                    "a tree of Integer.MAX_VALUE entries is full; cannot add " + key);
        }
        if (runLength > 0) {
            int c = BTree.compare(cmp, key, runKeys[runLength - 1]);
            if (c > 0) {
                append(key, value);
                return BTree.NOT_FOUND;
            }
            if (c == 0) {
                Object old = valued ? runValues[runLength - 1] : null;
                if (valued && value != TreeEdit.NO_VALUE) {
                    runValues[runLength - 1] = value;
                }
                return old;
            }
            flush();
        } else if (treeSize == 0) {
            // The type and null check TreeMap makes on its first key.
            BTree.compare(cmp, key, key);
            if (buffered) {
                append(key, value);
                return BTree.NOT_FOUND;
            }
        } else if (buffered && BTree.compare(cmp, key, max()) > 0) {
            append(key, value);
            return BTree.NOT_FOUND;
        }
        TreeNode old = root;
        boolean owned = !old.isShared();
        TreeNode top = edit.put(old, owned, key, value);
        if (edit.changed) {
            edit.height = 0;
            setRoot(old, owned, edit.rootOver(top));
            treeSize += edit.delta;
        }
        return edit.oldValue;
    }

    /** Removes {@code key}; returns its value, or {@link BTree#NOT_FOUND}. O(log n). */
    Object remove(Object key) {
        flush();
        if (treeSize == 0) {
            return BTree.NOT_FOUND;
        }
        TreeNode old = root;
        boolean owned = !old.isShared();
        TreeNode top = edit.remove(old, owned, key);
        if (!edit.changed) {
            return BTree.NOT_FOUND;
        }
        setRoot(old, owned, TreeEdit.shrink(top));
        treeSize--;
        if (maxKnown && BTree.compare(cmp, key, max) == 0) {
            maxKnown = false;
        }
        return edit.oldValue;
    }

    /** The value of {@code key}, or {@link BTree#NOT_FOUND}. O(log n). */
    Object get(Object key) {
        if (runLength > 0) {
            int c = BTree.compare(cmp, key, runKeys[runLength - 1]);
            if (c > 0) {
                return BTree.NOT_FOUND;
            }
            if (treeSize == 0 || BTree.compare(cmp, key, max()) > 0) {
                int i = c == 0 ? runLength - 1 : BTree.search(runKeys, runLength, key, cmp);
                return i < 0 ? BTree.NOT_FOUND : valued ? runValues[i] : null;
            }
        }
        return treeSize == 0 ? BTree.NOT_FOUND : BTree.find(root, key, cmp);
    }

    /**
     * Loads the run into the tree and saturates the root, which the caller hands out as the root of
     * a persistent version; later writes copy it first. O(1) beyond loading the run.
     */
    TreeNode freeze() {
        flush();
        root.saturate();
        return root;
    }

    /**
     * Returns a writer over the same tree, which both writers then share: the root is counted once
     * more, an atomic increment that writes nothing else, so that each writer copies it before its
     * next write. O(1) beyond loading the run.
     */
    TreeWriter fork() {
        flush();
        root.retain();
        return new TreeWriter(cmp, valued, root, treeSize, buffered);
    }

    /** Whether the next write copies the root first: true while another holder may read it. */
    boolean isShared() {
        return root.isShared();
    }

    /**
     * Replaces the tree with {@code next} of {@code size} entries, which this writer does not own
     * (frozen or counted for it) or owns alone (new nodes), dropping the run; the old root is
     * released. O(1).
     */
    void reset(TreeNode next, int size) {
        Arrays.fill(runKeys, 0, runLength, null);
        if (valued) {
            Arrays.fill(runValues, 0, runLength, null);
        }
        runLength = 0;
        maxKnown = false;
        TreeNode old = root;
        root = next;
        treeSize = size;
        old.release();
    }

    /**
     * Makes the path to the entry of rank {@code rank} the writer's own, copying its shared nodes
     * as a write does, and returns the leaf, whose values the caller may then write in place until
     * the writer's root is shared again or the tree changes; the entry's slot is in {@link
     * #editablePos()}. O(log n).
     */
    TreeLeaf editableLeaf(int rank) {
        flush();
        TreeNode old = root;
        boolean owned = !old.isShared();
        setRoot(old, owned, edit.editablePath(old, owned, rank));
        return edit.editedLeaf;
    }

    /** The slot in {@link #editableLeaf}'s leaf of the entry asked for. */
    int editablePos() {
        return edit.editedPos;
    }

    /**
     * Whether the path the last {@link #editableLeaf} made is still this writer's alone: its root
     * is still the writer's and every node on it still has count 1. A fork of this writer's tree
     * counts its root once more; if the fork then writes, it copies its path and releases the root,
     * whose count falls back to 1, but below it the nodes it copied from are shared from then on.
     * So every node of the path is checked, not only the root. O(height).
     */
    boolean editablePathHolds() {
        TreeNode[] path = edit.editedPath;
        if (path[0] != root) {
            return false;
        }
        for (int d = 0; d <= edit.editedDepth; d++) {
            if (path[d].isShared()) {
                return false;
            }
        }
        return true;
    }

    private Object max() {
        if (!maxKnown) {
            max = BTree.lastKey(root);
            maxKnown = true;
        }
        return max;
    }

    private void append(Object key, Object value) {
        if (runLength == runKeys.length) {
            int grown = Math.min(Math.max(2 * runLength, 8), RUN_LIMIT);
            runKeys = Arrays.copyOf(runKeys, grown);
            if (valued) {
                runValues = Arrays.copyOf(runValues, grown);
            }
        }
        runKeys[runLength] = key;
        if (valued) {
            runValues[runLength] = value == TreeEdit.NO_VALUE ? null : value;
        }
        if (++runLength == RUN_LIMIT) {
            flush();
        }
    }

    /** Loads the run into a tree of new nodes and joins it at the right edge of the tree. */
    private void flush() {
        if (runLength == 0) {
            return;
        }
        TreeNode run = BTree.load(runKeys, valued ? runValues : null, runLength);
        Object first = runKeys[0];
        max = runKeys[runLength - 1];
        maxKnown = true;
        Arrays.fill(runKeys, 0, runLength, null);
        if (valued) {
            Arrays.fill(runValues, 0, runLength, null);
        }
        int added = runLength;
        runLength = 0;
        TreeNode old = root;
        boolean owned = !old.isShared();
        TreeNode joined =
                treeSize == 0
                        ? run
                        : edit.join(
                                old, BTree.height(old), owned, run, BTree.height(run), true, first);
        setRoot(old, owned, joined);
        treeSize += added;
    }

    /**
     * Installs a new root. A root the writer did not own was copied (or dropped), so the writer's
     * reference to it goes; an owned one was written in place or now hangs under the new root.
     */
    private void setRoot(TreeNode old, boolean owned, TreeNode next) {
        if (next != old && !owned) {
            old.release();
        }
        root = next;
    }

    /** The current tree, the run loaded, for checks. */
    TreeNode root() {
        flush();
        return root;
    }
}
