package io.holstein.map;

/**
 * The keys of one {@link CowHashMap} that share one full hash code, with their values, kept in one
 * table slot once more than {@link CowHashMap#BUCKET_THRESHOLD} of them collide: the defence
 * against hash flooding.
 *
 * <p>The mappings are a {@link CollisionMappings}, the structure under {@link PersistentHashMap}'s
 * collision nodes, so that both maps follow one rule: while the keys are more than {@link
 * CollisionMappings#FLAT_MAX} and all of one class {@code Comparable} to itself, a tree ordered by
 * {@code compareTo} (O(log k) per operation); otherwise a flat array searched by {@code equals}
 * (O(k)); a key of another class than the tree's is searched for by {@code equals} over every key,
 * since it may equal one of them.
 *
 * <p>The mappings are immutable and each write replaces them, so {@link #copy()}, which the first
 * write after a fork makes of every bucket, costs O(1) and shares them. Keys here are the map's
 * stored keys, with {@code null} already replaced by its stand-in.
 */
final class CollisionBucket {

    private CollisionMappings mappings;

    /** Whether a key was removed since the bucket was made or last copied into a rebuilt table. */
    boolean shrunk;

    private CollisionBucket(CollisionMappings mappings, boolean shrunk) {
        this.mappings = mappings;
        this.shrunk = shrunk;
    }

    /**
     * Creates a bucket of {@code pairs}, {@code [k0, v0, k1, v1, ...]} of distinct stored keys with
     * one hash code, which it takes over.
     */
    static CollisionBucket of(Object[] pairs) {
        return new CollisionBucket(CollisionMappings.of(pairs), false);
    }

    /** Returns an independent copy, sharing the immutable mappings. O(1). */
    CollisionBucket copy() {
        return new CollisionBucket(mappings, shrunk);
    }

    /** The number of keys. */
    int size() {
        return mappings.size();
    }

    /** Whether the keys are ordered in a tree, for tests. */
    boolean isTree() {
        return mappings.isTree();
    }

    /** Returns whether {@code k} is here. */
    boolean containsKey(Object k) {
        return mappings.find(k) != Sentinel.NOT_FOUND;
    }

    /** Returns the value of {@code k}, or {@link Sentinel#NOT_FOUND}. */
    Object get(Object k) {
        return mappings.find(k);
    }

    /** Maps {@code k} to {@code v}: replaces the value if {@code k} is here, else adds the pair. */
    void put(Object k, Object v) {
        mappings = mappings.with(k, v);
    }

    /**
     * Removes {@code k}.
     *
     * @return its value, or {@link Sentinel#NOT_FOUND} if it was not here
     */
    Object remove(Object k) {
        Object old = mappings.find(k);
        if (old != Sentinel.NOT_FOUND) {
            mappings = mappings.without(k);
            shrunk = true;
        }
        return old;
    }

    /**
     * Returns the keys in the bucket's order, in a new array. The order depends only on the
     * operations applied, so a copy lists its keys like its source, and it changes only when a key
     * is added.
     */
    Object[] keys() {
        Object[] pairs = mappings.pairs();
        Object[] out = new Object[pairs.length / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = pairs[2 * i];
        }
        return out;
    }

    /**
     * Returns the keys and values as {@code [k0, v0, k1, v1, ...]}, in the order of {@link
     * #keys()}, in an array that must not be written.
     */
    Object[] pairs() {
        return mappings.pairs();
    }

    /** Checks the mappings' structure. */
    void checkInvariants() {
        mappings.checkInvariants();
    }

    @Override
    public String toString() {
        return "CollisionBucket[" + mappings + "]";
    }
}
