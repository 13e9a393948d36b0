package io.holstein.sorted;

import static io.holstein.sorted.TreeNode.FANOUT;
import static io.holstein.sorted.TreeNode.MIN;

import java.util.Arrays;
import java.util.Comparator;

/**
 * One write to a B+-tree: insertion, deletion with rebalancing, join, split and set algebra, in one
 * of two modes.
 *
 * <ul>
 *   <li>A <em>persistent</em> edit never writes an existing node: it copies the nodes it changes
 *       (arrays of exactly their size) and touches no count. The caller saturates the root it hands
 *       out.
 *   <li>A <em>writer</em>'s edit writes in place every node it owns, that is every node of count 1
 *       reached from the writer's root through nodes of count 1; it copies any other node it
 *       changes, counting the copy's children once more (they now have one more parent), and
 *       releases a node when a parent it owned drops it. Its copies get room for the fanout, so
 *       that later writes need not grow them.
 * </ul>
 *
 * <p>The recursive methods take a node and whether the writer owns it, and return the node that
 * takes its place (the same node when nothing changed or it was written in place). The rest of the
 * outcome travels up in this object's fields, so that a write allocates nothing per level beyond
 * the nodes it copies: whether anything changed, the change in size, the value replaced or removed,
 * a node split off to the right with its separator, the height of a joined or split tree. Not
 * thread-safe: one edit per operation.
 */
final class TreeEdit {

    /**
     * The value a set inserts: a present key is kept as it is, an absent one is inserted with no
     * value (null in a leaf that holds values).
     */
    static final Object NO_VALUE = new Object();

    /** The order; null for natural order. */
    final Comparator<Object> cmp;

    /** Whether this edit is a writer's (in place where owned) or persistent (copies only). */
    final boolean writer;

    /** Whether the last call changed the tree. */
    boolean changed;

    /** The change in the number of entries of the last call: +1, 0 or -1. */
    int delta;

    /** The value the last put replaced or the last remove removed; NOT_FOUND if none. */
    Object oldValue = BTree.NOT_FOUND;

    /** A node split off to the right of the returned one, to be inserted after it; or null. */
    TreeNode splitRight;

    /** The separator between the returned node and {@link #splitRight}. */
    Object splitKey;

    /** The height of the tree the last join, head or tail returned. */
    int height;

    /** The leaf the last {@link #editablePath} reached, and the slot of its entry there. */
    TreeLeaf editedLeaf;

    int editedPos;

    /**
     * The nodes of the last {@link #editablePath}, root first, {@link #editedDepth} + 1 of them.
     */
    TreeNode[] editedPath = new TreeNode[8];

    int editedDepth;

    TreeEdit(Comparator<Object> cmp, boolean writer) {
        this.cmp = cmp;
        this.writer = writer;
    }

    // ------------------------------------------------------------------ ownership

    /** The room a new node gets: exact for a persistent edit, the fanout for a writer. */
    private int room(int needed) {
        return writer ? Math.max(needed, FANOUT) : needed;
    }

    /** Grows a node this edit may write, if it has less room than {@code needed}. */
    private void makeRoom(TreeNode node, int needed) {
        if (node.capacity() < needed) {
            node.resize(room(needed));
        }
    }

    /**
     * The node to write instead of {@code node}: itself if {@code owned} (grown to {@code capacity}
     * slots if needed), else a copy; a writer's copy counts the children it shares with the
     * original.
     */
    private TreeNode ensureEditable(TreeNode node, boolean owned, int capacity) {
        if (owned) {
            makeRoom(node, capacity);
            return node;
        }
        TreeNode copy = node.copy(room(Math.max(capacity, node.n)));
        if (writer) {
            copy.retainChildren(0, copy.n);
        }
        return copy;
    }

    /** Puts {@code child} in slot {@code i} of {@code t}, which this edit may write. */
    private void setChild(TreeBranch t, int i, TreeNode child) {
        TreeNode old = t.children[i];
        if (old != child) {
            t.children[i] = child;
            if (writer) {
                old.release();
            }
        }
    }

    /** Drops a node whose slots were copied elsewhere: a writer no longer holds it. */
    private void drop(TreeNode node) {
        if (writer) {
            node.release();
        }
    }

    /**
     * The root of the tree whose top level the last call returned as {@code top}: a new branch over
     * it and the node split off beside it, if any.
     */
    TreeNode rootOver(TreeNode top) {
        if (splitRight == null) {
            return top;
        }
        TreeNode root = TreeBranch.of(top, splitKey, splitRight, room(2));
        splitRight = null;
        height++;
        return root;
    }

    /** The root left when {@code top}, returned by a removal, is a branch of one child. */
    static TreeNode shrink(TreeNode top) {
        TreeNode root = top;
        while (root instanceof TreeBranch b && b.n == 1) {
            root = b.children[0];
        }
        return root;
    }

    static boolean isEmpty(TreeNode node) {
        return node.n == 0;
    }

    // ------------------------------------------------------------------ insertion

    /**
     * Maps {@code key} to {@code value} ({@link #NO_VALUE} for a set) in the subtree of {@code
     * node}. Sets {@link #changed}, {@link #delta}, {@link #oldValue} and, when {@code node} split,
     * {@link #splitRight}. O(log n).
     */
    TreeNode put(TreeNode node, boolean owned, Object key, Object value) {
        if (node instanceof TreeBranch b) {
            int i = BTree.childIndex(b, key, cmp);
            TreeNode child = b.children[i];
            TreeNode r = put(child, owned && !child.isShared(), key, value);
            if (!changed) {
                return b;
            }
            TreeNode right = splitRight;
            if (r == child && right == null) {
                // Written in place below, hence b is owned too.
                b.sizes[i] += delta;
                return b;
            }
            splitRight = null;
            TreeBranch t = (TreeBranch) ensureEditable(b, owned, b.n + (right == null ? 0 : 1));
            setChild(t, i, r);
            if (right == null) {
                t.sizes[i] += delta;
                return t;
            }
            int rightSize = right.size();
            t.sizes[i] += delta - rightSize;
            return insertChild(t, i + 1, right, rightSize, splitKey);
        }
        TreeLeaf leaf = (TreeLeaf) node;
        int s = BTree.search(leaf.keys, leaf.n, key, cmp);
        if (s >= 0) {
            delta = 0;
            oldValue = leaf.value(s);
            if (value == NO_VALUE || leaf.values == null || leaf.values[s] == value) {
                changed = false;
                return leaf;
            }
            changed = true;
            TreeLeaf t = (TreeLeaf) ensureEditable(leaf, owned, leaf.n);
            t.values[s] = value;
            return t;
        }
        changed = true;
        delta = 1;
        oldValue = BTree.NOT_FOUND;
        TreeLeaf t = (TreeLeaf) ensureEditable(leaf, owned, leaf.n + 1);
        t.insert(-s - 1, key, value == NO_VALUE ? null : value);
        if (t.n > FANOUT) {
            splitOverfull(t);
        }
        return t;
    }

    /** Inserts a child into {@code t}, which this edit may write, splitting it if it overflows. */
    private TreeBranch insertChild(TreeBranch t, int j, TreeNode child, int size, Object sep) {
        makeRoom(t, t.n + 1);
        t.insertChild(j, child, size, sep);
        if (t.n > FANOUT) {
            splitOverfull(t);
        }
        return t;
    }

    /**
     * Splits a node of {@code FANOUT + 1} slots: it keeps {@code MIN + 1}, the rest goes to {@link
     * #splitRight}.
     */
    private void splitOverfull(TreeNode t) {
        int keep = t.n - MIN;
        Object sep = t instanceof TreeBranch b ? b.keys[keep - 1] : t.keys[keep];
        TreeNode right = t.splitOff(keep, room(MIN));
        if (!writer) {
            t.resize(keep);
        }
        splitRight = right;
        splitKey = sep;
    }

    /**
     * Makes the path from {@code node} to the entry of rank {@code rank} writable by this writer's
     * edit: each node on it is kept if owned, else copied, its children counted once more, and the
     * original released when its parent drops it. Returns the node that takes {@code node}'s place;
     * the leaf and the entry's slot in {@link #editedLeaf} and {@link #editedPos}. O(log n).
     */
    TreeNode editablePath(TreeNode node, boolean owned, int rank) {
        return editablePath(node, owned, rank, 0);
    }

    private TreeNode editablePath(TreeNode node, boolean owned, int rank, int depth) {
        TreeNode t = ensureEditable(node, owned, node.n);
        if (depth == editedPath.length) {
            editedPath = Arrays.copyOf(editedPath, 2 * depth);
        }
        editedPath[depth] = t;
        editedDepth = depth;
        if (t instanceof TreeBranch b) {
            int c = 0;
            int r = rank;
            while (r >= b.sizes[c]) {
                r -= b.sizes[c];
                c++;
            }
            TreeNode child = b.children[c];
            setChild(b, c, editablePath(child, !child.isShared(), r, depth + 1));
        } else {
            editedLeaf = (TreeLeaf) t;
            editedPos = rank;
        }
        return t;
    }

    // ------------------------------------------------------------------ deletion

    /**
     * Removes {@code key} from the subtree of {@code node}. Sets {@link #changed}, {@link #delta}
     * and {@link #oldValue}. A child left below half full borrows from a sibling that can spare
     * slots, or merges with one; the returned node itself may be left below half full, for its
     * parent to fix (or {@link #shrink} at the root). O(log n).
     */
    TreeNode remove(TreeNode node, boolean owned, Object key) {
        if (node instanceof TreeBranch b) {
            int i = BTree.childIndex(b, key, cmp);
            TreeNode child = b.children[i];
            TreeNode r = remove(child, owned && !child.isShared(), key);
            if (!changed) {
                return b;
            }
            TreeBranch t = (TreeBranch) ensureEditable(b, owned, b.n);
            setChild(t, i, r);
            t.sizes[i] += delta;
            if (r.n < MIN) {
                rebalance(t, i, owned);
            }
            return t;
        }
        TreeLeaf leaf = (TreeLeaf) node;
        int s = BTree.search(leaf.keys, leaf.n, key, cmp);
        if (s < 0) {
            changed = false;
            delta = 0;
            oldValue = BTree.NOT_FOUND;
            return leaf;
        }
        changed = true;
        delta = -1;
        oldValue = leaf.value(s);
        if (owned) {
            leaf.delete(s);
            return leaf;
        }
        return leaf.copyWithout(s, room(leaf.n - 1));
    }

    /** Brings child {@code i} of {@code t}, below half full, back to at least half full. */
    private void rebalance(TreeBranch t, int i, boolean owned) {
        if (i > 0 && t.children[i - 1].n > MIN) {
            borrowFromLeft(t, i, owned);
        } else if (i + 1 < t.n && t.children[i + 1].n > MIN) {
            borrowFromRight(t, i, owned);
        } else if (i > 0) {
            mergeLeftInto(t, i, owned);
        } else if (i + 1 < t.n) {
            mergeRightInto(t, i, owned);
        }
    }

    private void borrowFromLeft(TreeBranch t, int i, boolean owned) {
        TreeNode c = t.children[i];
        TreeNode old = t.children[i - 1];
        TreeNode left = ensureEditable(old, owned && !old.isShared(), old.n);
        setChild(t, i - 1, left);
        int k = (left.n - c.n) / 2;
        int moved = left.sizeOfLast(k);
        makeRoom(c, c.n + k);
        t.keys[i - 1] = moveLast(left, c, k, t.keys[i - 1]);
        t.sizes[i - 1] -= moved;
        t.sizes[i] += moved;
    }

    private void borrowFromRight(TreeBranch t, int i, boolean owned) {
        TreeNode c = t.children[i];
        TreeNode old = t.children[i + 1];
        TreeNode right = ensureEditable(old, owned && !old.isShared(), old.n);
        setChild(t, i + 1, right);
        int k = (right.n - c.n) / 2;
        int moved = right.sizeOfFirst(k);
        makeRoom(c, c.n + k);
        t.keys[i] = moveFirst(c, right, k, t.keys[i]);
        t.sizes[i + 1] -= moved;
        t.sizes[i] += moved;
    }

    private void mergeLeftInto(TreeBranch t, int i, boolean owned) {
        TreeNode c = t.children[i];
        TreeNode left = t.children[i - 1];
        makeRoom(c, c.n + left.n);
        c.prependFrom(left, 0, left.n, t.keys[i - 1]);
        if (writer && !(owned && !left.isShared())) {
            c.retainChildren(0, left.n);
        }
        t.sizes[i] += t.sizes[i - 1];
        t.deleteChild(i - 1, i - 1);
        drop(left);
    }

    private void mergeRightInto(TreeBranch t, int i, boolean owned) {
        TreeNode c = t.children[i];
        TreeNode right = t.children[i + 1];
        int before = c.n;
        makeRoom(c, c.n + right.n);
        c.appendFrom(right, 0, right.n, t.keys[i]);
        if (writer && !(owned && !right.isShared())) {
            c.retainChildren(before, c.n);
        }
        t.sizes[i] += t.sizes[i + 1];
        t.deleteChild(i + 1, i);
        drop(right);
    }

    /**
     * Moves the last {@code k} slots of {@code left} to the front of {@code right}, its neighbour
     * of the same height, both writable; {@code sep} lies between them. Returns the new separator.
     */
    private static Object moveLast(TreeNode left, TreeNode right, int k, Object sep) {
        right.prependFrom(left, left.n - k, left.n, sep);
        Object next = left instanceof TreeBranch b ? b.keys[b.n - k - 1] : right.keys[0];
        left.truncate(left.n - k);
        return next;
    }

    /**
     * Moves the first {@code k} slots of {@code right} to the end of {@code left}, its neighbour of
     * the same height, both writable; {@code sep} lies between them. Returns the new separator.
     */
    private static Object moveFirst(TreeNode left, TreeNode right, int k, Object sep) {
        left.appendFrom(right, 0, k, sep);
        Object next = right instanceof TreeBranch ? right.keys[k - 1] : right.keys[k];
        right.dropFirst(k);
        return next;
    }

    // ------------------------------------------------------------------ join

    /**
     * Joins two trees: {@code left} of height {@code hl}, {@code right} of height {@code hr}, every
     * key of {@code left} below {@code sep} and {@code sep} at or below every key of {@code right}.
     * The shorter tree is hung on the facing spine of the taller at its own height, merged with or
     * topped up from its neighbour there if its root is below half full; splits then run up the
     * spine as for an insertion. Returns the root (saturate it for a persistent version), its
     * height in {@link #height}. O(|hl - hr| + 1) nodes copied or written. A writer's edit takes
     * over the caller's references to both roots.
     */
    TreeNode join(
            TreeNode left,
            int hl,
            boolean leftOwned,
            TreeNode right,
            int hr,
            boolean rightOwned,
            Object sep) {
        if (isEmpty(right)) {
            height = hl;
            return left;
        }
        if (isEmpty(left)) {
            height = hr;
            return right;
        }
        TreeNode top;
        if (hl == hr) {
            top = joinLevel(left, leftOwned, right, rightOwned, sep);
            height = hl;
        } else if (hl > hr) {
            top = joinRight(left, hl, leftOwned, right, hr, rightOwned, sep, right.size());
            height = hl;
        } else {
            top = joinLeft(left, hl, leftOwned, right, hr, rightOwned, sep, left.size());
            height = hr;
        }
        return rootOver(top);
    }

    /** Joins two nodes of one height: one node if they fit, else two, each at least half full. */
    private TreeNode joinLevel(TreeNode a, boolean aOwned, TreeNode b, boolean bOwned, Object sep) {
        if (a.n + b.n <= FANOUT) {
            TreeNode t = ensureEditable(a, aOwned, a.n + b.n);
            int before = t.n;
            t.appendFrom(b, 0, b.n, sep);
            if (writer && !bOwned) {
                t.retainChildren(before, t.n);
            }
            drop(b);
            return t;
        }
        TreeNode x = a;
        TreeNode y = b;
        Object between = sep;
        if (a.n < MIN) {
            x = ensureEditable(a, aOwned, MIN);
            y = ensureEditable(b, bOwned, b.n);
            between = moveFirst(x, y, MIN - x.n, sep);
        } else if (b.n < MIN) {
            x = ensureEditable(a, aOwned, a.n);
            y = ensureEditable(b, bOwned, MIN);
            between = moveLast(x, y, MIN - y.n, sep);
        }
        splitRight = y;
        splitKey = between;
        return x;
    }

    /** Hangs {@code b} on the right spine of {@code a}, taller by {@code ha - hb}. */
    private TreeNode joinRight(
            TreeNode a,
            int ha,
            boolean aOwned,
            TreeNode b,
            int hb,
            boolean bOwned,
            Object sep,
            int bSize) {
        TreeBranch t = (TreeBranch) a;
        int i = t.n - 1;
        if (ha > hb + 1) {
            TreeNode c = t.children[i];
            TreeNode r = joinRight(c, ha - 1, aOwned && !c.isShared(), b, hb, bOwned, sep, bSize);
            TreeNode right = splitRight;
            splitRight = null;
            TreeBranch w = (TreeBranch) ensureEditable(t, aOwned, t.n + (right == null ? 0 : 1));
            setChild(w, i, r);
            w.sizes[i] += bSize;
            if (right == null) {
                return w;
            }
            int rightSize = right.size();
            w.sizes[i] -= rightSize;
            return insertChild(w, i + 1, right, rightSize, splitKey);
        }
        TreeNode s = t.children[i];
        boolean sOwned = aOwned && !s.isShared();
        if (b.n >= MIN) {
            TreeBranch w = (TreeBranch) ensureEditable(t, aOwned, t.n + 1);
            return insertChild(w, w.n, b, bSize, sep);
        }
        if (s.n + b.n <= FANOUT) {
            TreeBranch w = (TreeBranch) ensureEditable(t, aOwned, t.n);
            TreeNode merged = ensureEditable(s, sOwned, s.n + b.n);
            int before = merged.n;
            merged.appendFrom(b, 0, b.n, sep);
            if (writer && !bOwned) {
                merged.retainChildren(before, merged.n);
            }
            drop(b);
            setChild(w, i, merged);
            w.sizes[i] += bSize;
            return w;
        }
        TreeBranch w = (TreeBranch) ensureEditable(t, aOwned, t.n + 1);
        TreeNode s2 = ensureEditable(s, sOwned, s.n);
        TreeNode b2 = ensureEditable(b, bOwned, MIN);
        int k = MIN - b2.n;
        int moved = s2.sizeOfLast(k);
        Object between = moveLast(s2, b2, k, sep);
        setChild(w, i, s2);
        w.sizes[i] -= moved;
        return insertChild(w, w.n, b2, bSize + moved, between);
    }

    /** Hangs {@code a} on the left spine of {@code b}, taller by {@code hb - ha}. */
    private TreeNode joinLeft(
            TreeNode a,
            int ha,
            boolean aOwned,
            TreeNode b,
            int hb,
            boolean bOwned,
            Object sep,
            int aSize) {
        TreeBranch t = (TreeBranch) b;
        if (hb > ha + 1) {
            TreeNode c = t.children[0];
            TreeNode r = joinLeft(a, ha, aOwned, c, hb - 1, bOwned && !c.isShared(), sep, aSize);
            TreeNode right = splitRight;
            splitRight = null;
            TreeBranch w = (TreeBranch) ensureEditable(t, bOwned, t.n + (right == null ? 0 : 1));
            setChild(w, 0, r);
            w.sizes[0] += aSize;
            if (right == null) {
                return w;
            }
            int rightSize = right.size();
            w.sizes[0] -= rightSize;
            return insertChild(w, 1, right, rightSize, splitKey);
        }
        TreeNode s = t.children[0];
        boolean sOwned = bOwned && !s.isShared();
        if (a.n >= MIN) {
            TreeBranch w = (TreeBranch) ensureEditable(t, bOwned, t.n + 1);
            return insertChild(w, 0, a, aSize, sep);
        }
        if (s.n + a.n <= FANOUT) {
            TreeBranch w = (TreeBranch) ensureEditable(t, bOwned, t.n);
            TreeNode merged = ensureEditable(s, sOwned, s.n + a.n);
            merged.prependFrom(a, 0, a.n, sep);
            if (writer && !aOwned) {
                merged.retainChildren(0, a.n);
            }
            drop(a);
            setChild(w, 0, merged);
            w.sizes[0] += aSize;
            return w;
        }
        TreeBranch w = (TreeBranch) ensureEditable(t, bOwned, t.n + 1);
        TreeNode s2 = ensureEditable(s, sOwned, s.n);
        TreeNode a2 = ensureEditable(a, aOwned, MIN);
        int k = MIN - a2.n;
        int moved = s2.sizeOfFirst(k);
        Object between = moveFirst(a2, s2, k, sep);
        setChild(w, 0, s2);
        w.sizes[0] -= moved;
        return insertChild(w, 0, a2, aSize + moved, between);
    }

    // ------------------------------------------------------------------ split (persistent)

    /**
     * The entries of the tree {@code node} (height {@code h}) below {@code key}, or at or below it
     * if {@code inclusive}: the subtrees left of the cut are kept whole, and along the cut each
     * level's kept prefix is joined with the cut subtree below it. Returns {@code node} itself when
     * nothing is cut off; the height of the result in {@link #height}. O(log n).
     */
    TreeNode head(TreeNode node, int h, Object key, boolean inclusive) {
        if (node instanceof TreeLeaf leaf) {
            int s = BTree.search(leaf.keys, leaf.n, key, cmp);
            int keep = s >= 0 ? (inclusive ? s + 1 : s) : -s - 1;
            height = 0;
            return keep == leaf.n ? leaf : leaf.copyRange(0, keep);
        }
        TreeBranch b = (TreeBranch) node;
        int i = BTree.childIndex(b, key, cmp);
        TreeNode c = b.children[i];
        TreeNode r = head(c, h - 1, key, inclusive);
        if (r == c) {
            if (i == b.n - 1) {
                height = h;
                return b;
            }
            return prefix(b, i + 1, h);
        }
        if (i == 0) {
            return r;
        }
        int hr = height;
        TreeNode kept = prefix(b, i, h);
        return join(kept, height, false, r, hr, false, b.keys[i - 1]);
    }

    /**
     * The entries of the tree {@code node} (height {@code h}) above {@code key}, or at or above it
     * if {@code inclusive}; the mirror of {@link #head}. O(log n).
     */
    TreeNode tail(TreeNode node, int h, Object key, boolean inclusive) {
        if (node instanceof TreeLeaf leaf) {
            int s = BTree.search(leaf.keys, leaf.n, key, cmp);
            int from = s >= 0 ? (inclusive ? s : s + 1) : -s - 1;
            height = 0;
            return from == 0 ? leaf : leaf.copyRange(from, leaf.n);
        }
        TreeBranch b = (TreeBranch) node;
        int i = BTree.childIndex(b, key, cmp);
        TreeNode c = b.children[i];
        TreeNode r = tail(c, h - 1, key, inclusive);
        if (r == c) {
            if (i == 0) {
                height = h;
                return b;
            }
            return suffix(b, i, h);
        }
        if (i == b.n - 1) {
            return r;
        }
        int hr = height;
        TreeNode kept = suffix(b, i + 1, h);
        return join(r, hr, false, kept, height, false, b.keys[i]);
    }

    /** One end of a range: a key, and whether the key itself lies in the range. */
    record Bound(Object key, boolean inclusive) {}

    /**
     * The entries between two bounds given in the order a reader sees, which is the tree's
     * backwards when {@code descending}; a null bound leaves that end open. Returns {@code root}
     * itself when the range holds every entry; the caller saturates any other result. Checks each
     * bound as {@code TreeMap} does (a comparison of the bound with itself), and the bounds' order.
     * O(log n).
     *
     * @throws IllegalArgumentException if {@code from} comes after {@code to}
     */
    static TreeNode slice(
            TreeNode root, Comparator<Object> order, boolean descending, Bound from, Bound to) {
        if (from != null && to != null) {
            int c = BTree.compare(order, from.key(), to.key());
            if (descending ? c < 0 : c > 0) {
                throw new IllegalArgumentException(
                        "fromKey " + from.key() + " > toKey " + to.key());
            }
        } else if (from != null) {
            BTree.compare(order, from.key(), from.key());
        } else if (to != null) {
            BTree.compare(order, to.key(), to.key());
        }
        Bound lo = descending ? to : from;
        Bound hi = descending ? from : to;
        TreeEdit edit = new TreeEdit(order, false);
        TreeNode t = root;
        int h = BTree.height(root);
        if (hi != null) {
            t = edit.head(t, h, hi.key(), hi.inclusive());
            h = edit.height;
        }
        if (lo != null) {
            t = edit.tail(t, h, lo.key(), lo.inclusive());
        }
        return t;
    }

    /** The first {@code count} children of {@code b} (height {@code h}) as a tree. */
    private TreeNode prefix(TreeBranch b, int count, int h) {
        if (count == 1) {
            height = h - 1;
            return b.children[0];
        }
        TreeBranch t = b.copy(count);
        t.n = count;
        height = h;
        return t;
    }

    /** The children of {@code b} (height {@code h}) from {@code from} on, as a tree. */
    private TreeNode suffix(TreeBranch b, int from, int h) {
        if (from == b.n - 1) {
            height = h - 1;
            return b.children[from];
        }
        TreeBranch t = TreeBranch.withRoom(b.n - from);
        t.appendFrom(b, from, b.n, null);
        height = h;
        return t;
    }

    // ------------------------------------------------------------------ set algebra (persistent)

    /**
     * The union of two trees of keys (values are dropped where a key is added); where both hold a
     * key, {@code a}'s is kept. {@code a} is cut at the separators of {@code b}'s root, each piece
     * is united with the child of {@code b} that covers its range, and the results are joined; a
     * piece that is empty leaves that child of {@code b} as it is, so operands that are disjoint or
     * interleaved in long runs cost far less than their size. Height in {@link #height}.
     */
    TreeNode union(TreeNode a, int ha, TreeNode b, int hb) {
        if (a == b || isEmpty(b)) {
            height = ha;
            return a;
        }
        if (isEmpty(a)) {
            height = hb;
            return b;
        }
        if (below(a, b)) {
            return join(a, ha, false, b, hb, false, b.firstKey());
        }
        if (below(b, a)) {
            return join(b, hb, false, a, ha, false, a.firstKey());
        }
        if (b instanceof TreeLeaf leaf) {
            TreeNode r = a;
            int h = ha;
            for (int j = 0; j < leaf.n; j++) {
                r = put(r, false, leaf.keys[j], NO_VALUE);
                if (splitRight != null) {
                    height = h;
                    r = rootOver(r);
                    h = height;
                }
            }
            height = h;
            return r;
        }
        return byPieces(a, ha, (TreeBranch) b, hb, UNION);
    }

    /**
     * The keys of {@code a} that {@code b} holds, by the order ({@code a}'s keys are kept). Pieces
     * of {@code a} as for {@link #union}; an empty piece costs nothing. Height in {@link #height}.
     */
    TreeNode intersection(TreeNode a, int ha, TreeNode b, int hb) {
        if (a == b || isEmpty(a)) {
            height = ha;
            return a;
        }
        if (isEmpty(b) || below(a, b) || below(b, a)) {
            height = 0;
            return TreeLeaf.withRoom(0, false);
        }
        if (b instanceof TreeLeaf leaf) {
            Object[] kept = new Object[leaf.n];
            int count = 0;
            for (int j = 0; j < leaf.n; j++) {
                Object k = BTree.findKey(a, leaf.keys[j], cmp);
                if (k != BTree.NOT_FOUND) {
                    kept[count++] = k;
                }
            }
            height = 0;
            return BTree.load(kept, null, count);
        }
        return byPieces(a, ha, (TreeBranch) b, hb, INTERSECTION);
    }

    /**
     * The keys of {@code a} that {@code b} does not hold, by the order. Pieces of {@code a} as for
     * {@link #union}; an empty piece costs nothing. Height in {@link #height}.
     */
    TreeNode difference(TreeNode a, int ha, TreeNode b, int hb) {
        if (a == b) {
            height = 0;
            return TreeLeaf.withRoom(0, false);
        }
        if (isEmpty(a) || isEmpty(b) || below(a, b) || below(b, a)) {
            height = ha;
            return a;
        }
        if (b instanceof TreeLeaf leaf) {
            TreeNode r = a;
            for (int j = 0; j < leaf.n; j++) {
                r = shrink(remove(r, false, leaf.keys[j]));
            }
            height = BTree.height(r);
            return r;
        }
        return byPieces(a, ha, (TreeBranch) b, hb, DIFFERENCE);
    }

    /** Whether every key of {@code a} lies below every key of {@code b}, both non-empty. */
    private boolean below(TreeNode a, TreeNode b) {
        return BTree.compare(cmp, BTree.lastKey(a), b.firstKey()) < 0;
    }

    private static final int UNION = 0;
    private static final int INTERSECTION = 1;
    private static final int DIFFERENCE = 2;

    /**
     * Cuts {@code a} at the separators of {@code b}, combines piece by child, joins the results.
     */
    private TreeNode byPieces(TreeNode a, int ha, TreeBranch b, int hb, int operation) {
        TreeNode rest = a;
        int hRest = ha;
        TreeNode result = null;
        int hResult = 0;
        for (int j = 0; j < b.n; j++) {
            TreeNode piece = rest;
            int hPiece = hRest;
            if (j < b.n - 1 && !isEmpty(rest)) {
                piece = head(rest, hRest, b.keys[j], false);
                hPiece = height;
                rest = tail(rest, hRest, b.keys[j], true);
                hRest = height;
            }
            TreeNode child = b.children[j];
            TreeNode r;
            if (operation == UNION) {
                r = union(piece, hPiece, child, hb - 1);
            } else if (operation == INTERSECTION) {
                r = isEmpty(piece) ? piece : intersection(piece, hPiece, child, hb - 1);
            } else {
                r = isEmpty(piece) ? piece : difference(piece, hPiece, child, hb - 1);
            }
            int hr = isEmpty(r) ? 0 : height;
            if (result == null) {
                result = r;
                hResult = hr;
            } else {
                result = join(result, hResult, false, r, hr, false, b.keys[j - 1]);
                hResult = isEmpty(result) ? 0 : height;
            }
        }
        height = hResult;
        return result;
    }
}
