package io.holstein.concurrent;

import java.util.Set;
import java.util.Spliterator;

/**
 * The live key set of a {@link SnapshotHashMap}: {@code contains} and {@code remove} go to the
 * map; {@code equals} and {@code hashCode} read one version.
 */
final class SnapshotKeySet<K, V> extends SnapshotView<K, V, K> implements Set<K> {

    SnapshotKeySet(SnapshotHashMap<K, V> map) {
        super(map, SnapshotMapIterator.Kind.KEYS, Spliterator.DISTINCT | Spliterator.NONNULL);
    }

    @Override
    public boolean contains(Object o) {
        return map.containsKey(o);
    }

    @Override
    public boolean remove(Object o) {
        return map.remove(o) != null;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || map.snapshot().keySet().equals(o);
    }

    @Override
    public int hashCode() {
        return map.snapshot().keySet().hashCode();
    }
}
