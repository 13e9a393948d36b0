package io.holstein.map;

import io.holstein.internal.IterationKind;
import io.holstein.internal.ReadOnlyCollection;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.function.Consumer;

/** The read-only values of a {@link PersistentHashMap}: O(1) to create, reads the map's trie. */
final class PersistentValues<V> extends ReadOnlyCollection<V> {

    private final PersistentHashMap<?, V> map;

    PersistentValues(PersistentHashMap<?, V> map) {
        this.map = map;
    }

    @Override
    public Iterator<V> iterator() {
        return new ChampIterator<>(IterationKind.VALUES, map.root());
    }

    @Override
    public Spliterator<V> spliterator() {
        return new ChampSpliterator<>(IterationKind.VALUES, map.root(), 0);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void forEach(Consumer<? super V> action) {
        map.root().forEach((k, v) -> action.accept((V) v));
    }

    @Override
    public int size() {
        return map.size();
    }

    @Override
    public boolean contains(Object o) {
        return map.containsValue(o);
    }
}
