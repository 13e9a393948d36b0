package io.holstein;

import java.util.Map;
import java.util.NavigableMap;
import java.util.function.BiFunction;

/**
 * An immutable sorted map whose "writes" return new versions, with the read API of {@link
 * NavigableMap}, positional access by rank and concatenation of ordered maps.
 *
 * <pre>{@code
 * // scores: a PersistentSortedMap<String, Integer> in natural order
 * PersistentSortedMap<String, Integer> next = scores.with("carol", 7); // scores unchanged
 * int rank = next.indexOfKey("carol");           // carol's position in key order
 * PersistentSortedMap<String, Integer> early = next.headMap("c"); // a map of its own
 * }</pre>
 *
 * <p>The range methods ({@link #headMap}, {@link #tailMap}, {@link #subMap}) and {@link
 * #descendingMap} return persistent maps of their own, not views: they hold the mappings in range
 * and keep no bounds, so a later {@link #with} may add a key outside the original range, as Guava's
 * {@code ImmutableSortedMap} does. The key sets are persistent sorted sets. The {@code
 * NavigableMap} mutators, {@code pollFirstEntry} and {@code pollLastEntry} included, and those of
 * the views throw {@link UnsupportedOperationException} and leave the map unchanged. {@code
 * io.holstein.sorted.PersistentTreeMap} is the default implementation.
 *
 * @param <K> the type of keys
 * @param <V> the type of values
 */
public interface PersistentSortedMap<K, V> extends PersistentMap<K, V>, NavigableMap<K, V> {

    @Override
    PersistentSortedMap<K, V> with(K key, V value);

    @Override
    PersistentSortedMap<K, V> without(Object key);

    @Override
    PersistentSortedMap<K, V> withAll(Map<? extends K, ? extends V> map);

    @Override
    PersistentSortedMap<K, V> withoutAll(Iterable<?> keys);

    @Override
    PersistentSortedMap<K, V> withComputed(K key, BiFunction<? super K, ? super V, ? extends V> fn);

    @Override
    PersistentSortedMap<K, V> headMap(K toKey);

    @Override
    PersistentSortedMap<K, V> headMap(K toKey, boolean inclusive);

    @Override
    PersistentSortedMap<K, V> tailMap(K fromKey);

    @Override
    PersistentSortedMap<K, V> tailMap(K fromKey, boolean inclusive);

    @Override
    PersistentSortedMap<K, V> subMap(K fromKey, K toKey);

    @Override
    PersistentSortedMap<K, V> subMap(
            K fromKey, boolean fromInclusive, K toKey, boolean toInclusive);

    @Override
    PersistentSortedMap<K, V> descendingMap();

    @Override
    PersistentSortedSet<K> keySet();

    @Override
    PersistentSortedSet<K> navigableKeySet();

    @Override
    PersistentSortedSet<K> descendingKeySet();

    /**
     * Returns the mapping of rank {@code index}: the one with the {@code index}-th smallest key,
     * counting from 0. The entry is immutable.
     *
     * @param index the rank
     * @return the mapping
     * @throws IndexOutOfBoundsException if {@code index < 0 || index >= size()}
     */
    Map.Entry<K, V> entryAt(int index);

    /**
     * Returns the key of rank {@code index}: the {@code index}-th smallest, counting from 0.
     *
     * @param index the rank
     * @return the key
     * @throws IndexOutOfBoundsException if {@code index < 0 || index >= size()}
     */
    K keyAt(int index);

    /**
     * Returns the rank of {@code key}: how many keys are smaller. If {@code key} is absent, returns
     * {@code -(insertion point) - 1}, as {@link java.util.Collections#binarySearch} does, so the
     * result is non-negative exactly when {@code key} is present.
     *
     * @param key the key to look for
     * @return its rank, or {@code -(insertion point) - 1}
     * @throws ClassCastException if {@code key} cannot be compared with the keys
     * @throws NullPointerException if {@code key} is null and the ordering does not permit nulls
     */
    int indexOfKey(Object key);

    /**
     * Returns this map followed by {@code other}, whose keys must all come after this map's last
     * key in this map's order.
     *
     * @param other the mappings to append
     * @return the new version; {@code this} if {@code other} is empty
     * @throws NullPointerException if {@code other} is null
     * @throws IllegalArgumentException if the two maps' comparators differ ({@code Objects.equals})
     *     or a key of {@code other} is not above every key of this map
     */
    PersistentSortedMap<K, V> concat(PersistentSortedMap<K, ? extends V> other);
}
