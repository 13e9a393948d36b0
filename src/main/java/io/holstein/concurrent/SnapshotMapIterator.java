package io.holstein.concurrent;

import io.holstein.internal.IterationKind;
import java.util.Iterator;
import java.util.Map;
import java.util.Map.Entry;

/**
 * An iterator of a snapshot map's view: it walks the version that was current when it was created,
 * so it never throws {@link java.util.ConcurrentModificationException} and never sees part of a
 * later write; {@link #remove()} removes the last key from the live map.
 */
final class SnapshotMapIterator<K, V, T> implements Iterator<T> {

    private final SnapshotSource<K, V> source;
    private final IterationKind kind;
    private final Iterator<Entry<K, V>> entries;
    private K last;

    SnapshotMapIterator(SnapshotSource<K, V> source, Map<K, V> version, IterationKind kind) {
        this.source = source;
        this.kind = kind;
        this.entries = version.entrySet().iterator();
    }

    @Override
    public boolean hasNext() {
        return entries.hasNext();
    }

    @Override
    @SuppressWarnings("unchecked")
    public T next() {
        Entry<K, V> e = entries.next();
        last = e.getKey();
        return (T)
                switch (kind) {
                    case KEYS -> e.getKey();
                    case VALUES -> e.getValue();
                    case ENTRIES -> new SnapshotEntry<>(source.map(), e.getKey(), e.getValue());
                };
    }

    /**
     * Removes the last returned key from the live map, whatever it maps to now, as {@code
     * ConcurrentHashMap}'s iterators do.
     */
    @Override
    public void remove() {
        if (last == null) {
            throw new IllegalStateException(
                    "no key to remove: next() not called, or remove() called after it");
        }
        source.removeKey(last);
        last = null;
    }
}
