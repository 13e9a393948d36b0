package io.holstein.list;

import io.holstein.internal.Owner;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The algorithms on a {@link PersistentVector}'s trie: lookup, path-copying update, leaf push,
 * and the relaxed radix-balanced (RRB) concatenation from which {@code take} and {@code drop}
 * are built.
 *
 * <p>Every method that returns a new trie shares all subtrees it did not have to change. A
 * non-null {@code owner} lets a builder edit the branches it owns in place.
 */
final class VectorTrie {

    private VectorTrie() {}

    /** Element {@code index} of {@code trie}. At most one load per level; relaxed levels scan. */
    static Object get(Object root, int height, int index, VectorShape shape) {
        Object node = root;
        for (int h = height; h > 0; h--) {
            Branch b = (Branch) node;
            int[] sizes = b.sizes;
            if (sizes == null) {
                node = b.children[(index >>> (h * shape.bits)) & shape.mask];
            } else {
                // Strict ancestors leave their digits in the index: keep only this subtree's.
                int span = (h + 1) * shape.bits;
                if (span < Integer.SIZE - 1) {
                    index &= (1 << span) - 1;
                }
                int i = index >>> (h * shape.bits);
                while (sizes[i] <= index) {
                    i++;
                }
                if (i > 0) {
                    index -= sizes[i - 1];
                }
                node = b.children[i];
            }
        }
        return ((Object[]) node)[index & shape.mask];
    }

    /** The leaf holding element {@code index}. */
    static Object[] leafFor(Object root, int height, int index, VectorShape shape) {
        Object node = root;
        for (int h = height; h > 0; h--) {
            Branch b = (Branch) node;
            int i = b.childIndex(index, h, shape);
            index -= b.childStart(i, h, shape);
            node = b.children[i];
        }
        return (Object[]) node;
    }

    /** The position of element {@code index} inside {@link #leafFor its leaf}. */
    static int offsetInLeaf(Object root, int height, int index, VectorShape shape) {
        Object node = root;
        for (int h = height; h > 0; h--) {
            Branch b = (Branch) node;
            int i = b.childIndex(index, h, shape);
            index -= b.childStart(i, h, shape);
            node = b.children[i];
        }
        return index;
    }

    /** A copy of the path to element {@code index} with the element replaced; O(width × height). */
    static Object set(Object node, int height, int index, Object e, VectorShape shape, Owner owner) {
        if (height == 0) {
            Object[] leaf = ((Object[]) node).clone();
            leaf[index] = e;
            return leaf;
        }
        Branch b = (Branch) node;
        int i = b.childIndex(index, height, shape);
        Object child = set(b.children[i], height - 1, index - b.childStart(i, height, shape), e, shape, owner);
        Branch edited = b.editable(owner);
        edited.children[i] = child;
        return edited;
    }

    /**
     * Appends a leaf after the last one, copying (or, when owned, editing) only the rightmost
     * path. The trie stays strict when it was strict and its last leaf was full.
     */
    static Trie appendLeaf(Trie trie, Object[] leaf, VectorShape shape, Owner owner) {
        int size = trie.size + leaf.length;
        if (trie.size == 0) {
            return new Trie(leaf, 0, size);
        }
        if (trie.height == 0) {
            return new Trie(Branch.of(new Object[] {trie.root, leaf}, 1, shape, owner), 1, size);
        }
        Branch grown = appendLeafInto((Branch) trie.root, trie.height, leaf, shape, owner);
        if (grown != null) {
            return new Trie(grown, trie.height, size);
        }
        Object[] pair = {trie.root, Branch.path(leaf, 0, trie.height, owner)};
        return new Trie(Branch.of(pair, trie.height + 1, shape, owner), trie.height + 1, size);
    }

    /** The branch with {@code leaf} appended under it, or {@code null} if its rightmost path is full. */
    private static Branch appendLeafInto(Branch b, int height, Object[] leaf, VectorShape shape, Owner owner) {
        int n = b.children.length;
        if (height > 1) {
            Branch grown = appendLeafInto((Branch) b.children[n - 1], height - 1, leaf, shape, owner);
            if (grown != null) {
                Branch edited = b.editable(owner);
                edited.replaceLastInPlace(grown, leaf.length);
                return edited;
            }
        }
        if (n == shape.width) {
            return null;
        }
        Branch edited = b.editable(owner);
        edited.appendInPlace(Branch.path(leaf, 0, height - 1, owner), leaf.length, height, shape);
        return edited;
    }

    /** Calls {@code action} on every leaf of {@code node}, left to right. */
    static void forEachLeaf(Object node, int height, Consumer<Object[]> action) {
        if (height == 0) {
            action.accept((Object[]) node);
            return;
        }
        for (Object child : ((Branch) node).children) {
            forEachLeaf(child, height - 1, action);
        }
    }

    // ------------------------------------------------------------------ concatenation

    /**
     * The concatenation of two tries, sharing every node off the seam between them; O(width ×
     * height²). Nodes along the seam are redistributed by the RRB concatenation plan so that
     * each has at most {@code extras} children more than the fewest that could hold its items.
     */
    static Trie concat(Trie left, Trie right, VectorShape shape) {
        if (left.size == 0) {
            return right;
        }
        if (right.size == 0) {
            return left;
        }
        int size = left.size + right.size;
        if (left.height == 0 && right.height == 0 && size <= shape.width) {
            Object[] leaf = Arrays.copyOf((Object[]) left.root, size);
            System.arraycopy((Object[]) right.root, 0, leaf, left.size, right.size);
            return new Trie(leaf, 0, size);
        }
        Object top = concatSub(left.root, left.height, right.root, right.height, shape);
        return collapse(top, Math.max(left.height, right.height) + 1, size);
    }

    /** Drops single-child roots. */
    private static Trie collapse(Object root, int height, int size) {
        while (height > 0 && ((Branch) root).children.length == 1) {
            root = ((Branch) root).children[0];
            height--;
        }
        return new Trie(root, height, size);
    }

    /** The seam of {@code l ++ r} as a branch one level above the taller of the two. */
    private static Branch concatSub(Object l, int hl, Object r, int hr, VectorShape shape) {
        if (hl > hr) {
            Branch lb = (Branch) l;
            Branch centre = concatSub(last(lb), hl - 1, r, hr, shape);
            return rebalance(lb, centre, null, hl, shape);
        }
        if (hl < hr) {
            Branch rb = (Branch) r;
            Branch centre = concatSub(l, hl, rb.children[0], hr - 1, shape);
            return rebalance(null, centre, rb, hr, shape);
        }
        if (hl == 0) {
            return Branch.of(new Object[] {l, r}, 1, shape, null);
        }
        Branch lb = (Branch) l;
        Branch rb = (Branch) r;
        Branch centre = concatSub(last(lb), hl - 1, rb.children[0], hr - 1, shape);
        return rebalance(lb, centre, rb, hl, shape);
    }

    private static Object last(Branch b) {
        return b.children[b.children.length - 1];
    }

    /**
     * Joins the children of {@code left} but its last, of {@code centre}, and of {@code right}
     * but its first (all of height {@code height - 1}), redistributes them, and returns them as
     * one or two branches of {@code height} under a branch of {@code height + 1}.
     */
    private static Branch rebalance(Branch left, Branch centre, Branch right, int height, VectorShape shape) {
        int nl = left == null ? 0 : left.children.length - 1;
        int nc = centre.children.length;
        int nr = right == null ? 0 : right.children.length - 1;
        Object[] items = new Object[nl + nc + nr];
        if (left != null) {
            System.arraycopy(left.children, 0, items, 0, nl);
        }
        System.arraycopy(centre.children, 0, items, nl, nc);
        if (right != null) {
            System.arraycopy(right.children, 1, items, nl + nc, nr);
        }
        items = redistribute(items, height - 1, shape);
        int w = shape.width;
        Object[] parts = items.length <= w
                ? new Object[] {Branch.of(items, height, shape, null)}
                : new Object[] {
                    Branch.of(Arrays.copyOf(items, w), height, shape, null),
                    Branch.of(Arrays.copyOfRange(items, w, items.length), height, shape, null)
                };
        return Branch.of(parts, height + 1, shape, null);
    }

    /** The items of a node: a leaf's elements or a branch's children. */
    private static Object[] itemsOf(Object node, int height) {
        return height == 0 ? (Object[]) node : ((Branch) node).children;
    }

    /**
     * The RRB concatenation plan [Bagwell and Rompf 2011; L'orange 2014, §3.3]: while the nodes
     * (of {@code height}) are more than {@code extras} above the fewest that could hold their
     * items, the first node not nearly full is merged into its successors. Nodes the plan leaves
     * alone are shared.
     */
    static Object[] redistribute(Object[] nodes, int height, VectorShape shape) {
        int n = nodes.length;
        int w = shape.width;
        int[] counts = new int[n];
        int total = 0;
        for (int i = 0; i < n; i++) {
            counts[i] = itemsOf(nodes[i], height).length;
            total += counts[i];
        }
        int optimal = (total + w - 1) / w;
        if (n <= optimal + shape.extras) {
            return nodes;
        }
        int len = n;
        int i = 0;
        while (len > optimal + shape.extras) {
            while (counts[i] >= w - shape.extras / 2) {
                i++;
            }
            int remaining = counts[i];
            do {
                int moved = Math.min(remaining + counts[i + 1], w);
                remaining = remaining + counts[i + 1] - moved;
                counts[i] = moved;
                i++;
            } while (remaining > 0);
            System.arraycopy(counts, i + 1, counts, i, len - i - 1);
            len--;
            i--;
        }
        Object[] out = new Object[len];
        int src = 0;
        int offset = 0;
        for (int k = 0; k < len; k++) {
            int count = counts[k];
            if (offset == 0 && itemsOf(nodes[src], height).length == count) {
                out[k] = nodes[src++];
                continue;
            }
            Object[] buffer = new Object[count];
            int filled = 0;
            while (filled < count) {
                Object[] from = itemsOf(nodes[src], height);
                int take = Math.min(count - filled, from.length - offset);
                System.arraycopy(from, offset, buffer, filled, take);
                filled += take;
                offset += take;
                if (offset == from.length) {
                    src++;
                    offset = 0;
                }
            }
            out[k] = height == 0 ? buffer : Branch.of(buffer, height, shape, null);
        }
        return out;
    }

    // ------------------------------------------------------------------ take and drop

    /** The first {@code n} elements of {@code trie}, {@code 0 <= n <= size}; O(width × height²). */
    static Trie take(Trie trie, int n, VectorShape shape) {
        if (n == 0) {
            return Trie.EMPTY;
        }
        return n == trie.size ? trie : take(trie.root, trie.height, n, shape);
    }

    private static Trie take(Object node, int height, int n, VectorShape shape) {
        if (height == 0) {
            Object[] leaf = (Object[]) node;
            return new Trie(n == leaf.length ? leaf : Arrays.copyOf(leaf, n), 0, n);
        }
        Branch b = (Branch) node;
        int k = b.childIndex(n - 1, height, shape);
        int start = b.childStart(k, height, shape);
        Trie rest = take(b.children[k], height - 1, n - start, shape);
        if (k == 0) {
            return rest;
        }
        Trie prefix = k == 1
                ? new Trie(b.children[0], height - 1, start)
                : new Trie(Branch.of(Arrays.copyOf(b.children, k), height, shape, null), height, start);
        return concat(prefix, rest, shape);
    }

    /** All but the first {@code n} elements of {@code trie}, {@code 0 <= n <= size}; O(width × height²). */
    static Trie drop(Trie trie, int n, VectorShape shape) {
        if (n == trie.size) {
            return Trie.EMPTY;
        }
        return n == 0 ? trie : drop(trie.root, trie.height, trie.size, n, shape);
    }

    private static Trie drop(Object node, int height, int size, int n, VectorShape shape) {
        if (height == 0) {
            Object[] leaf = (Object[]) node;
            return new Trie(n == 0 ? leaf : Arrays.copyOfRange(leaf, n, leaf.length), 0, size - n);
        }
        Branch b = (Branch) node;
        int count = b.children.length;
        int k = b.childIndex(n, height, shape);
        int start = b.childStart(k, height, shape);
        int end = k == count - 1 ? size : b.childStart(k + 1, height, shape);
        Trie rest = drop(b.children[k], height - 1, end - start, n - start, shape);
        if (k == count - 1) {
            return rest;
        }
        Trie suffix = k == count - 2
                ? new Trie(b.children[count - 1], height - 1, size - end)
                : new Trie(Branch.of(Arrays.copyOfRange(b.children, k + 1, count), height, shape, null), height, size - end);
        return concat(rest, suffix, shape);
    }

    // ------------------------------------------------------------------ invariants

    /**
     * Checks the trie's structure and returns its size: uniform leaf depth, 1 to width items per
     * node, exact size tables present exactly on non-strict branches, at least two children at
     * the root, and the height bound. (The RRB slack bound holds for the nodes a concatenation
     * builds, not for every node: appending a full leaf under a relaxed branch may add a child
     * beyond it, which only makes the trie denser, so the height bound is what is checked.)
     */
    static int check(Trie trie, VectorShape shape) {
        if (trie.size == 0) {
            require(trie.root == Trie.EMPTY_LEAF && trie.height == 0, "empty trie is not the empty leaf");
            return 0;
        }
        if (trie.height > 0) {
            require(((Branch) trie.root).children.length >= 2, "root branch with one child");
        }
        int size = checkNode(trie.root, trie.height, shape);
        require(size == trie.size, "trie size " + trie.size + " but counted " + size);
        int minimal = 0;
        while (shape.capacity(minimal) < size) {
            minimal++;
        }
        require(trie.height <= minimal + MAX_EXTRA_HEIGHT,
                "height " + trie.height + " for " + size + " elements, at most " + (minimal + MAX_EXTRA_HEIGHT));
        return size;
    }

    /** How much taller than the shortest possible trie of its size a trie may be. */
    static final int MAX_EXTRA_HEIGHT = 2;

    private static int checkNode(Object node, int height, VectorShape shape) {
        if (height == 0) {
            Object[] leaf = (Object[]) node;
            require(leaf.length >= 1 && leaf.length <= shape.width, "leaf of " + leaf.length);
            return leaf.length;
        }
        Branch b = (Branch) node;
        int n = b.children.length;
        require(n >= 1 && n <= shape.width, "branch of " + n);
        int[] sizes = new int[n];
        int sum = 0;
        boolean strict = true;
        for (int i = 0; i < n; i++) {
            int size = checkNode(b.children[i], height - 1, shape);
            sum += size;
            sizes[i] = sum;
            if (i < n - 1 && size != shape.capacity(height - 1)) {
                strict = false;
            }
        }
        if (strict) {
            require(b.sizes == null, "strict branch with a size table");
        } else {
            require(b.sizes != null && Arrays.equals(b.sizes, sizes),
                    "relaxed branch with size table " + Arrays.toString(b.sizes) + ", expected " + Arrays.toString(sizes));
        }
        return sum;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
