package io.holstein.concurrent;

import io.holstein.map.PersistentHashMap;
import java.util.AbstractCollection;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Map.Entry;
import java.util.Objects;
import java.util.Spliterators;
import java.util.function.Predicate;

/**
 * What the three views of a {@link SnapshotHashMap} share: size, emptiness and clearing go to the
 * live map; iteration, {@code toArray} and {@code toString} walk one version, taken when they
 * start.
 */
abstract class SnapshotView<K, V, T> extends AbstractCollection<T> {

    final SnapshotHashMap<K, V> map;
    private final SnapshotMapIterator.Kind kind;
    private final int characteristics;

    SnapshotView(SnapshotHashMap<K, V> map, SnapshotMapIterator.Kind kind, int characteristics) {
        this.map = map;
        this.kind = kind;
        this.characteristics = characteristics;
    }

    @Override
    public final Iterator<T> iterator() {
        return new SnapshotMapIterator<>(map, map.snapshot(), kind);
    }

    /** Splits a batch at a time off an iterator of one version, whose size it reports exactly. */
    @Override
    public final Spliterator<T> spliterator() {
        PersistentHashMap<K, V> version = map.snapshot();
        return Spliterators.spliterator(new SnapshotMapIterator<>(map, version, kind), version.size(), characteristics);
    }

    /**
     * Tests the elements of one version and removes from the live map each one that matches:
     * a key whatever it maps to now, a value or an entry only if its key still maps to that value
     * (as {@code ConcurrentHashMap}'s views do). Each removal is atomic; the whole is not.
     */
    @Override
    @SuppressWarnings("unchecked")
    public final boolean removeIf(Predicate<? super T> filter) {
        Objects.requireNonNull(filter);
        boolean removed = false;
        for (Entry<K, V> e : map.snapshot().entrySet()) {
            K k = e.getKey();
            V v = e.getValue();
            T element = (T) switch (kind) {
                case KEYS -> k;
                case VALUES -> v;
                case ENTRIES -> new SnapshotEntry<>(map, k, v);
            };
            if (filter.test(element)) {
                removed |= kind == SnapshotMapIterator.Kind.KEYS ? map.remove(k) != null : map.remove(k, v);
            }
        }
        return removed;
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
