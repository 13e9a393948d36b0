package io.holstein.concurrent;

import io.holstein.map.PersistentHashMap;
import java.util.AbstractCollection;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;

/**
 * What the three views of a {@link SnapshotHashMap} share: size, emptiness and clearing go to the
 * live map; iteration, {@code toArray} and {@code toString} walk one version, taken when they
 * start.
 */
abstract class SnapshotView<K, V, T> extends AbstractCollection<T> {

    final SnapshotHashMap<K, V> map;
    private final SnapshotIterator.Kind kind;
    private final int characteristics;

    SnapshotView(SnapshotHashMap<K, V> map, SnapshotIterator.Kind kind, int characteristics) {
        this.map = map;
        this.kind = kind;
        this.characteristics = characteristics;
    }

    @Override
    public final Iterator<T> iterator() {
        return new SnapshotIterator<>(map, map.snapshot(), kind);
    }

    /** Splits a batch at a time off an iterator of one version, whose size it reports exactly. */
    @Override
    public final Spliterator<T> spliterator() {
        PersistentHashMap<K, V> version = map.snapshot();
        return Spliterators.spliterator(new SnapshotIterator<>(map, version, kind), version.size(), characteristics);
    }

    @Override
    public final int size() {
        return map.size();
    }

    @Override
    public final boolean isEmpty() {
        return map.isEmpty();
    }

    @Override
    public final void clear() {
        map.clear();
    }
}
