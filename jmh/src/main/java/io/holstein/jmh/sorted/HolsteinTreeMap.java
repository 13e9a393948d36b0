package io.holstein.jmh.sorted;

import io.holstein.sorted.PersistentTreeMap;
import io.holstein.sorted.PersistentTreeSet;

/**
 * Holstein's B+-tree {@code PersistentTreeMap}, its builder and {@code PersistentTreeSet}, for the
 * sorted benchmarks (see {@link SortedMapPeer}); reads and {@code subMap} go through {@code
 * NavigableMap}, which it implements.
 */
final class HolsteinTreeMap extends SortedMapPeer.JavaNavigableMap {

    @Override
    Object insertOneByOne(Object[] keys) {
        PersistentTreeMap<Object, Object> m = PersistentTreeMap.empty();
        for (Object k : keys) {
            m = m.with(k, k);
        }
        return m;
    }

    @Override
    Object build(Object[] keys) {
        PersistentTreeMap.Builder<Object, Object> b = PersistentTreeMap.builder();
        for (Object k : keys) {
            b.put(k, k);
        }
        return b.build();
    }

    @Override
    Object without(Object map, Object key) {
        return map(map).without(key);
    }

    @Override
    Object with(Object map, Object key, Object value) {
        return map(map).with(key, value);
    }

    @Override
    int rank(Object map, Object key) {
        return map(map).indexOfKey(key);
    }

    @Override
    Object concat(Object lower, Object upper) {
        return map(lower).concat(map(upper));
    }

    @Override
    Object setOf(Object[] keys) {
        PersistentTreeSet<Object> s = PersistentTreeSet.empty();
        for (Object k : keys) {
            s = s.with(k);
        }
        return s;
    }

    @Override
    @SuppressWarnings("unchecked")
    Object union(Object a, Object b) {
        return ((PersistentTreeSet<Object>) a).union((PersistentTreeSet<Object>) b);
    }

    @SuppressWarnings("unchecked")
    private static PersistentTreeMap<Object, Object> map(Object o) {
        return (PersistentTreeMap<Object, Object>) o;
    }
}
