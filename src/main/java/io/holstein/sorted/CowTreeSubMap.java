package io.holstein.sorted;

import io.holstein.internal.KeyRange;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.AbstractMap;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A live view of the mappings of a {@link KeyRange} of a {@link CowTreeMap}, in the range's
 * direction: {@code subMap}, {@code headMap}, {@code tailMap} and {@code descendingMap}, with
 * {@code TreeMap}'s behaviour. Reads of a key outside the range find nothing; writes of one throw
 * {@link IllegalArgumentException}; narrower views must lie inside this one. Every read goes to the
 * map's current tree. Serializable with its map and range, as {@code TreeMap}'s views are.
 *
 * @param <K> the type of keys
 * @param <V> the type of values
 */
final class CowTreeSubMap<K, V> extends AbstractMap<K, V>
        implements NavigableMap<K, V>, Serializable {

    @Serial private static final long serialVersionUID = 1L;

    private final CowTreeMap<K, V> map;

    private final KeyRange range;

    CowTreeSubMap(CowTreeMap<K, V> map, KeyRange range) {
        this.map = map;
        this.range = range;
    }

    /** Whether {@code key} lies in the range, after the order's checks of a query. */
    private boolean inRange(Object key) {
        if (range.isAll()) {
            return true;
        }
        BTree.checkQuery(map.order, key);
        return range.contains(map.order, key);
    }

    private void requireInRange(Object key) {
        if (!range.isAll()) {
            BTree.checkQuery(map.order, key);
            range.requireContains(map.order, key);
        }
    }

    @SuppressWarnings("unchecked")
    private Entry<K, V> cast(Map.Entry<Object, Object> e) {
        return (Entry<K, V>) (Entry<?, ?>) e;
    }

    @SuppressWarnings("unchecked")
    private K key(Map.Entry<Object, Object> e) {
        return (K) CowTree.keyOrNull(e);
    }

    // ------------------------------------------------------------------ reads

    @Override
    public int size() {
        return map.size(range);
    }

    @Override
    public boolean isEmpty() {
        return map.isEmpty(range);
    }

    @Override
    public boolean containsKey(Object key) {
        return inRange(key) && map.containsKey(key);
    }

    @Override
    public V get(Object key) {
        return inRange(key) ? map.get(key) : null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Comparator<? super K> comparator() {
        return (Comparator<? super K>) range.viewOrder(map.order);
    }

    @Override
    @SuppressWarnings("unchecked")
    public K firstKey() {
        return (K) CowTree.keyOrThrow(map.first(range));
    }

    @Override
    @SuppressWarnings("unchecked")
    public K lastKey() {
        return (K) CowTree.keyOrThrow(map.last(range));
    }

    @Override
    public Entry<K, V> firstEntry() {
        return cast(map.first(range));
    }

    @Override
    public Entry<K, V> lastEntry() {
        return cast(map.last(range));
    }

    @Override
    public Entry<K, V> pollFirstEntry() {
        return cast(map.poll(range, true));
    }

    @Override
    public Entry<K, V> pollLastEntry() {
        return cast(map.poll(range, false));
    }

    @Override
    public Entry<K, V> lowerEntry(K key) {
        return cast(map.navigate(range, key, BTree.LOWER));
    }

    @Override
    public K lowerKey(K key) {
        return key(map.navigate(range, key, BTree.LOWER));
    }

    @Override
    public Entry<K, V> floorEntry(K key) {
        return cast(map.navigate(range, key, BTree.FLOOR));
    }

    @Override
    public K floorKey(K key) {
        return key(map.navigate(range, key, BTree.FLOOR));
    }

    @Override
    public Entry<K, V> ceilingEntry(K key) {
        return cast(map.navigate(range, key, BTree.CEILING));
    }

    @Override
    public K ceilingKey(K key) {
        return key(map.navigate(range, key, BTree.CEILING));
    }

    @Override
    public Entry<K, V> higherEntry(K key) {
        return cast(map.navigate(range, key, BTree.HIGHER));
    }

    @Override
    public K higherKey(K key) {
        return key(map.navigate(range, key, BTree.HIGHER));
    }

    // ------------------------------------------------------------------ views

    @Override
    public NavigableSet<K> keySet() {
        return navigableKeySet();
    }

    @Override
    public NavigableSet<K> navigableKeySet() {
        return new CowTreeKeySet<>(map, range);
    }

    @Override
    public NavigableSet<K> descendingKeySet() {
        return new CowTreeKeySet<>(map, range.reversed());
    }

    @Override
    public Collection<V> values() {
        return new CowTreeValues<>(map, range);
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
        return new CowTreeEntrySet<>(map, range);
    }

    @Override
    public NavigableMap<K, V> descendingMap() {
        return new CowTreeSubMap<>(map, range.reversed());
    }

    @Override
    public NavigableMap<K, V> subMap(
            K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
        return new CowTreeSubMap<>(
                map, range.sub(map.order, fromKey, fromInclusive, toKey, toInclusive));
    }

    @Override
    public NavigableMap<K, V> headMap(K toKey, boolean inclusive) {
        return new CowTreeSubMap<>(map, range.head(map.order, toKey, inclusive));
    }

    @Override
    public NavigableMap<K, V> tailMap(K fromKey, boolean inclusive) {
        return new CowTreeSubMap<>(map, range.tail(map.order, fromKey, inclusive));
    }

    @Override
    public SortedMap<K, V> subMap(K fromKey, K toKey) {
        return subMap(fromKey, true, toKey, false);
    }

    @Override
    public SortedMap<K, V> headMap(K toKey) {
        return headMap(toKey, false);
    }

    @Override
    public SortedMap<K, V> tailMap(K fromKey) {
        return tailMap(fromKey, true);
    }

    // ------------------------------------------------------------------ writes

    @Override
    public V put(K key, V value) {
        requireInRange(key);
        return map.put(key, value);
    }

    @Override
    public V remove(Object key) {
        return inRange(key) ? map.remove(key) : null;
    }

    @Override
    public void clear() {
        map.clear(range);
    }

    @Override
    public V putIfAbsent(K key, V value) {
        requireInRange(key);
        return map.putIfAbsent(key, value);
    }

    @Override
    public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remapping) {
        requireInRange(key);
        return map.merge(key, value, remapping);
    }

    /** As {@code TreeMap}'s views: a key out of range throws only if the function gives a value. */
    @Override
    public V computeIfAbsent(K key, Function<? super K, ? extends V> mapping) {
        if (!inRange(key)) {
            if (mapping.apply(key) == null) {
                return null;
            }
            throw new IllegalArgumentException("key out of range: " + key);
        }
        return map.computeIfAbsent(key, mapping);
    }

    /** As {@code TreeMap}'s views: a key out of range throws only if the function gives a value. */
    @Override
    public V compute(K key, BiFunction<? super K, ? super V, ? extends V> remapping) {
        if (!inRange(key)) {
            if (remapping.apply(key, null) == null) {
                return null;
            }
            throw new IllegalArgumentException("key out of range: " + key);
        }
        return map.compute(key, remapping);
    }

    @Override
    public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remapping) {
        return inRange(key) ? map.computeIfPresent(key, remapping) : null;
    }

    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        if (map == null || range == null) {
            throw new InvalidObjectException("a view without its map or range");
        }
        range.validate(map.order);
    }
}
