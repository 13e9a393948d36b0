package io.holstein.sorted;

import io.holstein.internal.RefCounted;
import java.util.AbstractMap;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * The read algorithms of the B+-tree, its bulk load and its invariant check; the writes are {@link
 * TreeEdit}'s. Every method takes the order as a {@code Comparator<Object>}, null for the keys'
 * natural order, which is then applied by calling {@code compareTo} directly.
 */
final class BTree {

    /** What {@link #find} returns for an absent key (null may be a value). */
    static final Object NOT_FOUND = new Object();

    /** A relation of {@link #navigate}: the greatest key strictly below. */
    static final int LOWER = 0;

    /** A relation of {@link #navigate}: the greatest key at or below. */
    static final int FLOOR = 1;

    /** A relation of {@link #navigate}: the least key at or above. */
    static final int CEILING = 2;

    /** A relation of {@link #navigate}: the least key strictly above. */
    static final int HIGHER = 3;

    private BTree() {}

    /**
     * The checks {@code TreeMap} makes on a looked-up key before any comparison, so that they hold
     * on an empty tree too: in natural order, a null key throws {@link NullPointerException} and a
     * key that is not {@link Comparable} {@link ClassCastException}. A comparator decides for
     * itself.
     */
    static void checkQuery(Comparator<Object> order, Object key) {
        if (order == null) {
            Objects.requireNonNull(key, "null key in natural order");
            if (!(key instanceof Comparable)) {
                throw new ClassCastException(
                        key.getClass().getName() + " is not Comparable: " + key);
            }
        }
    }

    /** The order a reader sees: the tree's, or its reverse when the tree is read backwards. */
    static Comparator<Object> viewOrder(Comparator<Object> order, boolean descending) {
        return descending ? Collections.reverseOrder(order) : order;
    }

    /**
     * A rank read backwards when {@code descending}: the rank of the same key counted from the
     * other end, for a found key and an insertion point ({@code -(point) - 1}) alike.
     */
    static int viewRank(int rank, int size, boolean descending) {
        if (!descending) {
            return rank;
        }
        return rank >= 0 ? size - 1 - rank : -(size - (-rank - 1)) - 1;
    }

    /** The relation that reads the tree backwards: LOWER and HIGHER swap, FLOOR and CEILING. */
    static int mirror(int relation) {
        return HIGHER - relation;
    }

    /** Compares two keys in the order {@code cmp}, null meaning natural order. */
    @SuppressWarnings("unchecked")
    static int compare(Comparator<Object> cmp, Object a, Object b) {
        return cmp == null ? ((Comparable<Object>) a).compareTo(b) : cmp.compare(a, b);
    }

    /**
     * Searches {@code keys[0, n)}: the index of {@code key}, or {@code -(insertion point) - 1}. The
     * key searched for is always the first argument of the comparison, as in {@code TreeMap}.
     */
    @SuppressWarnings("unchecked")
    static int search(Object[] keys, int n, Object key, Comparator<Object> cmp) {
        int lo = 0;
        int hi = n - 1;
        if (cmp == null) {
            // Natural order: one cast, then compareTo with no comparator in between.
            Comparable<Object> k = (Comparable<Object>) key;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int c = k.compareTo(keys[mid]);
                if (c > 0) {
                    lo = mid + 1;
                } else if (c < 0) {
                    hi = mid - 1;
                } else {
                    return mid;
                }
            }
        } else {
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int c = cmp.compare(key, keys[mid]);
                if (c > 0) {
                    lo = mid + 1;
                } else if (c < 0) {
                    hi = mid - 1;
                } else {
                    return mid;
                }
            }
        }
        return -(lo + 1);
    }

    /** The child of {@code b} whose range holds {@code key}. */
    static int childIndex(TreeBranch b, Object key, Comparator<Object> cmp) {
        int s = search(b.keys, b.n - 1, key, cmp);
        return s >= 0 ? s + 1 : -s - 1;
    }

    /** The leaf whose range holds {@code key}. O(log n). */
    static TreeLeaf leafFor(TreeNode root, Object key, Comparator<Object> cmp) {
        TreeNode node = root;
        while (node instanceof TreeBranch b) {
            node = b.children[childIndex(b, key, cmp)];
        }
        return (TreeLeaf) node;
    }

    /** The value of {@code key}, or {@link #NOT_FOUND}. O(log n). */
    static Object find(TreeNode root, Object key, Comparator<Object> cmp) {
        TreeLeaf leaf = leafFor(root, key, cmp);
        int i = search(leaf.keys, leaf.n, key, cmp);
        return i >= 0 ? leaf.value(i) : NOT_FOUND;
    }

    /** The key stored equal to {@code key} by the order, or {@link #NOT_FOUND}. O(log n). */
    static Object findKey(TreeNode root, Object key, Comparator<Object> cmp) {
        TreeLeaf leaf = leafFor(root, key, cmp);
        int i = search(leaf.keys, leaf.n, key, cmp);
        return i >= 0 ? leaf.keys[i] : NOT_FOUND;
    }

    /** An immutable snapshot of entry {@code i} of {@code leaf}. */
    static Map.Entry<Object, Object> entry(TreeLeaf leaf, int i) {
        return new AbstractMap.SimpleImmutableEntry<>(leaf.keys[i], leaf.value(i));
    }

    /**
     * The entry in {@code relation} to {@code key} ({@link #LOWER}, {@link #FLOOR}, {@link
     * #CEILING}, {@link #HIGHER}), or null. One descent: on the way down it remembers the nearest
     * subtree beside the path on the side the relation looks to, whose first or last entry is the
     * answer when the leaf reached has none. An empty tree answers null without looking at the key,
     * as {@code TreeMap} does. O(log n).
     */
    static Map.Entry<Object, Object> navigate(
            TreeNode root, Object key, Comparator<Object> cmp, int relation) {
        if (root.n == 0) {
            return null;
        }
        boolean up = relation >= CEILING;
        TreeNode node = root;
        TreeNode beside = null;
        while (node instanceof TreeBranch b) {
            int i = childIndex(b, key, cmp);
            if (up && i + 1 < b.n) {
                beside = b.children[i + 1];
            } else if (!up && i > 0) {
                beside = b.children[i - 1];
            }
            node = b.children[i];
        }
        TreeLeaf leaf = (TreeLeaf) node;
        int s = search(leaf.keys, leaf.n, key, cmp);
        int at = s >= 0 ? s : -s - 1;
        int i;
        switch (relation) {
            case LOWER:
                i = at - 1;
                break;
            case FLOOR:
                i = s >= 0 ? s : at - 1;
                break;
            case CEILING:
                i = at;
                break;
            default:
                i = s >= 0 ? s + 1 : at;
                break;
        }
        if (i >= 0 && i < leaf.n) {
            return entry(leaf, i);
        }
        if (beside == null) {
            return null;
        }
        return up ? first(beside) : last(beside);
    }

    /** The first entry of the subtree, or null if it is empty. O(log n). */
    static Map.Entry<Object, Object> first(TreeNode root) {
        TreeLeaf leaf = firstLeaf(root);
        return leaf.n == 0 ? null : entry(leaf, 0);
    }

    /** The last entry of the subtree, or null if it is empty. O(log n). */
    static Map.Entry<Object, Object> last(TreeNode root) {
        TreeLeaf leaf = lastLeaf(root);
        return leaf.n == 0 ? null : entry(leaf, leaf.n - 1);
    }

    static TreeLeaf firstLeaf(TreeNode root) {
        TreeNode node = root;
        while (node instanceof TreeBranch b) {
            node = b.children[0];
        }
        return (TreeLeaf) node;
    }

    static TreeLeaf lastLeaf(TreeNode root) {
        TreeNode node = root;
        while (node instanceof TreeBranch b) {
            node = b.children[b.n - 1];
        }
        return (TreeLeaf) node;
    }

    /** The largest key of a non-empty subtree. O(log n). */
    static Object lastKey(TreeNode root) {
        TreeLeaf leaf = lastLeaf(root);
        return leaf.keys[leaf.n - 1];
    }

    /**
     * The rank of {@code key}: how many keys are smaller; {@code -(insertion point) - 1} when it is
     * absent. O(log n), adding up the sizes of the children left of the path.
     */
    static int rank(TreeNode root, Object key, Comparator<Object> cmp) {
        int before = 0;
        TreeNode node = root;
        while (node instanceof TreeBranch b) {
            int i = childIndex(b, key, cmp);
            before += b.sizeOfFirst(i);
            node = b.children[i];
        }
        TreeLeaf leaf = (TreeLeaf) node;
        int s = search(leaf.keys, leaf.n, key, cmp);
        return s >= 0 ? before + s : s - before;
    }

    /** The entry of rank {@code index}, which must be in range. O(log n). */
    static Map.Entry<Object, Object> entryAt(TreeNode root, int index) {
        TreeNode node = root;
        int i = index;
        while (node instanceof TreeBranch b) {
            int c = 0;
            while (i >= b.sizes[c]) {
                i -= b.sizes[c];
                c++;
            }
            node = b.children[c];
        }
        return entry((TreeLeaf) node, i);
    }

    /** The number of branch levels above the leaves. O(height). */
    static int height(TreeNode root) {
        int h = 0;
        for (TreeNode node = root; node instanceof TreeBranch b; node = b.children[0]) {
            h++;
        }
        return h;
    }

    /**
     * Calls {@code action} for every entry, in ascending order or, if {@code descending}, in
     * descending order, allocating nothing. O(n).
     */
    static void forEach(TreeNode node, boolean descending, BiConsumer<Object, Object> action) {
        if (node instanceof TreeBranch b) {
            for (int i = 0; i < b.n; i++) {
                forEach(b.children[descending ? b.n - 1 - i : i], descending, action);
            }
        } else {
            TreeLeaf leaf = (TreeLeaf) node;
            for (int i = 0; i < leaf.n; i++) {
                int j = descending ? leaf.n - 1 - i : i;
                action.accept(leaf.keys[j], leaf.value(j));
            }
        }
    }

    /**
     * The entries of the tree {@code root} of {@code size} entries in ascending order, in {@link
     * io.holstein.internal.SerialArrays}' order of objects: the keys, or the keys and values {@code
     * [k0, v0, k1, v1, ...]} if {@code pairs}. O(n).
     */
    static Object[] items(TreeNode root, int size, boolean pairs) {
        Object[] items = new Object[pairs ? 2 * size : size];
        int[] at = {0};
        forEach(
                root,
                false,
                (k, v) -> {
                    items[at[0]++] = k;
                    if (pairs) {
                        items[at[0]++] = v;
                    }
                });
        return items;
    }

    // ------------------------------------------------------------------ bulk load

    /**
     * Builds a tree of the {@code count} entries given in strictly ascending order, in O(count):
     * leaves are filled left to right, as full as an even spread allows (so every node but the root
     * holds at least {@link TreeNode#MIN}), then each level above from the one below. Every node is
     * new, held once, with arrays of exactly its size.
     *
     * @param values the values, parallel to {@code keys}, or null for a tree of keys only
     */
    static TreeNode load(Object[] keys, Object[] values, int count) {
        if (count <= TreeNode.FANOUT) {
            return new TreeLeaf(
                    Arrays.copyOf(keys, count),
                    values == null ? null : Arrays.copyOf(values, count),
                    count);
        }
        int width = ceilDiv(count, TreeNode.FANOUT);
        TreeNode[] level = new TreeNode[width];
        int[] sizes = new int[width];
        int from = 0;
        for (int j = 0; j < width; j++) {
            int take = share(count, width, j);
            level[j] =
                    new TreeLeaf(
                            Arrays.copyOfRange(keys, from, from + take),
                            values == null ? null : Arrays.copyOfRange(values, from, from + take),
                            take);
            sizes[j] = take;
            from += take;
        }
        while (width > 1) {
            int parents = ceilDiv(width, TreeNode.FANOUT);
            TreeNode[] up = new TreeNode[parents];
            int[] upSizes = new int[parents];
            int child = 0;
            for (int j = 0; j < parents; j++) {
                int take = share(width, parents, j);
                TreeBranch b = TreeBranch.withRoom(take);
                for (int c = 0; c < take; c++, child++) {
                    b.children[c] = level[child];
                    b.sizes[c] = sizes[child];
                    if (c > 0) {
                        b.keys[c - 1] = level[child].firstKey();
                    }
                    upSizes[j] += sizes[child];
                }
                b.n = take;
                up[j] = b;
            }
            level = up;
            sizes = upSizes;
            width = parents;
        }
        return level[0];
    }

    /** Slot {@code j}'s share when {@code total} items spread evenly over {@code slots}. */
    private static int share(int total, int slots, int j) {
        return total / slots + (j < total % slots ? 1 : 0);
    }

    static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    // ------------------------------------------------------------------ equality

    /**
     * Whether two trees in the same order hold equal entries: keys equal by the order, values by
     * {@code equals} when {@code compareValues}. Both sides are walked as a frontier of subtrees at
     * the same rank; when the two frontiers start with the same node, that whole subtree is skipped
     * without reading it, so versions that share most of their nodes compare in about the time of
     * their differences. The larger of two different subtrees at the front is opened first, which
     * brings shared subtrees to the front of both frontiers together. O(n) at worst.
     */
    static boolean equalEntries(
            TreeNode a, TreeNode b, Comparator<Object> cmp, boolean compareValues) {
        Frontier x = new Frontier(a);
        Frontier y = new Frontier(b);
        while (!x.isEmpty() && !y.isEmpty()) {
            TreeNode p = x.top();
            TreeNode q = y.top();
            if (p == q && x.offset == 0 && y.offset == 0) {
                x.pop();
                y.pop();
            } else if (p instanceof TreeBranch
                    && (x.topSize() >= y.topSize() || q instanceof TreeLeaf)) {
                x.open();
            } else if (q instanceof TreeBranch) {
                y.open();
            } else {
                TreeLeaf l = (TreeLeaf) p;
                TreeLeaf m = (TreeLeaf) q;
                int count = Math.min(l.n - x.offset, m.n - y.offset);
                for (int i = 0; i < count; i++) {
                    int li = x.offset + i;
                    int mi = y.offset + i;
                    if (compare(cmp, l.keys[li], m.keys[mi]) != 0
                            || compareValues && !Objects.equals(l.value(li), m.value(mi))) {
                        return false;
                    }
                }
                x.advance(count);
                y.advance(count);
            }
        }
        return x.isEmpty() && y.isEmpty();
    }

    /** The subtrees of one side of {@link #equalEntries} not yet compared, leftmost on top. */
    private static final class Frontier {
        private TreeNode[] nodes = new TreeNode[16];
        private int[] sizes = new int[16];
        private int depth;

        /** How many entries of the top node, a leaf, are already compared. */
        int offset;

        Frontier(TreeNode root) {
            if (root.size() > 0) {
                push(root, root.size());
            }
        }

        boolean isEmpty() {
            return depth == 0;
        }

        TreeNode top() {
            return nodes[depth - 1];
        }

        int topSize() {
            return sizes[depth - 1] - offset;
        }

        void pop() {
            nodes[--depth] = null;
            offset = 0;
        }

        void push(TreeNode node, int size) {
            if (depth == nodes.length) {
                nodes = Arrays.copyOf(nodes, 2 * depth);
                sizes = Arrays.copyOf(sizes, 2 * depth);
            }
            nodes[depth] = node;
            sizes[depth++] = size;
        }

        /** Replaces the top node, a branch, by its children. */
        void open() {
            TreeBranch b = (TreeBranch) top();
            pop();
            for (int i = b.n - 1; i >= 0; i--) {
                push(b.children[i], b.sizes[i]);
            }
        }

        /** Marks {@code count} more entries of the top leaf as compared. */
        void advance(int count) {
            offset += count;
            if (offset == top().n) {
                pop();
            }
        }
    }

    // ------------------------------------------------------------------ invariants

    /**
     * Checks the tree's invariants: keys strictly ascending within and across nodes, separators
     * bounding their subtrees; every node but the root at least half full, none above the fanout, a
     * branch root with at least two children; subtree sizes exact and summing to {@code size};
     * every leaf at one depth; unused slots null; every count at least 1 and, for the root of a
     * persistent version ({@code frozen}), saturated; leaves of a map all holding values.
     *
     * @throws AssertionError naming the first invariant broken
     */
    static void checkInvariants(
            TreeNode root, int size, Comparator<Object> cmp, boolean valued, boolean frozen) {
        check(
                !frozen || root.get() == RefCounted.SATURATED,
                "the root of a persistent version is not saturated: " + root.get());
        int[] leafDepth = {-1};
        int actual = checkNode(root, true, 0, leafDepth, null, false, null, false, cmp, valued);
        check(actual == size, "size " + size + " but the tree holds " + actual);
    }

    private static int checkNode(
            TreeNode node,
            boolean isRoot,
            int depth,
            int[] leafDepth,
            Object lo,
            boolean hasLo,
            Object hi,
            boolean hasHi,
            Comparator<Object> cmp,
            boolean valued) {
        check(node.get() >= 1, "a node with count " + node.get());
        check(node.n <= TreeNode.FANOUT, "a node of " + node.n + " slots");
        check(node.n <= node.capacity(), "more slots than room");
        if (!isRoot) {
            check(node.n >= TreeNode.MIN, "a node below half full: " + node.n);
        }
        if (node instanceof TreeLeaf leaf) {
            if (leafDepth[0] < 0) {
                leafDepth[0] = depth;
            }
            check(leafDepth[0] == depth, "leaves at depths " + leafDepth[0] + " and " + depth);
            check(!valued || leaf.values != null, "a map's leaf without values");
            check(
                    leaf.values == null || leaf.values.length == leaf.keys.length,
                    "keys and values of different lengths");
            checkKeys(leaf.keys, leaf.n, lo, hasLo, hi, hasHi, cmp);
            for (int i = leaf.n; i < leaf.keys.length; i++) {
                check(leaf.keys[i] == null, "a key in an unused slot");
                check(leaf.values == null || leaf.values[i] == null, "a value in an unused slot");
            }
            return leaf.n;
        }
        TreeBranch b = (TreeBranch) node;
        check(!isRoot || b.n >= 2, "a branch root with " + b.n + " child");
        check(b.keys.length == b.children.length - 1, "separators and children mismatched");
        check(b.sizes.length == b.children.length, "sizes and children mismatched");
        checkKeys(b.keys, b.n - 1, lo, hasLo, hi, hasHi, cmp);
        for (int i = b.n; i < b.children.length; i++) {
            check(b.children[i] == null && b.sizes[i] == 0, "a child in an unused slot");
            check(b.keys[i - 1] == null, "a separator in an unused slot");
        }
        int total = 0;
        for (int i = 0; i < b.n; i++) {
            boolean childHasLo = i > 0 || hasLo;
            Object childLo = i > 0 ? b.keys[i - 1] : lo;
            boolean childHasHi = i < b.n - 1 || hasHi;
            Object childHi = i < b.n - 1 ? b.keys[i] : hi;
            int s =
                    checkNode(
                            b.children[i],
                            false,
                            depth + 1,
                            leafDepth,
                            childLo,
                            childHasLo,
                            childHi,
                            childHasHi,
                            cmp,
                            valued);
            check(s == b.sizes[i], "child " + i + " holds " + s + ", recorded " + b.sizes[i]);
            total += s;
        }
        return total;
    }

    /** Keys strictly ascending, each at or above {@code lo} and strictly below {@code hi}. */
    private static void checkKeys(
            Object[] keys,
            int count,
            Object lo,
            boolean hasLo,
            Object hi,
            boolean hasHi,
            Comparator<Object> cmp) {
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                check(compare(cmp, keys[i - 1], keys[i]) < 0, "keys out of order at " + i);
            }
            check(!hasLo || compare(cmp, lo, keys[i]) <= 0, "a key below its separator");
            check(!hasHi || compare(cmp, keys[i], hi) < 0, "a key at or above its separator");
        }
    }

    static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
