package io.holstein.map;

import io.holstein.internal.IterationKind;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.function.Consumer;

/**
 * The key set view of a {@link CowHashMap}, with the behaviour of {@code HashMap}'s: backed by the
 * map, removing but not adding. It holds the map, never its arrays.
 */
final class CowKeySet<K, V> extends AbstractSet<K> {

    private final CowHashMap<K, V> map;

    CowKeySet(CowHashMap<K, V> map) {
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
    public Iterator<K> iterator() {
        return new CowHashIterator<>(map, IterationKind.KEYS);
    }

    @Override
    public boolean contains(Object o) {
        return map.containsKey(o);
    }

    @Override
    public boolean remove(Object o) {
        return map.removeKey(o);
    }

    @Override
    public Spliterator<K> spliterator() {
        return new CowHashSpliterator<>(map, IterationKind.KEYS, 0, -1, 0, 0);
    }

    @Override
    public Object[] toArray() {
        return map.fillArray(IterationKind.KEYS, new Object[map.size]);
    }

    @Override
    public <T> T[] toArray(T[] a) {
        return map.fillArray(IterationKind.KEYS, map.prepareArray(a));
    }

    @Override
    @SuppressWarnings("unchecked")
    public void forEach(Consumer<? super K> action) {
        map.forEachElement(IterationKind.KEYS, (Consumer<Object>) action);
    }
}
