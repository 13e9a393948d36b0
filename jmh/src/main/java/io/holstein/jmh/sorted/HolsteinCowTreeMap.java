package io.holstein.jmh.sorted;

import io.holstein.sorted.CowTreeMap;
import io.holstein.sorted.CowTreeSet;
import java.util.NavigableMap;

/**
 * Holstein's mutable {@code CowTreeMap} and {@code CowTreeSet}, for the sorted benchmarks (see
 * {@link SortedMapPeer}): filled in place, as {@code TreeMap} is; reads go through {@code
 * NavigableMap}. A range or a concatenation that no later write changes is a copy (a fork would
 * share all the map, not the range); a union forks one operand and adds the other.
 */
final class HolsteinCowTreeMap extends SortedMapPeer.JavaNavigableMap {

    @Override
    Object insertOneByOne(Object[] keys) {
        CowTreeMap<Object, Object> m = new CowTreeMap<>();
        for (Object k : keys) {
            m.put(k, k);
        }
        return m;
    }

    @Override
    Object build(Object[] keys) {
        return insertOneByOne(keys);
    }

    @Override
    Object subMap(Object map, Object from, Object to) {
        return new CowTreeMap<>(navigable(map).subMap(from, true, to, false));
    }

    @Override
    int rank(Object map, Object key) {
        return ((CowTreeMap<?, ?>) map).indexOfKey(key);
    }

    @Override
    @SuppressWarnings("unchecked")
    Object concat(Object lower, Object upper) {
        CowTreeMap<Object, Object> c = ((CowTreeMap<Object, Object>) lower).fork();
        c.putAll((NavigableMap<Object, Object>) upper);
        return c;
    }

    @Override
    Object setOf(Object[] keys) {
        CowTreeSet<Object> s = new CowTreeSet<>();
        for (Object k : keys) {
            s.add(k);
        }
        return s;
    }

    @Override
    @SuppressWarnings("unchecked")
    Object union(Object a, Object b) {
        CowTreeSet<Object> u = ((CowTreeSet<Object>) a).fork();
        u.addAll((CowTreeSet<Object>) b);
        return u;
    }
}
