package io.holstein.map;

import java.util.AbstractCollection;
import java.util.Collection;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** The read-only values of a {@link PersistentHashMap}: O(1) to create, reads the map's trie. */
final class PersistentValues<V> extends AbstractCollection<V> {

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

    @Override
    public boolean add(V e) {
        throw ReadOnlySet.readOnly();
    }

    @Override
    public boolean addAll(Collection<? extends V> c) {
        throw ReadOnlySet.readOnly();
    }

    @Override
    public boolean remove(Object o) {
        throw ReadOnlySet.readOnly();
    }

    @Override
    public boolean removeAll(Collection<?> c) {
        throw ReadOnlySet.readOnly();
    }

    @Override
    public boolean retainAll(Collection<?> c) {
        throw ReadOnlySet.readOnly();
    }

    @Override
    public boolean removeIf(Predicate<? super V> filter) {
        throw ReadOnlySet.readOnly();
    }

    @Override
    public void clear() {
        throw ReadOnlySet.readOnly();
    }
}
