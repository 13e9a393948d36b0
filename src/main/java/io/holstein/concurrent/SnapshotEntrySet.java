package io.holstein.concurrent;

import java.util.Map;
import java.util.Map.Entry;
import java.util.Set;
import java.util.Spliterator;

/**
 * The live entry set of a {@link SnapshotHashMap}: {@code contains} and {@code remove} go to the
 * map ({@code remove} only if the key still maps to the entry's value); {@code equals} and
 * {@code hashCode} read one version.
 */
final class SnapshotEntrySet<K, V> extends SnapshotView<K, V, Entry<K, V>> implements Set<Entry<K, V>> {

    SnapshotEntrySet(SnapshotHashMap<K, V> map) {
        super(map, SnapshotMapIterator.Kind.ENTRIES, Spliterator.DISTINCT | Spliterator.NONNULL);
    }

    @Override
    public boolean contains(Object o) {
        if (!(o instanceof Map.Entry<?, ?> e) || e.getKey() == null) {
            return false;
        }
        Object v = map.get(e.getKey());
        return v != null && v.equals(e.getValue());
    }

    @Override
    public boolean remove(Object o) {
        return o instanceof Map.Entry<?, ?> e && e.getKey() != null && map.remove(e.getKey(), e.getValue());
    }

    @Override
    public boolean equals(Object o) {
        return o == this || map.snapshot().entrySet().equals(o);
    }

    @Override
    public int hashCode() {
        return map.snapshot().entrySet().hashCode();
    }
}
