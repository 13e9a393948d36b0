package io.holstein.concurrent;

import io.holstein.internal.IterationKind;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Objects;
import java.util.Spliterator;

/**
 * The live values of a snapshot map: {@code contains} reads the current version; {@code remove(v)}
 * removes one key that maps to {@code v}, atomically.
 */
final class SnapshotValues<K, V> extends SnapshotView<K, V, V> {

    SnapshotValues(SnapshotSource<K, V> source) {
        super(source, IterationKind.VALUES);
    }

    @Override
    boolean containsIn(Map<K, V> version, Object o) {
        return version.containsValue(Objects.requireNonNull(o));
    }

    /**
     * The version's own spliterator, which splits along the trie (values need no write-through).
     */
    @Override
    Spliterator<V> spliteratorOf(Map<K, V> version) {
        return new SnapshotViewSpliterator<>(version.values().spliterator());
    }

    /**
     * Finds a key mapping to {@code o} in the current version and removes it if it still maps to
     * {@code o}; starts over if a write changed that key in between. O(n) per attempt. Returns
     * {@code false} for {@code null}, which no key maps to, as {@code ConcurrentHashMap}'s values
     * do.
     */
    @Override
    public boolean remove(Object o) {
        if (o == null) {
            return false;
        }
        while (true) {
            Map<K, V> version = source.version();
            K found = null;
            for (Entry<K, V> e : version.entrySet()) {
                if (o.equals(e.getValue())) {
                    found = e.getKey();
                    break;
                }
            }
            if (found == null) {
                return false;
            }
            if (source.map().remove(found, o)) {
                return true;
            }
        }
    }
}
