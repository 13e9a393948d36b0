package io.holstein.map;

import io.holstein.internal.IterationKind;
import io.holstein.internal.ReadOnlySet;
import java.util.Iterator;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Objects;
import java.util.Spliterator;

/**
 * The read-only entry set of a {@link PersistentHashMap}: O(1) to create, reads the map's trie. Its
 * entries are immutable snapshots ({@code setValue} throws).
 */
final class PersistentEntrySet<K, V> extends ReadOnlySet<Map.Entry<K, V>> {

    private final PersistentHashMap<K, V> map;

    PersistentEntrySet(PersistentHashMap<K, V> map) {
        this.map = map;
    }

    @Override
    public Iterator<Entry<K, V>> iterator() {
        return new ChampIterator<>(IterationKind.ENTRIES, map.root());
    }

    @Override
    public Spliterator<Entry<K, V>> spliterator() {
        return new ChampSpliterator<>(
                IterationKind.ENTRIES, map.root(), Spliterator.DISTINCT | Spliterator.NONNULL);
    }

    @Override
    public int size() {
        return map.size();
    }

    @Override
    public boolean contains(Object o) {
        if (!(o instanceof Entry<?, ?> e)) {
            return false;
        }
        Object v = map.root().find(e.getKey(), ChampNode.spread(e.getKey()), 0);
        return v != Sentinel.NOT_FOUND && Objects.equals(v, e.getValue());
    }
}
