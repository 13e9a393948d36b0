package io.holstein.concurrent;

import io.holstein.internal.IterationKind;
import io.holstein.map.PersistentHashMap;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;

/**
 * The live key set of a {@link SnapshotHashMap}: {@code remove} goes to the map; {@code equals} and
 * {@code hashCode} read one version.
 */
final class SnapshotKeySet<K, V> extends SnapshotView<K, V, K> implements Set<K> {

    SnapshotKeySet(SnapshotHashMap<K, V> map) {
        super(map, IterationKind.KEYS);
    }

    @Override
    boolean containsIn(PersistentHashMap<K, V> version, Object o) {
        return version.containsKey(Objects.requireNonNull(o));
    }

    /** The version's own spliterator, which splits along the trie (keys need no write-through). */
    @Override
    Spliterator<K> spliteratorOf(PersistentHashMap<K, V> version) {
        return new SnapshotViewSpliterator<>(version.keySet().spliterator());
    }

    @Override
    public boolean remove(Object o) {
        return map.removeKey(o);
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
