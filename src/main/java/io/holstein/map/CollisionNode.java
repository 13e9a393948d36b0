package io.holstein.map;

import io.holstein.internal.Owner;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * The mappings of keys whose spread hashes are equal in all 32 bits, below the trie's last level.
 * Up to {@link #FLAT_MAX} keys sit in a flat array {@code [k0, v0, k1, v1, ...]} searched by {@code
 * equals}; beyond that, when every key has one class {@code C implements Comparable<C>}, they move
 * to a {@link CollisionTree} (O(log k) per operation), so that many keys with one hash code cannot
 * make the map quadratic. Keys without such a common order stay flat (O(k)).
 *
 * <p>Persistent only: builders copy collision nodes like any persistent write (O(log k) in a tree,
 * O(k) flat), which keeps this class simple and costs nothing on ordinary keys.
 */
final class CollisionNode extends ChampNode {

    /** The largest flat node of ordered keys; one more moves them to a tree. */
    static final int FLAT_MAX = 8;

    /** A tree that shrinks to this many mappings goes flat again (hysteresis against flapping). */
    static final int UNTREE_AT = 6;

    private final int hash;

    /** The mappings when flat, else {@code null}. */
    private final Object[] flat;

    /** The mappings when ordered, else {@code null}. */
    private final CollisionTree tree;

    /** The class of every key of {@link #tree}. */
    private final Class<?> treeClass;

    private final int size;

    private CollisionNode(
            int hash, Object[] flat, CollisionTree tree, Class<?> treeClass, int size) {
        this.hash = hash;
        this.flat = flat;
        this.tree = tree;
        this.treeClass = treeClass;
        this.size = size;
    }

    static CollisionNode of(int hash, Object k0, Object v0, Object k1, Object v1) {
        return new CollisionNode(hash, new Object[] {k0, v0, k1, v1}, null, null, 2);
    }

    boolean isTree() {
        return tree != null;
    }

    @Override
    int size() {
        return size;
    }

    @Override
    int payloadArity() {
        return size;
    }

    @Override
    int nodeArity() {
        return 0;
    }

    @Override
    Object[] iterationContent() {
        return flat != null ? flat : toArray();
    }

    /**
     * This node's mappings as a flat node (possibly beyond {@link #FLAT_MAX}), for the flat
     * algorithm.
     */
    private CollisionNode flatCopy() {
        return new CollisionNode(hash, toArray(), null, null, size);
    }

    private Object[] toArray() {
        Object[] out = new Object[2 * size];
        CollisionTree.copyInto(tree, out, 0);
        return out;
    }

    @Override
    Object singleKey() {
        return iterationContent()[0];
    }

    @Override
    Object singleValue() {
        return iterationContent()[1];
    }

    private static int indexIn(Object[] pairs, Object key) {
        for (int i = 0; i < pairs.length; i += 2) {
            if (Objects.equals(pairs[i], key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    Object find(Object key, int hash, int shift) {
        if (hash != this.hash) {
            return Sentinel.NOT_FOUND;
        }
        if (flat != null) {
            int i = indexIn(flat, key);
            return i < 0 ? Sentinel.NOT_FOUND : flat[i + 1];
        }
        if (CollisionTree.orderedClassOf(key) == treeClass) {
            return CollisionTree.find(tree, key);
        }
        // A key of another class may still equal one in the tree: search it all, as HashMap's
        // tree bins do when the order cannot decide.
        Object[] pairs = toArray();
        int i = indexIn(pairs, key);
        return i < 0 ? Sentinel.NOT_FOUND : pairs[i + 1];
    }

    @Override
    ChampNode put(Owner owner, Object key, int hash, Object value, int shift) {
        assert hash == this.hash;
        if (flat != null) {
            int i = indexIn(flat, key);
            if (i >= 0) {
                if (flat[i + 1] == value) {
                    return this;
                }
                Object[] c = flat.clone();
                c[i + 1] = value;
                return flatOrTree(hash, c);
            }
            Object[] c = Arrays.copyOf(flat, flat.length + 2);
            c[flat.length] = key;
            c[flat.length + 1] = value;
            return flatOrTree(hash, c);
        }
        if (CollisionTree.orderedClassOf(key) != treeClass) {
            // A key outside the tree's order: the flat algorithm decides, and the node stays
            // flat while it holds such a key.
            ChampNode flatResult = flatCopy().put(owner, key, hash, value, shift);
            return flatResult.size() == size && find(key, hash, shift) == value ? this : flatResult;
        }
        Object old = CollisionTree.find(tree, key);
        if (old == value) {
            return this;
        }
        return new CollisionNode(
                hash,
                null,
                CollisionTree.put(tree, key, value),
                treeClass,
                old == Sentinel.NOT_FOUND ? size + 1 : size);
    }

    /**
     * A node of {@code pairs}: a tree if they are more than {@link #FLAT_MAX} and share an order.
     */
    private static CollisionNode flatOrTree(int hash, Object[] pairs) {
        int n = pairs.length / 2;
        if (n > FLAT_MAX) {
            Class<?> ordered = commonOrderedClass(pairs);
            if (ordered != null) {
                CollisionTree t = null;
                for (int j = 0; j < pairs.length; j += 2) {
                    t = CollisionTree.put(t, pairs[j], pairs[j + 1]);
                }
                return new CollisionNode(hash, null, t, ordered, n);
            }
        }
        return new CollisionNode(hash, pairs, null, null, n);
    }

    private static Class<?> commonOrderedClass(Object[] pairs) {
        Class<?> c = CollisionTree.orderedClassOf(pairs[0]);
        for (int i = 2; c != null && i < pairs.length; i += 2) {
            if (CollisionTree.orderedClassOf(pairs[i]) != c) {
                return null;
            }
        }
        return c;
    }

    @Override
    ChampNode remove(Owner owner, Object key, int hash, int shift) {
        if (hash != this.hash) {
            return this;
        }
        if (flat != null) {
            int i = indexIn(flat, key);
            if (i < 0) {
                return this;
            }
            Object[] c = new Object[flat.length - 2];
            System.arraycopy(flat, 0, c, 0, i);
            System.arraycopy(flat, i + 2, c, i, c.length - i);
            // Removing the one key outside a common order lets the others form a tree again.
            return flatOrTree(hash, c);
        }
        if (CollisionTree.orderedClassOf(key) != treeClass) {
            return find(key, hash, shift) == Sentinel.NOT_FOUND
                    ? this
                    : flatCopy().remove(owner, key, hash, shift);
        }
        if (CollisionTree.find(tree, key) == Sentinel.NOT_FOUND) {
            return this;
        }
        CollisionNode smaller =
                new CollisionNode(hash, null, CollisionTree.remove(tree, key), treeClass, size - 1);
        return smaller.size > UNTREE_AT
                ? smaller
                : new CollisionNode(hash, smaller.toArray(), null, null, size - 1);
    }

    @Override
    void forEach(BiConsumer<Object, Object> action) {
        if (flat != null) {
            for (int i = 0; i < flat.length; i += 2) {
                action.accept(flat[i], flat[i + 1]);
            }
        } else {
            CollisionTree.forEach(tree, action);
        }
    }

    @Override
    boolean equivalent(ChampNode other) {
        if (other == this) {
            return true;
        }
        if (!(other instanceof CollisionNode c) || c.hash != hash || c.size != size) {
            return false;
        }
        Object[] mine = iterationContent();
        for (int i = 0; i < mine.length; i += 2) {
            Object v = c.find(mine[i], hash, HASH_BITS);
            if (v == Sentinel.NOT_FOUND || !Objects.equals(v, mine[i + 1])) {
                return false;
            }
        }
        return true;
    }

    @Override
    boolean sameShape(ChampNode other) {
        if (!(other instanceof CollisionNode c) || c.hash != hash || c.size != size) {
            return false;
        }
        Object[] mine = iterationContent();
        for (int i = 0; i < mine.length; i += 2) {
            if (c.find(mine[i], hash, HASH_BITS) == Sentinel.NOT_FOUND) {
                return false;
            }
        }
        return true;
    }

    @Override
    void checkInvariants(int shift, int prefix, boolean root) {
        BitmapNode.check(!root && size >= 2, "collision node of size " + size);
        BitmapNode.check(hash == prefix, "collision node under the wrong prefix");
        BitmapNode.check((flat == null) != (tree == null), "both or neither representation");
        Object[] pairs = iterationContent();
        BitmapNode.check(
                pairs.length == 2 * size, "cached size " + size + ", holds " + pairs.length / 2);
        java.util.Set<Object> distinct = new java.util.HashSet<>();
        for (int i = 0; i < pairs.length; i += 2) {
            BitmapNode.check(spread(pairs[i]) == hash, "key " + pairs[i] + " of another hash");
            BitmapNode.check(distinct.add(pairs[i]), "duplicate key " + pairs[i]);
        }
        if (tree != null) {
            BitmapNode.check(size > UNTREE_AT, "a tree of " + size + " mappings");
            BitmapNode.check(CollisionTree.checkInvariants(tree, treeClass) == size, "tree count");
            for (int i = 2; i < pairs.length; i += 2) {
                @SuppressWarnings({"unchecked", "rawtypes"})
                int c = ((Comparable) pairs[i - 2]).compareTo(pairs[i]);
                BitmapNode.check(c <= 0, "tree out of order");
            }
        } else if (size > FLAT_MAX) {
            BitmapNode.check(
                    commonOrderedClass(pairs) == null, "a flat node of " + size + " ordered keys");
        }
    }
}
