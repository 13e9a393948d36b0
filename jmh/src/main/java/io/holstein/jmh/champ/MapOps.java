package io.holstein.jmh.champ;

/**
 * One map implementation seen through the operations the CHAMP benchmarks measure, so that one
 * benchmark method serves every implementation. A trial uses one implementation, so each call site
 * stays monomorphic and the JIT inlines the implementation's own methods.
 *
 * <p>Maps are {@code Object}s here because the peers share no interface beyond what each operation
 * needs; every implementation casts back to its own type.
 */
abstract class MapOps {

    /** A map of {@code keys[i] -> keys[i]}, built by inserting one key at a time into versions. */
    abstract Object insertOneByOne(Object[] keys);

    /** The same map built with the implementation's builder or transient (or mutable fill). */
    Object buildWithBuilder(Object[] keys) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " has no builder");
    }

    /** The value of {@code key}, or {@code null}. */
    abstract Object get(Object map, Object key);

    /** The map without {@code key}. */
    Object without(Object map, Object key) {
        throw new UnsupportedOperationException(
                getClass().getSimpleName() + " has no persistent remove");
    }

    /** The map with {@code key -> value}. */
    Object with(Object map, Object key, Object value) {
        throw new UnsupportedOperationException(
                getClass().getSimpleName() + " has no persistent put");
    }

    /** Visits every mapping; returns a sum of the values so the traversal cannot be dropped. */
    abstract long iterate(Object map);

    /** Whether the two maps are equal, by the implementation's own {@code equals}. */
    boolean equal(Object a, Object b) {
        return a.equals(b);
    }

    /** The union of two maps, the second's mappings winning, by the implementation's best means. */
    abstract Object union(Object a, Object b);
}
