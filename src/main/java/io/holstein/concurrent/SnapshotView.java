package io.holstein.concurrent;

import io.holstein.internal.IterationKind;
import java.util.AbstractCollection;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Objects;
import java.util.Spliterator;
import java.util.function.Predicate;

/**
 * What the three views of a snapshot map share: size, emptiness and clearing go to the live map;
 * {@code contains} reads the current version, and iteration, {@code containsAll}, {@code toArray}
 * and {@code toString} walk one version, taken when they start; the bulk removals are each one
 * atomic update ({@link SnapshotSource#removeIf}).
 */
abstract class SnapshotView<K, V, T> extends AbstractCollection<T> {

    final SnapshotSource<K, V> source;
    private final IterationKind kind;

    SnapshotView(SnapshotSource<K, V> source, IterationKind kind) {
        this.source = source;
        this.kind = kind;
    }

    /** Whether {@code version} holds {@code o} as an element of this view. */
    abstract boolean containsIn(Map<K, V> version, Object o);

    /** A spliterator of {@code version}'s elements of this view. */
    abstract Spliterator<T> spliteratorOf(Map<K, V> version);

    @Override
    public final boolean contains(Object o) {
        return containsIn(source.version(), o);
    }

    /** Tests every element of {@code c} against one version, so the answer is never a mix. */
    @Override
    public final boolean containsAll(Collection<?> c) {
        Map<K, V> version = source.version();
        for (Object o : c) {
            if (!containsIn(version, o)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public final Iterator<T> iterator() {
        return new SnapshotMapIterator<>(source, source.version(), kind);
    }

    /** Splits the version current at the call; see the subclasses for how. */
    @Override
    public final Spliterator<T> spliterator() {
        return spliteratorOf(source.version());
    }

    /**
     * Removes every element that matches {@code filter}, in one atomic update: the predicate sees
     * the elements of one version and every match leaves the map at once. If another write
     * overtakes the attempt, the predicate runs again on the newer version, so it should be free of
     * side effects, and it must not write the map (the update would never terminate).
     */
    @Override
    public final boolean removeIf(Predicate<? super T> filter) {
        Objects.requireNonNull(filter);
        return source.removeIf(e -> filter.test(element(e)));
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
    private T element(Entry<K, V> e) {
        return (T)
                switch (kind) {
                    case KEYS -> e.getKey();
                    case VALUES -> e.getValue();
                    case ENTRIES -> new SnapshotEntry<>(source.map(), e.getKey(), e.getValue());
                };
    }

    @Override
    public final int size() {
        return source.map().size();
    }

    @Override
    public final boolean isEmpty() {
        return source.map().isEmpty();
    }

    @Override
    public final void clear() {
        source.map().clear();
    }
}
