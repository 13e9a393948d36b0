package io.holstein.concurrent;

import io.holstein.internal.IterationKind;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;

/**
 * The live entry set of a snapshot map: {@code contains} reads the current version, {@code remove}
 * goes to the map (only if the key still maps to the entry's value); {@code equals} and {@code
 * hashCode} read one version.
 */
final class SnapshotEntrySet<K, V> extends SnapshotView<K, V, Entry<K, V>>
        implements Set<Entry<K, V>> {

    SnapshotEntrySet(SnapshotSource<K, V> source) {
        super(source, IterationKind.ENTRIES);
    }

    @Override
    boolean containsIn(Map<K, V> version, Object o) {
        if (!(o instanceof Map.Entry<?, ?> e) || e.getKey() == null) {
            return false;
        }
        Object v = version.get(e.getKey());
        return v != null
                ? v.equals(e.getValue())
                : e.getValue() == null && version.containsKey(e.getKey());
    }

    /**
     * Splits a batch at a time off an iterator of {@code version}, whose size it reports exactly.
     * Not the version's own spliterator: its entries are immutable, while this view's entries must
     * write {@code setValue} through to the map, and only the iterator makes those.
     */
    @Override
    Spliterator<Entry<K, V>> spliteratorOf(Map<K, V> version) {
        return Spliterators.spliterator(
                new SnapshotMapIterator<>(source, version, IterationKind.ENTRIES),
                version.size(),
                Spliterator.DISTINCT | Spliterator.NONNULL);
    }

    @Override
    public boolean remove(Object o) {
        return o instanceof Map.Entry<?, ?> e
                && e.getKey() != null
                && source.map().remove(e.getKey(), e.getValue());
    }

    @Override
    public boolean equals(Object o) {
        return o == this || source.version().entrySet().equals(o);
    }

    @Override
    public int hashCode() {
        return source.version().entrySet().hashCode();
    }
}
