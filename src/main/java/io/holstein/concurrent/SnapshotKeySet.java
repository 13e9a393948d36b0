package io.holstein.concurrent;

import io.holstein.internal.IterationKind;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;

/**
 * The live key set of a snapshot map: {@code remove} goes to the map; {@code equals} and {@code
 * hashCode} read one version. {@link SnapshotTreeKeySet} adds a sorted map's navigation.
 */
class SnapshotKeySet<K, V> extends SnapshotView<K, V, K> implements Set<K> {

    SnapshotKeySet(SnapshotSource<K, V> source) {
        super(source, IterationKind.KEYS);
    }

    @Override
    final boolean containsIn(Map<K, V> version, Object o) {
        return version.containsKey(Objects.requireNonNull(o));
    }

    /** The version's own spliterator, which splits along its nodes (keys need no write-through). */
    @Override
    final Spliterator<K> spliteratorOf(Map<K, V> version) {
        return new SnapshotViewSpliterator<>(version.keySet().spliterator());
    }

    @Override
    public final boolean remove(Object o) {
        return source.removeKey(Objects.requireNonNull(o));
    }

    @Override
    public final boolean equals(Object o) {
        return o == this || source.version().keySet().equals(o);
    }

    @Override
    public final int hashCode() {
        return source.version().keySet().hashCode();
    }
}
