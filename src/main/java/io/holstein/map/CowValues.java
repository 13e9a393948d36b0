package io.holstein.map;

import io.holstein.internal.IterationKind;
import java.util.AbstractCollection;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.function.Consumer;

/**
 * The values view of a {@link CowHashMap}, with the behaviour of {@code HashMap}'s: backed by the
 * map, removing but not adding. It holds the map, never its arrays.
 */
final class CowValues<K, V> extends AbstractCollection<V> {

    private final CowHashMap<K, V> map;

    CowValues(CowHashMap<K, V> map) {
        this.map = map;
    }

    @Override
    public int size() {
        return map.size;
    }

    @Override
    public void clear() {
        map.clear();
    }

    @Override
    public Iterator<V> iterator() {
        return new CowHashIterator<>(map, IterationKind.VALUES);
    }

    @Override
    public boolean contains(Object o) {
        return map.containsValue(o);
    }

    @Override
    public Spliterator<V> spliterator() {
        return new CowHashSpliterator<>(map, IterationKind.VALUES, 0, -1, 0, 0);
    }

    @Override
    public Object[] toArray() {
        return map.fillArray(IterationKind.VALUES, new Object[map.size]);
    }

    @Override
    public <T> T[] toArray(T[] a) {
        return map.fillArray(IterationKind.VALUES, map.prepareArray(a));
    }

    @Override
    @SuppressWarnings("unchecked")
    public void forEach(Consumer<? super V> action) {
        map.forEachElement(IterationKind.VALUES, (Consumer<Object>) action);
    }
}
