package io.holstein.map;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * The mappings of keys that share one full hash code, immutable: the one collision structure of the
 * package, held by {@link PersistentHashMap}'s {@link CollisionNode}s and by {@link CowHashMap}'s
 * {@link CollisionBucket}s, so that both maps follow one rule.
 *
 * <p>Up to {@link #FLAT_MAX} keys, and keys without one common order, sit in a flat array {@code
 * [k0, v0, k1, v1, ...]} searched by {@code equals}: O(k) per operation. An insertion that leaves
 * more than {@code FLAT_MAX} keys, all of one class {@code C implements Comparable<C>}, moves them
 * to a {@link CollisionTree} ordered by {@code compareTo}: O(log k), so that many keys of one class
 * with one hash code cannot make a map quadratic. A removal that leaves {@link #UNTREE_AT} keys
 * makes the tree flat again, in its order.
 *
 * <p>The rule is that of {@code java.util.HashMap}'s tree bins: {@code compareTo} is called only
 * between two keys of the tree's class. A key of another class may still equal one of them (an
 * instance of a subclass whose {@code equals} is symmetric with its superclass's), so it is looked
 * up by {@code equals} over every mapping, and if it joins them, the mappings go flat.
 *
 * <p>Only an insertion reorders the mappings: replacing a value or removing a key keeps the order
 * of the others (a removal never builds a tree), so that a {@code CowHashMap}'s iteration order
 * changes only when a key is added. Keys match by {@code Objects.equals(key, stored)}, the test
 * {@code Map.containsKey} specifies; a replaced value keeps the stored key.
 */
final class CollisionMappings {

    /** The most keys of one order kept flat; an insertion of one more builds a tree. */
    static final int FLAT_MAX = 8;

    /** A tree that shrinks to this many mappings goes flat again (hysteresis against flapping). */
    static final int UNTREE_AT = 6;

    /**
     * Classes {@code C} that implement {@code Comparable<C>} directly, as {@code HashMap} requires
     * of the keys it orders in a tree bin: {@code compareTo} between two of them is defined.
     */
    private static final ClassValue<Boolean> SELF_COMPARABLE =
            new ClassValue<>() {
                @Override
                protected Boolean computeValue(Class<?> c) {
                    for (Type t : c.getGenericInterfaces()) {
                        if (t instanceof ParameterizedType p
                                && p.getRawType() == Comparable.class) {
                            Type[] args = p.getActualTypeArguments();
                            return args.length == 1 && args[0] == c;
                        }
                    }
                    return false;
                }
            };

    /** The mappings when flat, else {@code null}. */
    private final Object[] flat;

    /** The mappings when ordered, else {@code null}. */
    private final CollisionTree tree;

    /** The class of every key of {@link #tree}; {@code null} when flat. */
    private final Class<?> treeClass;

    private final int size;

    private CollisionMappings(Object[] flat, CollisionTree tree, Class<?> treeClass, int size) {
        this.flat = flat;
        this.tree = tree;
        this.treeClass = treeClass;
        this.size = size;
    }

    /**
     * Returns the mappings {@code pairs}, {@code [k0, v0, k1, v1, ...]} of distinct keys, which
     * this takes over: a tree if they are more than {@link #FLAT_MAX} and share an order.
     */
    static CollisionMappings of(Object[] pairs) {
        int n = pairs.length / 2;
        if (n > FLAT_MAX) {
            Class<?> ordered = commonOrderedClass(pairs);
            if (ordered != null) {
                CollisionTree t = null;
                for (int i = 0; i < pairs.length; i += 2) {
                    t = CollisionTree.put(t, pairs[i], pairs[i + 1]);
                }
                return new CollisionMappings(null, t, ordered, n);
            }
        }
        return new CollisionMappings(pairs, null, null, n);
    }

    /**
     * The class of {@code key} if it implements {@code Comparable} of itself directly, so that a
     * tree may order it among keys of that class; {@code null} otherwise.
     */
    static Class<?> orderedClassOf(Object key) {
        return key != null && SELF_COMPARABLE.get(key.getClass()) ? key.getClass() : null;
    }

    private static Class<?> commonOrderedClass(Object[] pairs) {
        Class<?> c = orderedClassOf(pairs[0]);
        for (int i = 2; c != null && i < pairs.length; i += 2) {
            if (pairs[i].getClass() != c) {
                return null;
            }
        }
        return c;
    }

    /** The number of mappings. */
    int size() {
        return size;
    }

    /** Whether the mappings are a tree, for tests. */
    boolean isTree() {
        return tree != null;
    }

    /** Whether {@code key} is of the tree's class, the only keys {@code compareTo} may order. */
    private boolean ordersAsTree(Object key) {
        return key != null && key.getClass() == treeClass;
    }

    /** Returns the index of {@code key} in {@code pairs} (a key position), or -1. */
    private static int indexIn(Object[] pairs, Object key) {
        for (int i = 0; i < pairs.length; i += 2) {
            if (Objects.equals(key, pairs[i])) {
                return i;
            }
        }
        return -1;
    }

    /** Returns the value of {@code key}, or {@link Sentinel#NOT_FOUND}. */
    Object find(Object key) {
        if (flat != null) {
            int i = indexIn(flat, key);
            return i < 0 ? Sentinel.NOT_FOUND : flat[i + 1];
        }
        if (ordersAsTree(key)) {
            return CollisionTree.find(tree, key);
        }
        Object stored = CollisionTree.keyEqualTo(tree, key);
        return stored == Sentinel.NOT_FOUND ? stored : CollisionTree.find(tree, stored);
    }

    /**
     * Returns these mappings with {@code key} mapped to {@code value}, added or replaced; {@code
     * this} if {@code key} maps to {@code value} ({@code ==}) already.
     */
    CollisionMappings with(Object key, Object value) {
        if (flat != null) {
            int i = indexIn(flat, key);
            if (i >= 0) {
                if (flat[i + 1] == value) {
                    return this;
                }
                Object[] c = flat.clone();
                c[i + 1] = value;
                return new CollisionMappings(c, null, null, size);
            }
            Object[] c = Arrays.copyOf(flat, flat.length + 2);
            c[flat.length] = key;
            c[flat.length + 1] = value;
            return of(c);
        }
        if (ordersAsTree(key)) {
            Object old = CollisionTree.find(tree, key);
            if (old == value) {
                return this;
            }
            CollisionTree t = CollisionTree.put(tree, key, value);
            return new CollisionMappings(
                    null, t, treeClass, old == Sentinel.NOT_FOUND ? size + 1 : size);
        }
        Object stored = CollisionTree.keyEqualTo(tree, key);
        if (stored != Sentinel.NOT_FOUND) {
            return with(stored, value);
        }
        // A key outside the tree's order joins: the mappings go flat, in order, with it last.
        Object[] c = new Object[2 * size + 2];
        CollisionTree.copyInto(tree, c, 0);
        c[2 * size] = key;
        c[2 * size + 1] = value;
        return new CollisionMappings(c, null, null, size + 1);
    }

    /** Returns these mappings without {@code key}; {@code this} if it is absent. */
    CollisionMappings without(Object key) {
        if (flat != null) {
            int i = indexIn(flat, key);
            if (i < 0) {
                return this;
            }
            Object[] c = new Object[flat.length - 2];
            System.arraycopy(flat, 0, c, 0, i);
            System.arraycopy(flat, i + 2, c, i, c.length - i);
            return new CollisionMappings(c, null, null, size - 1);
        }
        if (!ordersAsTree(key)) {
            Object stored = CollisionTree.keyEqualTo(tree, key);
            return stored == Sentinel.NOT_FOUND ? this : without(stored);
        }
        if (CollisionTree.find(tree, key) == Sentinel.NOT_FOUND) {
            return this;
        }
        CollisionTree t = CollisionTree.remove(tree, key);
        if (size - 1 > UNTREE_AT) {
            return new CollisionMappings(null, t, treeClass, size - 1);
        }
        Object[] c = new Object[2 * (size - 1)];
        CollisionTree.copyInto(t, c, 0);
        return new CollisionMappings(c, null, null, size - 1);
    }

    /**
     * Returns the mappings as {@code [k0, v0, k1, v1, ...]}, in order: the flat array itself, which
     * must not be written, or a new array.
     */
    Object[] pairs() {
        if (flat != null) {
            return flat;
        }
        Object[] out = new Object[2 * size];
        CollisionTree.copyInto(tree, out, 0);
        return out;
    }

    /** Calls {@code action} for every mapping, in order. */
    void forEach(BiConsumer<Object, Object> action) {
        if (flat != null) {
            ChampNode.acceptPairs(flat, flat.length, action);
        } else {
            CollisionTree.forEach(tree, action);
        }
    }

    /**
     * Checks the representation: one of flat or tree, the cached size, distinct keys, a tree only
     * of more than {@link #UNTREE_AT} keys of one self-comparable class, in order.
     */
    void checkInvariants() {
        check((flat == null) != (tree == null), "both or neither representation");
        Object[] pairs = pairs();
        check(pairs.length == 2 * size, "cached size " + size + ", holds " + pairs.length / 2);
        if (flat != null) {
            check(treeClass == null, "a flat array with a tree class");
            for (int i = 0; i < pairs.length; i += 2) {
                check(indexIn(pairs, pairs[i]) == i, "duplicate key " + pairs[i]);
            }
            return;
        }
        check(size > UNTREE_AT, "a tree of " + size + " mappings");
        check(
                treeClass != null && orderedClassOf(pairs[0]) == treeClass,
                "a tree of keys of " + treeClass + ", which is not comparable to itself");
        check(CollisionTree.checkInvariants(tree, treeClass) == size, "tree count");
        for (int i = 2; i < pairs.length; i += 2) {
            @SuppressWarnings({"unchecked", "rawtypes"})
            int c = ((Comparable) pairs[i - 2]).compareTo(pairs[i]);
            check(c <= 0, "tree out of order at " + pairs[i]);
        }
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    @Override
    public String toString() {
        return "CollisionMappings["
                + size
                + (tree == null ? " flat" : " in a tree of " + treeClass.getSimpleName())
                + "]";
    }
}
