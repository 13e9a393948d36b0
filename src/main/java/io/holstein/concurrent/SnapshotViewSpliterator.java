package io.holstein.concurrent;

import java.util.Comparator;
import java.util.Spliterator;
import java.util.function.Consumer;

/**
 * A version's own spliterator, which splits along its nodes, as a live view of a snapshot map
 * reports it: not {@code IMMUTABLE}, since the view's source, the map, can be written (the version
 * walked cannot, so the walk is unaffected), and {@code NONNULL}, as the map holds no null key or
 * value.
 */
final class SnapshotViewSpliterator<T> implements Spliterator<T> {

    private final Spliterator<T> version;

    SnapshotViewSpliterator(Spliterator<T> version) {
        this.version = version;
    }

    @Override
    public boolean tryAdvance(Consumer<? super T> action) {
        return version.tryAdvance(action);
    }

    @Override
    public void forEachRemaining(Consumer<? super T> action) {
        version.forEachRemaining(action);
    }

    @Override
    public Spliterator<T> trySplit() {
        Spliterator<T> prefix = version.trySplit();
        return prefix == null ? null : new SnapshotViewSpliterator<>(prefix);
    }

    @Override
    public long estimateSize() {
        return version.estimateSize();
    }

    @Override
    public Comparator<? super T> getComparator() {
        return version.getComparator();
    }

    @Override
    public int characteristics() {
        return (version.characteristics() & ~IMMUTABLE) | NONNULL;
    }
}
