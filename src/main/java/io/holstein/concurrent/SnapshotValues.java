package io.holstein.concurrent;

import io.holstein.internal.IterationKind;
import io.holstein.map.PersistentHashMap;
import java.util.Map.Entry;
import java.util.Objects;
import java.util.Spliterator;

/**
 * The live values of a {@link SnapshotHashMap}: {@code contains} reads the current version; {@code
 * remove(v)} removes one key that maps to {@code v}, atomically.
 */
final class SnapshotValues<K, V> extends SnapshotView<K, V, V> {

    SnapshotValues(SnapshotHashMap<K, V> map) {
        super(map, IterationKind.VALUES);
    }

    @Override
    boolean containsIn(PersistentHashMap<K, V> version, Object o) {
        return version.containsValue(Objects.requireNonNull(o));
    }

    /**
     * The version's own spliterator, which splits along the trie (values need no write-through).
     */
    @Override
    Spliterator<V> spliteratorOf(PersistentHashMap<K, V> version) {
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
            PersistentHashMap<K, V> version = map.snapshot();
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
            if (map.remove(found, o)) {
                return true;
            }
        }
    }
}
