package io.holstein.concurrent;

import io.holstein.internal.KeyRange;
import io.holstein.internal.SerialArrays;
import io.holstein.internal.SerialProxy;
import io.holstein.sorted.PersistentTreeMap;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.Comparator;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentNavigableMap;

/**
 * A thread-safe sorted map whose every state is an immutable {@link PersistentTreeMap}: reads never
 * lock and always see one complete version, iterators and range scans walk one version, and {@link
 * #snapshot()} hands the current version out in O(1).
 *
 * <pre>{@code
 * SnapshotTreeMap<String, Long> balances = new SnapshotTreeMap<>();
 * balances.merge("alice", 100L, Long::sum);                       // from any thread
 * balances.update(m -> m.with("alice", 60L).with("bob", 40L));    // two keys, one atomic step
 * PersistentTreeMap<String, Long> audit = balances.snapshot();    // O(1); never changes
 * }</pre>
 *
 * <p><b>How it works.</b> As {@link SnapshotHashMap}, over the B+-tree of {@link
 * PersistentTreeMap}: the map holds one {@code volatile} reference to the current version; a write
 * computes the next version (which copies one root-to-leaf path of nodes of at most 32 keys) and
 * installs it by compare-and-set, starting over if another thread installed a version in between. A
 * write that fails writes nothing; a write that changes nothing still compare-and-sets the current
 * version onto itself, so that it has the memory effects of a write.
 *
 * <p><b>Costs.</b> {@code get}, {@code containsKey}, {@code put}, {@code remove}, the other
 * single-key operations, {@code firstKey}, {@code lastKey}, the navigation methods and {@code
 * pollFirstEntry}/{@code pollLastEntry} are O(log n), plus one retry per write that a concurrent
 * write overtook. {@code size}, {@code isEmpty}, {@link #snapshot()}, the O(1) constructor, {@code
 * clear} and the views are O(1); a range view's {@code size}, {@code isEmpty}, first and last keys
 * and iterators cost O(log n) to cut the range out of the current version, and its {@code clear}
 * removes the range in O(log n), atomically. Iteration is O(1) amortized per step; {@code
 * containsValue}, {@code hashCode}, {@code equals} and {@code toString} are O(n).
 *
 * <p><b>Consistency.</b> Every method is atomic and linearizable. Stronger than {@link
 * java.util.concurrent.ConcurrentSkipListMap}'s weakly consistent reads: every iterator,
 * spliterator and bulk read ({@code toArray}, {@code size}, {@code equals}, {@code hashCode},
 * {@code toString}, {@code forEach}) of the map or of a range view works on the one version that
 * was current when it started, so it never sees half of a multi-key {@link #update}; a range scan
 * reads one version. The views ({@link #keySet()}, {@link #values()}, {@link #entrySet()}, {@link
 * #descendingMap()}, {@link #subMap}, {@link #headMap}, {@link #tailMap} and theirs) are live: each
 * call reads the version current at the call. A range view refuses to write a key outside its range
 * with {@link IllegalArgumentException}, as {@code ConcurrentSkipListMap}'s do, and its {@code
 * clear} removes the range in one atomic step. {@code Iterator.remove()} removes the last returned
 * key from the live map, whatever its value is now, and {@code Entry.setValue} of the entry set's
 * entries writes through with {@link #put}; entries returned by {@link #firstEntry()}, {@link
 * #floorEntry} and the other navigation methods are snapshots whose {@code setValue} throws {@link
 * UnsupportedOperationException}. A view's {@code removeIf}, {@code removeAll} and {@code
 * retainAll} are each one atomic {@link #update}. Iterators never throw {@link
 * java.util.ConcurrentModificationException}.
 *
 * <p><b>Functions under contention.</b> As for {@link SnapshotHashMap}: {@link #compute}, {@link
 * #computeIfPresent}, {@link #merge}, {@link #replaceAll} and {@link #update} call their function
 * again when a concurrent write overtook the version it saw, so such functions should be free of
 * side effects and must not write this map; {@link #computeIfAbsent} calls its function at most
 * once.
 *
 * <p><b>Nulls and order.</b> Null keys and values are rejected with {@link NullPointerException},
 * and so are null arguments to the queries, as {@code ConcurrentSkipListMap} does, whatever the
 * comparator. Keys are ordered by their natural order or by the comparator given at construction,
 * which every later version keeps: {@link #update} and {@link #compareAndSet} refuse a version in
 * another order with {@link IllegalArgumentException}.
 *
 * <p><b>Sharing.</b> {@link #snapshot()} and the {@link #SnapshotTreeMap(PersistentTreeMap)}
 * constructor share versions with the caller in O(1); versions are immutable, so sharing is safe.
 * Writes to this map never change a version handed out. Conversions from other maps copy (O(n)),
 * except from another {@code SnapshotTreeMap} in the same order, whose current version is shared.
 *
 * <p><b>Memory consistency effects.</b> As with other concurrent collections, actions in a thread
 * prior to placing a mapping into the map (a successful write, {@link #update} or {@link
 * #compareAndSet}) happen-before actions subsequent to the access or removal of that mapping in
 * another thread: the write installs its version with a volatile compare-and-set, and every read
 * starts with a volatile read of the current version.
 *
 * <p>Serializable as {@code ConcurrentSkipListMap} is: the comparator, which must then be {@link
 * Serializable}, then the mappings of one version; object graphs that loop back through the map
 * round-trip. Range and descending views are serializable too, with the whole map. Reading rejects
 * a null key or value.
 *
 * @param <K> the type of keys
 * @param <V> the type of values
 */
public final class SnapshotTreeMap<K, V> extends SnapshotMap<K, V, PersistentTreeMap<K, V>>
        implements ConcurrentNavigableMap<K, V>, Serializable {

    /*
     * Implementation notes.
     *
     * SnapshotHashMap's design (SnapshotRoot holds and compare-and-sets the current version;
     * SnapshotMap has the reads and writes both maps share) over PersistentTreeMap. The views are
     * SnapshotTreeSubMap over a KeyRange, the whole map included: each read cuts the range out
     * of the current version (PersistentTreeMap's split, O(log n), sharing all but two paths) and
     * reads that, so a view's iterator, size and bulk reads see one version.
     */

    @Serial private static final long serialVersionUID = 1L;

    /** Creates an empty map in the keys' natural order. O(1). */
    public SnapshotTreeMap() {
        super(PersistentTreeMap.empty());
    }

    /**
     * Creates an empty map ordered by {@code comparator}. O(1).
     *
     * @param comparator the order of the keys; null for their natural order
     */
    public SnapshotTreeMap(Comparator<? super K> comparator) {
        super(PersistentTreeMap.empty(comparator));
    }

    /**
     * Creates a map of the mappings of {@code map} in the keys' natural order. O(1) when {@code
     * map} is a {@code SnapshotTreeMap} in natural order (it shares that map's current version);
     * otherwise O(n log n), O(n) for keys in ascending order.
     *
     * @param map the mappings
     * @throws NullPointerException if {@code map} is null or holds a null key or value
     * @throws ClassCastException if the keys cannot be compared
     */
    public SnapshotTreeMap(Map<? extends K, ? extends V> map) {
        super(copyOf(null, map));
    }

    /**
     * Creates a map of the mappings of {@code map} in its order. O(1) when {@code map} is a {@code
     * SnapshotTreeMap} (it shares that map's current version); otherwise O(n).
     *
     * @param map the mappings and their order
     * @throws NullPointerException if {@code map} is null or holds a null key or value
     */
    public SnapshotTreeMap(SortedMap<K, ? extends V> map) {
        super(copyOf(map.comparator(), map));
    }

    /**
     * Creates a map whose current version is {@code map}, in its order. O(1) plus an O(log n) check
     * for a null key when {@code map} has a comparator (natural order admits none); shares {@code
     * map}, which is immutable.
     *
     * <p>{@code map} must hold no null value: finding one would cost O(n), so it is not checked
     * here, nor by {@link #update} or {@link #compareAndSet}. A key mapped to null behaves as
     * {@link SnapshotHashMap#SnapshotHashMap(io.holstein.map.PersistentHashMap)} describes: absent
     * to {@code get}, the conditional writes, {@code compute*} and {@code merge}; present to {@code
     * containsKey}, {@code size}, the views, the navigation methods, iteration, {@code equals},
     * {@code hashCode} and {@code toString}; removed by {@code remove(key)} and replaced by {@code
     * put}; and the map, though still usable, then writes a stream that reading rejects.
     *
     * @param map the first version
     * @throws NullPointerException if {@code map} is null or has a null key
     */
    public SnapshotTreeMap(PersistentTreeMap<K, V> map) {
        super(nullKeyChecked(map));
    }

    // ------------------------------------------------------------------ navigation

    /** Returns the order of the keys, or null for their natural order. O(1). */
    @Override
    public Comparator<? super K> comparator() {
        return current().comparator();
    }

    /**
     * Returns the first key of the current version. O(log n).
     *
     * @throws java.util.NoSuchElementException if the map is empty
     */
    @Override
    public K firstKey() {
        return current().firstKey();
    }

    /**
     * Returns the last key of the current version. O(log n).
     *
     * @throws java.util.NoSuchElementException if the map is empty
     */
    @Override
    public K lastKey() {
        return current().lastKey();
    }

    /** Returns a snapshot of the first mapping, or null if the map is empty. O(log n). */
    @Override
    public Entry<K, V> firstEntry() {
        return current().firstEntry();
    }

    /** Returns a snapshot of the last mapping, or null if the map is empty. O(log n). */
    @Override
    public Entry<K, V> lastEntry() {
        return current().lastEntry();
    }

    /**
     * Removes and returns the first mapping, atomically, or null if the map is empty. O(log n).
     *
     * @return a snapshot of the mapping removed
     */
    @Override
    public Entry<K, V> pollFirstEntry() {
        return all().pollFirstEntry();
    }

    /**
     * Removes and returns the last mapping, atomically, or null if the map is empty. O(log n).
     *
     * @return a snapshot of the mapping removed
     */
    @Override
    public Entry<K, V> pollLastEntry() {
        return all().pollLastEntry();
    }

    /**
     * Returns a snapshot of the mapping of the greatest key below {@code key}, or null. O(log n).
     *
     * @throws NullPointerException if {@code key} is null
     */
    @Override
    public Entry<K, V> lowerEntry(K key) {
        return current().lowerEntry(Objects.requireNonNull(key));
    }

    /**
     * Returns the greatest key below {@code key}, or null. O(log n).
     *
     * @throws NullPointerException if {@code key} is null
     */
    @Override
    public K lowerKey(K key) {
        return current().lowerKey(Objects.requireNonNull(key));
    }

    /**
     * Returns a snapshot of the mapping of the greatest key at or below {@code key}, or null. O(log
     * n).
     *
     * @throws NullPointerException if {@code key} is null
     */
    @Override
    public Entry<K, V> floorEntry(K key) {
        return current().floorEntry(Objects.requireNonNull(key));
    }

    /**
     * Returns the greatest key at or below {@code key}, or null. O(log n).
     *
     * @throws NullPointerException if {@code key} is null
     */
    @Override
    public K floorKey(K key) {
        return current().floorKey(Objects.requireNonNull(key));
    }

    /**
     * Returns a snapshot of the mapping of the least key at or above {@code key}, or null. O(log
     * n).
     *
     * @throws NullPointerException if {@code key} is null
     */
    @Override
    public Entry<K, V> ceilingEntry(K key) {
        return current().ceilingEntry(Objects.requireNonNull(key));
    }

    /**
     * Returns the least key at or above {@code key}, or null. O(log n).
     *
     * @throws NullPointerException if {@code key} is null
     */
    @Override
    public K ceilingKey(K key) {
        return current().ceilingKey(Objects.requireNonNull(key));
    }

    /**
     * Returns a snapshot of the mapping of the least key above {@code key}, or null. O(log n).
     *
     * @throws NullPointerException if {@code key} is null
     */
    @Override
    public Entry<K, V> higherEntry(K key) {
        return current().higherEntry(Objects.requireNonNull(key));
    }

    /**
     * Returns the least key above {@code key}, or null. O(log n).
     *
     * @throws NullPointerException if {@code key} is null
     */
    @Override
    public K higherKey(K key) {
        return current().higherKey(Objects.requireNonNull(key));
    }

    // ------------------------------------------------------------------ views

    /** The whole map as a range view, which the views of the whole map read through. */
    private SnapshotTreeSubMap<K, V> all() {
        return new SnapshotTreeSubMap<>(this, KeyRange.ALL);
    }

    @SuppressWarnings("unchecked")
    Comparator<Object> order() {
        return (Comparator<Object>) current().comparator();
    }

    /**
     * Returns a live view of the keys in ascending order, as {@link #navigableKeySet()}. O(1).
     *
     * @return the key set
     */
    @Override
    public NavigableSet<K> keySet() {
        return navigableKeySet();
    }

    /**
     * Returns a live view of the keys in ascending order. O(1). {@code size} and {@code contains}
     * read the current version; iterators iterate the version current when they were created, and
     * their {@code remove} removes the key from this map. Removal through the view is supported,
     * addition is not.
     *
     * @return the key set
     */
    @Override
    public NavigableSet<K> navigableKeySet() {
        return all().navigableKeySet();
    }

    /**
     * Returns a live view of the keys in descending order. O(1).
     *
     * @return the key set, descending
     */
    @Override
    public NavigableSet<K> descendingKeySet() {
        return descendingMap().navigableKeySet();
    }

    /**
     * Returns a live view of the values in key order. O(1); behaves as {@link #navigableKeySet()}
     * does. {@code remove(v)} removes one key that maps to {@code v}, atomically.
     *
     * @return the values
     */
    @Override
    public java.util.Collection<V> values() {
        return all().values();
    }

    /**
     * Returns a live view of the mappings in key order. O(1); behaves as {@link #navigableKeySet()}
     * does. Its entries hold the value they were created with; {@code setValue} puts the new value
     * into this map and into the entry.
     *
     * @return the entry set
     */
    @Override
    public java.util.Set<Entry<K, V>> entrySet() {
        return all().entrySet();
    }

    /**
     * Returns a live view of the mappings in descending key order. O(1).
     *
     * @return the descending map
     */
    @Override
    public ConcurrentNavigableMap<K, V> descendingMap() {
        return new SnapshotTreeSubMap<>(this, KeyRange.ALL_DESCENDING);
    }

    /**
     * Returns a live view of the mappings whose keys lie between {@code fromKey} and {@code toKey},
     * each bound inclusive or not. O(1); writing a key outside the range through it throws {@link
     * IllegalArgumentException}.
     *
     * @throws IllegalArgumentException if {@code fromKey} lies above {@code toKey}
     * @throws NullPointerException if a bound is null
     * @throws ClassCastException if a bound cannot be compared with the keys
     */
    @Override
    public ConcurrentNavigableMap<K, V> subMap(
            K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
        return all().subMap(fromKey, fromInclusive, toKey, toInclusive);
    }

    /**
     * Returns a live view of the mappings whose keys lie before {@code toKey} (or equal it, if
     * {@code inclusive}). O(1).
     *
     * @throws NullPointerException if {@code toKey} is null
     * @throws ClassCastException if {@code toKey} cannot be compared with the keys
     */
    @Override
    public ConcurrentNavigableMap<K, V> headMap(K toKey, boolean inclusive) {
        return all().headMap(toKey, inclusive);
    }

    /**
     * Returns a live view of the mappings whose keys lie after {@code fromKey} (or equal it, if
     * {@code inclusive}). O(1).
     *
     * @throws NullPointerException if {@code fromKey} is null
     * @throws ClassCastException if {@code fromKey} cannot be compared with the keys
     */
    @Override
    public ConcurrentNavigableMap<K, V> tailMap(K fromKey, boolean inclusive) {
        return all().tailMap(fromKey, inclusive);
    }

    /**
     * Returns {@code subMap(fromKey, true, toKey, false)}. O(1).
     *
     * @throws IllegalArgumentException if {@code fromKey} lies above {@code toKey}
     * @throws NullPointerException if a bound is null
     * @throws ClassCastException if a bound cannot be compared with the keys
     */
    @Override
    public ConcurrentNavigableMap<K, V> subMap(K fromKey, K toKey) {
        return subMap(fromKey, true, toKey, false);
    }

    /**
     * Returns {@code headMap(toKey, false)}. O(1).
     *
     * @throws NullPointerException if {@code toKey} is null
     * @throws ClassCastException if {@code toKey} cannot be compared with the keys
     */
    @Override
    public ConcurrentNavigableMap<K, V> headMap(K toKey) {
        return headMap(toKey, false);
    }

    /**
     * Returns {@code tailMap(fromKey, true)}. O(1).
     *
     * @throws NullPointerException if {@code fromKey} is null
     * @throws ClassCastException if {@code fromKey} cannot be compared with the keys
     */
    @Override
    public ConcurrentNavigableMap<K, V> tailMap(K fromKey) {
        return tailMap(fromKey, true);
    }

    // ------------------------------------------------------------------ helpers

    @Override
    PersistentTreeMap<K, V> checked(PersistentTreeMap<K, V> version) {
        nullKeyChecked(version);
        if (!Objects.equals(version.comparator(), current().comparator())) {
            throw new IllegalArgumentException(
                    "a version ordered by "
                            + version.comparator()
                            + " for a map ordered by "
                            + current().comparator());
        }
        return version;
    }

    /**
     * Returns {@code version} if it holds no null key, which natural order excludes and a
     * comparator may admit; an O(log n) search for one otherwise.
     *
     * @throws NullPointerException if it holds one
     */
    private static <K, V> PersistentTreeMap<K, V> nullKeyChecked(PersistentTreeMap<K, V> version) {
        if (version.comparator() != null && holdsNullKey(version)) {
            throw new NullPointerException("a SnapshotTreeMap version holds a null key");
        }
        return version;
    }

    private static boolean holdsNullKey(PersistentTreeMap<?, ?> version) {
        try {
            return version.containsKey(null);
        } catch (NullPointerException | ClassCastException rejected) {
            // The order rejects null, so no version in it holds a null key.
            return false;
        }
    }

    @Override
    PersistentTreeMap<K, V> emptied(PersistentTreeMap<K, V> version) {
        return PersistentTreeMap.empty(version.comparator());
    }

    @Override
    PersistentTreeMap<K, V> copyOf(Map<? extends K, ? extends V> map) {
        return copyOf(comparator(), map);
    }

    /**
     * The version of the mappings of {@code map} in {@code order}: the current version of a {@code
     * SnapshotTreeMap} in that order (O(1)), otherwise a copy checked for nulls.
     */
    @SuppressWarnings("unchecked")
    private static <K, V> PersistentTreeMap<K, V> copyOf(
            Comparator<? super K> order, Map<? extends K, ? extends V> map) {
        if (map instanceof SnapshotTreeMap<?, ?> sibling
                && Objects.equals(order, sibling.comparator())) {
            return (PersistentTreeMap<K, V>) sibling.snapshot();
        }
        PersistentTreeMap.Builder<K, V> b = PersistentTreeMap.builder(order);
        for (Entry<? extends K, ? extends V> e : map.entrySet()) {
            b.put(Objects.requireNonNull(e.getKey()), Objects.requireNonNull(e.getValue()));
        }
        return b.build();
    }

    /**
     * Writes the current version, one consistent state, as a {@link PersistentTreeMap}'s contents:
     * its comparator, then its mappings; a value may be this map itself or refer back to it.
     *
     * @serialData the comparator ({@code Object}, so it must be {@link Serializable}), then the
     *     mappings in key order in {@link SerialArrays}' layout: their count, each key and its
     *     value, an end byte
     * @param out the stream
     * @throws IOException if the stream fails, or {@link java.io.NotSerializableException} if the
     *     comparator or a key or value is not serializable
     */
    @Serial
    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        SerialProxy.writeContents(out, current());
    }

    /**
     * Reads the comparator and the mappings into a new version, installed as this map's first.
     *
     * @param in the stream
     * @throws java.io.InvalidObjectException if the comparator is not one, the declared size is
     *     invalid or does not match the mappings, the keys are not strictly ascending in the
     *     comparator's order, or a key or value is null
     * @throws IOException if the stream fails or ends early
     * @throws ClassNotFoundException if a class cannot be found
     */
    @Serial
    @SuppressWarnings("unchecked")
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        PersistentTreeMap<K, V> version = SerialProxy.readContents(in, PersistentTreeMap.class);
        SerialArrays.requireNoNull(version);
        initialize(version);
    }
}
