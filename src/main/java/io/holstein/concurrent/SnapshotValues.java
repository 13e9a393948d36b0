package io.holstein.concurrent;

import io.holstein.map.PersistentHashMap;
import java.util.Map.Entry;
import java.util.Objects;
import java.util.Spliterator;

/**
 * The live values of a {@link SnapshotHashMap}: {@code contains} reads the current version;
 * {@code remove(v)} removes one key that maps to {@code v}, atomically.
 */
final class SnapshotValues<K, V> extends SnapshotView<K, V, V> {

    SnapshotValues(SnapshotHashMap<K, V> map) {
        super(map, SnapshotMapIterator.Kind.VALUES, Spliterator.NONNULL);
    }

    @Override
    public boolean contains(Object o) {
        return map.containsValue(o);
    }

    /**
     * Finds a key mapping to {@code o} in the current version and removes it if it still maps to
     * {@code o}; starts over if a write changed that key in between. O(n) per attempt.
     */
    @Override
    public boolean remove(Object o) {
        Objects.requireNonNull(o);
        while (true) {
            PersistentHashMap<K, V> version = map.snapshot();
            K found = null;
            for (Entry<K, V> e : version.entrySet()) {
                if (e.getValue().equals(o)) {
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
