package io.holstein.map;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * The keys of one {@link CowHashMap} that share one full hash code, with their values, kept in one
 * table slot once more than {@link CowHashMap#BUCKET_THRESHOLD} of them collide: the defence
 * against hash flooding.
 *
 * <p>Keys of the bucket's comparable class (the class of the first of its keys, in probe order,
 * that implements {@code Comparable} of itself) live in a {@link TreeMap} ordered by {@code
 * compareTo}, so that lookups, inserts and removals cost O(log k) for k such keys. Each tree entry
 * holds a group: the keys that compare equal to it, usually one, as {@code [k0, v0, k1, v1, ...]},
 * searched by {@code equals}, so keys whose {@code compareTo} is 0 but which are not equal are
 * still told apart. Keys of any other class (and the map's stand-in for the {@code null} key) live
 * in a flat array searched by {@code equals}, in O(k), as {@code HashMap}'s tree bins must for keys
 * that are not mutually comparable.
 *
 * <p>A bucket is mutable and belongs to one map's storage: when that storage is copied for a first
 * write after a fork, the bucket is copied too ({@link #copy()}). Keys here are the map's stored
 * keys, with {@code null} already replaced by its stand-in.
 */
final class CollisionBucket {

    /** What {@link #get} and {@link #remove} return for a key that is not here. */
    static final Object ABSENT = Sentinel.NOT_FOUND;

    /** The class of the keys kept in {@link #tree}, or null if the bucket has no tree. */
    private final Class<?> comparableClass;

    /** Keys of {@link #comparableClass}, each mapping to its group {@code [k0, v0, ...]}. */
    private final TreeMap<Object, Object[]> tree;

    /** The other keys and their values, {@code [k0, v0, k1, v1, ...]}, in insertion order. */
    private Object[] flat;

    /** The number of pairs used in {@link #flat}. */
    private int flatSize;

    /** The number of keys. */
    private int size;

    /** Whether a key was removed since the bucket was made or last copied into a rebuilt table. */
    boolean shrunk;

    /** Creates an empty bucket whose tree, if any, takes keys of {@code comparableClass}. */
    private CollisionBucket(Class<?> comparableClass) {
        this.comparableClass = comparableClass;
        this.tree = comparableClass == null ? null : new TreeMap<>();
        this.flat = new Object[4];
    }

    private CollisionBucket(CollisionBucket source) {
        comparableClass = source.comparableClass;
        if (source.tree == null) {
            tree = null;
        } else {
            // The sorted copy is built in O(k); the groups hold values, so each is copied too.
            tree = new TreeMap<>(source.tree);
            tree.replaceAll((k, group) -> group.clone());
        }
        flat = source.flat.clone();
        flatSize = source.flatSize;
        size = source.size;
        shrunk = source.shrunk;
    }

    /**
     * Creates a bucket for {@code keys} (stored keys, all with one hash code), whose tree takes the
     * class of the first of them that is comparable to itself, if any.
     */
    static CollisionBucket forKeys(Object[] keys, int count) {
        Class<?> c = null;
        for (int i = 0; i < count && c == null; i++) {
            c = comparableClassFor(keys[i]);
        }
        return new CollisionBucket(c);
    }

    /** Returns an independent copy, with copies of every mutable part. O(k). */
    CollisionBucket copy() {
        return new CollisionBucket(this);
    }

    /** The number of keys. */
    int size() {
        return size;
    }

    /**
     * Returns {@code x}'s class if it is {@code String} or implements {@code Comparable} of itself
     * directly (so that {@code compareTo} between two keys of that class is defined), or null. The
     * same test {@code HashMap}'s tree bins use.
     */
    static Class<?> comparableClassFor(Object x) {
        if (!(x instanceof Comparable)) {
            return null;
        }
        Class<?> c = x.getClass();
        if (c == String.class) {
            return c;
        }
        for (Type t : c.getGenericInterfaces()) {
            if (t instanceof ParameterizedType p && p.getRawType() == Comparable.class) {
                Type[] args = p.getActualTypeArguments();
                if (args.length == 1 && args[0] == c) {
                    return c;
                }
            }
        }
        return null;
    }

    private boolean inTree(Object k) {
        return comparableClass != null && k.getClass() == comparableClass;
    }

    /** Returns the index of {@code k} in {@code pairs[0, 2 * n)} (a key position), or -1. */
    private static int indexIn(Object[] pairs, int n, Object k) {
        for (int i = 0; i < 2 * n; i += 2) {
            Object x = pairs[i];
            if (x == k || k.equals(x)) {
                return i;
            }
        }
        return -1;
    }

    /** Returns whether {@code k} is here. */
    boolean containsKey(Object k) {
        return get(k) != ABSENT;
    }

    /** Returns the value of {@code k}, or {@link #ABSENT}. */
    Object get(Object k) {
        if (inTree(k)) {
            Object[] group = tree.get(k);
            if (group == null) {
                return ABSENT;
            }
            int i = indexIn(group, group.length / 2, k);
            return i < 0 ? ABSENT : group[i + 1];
        }
        int i = indexIn(flat, flatSize, k);
        return i < 0 ? ABSENT : flat[i + 1];
    }

    /**
     * Maps {@code k} to {@code v}: replaces the value if {@code k} is here (unless {@code
     * onlyIfNull} and the value is not null), else adds the pair.
     *
     * @return the previous value, or {@link #ABSENT} if the pair was added
     */
    Object put(Object k, Object v, boolean onlyIfNull) {
        if (inTree(k)) {
            Object[] group = tree.get(k);
            if (group == null) {
                tree.put(k, new Object[] {k, v});
                size++;
                return ABSENT;
            }
            int i = indexIn(group, group.length / 2, k);
            if (i >= 0) {
                Object old = group[i + 1];
                if (!onlyIfNull || old == null) {
                    group[i + 1] = v;
                }
                return old;
            }
            Object[] grown = Arrays.copyOf(group, group.length + 2);
            grown[group.length] = k;
            grown[group.length + 1] = v;
            tree.put(k, grown);
            size++;
            return ABSENT;
        }
        int i = indexIn(flat, flatSize, k);
        if (i >= 0) {
            Object old = flat[i + 1];
            if (!onlyIfNull || old == null) {
                flat[i + 1] = v;
            }
            return old;
        }
        if (2 * flatSize == flat.length) {
            flat = Arrays.copyOf(flat, 2 * flat.length);
        }
        flat[2 * flatSize] = k;
        flat[2 * flatSize + 1] = v;
        flatSize++;
        size++;
        return ABSENT;
    }

    /**
     * Removes {@code k}.
     *
     * @return its value, or {@link #ABSENT} if it was not here
     */
    Object remove(Object k) {
        if (inTree(k)) {
            Object[] group = tree.get(k);
            if (group == null) {
                return ABSENT;
            }
            int i = indexIn(group, group.length / 2, k);
            if (i < 0) {
                return ABSENT;
            }
            Object old = group[i + 1];
            if (group.length == 2) {
                tree.remove(k);
            } else {
                Object[] rest = new Object[group.length - 2];
                System.arraycopy(group, 0, rest, 0, i);
                System.arraycopy(group, i + 2, rest, i, group.length - i - 2);
                if (i == 0) {
                    // Re-keyed under a remaining member: the tree never holds a key that left.
                    tree.remove(k);
                }
                // Replacing a value keeps the tree's key, which is rest[0] when i > 0.
                tree.put(rest[0], rest);
            }
            size--;
            shrunk = true;
            return old;
        }
        int i = indexIn(flat, flatSize, k);
        if (i < 0) {
            return ABSENT;
        }
        Object old = flat[i + 1];
        System.arraycopy(flat, i + 2, flat, i, 2 * flatSize - i - 2);
        flatSize--;
        flat[2 * flatSize] = null;
        flat[2 * flatSize + 1] = null;
        size--;
        shrunk = true;
        return old;
    }

    /**
     * Returns the keys in the bucket's order (the tree's, then the flat array's), in a new array.
     * The order depends only on the operations applied, so a copy lists its keys like its source.
     */
    Object[] keys() {
        Object[] out = new Object[size];
        int n = 0;
        if (tree != null) {
            for (Object[] group : tree.values()) {
                for (int i = 0; i < group.length; i += 2) {
                    out[n++] = group[i];
                }
            }
        }
        for (int i = 0; i < 2 * flatSize; i += 2) {
            out[n++] = flat[i];
        }
        return out;
    }

    /**
     * Returns the keys and values as {@code [k0, v0, k1, v1, ...]}, in the order of {@link
     * #keys()}.
     */
    Object[] pairs() {
        Object[] out = new Object[2 * size];
        int n = 0;
        if (tree != null) {
            for (Object[] group : tree.values()) {
                System.arraycopy(group, 0, out, n, group.length);
                n += group.length;
            }
        }
        System.arraycopy(flat, 0, out, n, 2 * flatSize);
        return out;
    }

    /**
     * Checks the bucket's own structure: sizes, the tree's key classes, groups of keys that compare
     * equal and are pairwise unequal, no key twice.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    void checkInvariants() {
        int n = flatSize;
        if (tree != null) {
            for (Map.Entry<Object, Object[]> e : tree.entrySet()) {
                Object[] group = e.getValue();
                check(group.length >= 2 && group.length % 2 == 0, "malformed group");
                check(group[0] == e.getKey(), "a group is keyed by its first key");
                for (int i = 0; i < group.length; i += 2) {
                    check(group[i].getClass() == comparableClass, "tree key of another class");
                    check(
                            ((Comparable) group[i]).compareTo(group[0]) == 0,
                            "group of unequal keys");
                    check(indexIn(group, i / 2, group[i]) < 0, "key twice in a group");
                }
                n += group.length / 2;
            }
        }
        check(n == size, "bucket size " + size + " but " + n + " keys");
        for (int i = 0; i < 2 * flatSize; i += 2) {
            check(!inTree(flat[i]), "flat key of the tree's class");
            check(indexIn(flat, i / 2, flat[i]) < 0, "key twice in the flat array");
        }
        for (int i = 2 * flatSize; i < flat.length; i++) {
            check(flat[i] == null, "stale pair beyond the flat array's size");
        }
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    @Override
    public String toString() {
        return "CollisionBucket["
                + size
                + " keys"
                + (comparableClass == null ? "" : ", tree of " + comparableClass.getSimpleName())
                + "]";
    }
}
