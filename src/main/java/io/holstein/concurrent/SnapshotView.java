package io.holstein.concurrent;

import io.holstein.internal.IterationKind;
import io.holstein.map.PersistentHashMap;
import java.util.AbstractCollection;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map.Entry;
import java.util.Objects;
import java.util.Spliterator;
import java.util.function.Predicate;

/**
 * What the three views of a {@link SnapshotHashMap} share: size, emptiness and clearing go to the
 * live map; {@code contains} reads the current version, and iteration, {@code containsAll}, {@code
 * toArray} and {@code toString} walk one version, taken when they start; the bulk removals are each
 * one atomic {@link SnapshotHashMap#update}.
 */
abstract class SnapshotView<K, V, T> extends AbstractCollection<T> {

    final SnapshotHashMap<K, V> map;
    private final IterationKind kind;

    SnapshotView(SnapshotHashMap<K, V> map, IterationKind kind) {
        this.map = map;
        this.kind = kind;
    }

    /** Whether {@code version} holds {@code o} as an element of this view. */
    abstract boolean containsIn(PersistentHashMap<K, V> version, Object o);

    /** A spliterator of {@code version}'s elements of this view. */
    abstract Spliterator<T> spliteratorOf(PersistentHashMap<K, V> version);

    @Override
    public final boolean contains(Object o) {
        return containsIn(map.snapshot(), o);
    }

    /** Tests every element of {@code c} against one version, so the answer is never a mix. */
    @Override
    public final boolean containsAll(Collection<?> c) {
        PersistentHashMap<K, V> version = map.snapshot();
        for (Object o : c) {
            if (!containsIn(version, o)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public final Iterator<T> iterator() {
        return new SnapshotMapIterator<>(map, map.snapshot(), kind);
    }

    /** Splits the version current at the call; see the subclasses for how. */
    @Override
    public final Spliterator<T> spliterator() {
        return spliteratorOf(map.snapshot());
    }

    /**
     * Removes every element that matches {@code filter}, in one atomic {@link
     * SnapshotHashMap#update}: the predicate sees the elements of one version and every match
     * leaves the map at once. If another write overtakes the attempt, the predicate runs again on
     * the newer version, so it should be free of side effects, and it must not write the map (the
     * update would never terminate).
     */
    @Override
    public final boolean removeIf(Predicate<? super T> filter) {
        Objects.requireNonNull(filter);
        boolean[] removed = {false};
        map.update(
                version -> {
                    PersistentHashMap.Builder<K, V> b = null;
                    for (Entry<K, V> e : version.entrySet()) {
                        if (filter.test(element(e.getKey(), e.getValue()))) {
                            if (b == null) {
                                b = version.toBuilder();
                            }
                            b.remove(e.getKey());
                        }
                    }
                    removed[0] = b != null;
                    return b == null ? version : b.build();
                });
        return removed[0];
    }

    /** Removes every element contained in {@code c}, atomically; see {@link #removeIf}. */
    @Override
    public final boolean removeAll(Collection<?> c) {
        Objects.requireNonNull(c);
        return removeIf(c::contains);
    }

    /** Removes every element not contained in {@code c}, atomically; see {@link #removeIf}. */
    @Override
    public final boolean retainAll(Collection<?> c) {
        Objects.requireNonNull(c);
        return removeIf(e -> !c.contains(e));
    }

    @SuppressWarnings("unchecked")
    private T element(K key, V value) {
        return (T)
                switch (kind) {
                    case KEYS -> key;
                    case VALUES -> value;
                    case ENTRIES -> new SnapshotEntry<>(map, key, value);
                };
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
