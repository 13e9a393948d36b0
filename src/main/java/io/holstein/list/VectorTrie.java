package io.holstein.list;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The algorithms on a {@link PersistentVector}'s trie: lookup, path-copying update, leaf push, the
 * relaxed radix-balanced (RRB) concatenation, and the one-path cuts {@code take} and {@code drop}.
 *
 * <p>Every method that returns a new trie shares all subtrees it did not have to change. A non-null
 * {@code owned} array is a builder's record, by height, of the branches it created since its last
 * {@code build()}: those, and only those, may be edited in place.
 */
final class VectorTrie {

    private VectorTrie() {}

    // ------------------------------------------------------------------ lookup

    /** Element {@code index} of a trie that is strict everywhere: one load per level. */
    static Object getStrict(Object root, int height, int index, VectorShape shape) {
        if (shape == VectorShape.DEFAULT) {
            return leafFor32(root, height, index)[index & 31];
        }
        return leafForStrict(root, height, index, shape)[index & shape.mask];
    }

    /**
     * {@link #leafForStrict} for 32-way tries, unrolled by height with constant shifts, so that a
     * lookup is a straight run of dependent loads with no loop to set up or exit.
     */
    private static Object[] leafFor32(Object root, int height, int index) {
        Object[] node = (Object[]) root;
        switch (height) {
            case 0:
                return node;
            case 1:
                return (Object[]) node[(index >>> 5) & 31];
            case 2:
                node = (Object[]) node[(index >>> 10) & 31];
                return (Object[]) node[(index >>> 5) & 31];
            case 3:
                node = (Object[]) node[(index >>> 15) & 31];
                node = (Object[]) node[(index >>> 10) & 31];
                return (Object[]) node[(index >>> 5) & 31];
            default:
                for (int shift = height * 5; shift > 15; shift -= 5) {
                    node = (Object[]) node[(index >>> shift) & 31];
                }
                node = (Object[]) node[(index >>> 15) & 31];
                node = (Object[]) node[(index >>> 10) & 31];
                return (Object[]) node[(index >>> 5) & 31];
        }
    }

    /**
     * The leaf holding element {@code index} of a trie that is strict everywhere, found by the
     * radix digits alone; the element's offset in it is the last digit, {@code index & mask}.
     */
    static Object[] leafForStrict(Object root, int height, int index, VectorShape shape) {
        if (shape == VectorShape.DEFAULT) {
            return leafFor32(root, height, index);
        }
        Object[] node = (Object[]) root;
        for (int h = height; h > 0; h--) {
            node = (Object[]) node[(index >>> (h * shape.bits)) & shape.mask];
        }
        return node;
    }

    /**
     * Element {@code index} of any trie: one load per strict level, a short scan per relaxed one.
     */
    static Object get(Object root, int height, int index, VectorShape shape) {
        Object node = root;
        for (int h = height; h > 0; h--) {
            Object[] b = (Object[]) node;
            int i = Branch.childIndex(b, index, h, shape);
            index -= Branch.childStart(b, i, h, shape);
            node = b[i];
        }
        return ((Object[]) node)[index];
    }

    /** The leaf holding element {@code index}. */
    static Object[] leafFor(Object root, int height, int index, VectorShape shape) {
        Object node = root;
        for (int h = height; h > 0; h--) {
            Object[] b = (Object[]) node;
            int i = Branch.childIndex(b, index, h, shape);
            index -= Branch.childStart(b, i, h, shape);
            node = b[i];
        }
        return (Object[]) node;
    }

    /** The position of element {@code index} inside {@link #leafFor its leaf}. */
    static int offsetInLeaf(Object root, int height, int index, VectorShape shape) {
        Object node = root;
        for (int h = height; h > 0; h--) {
            Object[] b = (Object[]) node;
            int i = Branch.childIndex(b, index, h, shape);
            index -= Branch.childStart(b, i, h, shape);
            node = b[i];
        }
        return index;
    }

    /**
     * Whether every branch of the trie is strict, which holds when its rightmost path is.
     * O(height).
     */
    static boolean isStrict(Object root, int height) {
        Object node = root;
        for (int h = height; h > 0; h--) {
            Object[] b = (Object[]) node;
            if (Branch.sizes(b) != null) {
                return false;
            }
            node = b[b.length - 1];
        }
        return true;
    }

    /** Calls {@code action} on every leaf of {@code node}, left to right. */
    static void forEachLeaf(Object node, int height, Consumer<Object[]> action) {
        if (height == 0) {
            action.accept((Object[]) node);
            return;
        }
        Object[] b = (Object[]) node;
        for (int i = 0, n = Branch.count(b); i < n; i++) {
            forEachLeaf(b[i], height - 1, action);
        }
    }

    // ------------------------------------------------------------------ update

    /**
     * A copy of the path to element {@code index} of a strict trie, with the element replaced; or
     * {@code root} itself if the element there is {@code e} already. One descent: the identity test
     * is made on the copied leaf, so an update that changes something reads each node once.
     */
    static Object setStrict(Object root, int height, int index, Object e, VectorShape shape) {
        Object[] top = ((Object[]) root).clone();
        Object[] node = top;
        for (int shift = height * shape.bits; shift > 0; shift -= shape.bits) {
            int digit = (index >>> shift) & shape.mask;
            Object[] child = ((Object[]) node[digit]).clone();
            node[digit] = child;
            node = child;
        }
        int at = index & shape.mask;
        if (node[at] == e) {
            return root;
        }
        node[at] = e;
        return top;
    }

    /**
     * The trie with element {@code index} replaced: a copy of the leaf and of the path above it,
     * except the branches {@code owned} records, which are edited in place; or {@code node} itself
     * if the element there is {@code e} already. O(width × height).
     */
    static Object set(
            Object node, int height, int index, Object e, VectorShape shape, Object[] owned) {
        if (height == 0) {
            Object[] leaf = (Object[]) node;
            if (leaf[index] == e) {
                return node;
            }
            leaf = leaf.clone();
            leaf[index] = e;
            return leaf;
        }
        Object[] b = (Object[]) node;
        int i = Branch.childIndex(b, index, height, shape);
        Object child =
                set(
                        b[i],
                        height - 1,
                        index - Branch.childStart(b, i, height, shape),
                        e,
                        shape,
                        owned);
        if (child == b[i]) {
            return node;
        }
        // The size table does not change, so a persistent copy may share it.
        Object[] edited = owned == null ? b.clone() : editable(b, height, owned);
        edited[i] = child;
        return edited;
    }

    /** {@code b} if the builder owns it, else a copy (with its own size table) that it now owns. */
    private static Object[] editable(Object[] b, int height, Object[] owned) {
        if (owned != null && owned[height] == b) {
            return b;
        }
        Object[] copy = b.clone();
        int[] sizes = Branch.sizes(b);
        if (sizes != null) {
            copy[copy.length - 1] = sizes.clone();
        }
        own(copy, height, owned);
        return copy;
    }

    private static void own(Object[] branch, int height, Object[] owned) {
        if (owned != null) {
            owned[height] = branch;
        }
    }

    /**
     * Appends a leaf after the last one, copying (or, when owned, editing) only the rightmost path.
     * The trie stays strict when it was strict and its last leaf was full.
     */
    static Trie appendLeaf(Trie trie, Object[] leaf, VectorShape shape, Object[] owned) {
        int size = trie.size + leaf.length;
        if (trie.size == 0) {
            return new Trie(leaf, 0, size);
        }
        if (trie.height == 0) {
            Object[] root = Branch.of(new Object[] {trie.root, leaf}, 1, shape);
            own(root, 1, owned);
            return new Trie(root, 1, size);
        }
        Object[] grown = appendLeafInto((Object[]) trie.root, trie.height, leaf, shape, owned);
        if (grown != null) {
            return new Trie(grown, trie.height, size);
        }
        Object[] pair = {trie.root, ownedPath(leaf, trie.height, owned)};
        Object[] root = Branch.of(pair, trie.height + 1, shape);
        own(root, trie.height + 1, owned);
        return new Trie(root, trie.height + 1, size);
    }

    /**
     * The branch with {@code leaf} appended under it, or {@code null} if its rightmost path is
     * full.
     */
    private static Object[] appendLeafInto(
            Object[] b, int height, Object[] leaf, VectorShape shape, Object[] owned) {
        int n = Branch.count(b);
        if (height > 1) {
            Object[] grown = appendLeafInto((Object[]) b[n - 1], height - 1, leaf, shape, owned);
            if (grown != null) {
                Object[] edited = editable(b, height, owned);
                edited[n - 1] = grown;
                int[] sizes = Branch.sizes(edited);
                if (sizes != null) {
                    sizes[n - 1] += leaf.length;
                }
                return edited;
            }
        }
        if (n == shape.width) {
            return null;
        }
        Object child = ownedPath(leaf, height - 1, owned);
        int[] sizes = Branch.sizes(b);
        Object[] grown;
        if (sizes == null
                && Branch.size(b[n - 1], height - 1, shape) == shape.capacity(height - 1)) {
            grown = Arrays.copyOf(b, n + 1);
            grown[n] = child;
        } else {
            // The new child follows one that is not full (or the branch is relaxed already).
            int[] table = Branch.sizeTable(b, height, Branch.size(b, height, shape), shape);
            int[] extended = Arrays.copyOf(table, n + 1);
            extended[n] = table[n - 1] + leaf.length;
            grown = Arrays.copyOf(b, n + 2);
            grown[n] = child;
            grown[n + 1] = extended;
        }
        own(grown, height, owned);
        return grown;
    }

    /**
     * Puts a full leaf before the first one, copying only the leftmost path, whose branches become
     * relaxed. The mirror of {@link #appendLeaf}: each branch on that path takes new children until
     * it is full, so prepends keep the trie as dense as appends do. O(width × height).
     */
    static Trie prependLeaf(Trie trie, Object[] leaf, VectorShape shape) {
        int size = trie.size + leaf.length;
        if (trie.size == 0) {
            return new Trie(leaf, 0, size);
        }
        if (trie.height > 0) {
            Object[] grown =
                    prependLeafInto((Object[]) trie.root, trie.height, trie.size, leaf, shape);
            if (grown != null) {
                return new Trie(grown, trie.height, size);
            }
        }
        Object[] pair = {Branch.path(leaf, 0, trie.height), trie.root};
        return new Trie(Branch.of(pair, trie.height + 1, shape), trie.height + 1, size);
    }

    /**
     * The branch with {@code leaf} put before its first leaf, or {@code null} if its leftmost path
     * is full.
     */
    private static Object[] prependLeafInto(
            Object[] b, int height, int size, Object[] leaf, VectorShape shape) {
        int n = Branch.count(b);
        int[] sizes = Branch.sizeTable(b, height, size, shape);
        Object first =
                height > 1
                        ? prependLeafInto((Object[]) b[0], height - 1, sizes[0], leaf, shape)
                        : null;
        int added = first != null ? 0 : 1;
        if (first == null && n == shape.width) {
            return null;
        }
        Object[] children = new Object[n + added];
        int[] table = new int[n + added];
        children[0] = first != null ? first : Branch.path(leaf, 0, height - 1);
        table[0] = first != null ? sizes[0] + leaf.length : leaf.length;
        System.arraycopy(b, 1 - added, children, 1, n - 1 + added);
        for (int j = 1; j < table.length; j++) {
            table[j] = sizes[j - added] + leaf.length;
        }
        return Branch.withSizes(children, table, height, shape);
    }

    /** {@link Branch#path}, recording the new branches as the builder's own. */
    private static Object ownedPath(Object[] leaf, int height, Object[] owned) {
        Object node = leaf;
        for (int h = 1; h <= height; h++) {
            Object[] branch = {node};
            own(branch, h, owned);
            node = branch;
        }
        return node;
    }

    // ------------------------------------------------------------------ insert and remove

    /**
     * The trie with {@code e} inserted before element {@code index}, {@code 0 <= index <= size}.
     * Copies the path to the leaf that receives it; a full leaf splits in two, and a branch that
     * overflows with the extra child splits in turn, as in a B-tree, so nodes that splits make are
     * at least half full. O(width × height).
     */
    static Trie insert(Trie trie, int index, Object e, VectorShape shape) {
        if (trie.size == 0) {
            return new Trie(new Object[] {e}, 0, 1);
        }
        Object node = insertNode(trie.root, trie.height, trie.size, index, e, shape);
        if (node instanceof Split) {
            Split split = (Split) node;
            Object[] pair = {split.left, split.right};
            // Splits leave nodes half full, so a new root level may be one too many for the size.
            return balanced(
                    new Trie(
                            Branch.of(pair, trie.height + 1, shape),
                            trie.height + 1,
                            trie.size + 1),
                    shape);
        }
        return new Trie(node, trie.height, trie.size + 1);
    }

    /** A node that overflowed and split: the two halves, in order. */
    private static final class Split {
        final Object left;
        final int leftSize;
        final Object right;

        Split(Object left, int leftSize, Object right) {
            this.left = left;
            this.leftSize = leftSize;
            this.right = right;
        }
    }

    private static Object insertNode(
            Object node, int height, int size, int index, Object e, VectorShape shape) {
        if (height == 0) {
            Object[] leaf = (Object[]) node;
            Object[] grown = inserted(leaf, leaf.length, index, e);
            if (grown.length <= shape.width) {
                return grown;
            }
            int half = grown.length / 2;
            return new Split(
                    Arrays.copyOf(grown, half),
                    half,
                    Arrays.copyOfRange(grown, half, grown.length));
        }
        Object[] b = (Object[]) node;
        int n = Branch.count(b);
        int[] sizes = Branch.sizeTable(b, height, size, shape);
        int k = index == size ? n - 1 : Branch.childIndex(b, index, height, shape);
        int start = k == 0 ? 0 : sizes[k - 1];
        Object child = insertNode(b[k], height - 1, sizes[k] - start, index - start, e, shape);
        if (!(child instanceof Split)) {
            Object[] children = Arrays.copyOf(b, n);
            children[k] = child;
            int[] table = Arrays.copyOf(sizes, n);
            for (int j = k; j < n; j++) {
                table[j]++;
            }
            return Branch.withSizes(children, table, height, shape);
        }
        Split split = (Split) child;
        Object[] children = new Object[n + 1];
        int[] table = new int[n + 1];
        System.arraycopy(b, 0, children, 0, k);
        System.arraycopy(sizes, 0, table, 0, k);
        children[k] = split.left;
        table[k] = start + split.leftSize;
        for (int j = k; j < n; j++) {
            children[j + 1] = j == k ? split.right : b[j];
            table[j + 1] = sizes[j] + 1;
        }
        if (n + 1 <= shape.width) {
            return Branch.withSizes(children, table, height, shape);
        }
        int half = (n + 1) / 2;
        int leftSize = table[half - 1];
        int[] rightTable = new int[n + 1 - half];
        for (int j = 0; j < rightTable.length; j++) {
            rightTable[j] = table[half + j] - leftSize;
        }
        return new Split(
                Branch.withSizes(
                        Arrays.copyOf(children, half), Arrays.copyOf(table, half), height, shape),
                leftSize,
                Branch.withSizes(
                        Arrays.copyOfRange(children, half, n + 1), rightTable, height, shape));
    }

    /**
     * The trie without element {@code index}: copies the path to its leaf, and drops a leaf (or
     * branch) left empty. Nodes are not merged, so a trie thinned by many removals keeps its height
     * until {@link #balanced} finds it too tall for its size. O(width × height).
     */
    static Trie remove(Trie trie, int index, VectorShape shape) {
        Object root = removeNode(trie.root, trie.height, trie.size, index, shape);
        if (root == null) {
            return Trie.EMPTY;
        }
        return balanced(collapse(root, trie.height, trie.size - 1), shape);
    }

    private static Object removeNode(
            Object node, int height, int size, int index, VectorShape shape) {
        if (height == 0) {
            Object[] leaf = (Object[]) node;
            return leaf.length == 1 ? null : removed(leaf, leaf.length, index);
        }
        Object[] b = (Object[]) node;
        int n = Branch.count(b);
        int[] sizes = Branch.sizeTable(b, height, size, shape);
        int k = Branch.childIndex(b, index, height, shape);
        int start = k == 0 ? 0 : sizes[k - 1];
        Object child = removeNode(b[k], height - 1, sizes[k] - start, index - start, shape);
        Object[] children;
        int[] table;
        if (child != null) {
            children = Arrays.copyOf(b, n);
            children[k] = child;
            table = Arrays.copyOf(sizes, n);
        } else if (n == 1) {
            return null;
        } else {
            children = removed(b, n, k);
            table = removed(sizes, k);
        }
        for (int j = k; j < table.length; j++) {
            table[j]--;
        }
        return Branch.withSizes(children, table, height, shape);
    }

    /**
     * A copy of the first {@code length} slots of {@code a} with {@code e} inserted at {@code
     * index}, exactly sized; one copy even when {@code a} has spare slots.
     */
    static Object[] inserted(Object[] a, int length, int index, Object e) {
        Object[] out = new Object[length + 1];
        System.arraycopy(a, 0, out, 0, index);
        out[index] = e;
        System.arraycopy(a, index, out, index + 1, length - index);
        return out;
    }

    /**
     * A copy of the first {@code length} slots of {@code a} without slot {@code index}, exactly
     * sized; one copy even when {@code a} has spare slots.
     */
    static Object[] removed(Object[] a, int length, int index) {
        Object[] out = new Object[length - 1];
        System.arraycopy(a, 0, out, 0, index);
        System.arraycopy(a, index + 1, out, index, length - index - 1);
        return out;
    }

    private static int[] removed(int[] a, int index) {
        int[] out = new int[a.length - 1];
        System.arraycopy(a, 0, out, 0, index);
        System.arraycopy(a, index + 1, out, index, a.length - index - 1);
        return out;
    }

    // ------------------------------------------------------------------ concatenation

    /**
     * The concatenation of two tries, sharing every node off the seam between them; O(width ×
     * height²). Nodes along the seam are redistributed by the RRB concatenation plan so that each
     * has at most {@code extras} children more than the fewest that could hold its items. That
     * bound is per seam: concatenations repeated on one edge can each leave a nearly empty node
     * behind, which in narrow tries adds up, so a result taller than the height bound allows is
     * rebuilt by {@link #balanced} (O(n) at worst).
     */
    static Trie concat(Trie left, Trie right, VectorShape shape) {
        Trie joined = join(left, right, shape);
        if (joined.height > shape.minimalHeight(joined.size) + MAX_EXTRA_HEIGHT) {
            return balanced(joined, shape);
        }
        return joined;
    }

    /** {@link #concat} without the height check. */
    private static Trie join(Trie left, Trie right, VectorShape shape) {
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
        while (height > 0 && Branch.count((Object[]) root) == 1) {
            root = ((Object[]) root)[0];
            height--;
        }
        return new Trie(root, height, size);
    }

    /** The seam of {@code l ++ r} as a branch one level above the taller of the two. */
    private static Object[] concatSub(Object l, int hl, Object r, int hr, VectorShape shape) {
        if (hl > hr) {
            Object[] lb = (Object[]) l;
            Object[] centre = concatSub(Branch.last(lb), hl - 1, r, hr, shape);
            return rebalance(lb, centre, null, hl, shape);
        }
        if (hl < hr) {
            Object[] rb = (Object[]) r;
            Object[] centre = concatSub(l, hl, rb[0], hr - 1, shape);
            return rebalance(null, centre, rb, hr, shape);
        }
        if (hl == 0) {
            return Branch.of(new Object[] {l, r}, 1, shape);
        }
        Object[] lb = (Object[]) l;
        Object[] rb = (Object[]) r;
        Object[] centre = concatSub(Branch.last(lb), hl - 1, rb[0], hr - 1, shape);
        return rebalance(lb, centre, rb, hl, shape);
    }

    /**
     * Joins the children of {@code left} but its last, of {@code centre}, and of {@code right} but
     * its first (all of height {@code height - 1}), redistributes them, and returns them as one or
     * two branches of {@code height} under a branch of {@code height + 1}.
     */
    private static Object[] rebalance(
            Object[] left, Object[] centre, Object[] right, int height, VectorShape shape) {
        int nl = left == null ? 0 : Branch.count(left) - 1;
        int nc = Branch.count(centre);
        int nr = right == null ? 0 : Branch.count(right) - 1;
        Object[] items = new Object[nl + nc + nr];
        if (left != null) {
            System.arraycopy(left, 0, items, 0, nl);
        }
        System.arraycopy(centre, 0, items, nl, nc);
        if (right != null) {
            System.arraycopy(right, 1, items, nl + nc, nr);
        }
        items = redistribute(items, height - 1, shape);
        int w = shape.width;
        Object[] parts =
                items.length <= w
                        ? new Object[] {Branch.of(items, height, shape)}
                        : new Object[] {
                            Branch.of(Arrays.copyOf(items, w), height, shape),
                            Branch.of(Arrays.copyOfRange(items, w, items.length), height, shape)
                        };
        return Branch.of(parts, height + 1, shape);
    }

    /** How many items a node holds: a leaf's elements or a branch's children. */
    private static int itemCount(Object node, int height) {
        Object[] a = (Object[]) node;
        return height == 0 ? a.length : Branch.count(a);
    }

    /**
     * The RRB concatenation plan [Bagwell and Rompf 2011; L'orange 2014, §3.3]: while the nodes (of
     * {@code height}) are more than {@code extras} above the fewest that could hold their items,
     * the first node not nearly full is merged into its successors. Nodes the plan leaves alone are
     * shared.
     */
    static Object[] redistribute(Object[] nodes, int height, VectorShape shape) {
        int n = nodes.length;
        int w = shape.width;
        int[] counts = new int[n];
        int total = 0;
        for (int i = 0; i < n; i++) {
            counts[i] = itemCount(nodes[i], height);
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
            if (offset == 0 && itemCount(nodes[src], height) == count) {
                out[k] = nodes[src++];
                continue;
            }
            Object[] buffer = new Object[count];
            int filled = 0;
            while (filled < count) {
                Object[] from = (Object[]) nodes[src];
                int available = itemCount(from, height);
                int take = Math.min(count - filled, available - offset);
                System.arraycopy(from, offset, buffer, filled, take);
                filled += take;
                offset += take;
                if (offset == available) {
                    src++;
                    offset = 0;
                }
            }
            out[k] = height == 0 ? buffer : Branch.of(buffer, height, shape);
        }
        return out;
    }

    // ------------------------------------------------------------------ take and drop

    /**
     * The first {@code n} elements of {@code trie}, {@code 0 <= n <= size}: one cut along the path
     * to element {@code n - 1}, copying one node per level and sharing everything left of it.
     * O(width × height), unless the cut leaves the trie too tall for its size (see {@link
     * #balanced}).
     */
    static Trie take(Trie trie, int n, VectorShape shape) {
        if (n == 0) {
            return Trie.EMPTY;
        }
        if (n == trie.size) {
            return trie;
        }
        Object root = takeNode(trie.root, trie.height, trie.size, n, shape);
        return balanced(collapse(root, trie.height, n), shape);
    }

    private static Object takeNode(Object node, int height, int size, int n, VectorShape shape) {
        if (n == size) {
            return node;
        }
        if (height == 0) {
            return Arrays.copyOf((Object[]) node, n);
        }
        Object[] b = (Object[]) node;
        int[] sizes = Branch.sizeTable(b, height, size, shape);
        int k = Branch.childIndex(b, n - 1, height, shape);
        int start = k == 0 ? 0 : sizes[k - 1];
        Object[] children = Arrays.copyOf(b, k + 1);
        children[k] = takeNode(b[k], height - 1, sizes[k] - start, n - start, shape);
        if (Branch.sizes(b) == null) {
            // A prefix of a strict branch keeps only full children before the cut one.
            return children;
        }
        int[] kept = Arrays.copyOf(sizes, k + 1);
        kept[k] = n;
        return Branch.withSizes(children, kept, height, shape);
    }

    /**
     * All but the first {@code n} elements of {@code trie}, {@code 0 <= n <= size}: one cut along
     * the path to element {@code n}, as {@link #take}. O(width × height) in the same sense.
     */
    static Trie drop(Trie trie, int n, VectorShape shape) {
        if (n == trie.size) {
            return Trie.EMPTY;
        }
        if (n == 0) {
            return trie;
        }
        Object root = dropNode(trie.root, trie.height, trie.size, n, shape);
        return balanced(collapse(root, trie.height, trie.size - n), shape);
    }

    private static Object dropNode(Object node, int height, int size, int n, VectorShape shape) {
        if (n == 0) {
            return node;
        }
        if (height == 0) {
            return Arrays.copyOfRange((Object[]) node, n, size);
        }
        Object[] b = (Object[]) node;
        int count = Branch.count(b);
        int[] sizes = Branch.sizeTable(b, height, size, shape);
        int k = Branch.childIndex(b, n, height, shape);
        int start = k == 0 ? 0 : sizes[k - 1];
        Object[] children = new Object[count - k];
        children[0] = dropNode(b[k], height - 1, sizes[k] - start, n - start, shape);
        System.arraycopy(b, k + 1, children, 1, count - k - 1);
        int[] kept = new int[count - k];
        for (int i = 0; i < kept.length; i++) {
            kept[i] = sizes[k + i] - n;
        }
        return Branch.withSizes(children, kept, height, shape);
    }

    /**
     * {@code trie} itself if its height is less than {@link #MAX_EXTRA_HEIGHT} above the least
     * possible for its size; otherwise its root's children, each made balanced in turn,
     * concatenated. After a cut of a dense trie only the cut spines are too tall, so the rebuild
     * follows them, O(width × height²); a trie thinned everywhere (by many removals) is too tall in
     * every subtree, and its rebuild is O(n).
     */
    private static Trie balanced(Trie trie, VectorShape shape) {
        if (trie.height < shape.minimalHeight(trie.size) + MAX_EXTRA_HEIGHT) {
            return trie;
        }
        Object[] root = (Object[]) trie.root;
        int[] sizes = Branch.sizeTable(root, trie.height, trie.size, shape);
        Trie joined = Trie.EMPTY;
        int start = 0;
        for (int i = 0, n = Branch.count(root); i < n; i++) {
            Trie child = balanced(collapse(root[i], trie.height - 1, sizes[i] - start), shape);
            joined = join(joined, child, shape);
            start = sizes[i];
        }
        return joined;
    }

    // ------------------------------------------------------------------ invariants

    /**
     * Checks the trie's structure and returns its size: uniform leaf depth, 1 to width items per
     * node, exact size tables present exactly on non-strict branches, at least two children at the
     * root, and the height bound. (The RRB slack bound holds for the nodes a concatenation builds,
     * not for every node: a cut or an append may leave a node sparser or denser than the plan
     * would, so the height bound is what is checked.)
     */
    static int check(Trie trie, VectorShape shape) {
        if (trie.size == 0) {
            require(
                    trie.root == Trie.EMPTY_LEAF && trie.height == 0,
                    "empty trie is not the empty leaf");
            return 0;
        }
        if (trie.height > 0) {
            require(Branch.count((Object[]) trie.root) >= 2, "root branch with one child");
        }
        int size = checkNode(trie.root, trie.height, shape);
        require(size == trie.size, "trie size " + trie.size + " but counted " + size);
        int minimal = shape.minimalHeight(size);
        require(
                trie.height <= minimal + MAX_EXTRA_HEIGHT,
                "height "
                        + trie.height
                        + " for "
                        + size
                        + " elements, at most "
                        + (minimal + MAX_EXTRA_HEIGHT));
        return size;
    }

    /** How much taller than the shortest possible trie of its size a trie may be. */
    static final int MAX_EXTRA_HEIGHT = 2;

    /** Whether every branch under {@code node} is strict, by visiting every branch. */
    static boolean isStrictEverywhere(Object node, int height) {
        if (height == 0) {
            return true;
        }
        Object[] b = (Object[]) node;
        if (Branch.sizes(b) != null) {
            return false;
        }
        for (Object child : b) {
            if (!isStrictEverywhere(child, height - 1)) {
                return false;
            }
        }
        return true;
    }

    private static int checkNode(Object node, int height, VectorShape shape) {
        if (height == 0) {
            Object[] leaf = (Object[]) node;
            require(leaf.length >= 1 && leaf.length <= shape.width, "leaf of " + leaf.length);
            return leaf.length;
        }
        Object[] b = (Object[]) node;
        int n = Branch.count(b);
        require(n >= 1 && n <= shape.width, "branch of " + n);
        int[] sizes = new int[n];
        int sum = 0;
        boolean strict = true;
        for (int i = 0; i < n; i++) {
            require(!(b[i] instanceof int[]), "size table among the children");
            int size = checkNode(b[i], height - 1, shape);
            sum += size;
            sizes[i] = sum;
            if (i < n - 1 && size != shape.capacity(height - 1)) {
                strict = false;
            }
        }
        int[] table = Branch.sizes(b);
        if (strict) {
            require(table == null, "strict branch with a size table");
        } else {
            require(
                    table != null && Arrays.equals(table, sizes),
                    "relaxed branch with size table "
                            + Arrays.toString(table)
                            + ", expected "
                            + Arrays.toString(sizes));
        }
        return sum;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
