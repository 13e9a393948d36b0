package io.holstein.concurrent;

import io.holstein.internal.KeyRange;
import io.holstein.sorted.PersistentTreeMap;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.AbstractMap;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.function.Predicate;

/**
 * A live view of the mappings of a {@link KeyRange} of a {@link SnapshotTreeMap}, in the range's
 * direction, with {@code ConcurrentSkipListMap}'s behaviour for its range views: reads of a key
 * outside the range find nothing, writes of one throw {@link IllegalArgumentException}, narrower
 * views must lie inside this one. Each read cuts the range out of the map's current version and
 * reads that, so iterators, sizes and bulk reads see one version; {@code clear} removes the range
 * in one atomic step. The compound writes ({@code compute}, {@code merge}, ...) are {@link
 * java.util.concurrent.ConcurrentMap}'s, over this view's atomic {@code putIfAbsent}, {@code
 * replace} and {@code remove}. Serializable with its map and range.
 *
 * @param <K> the type of keys
 * @param <V> the type of values
 */
final class SnapshotTreeSubMap<K, V> extends AbstractMap<K, V>
        implements ConcurrentNavigableMap<K, V>, Serializable {

    @Serial private static final long serialVersionUID = 1L;

    private final SnapshotTreeMap<K, V> map;

    private final KeyRange range;

    SnapshotTreeSubMap(SnapshotTreeMap<K, V> map, KeyRange range) {
        this.map = map;
        this.range = range;
    }

    /** The mappings of {@code version} in this view's range and direction: O(log n), shared. */
    @SuppressWarnings("unchecked")
    private PersistentTreeMap<K, V> slice(PersistentTreeMap<K, V> version) {
        PersistentTreeMap<K, V> r = version;
        if (range.hasLo() && range.hasHi()) {
            r =
                    version.subMap(
                            (K) range.lo(),
                            range.loInclusive(),
                            (K) range.hi(),
                            range.hiInclusive());
        } else if (range.hasLo()) {
            r = version.tailMap((K) range.lo(), range.loInclusive());
        } else if (range.hasHi()) {
            r = version.headMap((K) range.hi(), range.hiInclusive());
        }
        return range.descending() ? r.descendingMap() : r;
    }

    /** The mappings of the current version in this view. */
    PersistentTreeMap<K, V> version() {
        return slice(map.snapshot());
    }

    /** Whether non-null {@code key} lies in the range. */
    private boolean inRange(Object key) {
        Objects.requireNonNull(key);
        return range.isAll() || range.contains(map.order(), key);
    }

    private void requireInRange(Object key) {
        Objects.requireNonNull(key);
        if (!range.isAll()) {
            range.requireContains(map.order(), key);
        }
    }

    /** What this view's key set, values and entry set read and write. */
    SnapshotSource<K, V> source() {
        return new SnapshotSource<>() {
            @Override
            Map<K, V> map() {
                return SnapshotTreeSubMap.this;
            }

            @Override
            Map<K, V> version() {
                return SnapshotTreeSubMap.this.version();
            }

            @Override
            boolean removeKey(Object key) {
                return map.removeKey(key);
            }

            @Override
            boolean removeIf(Predicate<? super Entry<K, V>> matches) {
                boolean[] removed = {false};
                map.update(v -> map.cast(withoutMatching(v, slice(v), matches, removed)));
                return removed[0];
            }
        };
    }

    // ------------------------------------------------------------------ reads

    @Override
    public int size() {
        return version().size();
    }

    @Override
    public boolean isEmpty() {
        return version().isEmpty();
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
    public boolean containsValue(Object value) {
        return version().containsValue(Objects.requireNonNull(value));
    }

    @Override
    @SuppressWarnings("unchecked")
    public Comparator<? super K> comparator() {
        return (Comparator<? super K>) range.viewOrder(map.order());
    }

    @Override
    public K firstKey() {
        return version().firstKey();
    }

    @Override
    public K lastKey() {
        return version().lastKey();
    }

    @Override
    public Entry<K, V> firstEntry() {
        return version().firstEntry();
    }

    @Override
    public Entry<K, V> lastEntry() {
        return version().lastEntry();
    }

    @Override
    public Entry<K, V> lowerEntry(K key) {
        return version().lowerEntry(Objects.requireNonNull(key));
    }

    @Override
    public K lowerKey(K key) {
        return version().lowerKey(Objects.requireNonNull(key));
    }

    @Override
    public Entry<K, V> floorEntry(K key) {
        return version().floorEntry(Objects.requireNonNull(key));
    }

    @Override
    public K floorKey(K key) {
        return version().floorKey(Objects.requireNonNull(key));
    }

    @Override
    public Entry<K, V> ceilingEntry(K key) {
        return version().ceilingEntry(Objects.requireNonNull(key));
    }

    @Override
    public K ceilingKey(K key) {
        return version().ceilingKey(Objects.requireNonNull(key));
    }

    @Override
    public Entry<K, V> higherEntry(K key) {
        return version().higherEntry(Objects.requireNonNull(key));
    }

    @Override
    public K higherKey(K key) {
        return version().higherKey(Objects.requireNonNull(key));
    }

    /** Compares this view's mappings in one version with {@code o}. */
    @Override
    public boolean equals(Object o) {
        return o == this || version().equals(o);
    }

    @Override
    public int hashCode() {
        return version().hashCode();
    }

    @Override
    public String toString() {
        return version().toString();
    }

    // ------------------------------------------------------------------ views

    @Override
    public NavigableSet<K> keySet() {
        return navigableKeySet();
    }

    @Override
    public NavigableSet<K> navigableKeySet() {
        return new SnapshotTreeKeySet<>(this);
    }

    @Override
    public NavigableSet<K> descendingKeySet() {
        return descendingMap().navigableKeySet();
    }

    @Override
    public Collection<V> values() {
        return new SnapshotValues<>(source());
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
        return new SnapshotEntrySet<>(source());
    }

    @Override
    public SnapshotTreeSubMap<K, V> descendingMap() {
        return new SnapshotTreeSubMap<>(map, range.reversed());
    }

    @Override
    public SnapshotTreeSubMap<K, V> subMap(
            K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
        Objects.requireNonNull(fromKey);
        Objects.requireNonNull(toKey);
        return new SnapshotTreeSubMap<>(
                map, range.sub(map.order(), fromKey, fromInclusive, toKey, toInclusive));
    }

    @Override
    public SnapshotTreeSubMap<K, V> headMap(K toKey, boolean inclusive) {
        Objects.requireNonNull(toKey);
        return new SnapshotTreeSubMap<>(map, range.head(map.order(), toKey, inclusive));
    }

    @Override
    public SnapshotTreeSubMap<K, V> tailMap(K fromKey, boolean inclusive) {
        Objects.requireNonNull(fromKey);
        return new SnapshotTreeSubMap<>(map, range.tail(map.order(), fromKey, inclusive));
    }

    @Override
    public SnapshotTreeSubMap<K, V> subMap(K fromKey, K toKey) {
        return subMap(fromKey, true, toKey, false);
    }

    @Override
    public SnapshotTreeSubMap<K, V> headMap(K toKey) {
        return headMap(toKey, false);
    }

    @Override
    public SnapshotTreeSubMap<K, V> tailMap(K fromKey) {
        return tailMap(fromKey, true);
    }

    // ------------------------------------------------------------------ writes

    @Override
    public V put(K key, V value) {
        requireInRange(key);
        return map.put(key, value);
    }

    @Override
    public V putIfAbsent(K key, V value) {
        requireInRange(key);
        return map.putIfAbsent(key, value);
    }

    @Override
    public V remove(Object key) {
        return inRange(key) ? map.remove(key) : null;
    }

    @Override
    public boolean remove(Object key, Object value) {
        return inRange(key) && map.remove(key, value);
    }

    @Override
    public boolean replace(K key, V oldValue, V newValue) {
        requireInRange(key);
        return map.replace(key, oldValue, newValue);
    }

    @Override
    public V replace(K key, V value) {
        requireInRange(key);
        return map.replace(key, value);
    }

    @Override
    public Entry<K, V> pollFirstEntry() {
        return poll(true);
    }

    @Override
    public Entry<K, V> pollLastEntry() {
        return poll(false);
    }

    /** Removes the first or last mapping of the range in one atomic write; null if none. */
    private Entry<K, V> poll(boolean first) {
        while (true) {
            PersistentTreeMap<K, V> current = map.snapshot();
            PersistentTreeMap<K, V> mine = slice(current);
            Entry<K, V> e = first ? mine.firstEntry() : mine.lastEntry();
            if (e == null) {
                return null;
            }
            if (map.install(current, current.without(e.getKey()))) {
                return e;
            }
        }
    }

    /** Removes every mapping of the range in one atomic write, by split and join: O(log n). */
    @Override
    @SuppressWarnings("unchecked")
    public void clear() {
        if (range.isAll()) {
            map.clear();
            return;
        }
        map.update(
                v -> {
                    K lo = (K) range.lo();
                    K hi = (K) range.hi();
                    if (!range.hasLo()) {
                        return v.tailMap(hi, !range.hiInclusive());
                    }
                    if (!range.hasHi()) {
                        return v.headMap(lo, !range.loInclusive());
                    }
                    return v.headMap(lo, !range.loInclusive())
                            .concat(v.tailMap(hi, !range.hiInclusive()));
                });
    }

    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        if (map == null || range == null) {
            throw new InvalidObjectException("a view without its map or range");
        }
        range.validate(map.order());
    }
}
