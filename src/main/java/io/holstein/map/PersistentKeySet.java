package io.holstein.map;

import io.holstein.internal.IterationKind;
import io.holstein.internal.ReadOnlySet;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.function.Consumer;

/** The read-only key set of a {@link PersistentHashMap}: O(1) to create, reads the map's trie. */
final class PersistentKeySet<K> extends ReadOnlySet<K> {

    private final PersistentHashMap<K, ?> map;

    PersistentKeySet(PersistentHashMap<K, ?> map) {
        this.map = map;
    }

    @Override
    public Iterator<K> iterator() {
        return new ChampIterator<>(IterationKind.KEYS, map.root());
    }

    @Override
    public Spliterator<K> spliterator() {
        return new ChampSpliterator<>(IterationKind.KEYS, map.root(), Spliterator.DISTINCT);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void forEach(Consumer<? super K> action) {
        map.root().forEach((k, v) -> action.accept((K) k));
    }

    @Override
    public int size() {
        return map.size();
    }

    @Override
    public boolean contains(Object o) {
        return map.containsKey(o);
    }
}
