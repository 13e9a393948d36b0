package io.holstein.map;

import io.holstein.internal.IterationKind;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Spliterator;
import java.util.function.Consumer;

/**
 * The entry set view of a {@link CowHashMap}, with the behaviour of {@code HashMap}'s: backed by
 * the map, removing but not adding; its entries write through to the map ({@link CowHashEntry}). It
 * holds the map, never its arrays.
 */
final class CowEntrySet<K, V> extends AbstractSet<Map.Entry<K, V>> {

    private final CowHashMap<K, V> map;

    CowEntrySet(CowHashMap<K, V> map) {
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
    public Iterator<Map.Entry<K, V>> iterator() {
        return new CowHashIterator<>(map, IterationKind.ENTRIES);
    }

    @Override
    public boolean contains(Object o) {
        return o instanceof Map.Entry<?, ?> e && map.containsEntry(e.getKey(), e.getValue());
    }

    @Override
    public boolean remove(Object o) {
        return o instanceof Map.Entry<?, ?> e && map.remove(e.getKey(), e.getValue());
    }

    @Override
    public Spliterator<Map.Entry<K, V>> spliterator() {
        return new CowHashSpliterator<>(map, IterationKind.ENTRIES, 0, -1, 0, 0);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void forEach(Consumer<? super Map.Entry<K, V>> action) {
        map.forEachElement(IterationKind.ENTRIES, (Consumer<Object>) action);
    }
}
