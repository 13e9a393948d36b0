package io.holstein.sorted;

import io.holstein.Forkable;
import io.holstein.internal.KeyRange;
import io.holstein.internal.SerialProxy;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.Comparator;
import java.util.ConcurrentModificationException;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A sorted map, with every constructor and method of {@link TreeMap} and the same behaviour, whose
 * {@link #fork()} returns an independent copy in constant time; the first write to either side
 * afterwards copies one root-to-leaf path of a B+-tree, not the map.
 *
 * <pre>{@code
 * CowTreeMap<String, Integer> stock = new CowTreeMap<>(Map.of("apple", 3, "pear", 5));
 * CowTreeMap<String, Integer> plan = stock.fork();  // O(1): both maps share every node
 * plan.put("fig", 7);                                // copies one path: stock is unchanged
 * PersistentTreeMap<String, Integer> frozen = plan.toPersistent(); // O(1)
 * }</pre>
 *
 * <p><b>Costs.</b> {@code get}, {@code containsKey}, {@code put}, {@code remove}, the other
 * single-key operations ({@code getOrDefault}, {@code putIfAbsent}, {@code replace}, {@code
 * compute*}, {@code merge}), {@code firstKey}, {@code lastKey}, the navigation methods ({@code
 * lowerKey}, {@code ceilingEntry}, ...), {@code pollFirstEntry}, {@code pollLastEntry}, {@link
 * #entryAt}, {@link #keyAt} and {@link #indexOfKey} descend the tree once or twice: O(log n) nodes,
 * each a binary search of at most 32 keys. A write to a map that shares its nodes copies the nodes
 * on its path that are still shared (at most one root-to-leaf path) and writes in place from then
 * on. {@code size}, {@code isEmpty}, {@link #fork()}, {@link #clone()}, {@link #isShared()}, {@link
 * #toPersistent()}, the constructor from a {@link PersistentTreeMap}, the copy constructor given a
 * {@code CowTreeMap} and the views are O(1); {@code clear} is O(1) too. Iteration is O(n), O(1)
 * amortized per step; {@code containsValue}, {@code hashCode}, {@code forEach} and {@code
 * replaceAll} are O(n). The {@code size} of a range view is O(log n). {@code putAll} into an empty
 * map of a {@code SortedMap} in the same order is O(n), otherwise O(m log n) for m mappings.
 *
 * <p><b>Guarantees.</b>
 *
 * <ul>
 *   <li>Mutable; {@code TreeMap}'s order, exceptions and null policy: natural ordering rejects null
 *       keys with {@link NullPointerException} and a key that is not {@link Comparable} with {@link
 *       ClassCastException}; a comparator decides for itself. Values may be null.
 *   <li>After {@code y = x.fork()}, no write to {@code x} shows in {@code y} and no write to {@code
 *       y} shows in {@code x}, whatever writes through the views, their iterators or {@code
 *       Map.Entry.setValue}: everything derived from a map reads and writes that map's current
 *       tree, never a node another map may now write in place.
 *   <li>The range views ({@link #subMap}, {@link #headMap}, {@link #tailMap}), {@link
 *       #descendingMap} and the key sets are live, as {@code TreeMap}'s are; a range view refuses
 *       to put a key outside its range with {@link IllegalArgumentException}. Entries returned by
 *       {@link #firstEntry}, {@link #floorEntry} and the other navigation methods are snapshots
 *       whose {@code setValue} throws {@link UnsupportedOperationException}; entries of {@link
 *       #entrySet()} read and write their key's current mapping, and once their key has left the
 *       map keep the value they last read or wrote (they follow the key again if it is put back).
 *   <li>Iterators and spliterators are fail-fast, as {@code TreeMap}'s are; spliterators are
 *       late-binding. {@code fork()}, {@link #toPersistent()} and the path copy of a first write
 *       are not structural modifications: they never invalidate iterators. {@code forEach} and
 *       {@code replaceAll} throw {@link ConcurrentModificationException} when their function
 *       modifies the map structurally, as {@code TreeMap}'s do, and so do {@code compute}, {@code
 *       computeIfAbsent}, {@code computeIfPresent} and {@code merge}.
 *   <li>Not synchronized: one instance must not be written concurrently with any other access to
 *       it. {@code fork()} and {@code toPersistent()} count as reads, so several threads may call
 *       them on a map that nobody writes. Distinct maps that share nodes may be used from different
 *       threads with no synchronization once each was safely published: the counts are atomic.
 *   <li>A fork dropped without writing is never uncounted, so its source copies once on its next
 *       write ({@link #isShared()} stays {@code true} until then).
 *   <li>Serializable as {@code TreeMap} is, the comparator first, which must then be {@link
 *       Serializable} (otherwise {@code writeObject} throws {@link
 *       java.io.NotSerializableException}); object graphs that loop back through the map
 *       round-trip. Range and descending views are serializable too, as {@code TreeMap}'s are, and
 *       carry the whole map. Sharing is not preserved.
 * </ul>
 *
 * @param <K> the type of keys
 * @param <V> the type of values
 */
public final class CowTreeMap<K, V> extends CowTree<K>
        implements NavigableMap<K, V>, Cloneable, Serializable, Forkable<CowTreeMap<K, V>> {

    /*
     * Implementation notes.
     *
     * Layout. The B+-tree of PersistentTreeMap (see its notes for the nodes, fill and balance),
     * written through an unbuffered TreeWriter, the builders' core: one write path for builders
     * and mutable maps. A node the map owns is written in place, with room for the fanout, so
     * that an unshared map inserts and deletes like an array-backed B-tree.
     *
     * Sharing [1]. Every node is its own reference count (RefCounted). fork() retains the root,
     * an atomic increment that writes nothing else in the source, and gives the fork a writer
     * over the same root. A write descends from its root: a node reached through a chain of
     * count-1 nodes from the writer's count-1 root is the writer's alone and is written in
     * place; any other node on the path is copied, each child of the copy retained (it now has
     * one more parent), the original released once the copy is complete, and the descent
     * continues in the copy. So the first write after a fork copies one path, and each later
     * write copies only what its path still shares. toPersistent() saturates the root, so the
     * map copies it again before writing; a map made from a PersistentTreeMap starts from its
     * frozen root. Persistent versions do not count the children they share (see
     * PersistentTreeMap's notes); that is safe here because a writer can reach such a node only
     * by copying a frozen root, and copying retains.
     *
     * Memory ordering. release() of the original has release semantics and follows the copy's
     * retains; isShared() reads with acquire semantics. So a map on another thread that sees the
     * count fall to 1 and writes the node in place also sees the copy's retains on the node's
     * children, and copies them before writing them; and the reads of the map that moved away
     * happen-before those writes (RefCounted's notes).
     *
     * No leaked reads. Views, iterators, spliterators and entries hold the map (and a key range),
     * never a node. An iterator keeps the path to its next entry only while the map's epoch, a
     * count of all its writes, is unchanged: any write may move the map to copies of its nodes,
     * after which a fork may own the old ones and write them in place. After a write the
     * iterator seeks its next rank again from the current root; ranks move only on structural
     * modifications, which make it fail. Entries re-read their key when the epoch moved.
     * replaceAll makes each leaf's path the map's own before writing its values in place, and
     * after each call of the function checks that the map was not written and that every node of
     * that path still has count 1: a fork made by the function counts the root once more, and if
     * the fork then writes, the root's count falls back to 1 while the nodes below it that the
     * fork copied from become shared.
     *
     * [1] O. Rodeh, "B-trees, Shadowing, and Clones", ACM Transactions on Storage 3(4), 2008.
     */

    @Serial private static final long serialVersionUID = 1L;

    /**
     * Creates an empty map in the keys' natural order. O(1); allocates no node until the first
     * mapping arrives.
     */
    public CowTreeMap() {
        this((Comparator<? super K>) null);
    }

    /**
     * Creates an empty map ordered by {@code comparator}. O(1).
     *
     * @param comparator the order of the keys; null for their natural order
     */
    public CowTreeMap(Comparator<? super K> comparator) {
        super(
                PersistentTreeMap.erase(comparator),
                emptyWriter(PersistentTreeMap.erase(comparator), true));
    }

    /**
     * Creates a map of the mappings of {@code m} in the keys' natural order, as {@code
     * TreeMap(Map)} does. O(1) if {@code m} is a {@code CowTreeMap} or an ascending {@code
     * PersistentTreeMap} in natural order (this map then shares its nodes, as {@link #fork()}
     * does); O(n) for another {@code SortedMap} in natural order; otherwise O(n log n).
     *
     * @param m the mappings
     * @throws NullPointerException if {@code m} is null or holds a null key
     * @throws ClassCastException if the keys cannot be compared
     */
    public CowTreeMap(Map<? extends K, ? extends V> m) {
        this((Comparator<? super K>) null);
        putAll(m);
    }

    /**
     * Creates a map of the mappings of {@code m} in its order, as {@code TreeMap(SortedMap)} does.
     * O(1) if {@code m} is a {@code CowTreeMap} or an ascending {@code PersistentTreeMap} (this map
     * then shares its nodes, as {@link #fork()} does); otherwise O(n).
     *
     * @param m the mappings and their order
     * @throws NullPointerException if {@code m} is null
     */
    @SuppressWarnings("unchecked")
    public CowTreeMap(SortedMap<K, ? extends V> m) {
        this((Comparator<? super K>) m.comparator());
        putAll(m);
    }

    /**
     * Creates a map over the tree of {@code m}, in its order. O(1) for an ascending map: the two
     * share every node, and this map copies what it writes, so {@code m} never changes. A
     * descending map (a {@code descendingMap()} view) is loaded afresh in its order, O(n).
     *
     * @param m the persistent version to start from
     * @throws NullPointerException if {@code m} is null
     */
    public CowTreeMap(PersistentTreeMap<K, ? extends V> m) {
        this(m.comparator());
        if (m.isDescending()) {
            putAll(m);
        } else {
            writer.reset(m.root(), m.size());
        }
    }

    /** A map over {@code writer}'s tree: a fork. */
    private CowTreeMap(Comparator<Object> order, TreeWriter writer) {
        super(order, writer);
    }

    @Override
    boolean valued() {
        return true;
    }

    // ------------------------------------------------------------------ sharing

    /**
     * Returns an independent map with the same mappings, sharing every node with this one until
     * either map writes. O(1): increments the root's count, which writes nothing else in this map,
     * and allocates the new map. Not a structural modification: iterators of this map stay valid.
     *
     * @return a new map equal to this one
     */
    @Override
    public CowTreeMap<K, V> fork() {
        return new CowTreeMap<>(order, forkWriter());
    }

    /**
     * Returns {@link #fork()}: an independent map sharing this map's nodes, in O(1).
     *
     * @return a new map equal to this one
     */
    @Override
    public CowTreeMap<K, V> clone() {
        return fork();
    }

    /**
     * Tells whether the next write to this map will copy its root first: true while another map or
     * a persistent version may read it. Conservative: a fork dropped without writing keeps it true
     * until this map's next write. Also true for an empty map that has not written yet. O(1); a
     * hint for tests and diagnostics.
     *
     * @return {@code true} if this map's root may be shared
     */
    public boolean isShared() {
        return shared();
    }

    /**
     * Returns an immutable version holding this map's current mappings, sharing every node with
     * this map. O(1): freezes the root (its count saturates), which this map then copies before its
     * next write, so later writes never change the version. Not a structural modification; a read,
     * as {@link #fork()} is.
     *
     * @return the current mappings as a persistent map
     */
    public PersistentTreeMap<K, V> toPersistent() {
        if (isEmpty()) {
            return PersistentTreeMap.empty(comparator());
        }
        return new PersistentTreeMap<>(freeze(), size(), order, false);
    }

    // ------------------------------------------------------------------ reads

    /** Returns the number of mappings. O(1). */
    @Override
    public int size() {
        return treeSize();
    }

    /** Returns whether there are no mappings. O(1). */
    @Override
    public boolean isEmpty() {
        return treeSize() == 0;
    }

    /**
     * Returns the value of {@code key}, or {@code null}. O(log n).
     *
     * @throws NullPointerException if {@code key} is null and the order does not permit it
     * @throws ClassCastException if {@code key} cannot be compared with the keys
     */
    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        Object v = lookup(key);
        return v == BTree.NOT_FOUND ? null : (V) v;
    }

    /**
     * Returns the value of {@code key}, or {@code defaultValue} if it has no mapping. O(log n).
     *
     * @throws NullPointerException if {@code key} is null and the order does not permit it
     * @throws ClassCastException if {@code key} cannot be compared with the keys
     */
    @Override
    @SuppressWarnings("unchecked")
    public V getOrDefault(Object key, V defaultValue) {
        Object v = lookup(key);
        return v == BTree.NOT_FOUND ? defaultValue : (V) v;
    }

    /**
     * Returns whether {@code key} has a mapping. O(log n).
     *
     * @throws NullPointerException if {@code key} is null and the order does not permit it
     * @throws ClassCastException if {@code key} cannot be compared with the keys
     */
    @Override
    public boolean containsKey(Object key) {
        return lookup(key) != BTree.NOT_FOUND;
    }

    /** Returns whether some key maps to {@code value}. O(n). */
    @Override
    public boolean containsValue(Object value) {
        for (CowTreeIterator<Object> it = iterator(KeyRange.ALL, TreeIterator.VALUES);
                it.hasNext(); ) {
            if (Objects.equals(value, it.next())) {
                return true;
            }
        }
        return false;
    }

    /** Returns the order of the keys, or null for their natural order. O(1). */
    @Override
    @SuppressWarnings("unchecked")
    public Comparator<? super K> comparator() {
        return (Comparator<? super K>) order;
    }

    /**
     * Returns the first key. O(log n).
     *
     * @throws java.util.NoSuchElementException if the map is empty
     */
    @Override
    @SuppressWarnings("unchecked")
    public K firstKey() {
        return (K) keyOrThrow(BTree.first(root()));
    }

    /**
     * Returns the last key. O(log n).
     *
     * @throws java.util.NoSuchElementException if the map is empty
     */
    @Override
    @SuppressWarnings("unchecked")
    public K lastKey() {
        return (K) keyOrThrow(BTree.last(root()));
    }

    /** Returns a snapshot of the first mapping, or null if the map is empty. O(log n). */
    @Override
    public Entry<K, V> firstEntry() {
        return cast(BTree.first(root()));
    }

    /** Returns a snapshot of the last mapping, or null if the map is empty. O(log n). */
    @Override
    public Entry<K, V> lastEntry() {
        return cast(BTree.last(root()));
    }

    /**
     * Removes and returns the first mapping, or null if the map is empty. O(log n).
     *
     * @return a snapshot of the mapping removed
     */
    @Override
    public Entry<K, V> pollFirstEntry() {
        return cast(poll(KeyRange.ALL, true));
    }

    /**
     * Removes and returns the last mapping, or null if the map is empty. O(log n).
     *
     * @return a snapshot of the mapping removed
     */
    @Override
    public Entry<K, V> pollLastEntry() {
        return cast(poll(KeyRange.ALL, false));
    }

    /**
     * Returns a snapshot of the mapping of the greatest key below {@code key}, or null. O(log n).
     *
     * @throws NullPointerException if {@code key} is null and the order does not permit it
     * @throws ClassCastException if {@code key} cannot be compared with the keys
     */
    @Override
    public Entry<K, V> lowerEntry(K key) {
        return cast(navigate(key, BTree.LOWER));
    }

    /**
     * Returns the greatest key below {@code key}, or null. O(log n).
     *
     * @throws NullPointerException if {@code key} is null and the order does not permit it
     * @throws ClassCastException if {@code key} cannot be compared with the keys
     */
    @Override
    @SuppressWarnings("unchecked")
    public K lowerKey(K key) {
        return (K) keyOrNull(navigate(key, BTree.LOWER));
    }

    /**
     * Returns a snapshot of the mapping of the greatest key at or below {@code key}, or null. O(log
     * n).
     *
     * @throws NullPointerException if {@code key} is null and the order does not permit it
     * @throws ClassCastException if {@code key} cannot be compared with the keys
     */
    @Override
    public Entry<K, V> floorEntry(K key) {
        return cast(navigate(key, BTree.FLOOR));
    }

    /**
     * Returns the greatest key at or below {@code key}, or null. O(log n).
     *
     * @throws NullPointerException if {@code key} is null and the order does not permit it
     * @throws ClassCastException if {@code key} cannot be compared with the keys
     */
    @Override
    @SuppressWarnings("unchecked")
    public K floorKey(K key) {
        return (K) keyOrNull(navigate(key, BTree.FLOOR));
    }

    /**
     * Returns a snapshot of the mapping of the least key at or above {@code key}, or null. O(log
     * n).
     *
     * @throws NullPointerException if {@code key} is null and the order does not permit it
     * @throws ClassCastException if {@code key} cannot be compared with the keys
     */
    @Override
    public Entry<K, V> ceilingEntry(K key) {
        return cast(navigate(key, BTree.CEILING));
    }

    /**
     * Returns the least key at or above {@code key}, or null. O(log n).
     *
     * @throws NullPointerException if {@code key} is null and the order does not permit it
     * @throws ClassCastException if {@code key} cannot be compared with the keys
     */
    @Override
    @SuppressWarnings("unchecked")
    public K ceilingKey(K key) {
        return (K) keyOrNull(navigate(key, BTree.CEILING));
    }

    /**
     * Returns a snapshot of the mapping of the least key above {@code key}, or null. O(log n).
     *
     * @throws NullPointerException if {@code key} is null and the order does not permit it
     * @throws ClassCastException if {@code key} cannot be compared with the keys
     */
    @Override
    public Entry<K, V> higherEntry(K key) {
        return cast(navigate(key, BTree.HIGHER));
    }

    /**
     * Returns the least key above {@code key}, or null. O(log n).
     *
     * @throws NullPointerException if {@code key} is null and the order does not permit it
     * @throws ClassCastException if {@code key} cannot be compared with the keys
     */
    @Override
    @SuppressWarnings("unchecked")
    public K higherKey(K key) {
        return (K) keyOrNull(navigate(key, BTree.HIGHER));
    }

    /**
     * Returns a snapshot of the mapping of rank {@code index} in key order. O(log n).
     *
     * @param index the rank, from 0
     * @return the mapping; its {@code setValue} throws
     * @throws IndexOutOfBoundsException if {@code index < 0 || index >= size()}
     */
    public Entry<K, V> entryAt(int index) {
        Objects.checkIndex(index, size());
        return cast(entryOfRank(index));
    }

    /**
     * Returns the key of rank {@code index} in key order. O(log n).
     *
     * @param index the rank, from 0
     * @return the key
     * @throws IndexOutOfBoundsException if {@code index < 0 || index >= size()}
     */
    public K keyAt(int index) {
        return entryAt(index).getKey();
    }

    /**
     * Returns the rank of {@code key} in key order, or {@code -(insertion point) - 1} if it has no
     * mapping. O(log n).
     *
     * @param key the key
     * @return its rank, or a negative value encoding where it would go
     * @throws NullPointerException if {@code key} is null and the order does not permit it
     * @throws ClassCastException if {@code key} cannot be compared with the keys
     */
    public int indexOfKey(Object key) {
        return rank(key);
    }

    @SuppressWarnings("unchecked")
    private Entry<K, V> cast(Map.Entry<Object, Object> e) {
        return (Entry<K, V>) (Entry<?, ?>) e;
    }

    // ------------------------------------------------------------------ views

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
     * Returns a live view of the keys in ascending order: removal through it removes mappings,
     * addition is refused. O(1).
     *
     * @return the key set
     */
    @Override
    public NavigableSet<K> navigableKeySet() {
        return new CowTreeKeySet<>(this, KeyRange.ALL);
    }

    /**
     * Returns a live view of the keys in descending order. O(1).
     *
     * @return the key set, descending
     */
    @Override
    public NavigableSet<K> descendingKeySet() {
        return new CowTreeKeySet<>(this, KeyRange.ALL_DESCENDING);
    }

    /**
     * Returns a live view of the values in key order. O(1).
     *
     * @return the values
     */
    @Override
    public Collection<V> values() {
        return new CowTreeValues<>(this, KeyRange.ALL);
    }

    /**
     * Returns a live view of the mappings in key order, whose entries read and write their key's
     * current mapping. O(1).
     *
     * @return the entry set
     */
    @Override
    public Set<Entry<K, V>> entrySet() {
        return new CowTreeEntrySet<>(this, KeyRange.ALL);
    }

    /**
     * Returns a live view of the mappings in descending key order. O(1).
     *
     * @return the descending map
     */
    @Override
    public NavigableMap<K, V> descendingMap() {
        return new CowTreeSubMap<>(this, KeyRange.ALL_DESCENDING);
    }

    /**
     * Returns a live view of the mappings whose keys lie between {@code fromKey} and {@code toKey},
     * each bound inclusive or not. O(1); putting a key outside the range through the view throws
     * {@link IllegalArgumentException}.
     *
     * @throws IllegalArgumentException if {@code fromKey} lies above {@code toKey}
     * @throws NullPointerException if a bound is null and the order does not permit it
     * @throws ClassCastException if a bound cannot be compared with the keys
     */
    @Override
    public NavigableMap<K, V> subMap(
            K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
        return new CowTreeSubMap<>(
                this, KeyRange.ALL.sub(order, fromKey, fromInclusive, toKey, toInclusive));
    }

    /**
     * Returns a live view of the mappings whose keys lie before {@code toKey} (or equal it, if
     * {@code inclusive}). O(1).
     *
     * @throws NullPointerException if {@code toKey} is null and the order does not permit it
     * @throws ClassCastException if {@code toKey} cannot be compared with the keys
     */
    @Override
    public NavigableMap<K, V> headMap(K toKey, boolean inclusive) {
        return new CowTreeSubMap<>(this, KeyRange.ALL.head(order, toKey, inclusive));
    }

    /**
     * Returns a live view of the mappings whose keys lie after {@code fromKey} (or equal it, if
     * {@code inclusive}). O(1).
     *
     * @throws NullPointerException if {@code fromKey} is null and the order does not permit it
     * @throws ClassCastException if {@code fromKey} cannot be compared with the keys
     */
    @Override
    public NavigableMap<K, V> tailMap(K fromKey, boolean inclusive) {
        return new CowTreeSubMap<>(this, KeyRange.ALL.tail(order, fromKey, inclusive));
    }

    /**
     * Returns {@code subMap(fromKey, true, toKey, false)}. O(1).
     *
     * @throws IllegalArgumentException if {@code fromKey} lies above {@code toKey}
     * @throws NullPointerException if a bound is null and the order does not permit it
     * @throws ClassCastException if a bound cannot be compared with the keys
     */
    @Override
    public SortedMap<K, V> subMap(K fromKey, K toKey) {
        return subMap(fromKey, true, toKey, false);
    }

    /**
     * Returns {@code headMap(toKey, false)}. O(1).
     *
     * @throws NullPointerException if {@code toKey} is null and the order does not permit it
     * @throws ClassCastException if {@code toKey} cannot be compared with the keys
     */
    @Override
    public SortedMap<K, V> headMap(K toKey) {
        return headMap(toKey, false);
    }

    /**
     * Returns {@code tailMap(fromKey, true)}. O(1).
     *
     * @throws NullPointerException if {@code fromKey} is null and the order does not permit it
     * @throws ClassCastException if {@code fromKey} cannot be compared with the keys
     */
    @Override
    public SortedMap<K, V> tailMap(K fromKey) {
        return tailMap(fromKey, true);
    }

    // ------------------------------------------------------------------ writes

    /**
     * Maps {@code key} to {@code value}; a present key keeps its key object. O(log n); copies the
     * shared nodes of the path first if this map shares them.
     *
     * @return the previous value, or null
     * @throws NullPointerException if {@code key} is null and the order does not permit it
     * @throws ClassCastException if {@code key} cannot be compared with the keys
     */
    @Override
    @SuppressWarnings("unchecked")
    public V put(K key, V value) {
        Object old = putEntry(key, value);
        return old == BTree.NOT_FOUND ? null : (V) old;
    }

    /**
     * Removes {@code key}'s mapping. O(log n).
     *
     * @return the removed value, or null
     * @throws NullPointerException if {@code key} is null and the order does not permit it
     * @throws ClassCastException if {@code key} cannot be compared with the keys
     */
    @Override
    @SuppressWarnings("unchecked")
    public V remove(Object key) {
        Object old = removeEntry(key);
        return old == BTree.NOT_FOUND ? null : (V) old;
    }

    /**
     * Adds every mapping of {@code map}. Into an empty map, a {@code SortedMap} of the same order
     * ({@code Objects.equals} of the comparators) is taken in O(1) if it is a {@code CowTreeMap} or
     * an ascending {@code PersistentTreeMap} (sharing its nodes) and loaded in O(n) otherwise, as
     * {@code TreeMap} loads it; any other case costs O(m log n) for m mappings.
     *
     * @throws NullPointerException if {@code map} is null or holds a key the order rejects
     * @throws ClassCastException if a key cannot be compared with the keys
     */
    @Override
    public void putAll(Map<? extends K, ? extends V> map) {
        int n = map.size();
        if (isEmpty()
                && n > 0
                && map instanceof SortedMap<?, ?> sorted
                && Objects.equals(order, sorted.comparator())) {
            if (map instanceof CowTreeMap<?, ?> cow) {
                share(cow);
                return;
            }
            if (map instanceof PersistentTreeMap<?, ?> p && !p.isDescending()) {
                modCount++;
                epoch++;
                writer.reset(p.root(), n);
                return;
            }
            Object[] keys = new Object[n];
            Object[] values = new Object[n];
            int i = 0;
            for (Entry<? extends K, ? extends V> e : map.entrySet()) {
                if (i == n) {
                    break;
                }
                keys[i] = e.getKey();
                values[i++] = e.getValue();
            }
            if (i == n && loadAscending(keys, values, n)) {
                return;
            }
        }
        for (Entry<? extends K, ? extends V> e : map.entrySet()) {
            put(e.getKey(), e.getValue());
        }
    }

    /** Removes every mapping. O(1): lets the tree go, shared or not. */
    @Override
    public void clear() {
        clearTree();
    }

    /**
     * Maps {@code key} to {@code value} if it has no mapping or maps to null, as {@code TreeMap}
     * does. O(log n).
     *
     * @return the previous value, or null
     * @throws NullPointerException if {@code key} is null and the order does not permit it
     * @throws ClassCastException if {@code key} cannot be compared with the keys
     */
    @Override
    @SuppressWarnings("unchecked")
    public V putIfAbsent(K key, V value) {
        Object old = lookup(key);
        if (old == BTree.NOT_FOUND || old == null) {
            putEntry(key, value);
            return null;
        }
        return (V) old;
    }

    /**
     * Maps {@code key} to {@code newValue} if it maps to a value equal to {@code oldValue}. O(log
     * n); not a structural modification.
     *
     * @return whether the value was replaced
     * @throws NullPointerException if {@code key} is null and the order does not permit it
     * @throws ClassCastException if {@code key} cannot be compared with the keys
     */
    @Override
    public boolean replace(K key, V oldValue, V newValue) {
        Object old = lookup(key);
        if (old == BTree.NOT_FOUND || !Objects.equals(old, oldValue)) {
            return false;
        }
        putEntry(key, newValue);
        return true;
    }

    /**
     * Maps {@code key} to {@code value} if it has a mapping. O(log n); not a structural
     * modification.
     *
     * @return the previous value, or null if there was none (nothing is put then)
     * @throws NullPointerException if {@code key} is null and the order does not permit it
     * @throws ClassCastException if {@code key} cannot be compared with the keys
     */
    @Override
    @SuppressWarnings("unchecked")
    public V replace(K key, V value) {
        Object old = lookup(key);
        if (old == BTree.NOT_FOUND) {
            return null;
        }
        putEntry(key, value);
        return (V) old;
    }

    /**
     * Returns {@code key}'s value, first putting {@code mappingFunction}'s result if it has none
     * (or maps to null); a null result puts nothing, as {@code TreeMap} does. O(log n) plus the
     * function.
     *
     * @throws ConcurrentModificationException if the function modified the map structurally
     * @throws NullPointerException if {@code mappingFunction} is null, or {@code key} is null and
     *     the order does not permit it
     * @throws ClassCastException if {@code key} cannot be compared with the keys
     */
    @Override
    @SuppressWarnings("unchecked")
    public V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
        Objects.requireNonNull(mappingFunction);
        Object old = isEmpty() ? BTree.NOT_FOUND : lookup(key);
        if (old != BTree.NOT_FOUND && old != null) {
            return (V) old;
        }
        int mc = modCount;
        V computed = mappingFunction.apply(key);
        checkModCount(mc);
        if (computed != null || old != BTree.NOT_FOUND) {
            putEntry(key, computed);
        }
        return computed;
    }

    /**
     * Replaces {@code key}'s non-null value with {@code remappingFunction}'s result, or removes the
     * key if the result is null. O(log n) plus the function.
     *
     * @throws ConcurrentModificationException if the function modified the map structurally
     * @throws NullPointerException if {@code remappingFunction} is null, or {@code key} is null and
     *     the order does not permit it
     * @throws ClassCastException if {@code key} cannot be compared with the keys
     */
    @Override
    @SuppressWarnings("unchecked")
    public V computeIfPresent(
            K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        Objects.requireNonNull(remappingFunction);
        Object old = lookup(key);
        if (old == BTree.NOT_FOUND || old == null) {
            return null;
        }
        int mc = modCount;
        return remap(key, (V) old, remappingFunction.apply(key, (V) old), mc);
    }

    /**
     * Replaces {@code key}'s value (or its absence, {@code null}) with {@code remappingFunction}'s
     * result; a null result removes the key, or puts nothing. O(log n) plus the function.
     *
     * @throws ConcurrentModificationException if the function modified the map structurally
     * @throws NullPointerException if {@code remappingFunction} is null, or {@code key} is null and
     *     the order does not permit it
     * @throws ClassCastException if {@code key} cannot be compared with the keys
     */
    @Override
    @SuppressWarnings("unchecked")
    public V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        Objects.requireNonNull(remappingFunction);
        Object old = isEmpty() ? BTree.NOT_FOUND : lookup(key);
        int mc = modCount;
        V computed = remappingFunction.apply(key, old == BTree.NOT_FOUND ? null : (V) old);
        if (old == BTree.NOT_FOUND) {
            checkModCount(mc);
            if (computed != null) {
                putEntry(key, computed);
            }
            return computed;
        }
        return remap(key, (V) old, computed, mc);
    }

    /**
     * Puts {@code value} if {@code key} has no mapping or maps to null, else replaces its value
     * with {@code remappingFunction.apply(old, value)}, removing the key if that is null. O(log n)
     * plus the function.
     *
     * @throws ConcurrentModificationException if the function modified the map structurally
     * @throws NullPointerException if {@code value} or {@code remappingFunction} is null, or {@code
     *     key} is null and the order does not permit it
     * @throws ClassCastException if {@code key} cannot be compared with the keys
     */
    @Override
    @SuppressWarnings("unchecked")
    public V merge(
            K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        Objects.requireNonNull(remappingFunction);
        Objects.requireNonNull(value);
        Object old = lookup(key);
        if (old == BTree.NOT_FOUND || old == null) {
            putEntry(key, value);
            return value;
        }
        int mc = modCount;
        return remap(key, (V) old, remappingFunction.apply((V) old, value), mc);
    }

    /**
     * Installs a function's result for a present key: removes the key if it is null, else replaces
     * the value; first checks that the function left the map's structure alone.
     */
    private V remap(K key, V old, V computed, int modCountBefore) {
        checkModCount(modCountBefore);
        if (computed == null) {
            removeEntry(key);
        } else if (computed != old) {
            putEntry(key, computed);
        }
        return computed;
    }

    /**
     * Calls {@code action} for every mapping in key order. O(n), allocating nothing per mapping.
     *
     * @throws ConcurrentModificationException if the action modified the map structurally
     * @throws NullPointerException if {@code action} is null
     */
    @Override
    @SuppressWarnings("unchecked")
    public void forEach(BiConsumer<? super K, ? super V> action) {
        Objects.requireNonNull(action);
        int mc = modCount;
        int n = size();
        long seen = epoch;
        TreeIterator<Object> path = new TreeIterator<>(root(), TreeIterator.KEYS, false, 0, n);
        for (int rank = 0; rank < n; rank++) {
            if (seen != epoch) {
                // The action wrote the map: the path may now lead through another map's nodes.
                path = new TreeIterator<>(root(), TreeIterator.KEYS, false, rank, n);
                seen = epoch;
            }
            TreeLeaf leaf = path.leaf();
            int pos = path.pos();
            path.advance();
            action.accept((K) leaf.keys[pos], (V) leaf.value(pos));
            checkModCount(mc);
        }
    }

    /**
     * Replaces every value with {@code function}'s result, in key order. O(n): each leaf's path is
     * made this map's own (copying what it shares), then its values are written in place.
     *
     * @throws ConcurrentModificationException if the function modified the map structurally
     * @throws NullPointerException if {@code function} is null
     */
    @Override
    @SuppressWarnings("unchecked")
    public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        Objects.requireNonNull(function);
        int mc = modCount;
        int n = size();
        TreeLeaf leaf = null;
        int pos = 0;
        long owned = 0;
        for (int rank = 0; rank < n; rank++) {
            if (leaf == null || pos == leaf.n || owned != epoch || !writer.editablePathHolds()) {
                epoch++;
                leaf = writer.editableLeaf(rank);
                pos = writer.editablePos();
                owned = epoch;
            }
            K key = (K) leaf.keys[pos];
            V next = function.apply(key, (V) leaf.values[pos]);
            if (modCount != mc) {
                // As TreeMap: the value is written, then the modification reported.
                if (lookup(key) != BTree.NOT_FOUND) {
                    putEntry(key, next);
                }
                throw new ConcurrentModificationException();
            }
            if (owned != epoch || !writer.editablePathHolds()) {
                // The function wrote the map, or forked it (and maybe wrote the fork, which shares
                // what it copied from): write through the current root instead.
                putEntry(key, next);
                leaf = null;
            } else {
                leaf.values[pos++] = next;
                // Entries and iterators of this map re-read after any write.
                owned = ++epoch;
            }
        }
    }

    // ------------------------------------------------------------------ Object

    /**
     * Compares with {@code o} as {@link Map#equals} requires. Against a {@code CowTreeMap} or an
     * ascending {@code PersistentTreeMap} of the same order: in one walk that skips the subtrees
     * both share, O(n) at worst; otherwise O(n log m).
     */
    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (o instanceof CowTreeMap<?, ?> other && Objects.equals(order, other.order)) {
            return size() == other.size() && BTree.equalEntries(root(), other.root(), order, true);
        }
        if (o instanceof PersistentTreeMap<?, ?> p
                && !p.isDescending()
                && Objects.equals(order, p.order())) {
            return size() == p.size() && BTree.equalEntries(root(), p.root(), order, true);
        }
        if (!(o instanceof Map<?, ?> m) || m.size() != size()) {
            return false;
        }
        try {
            for (CowTreeIterator<Entry<K, V>> it = iterator(KeyRange.ALL, TreeIterator.ENTRIES);
                    it.hasNext(); ) {
                Entry<K, V> e = it.next();
                Object value = e.getValue();
                Object theirs = m.get(e.getKey());
                if (value == null
                        ? theirs != null || !m.containsKey(e.getKey())
                        : !value.equals(theirs)) {
                    return false;
                }
            }
        } catch (ClassCastException | NullPointerException unused) {
            return false;
        }
        return true;
    }

    /** Returns the sum of the mappings' hash codes, as {@link Map#hashCode} requires. O(n). */
    @Override
    public int hashCode() {
        int[] sum = {0};
        BTree.forEach(root(), false, (k, v) -> sum[0] += Objects.hashCode(k) ^ Objects.hashCode(v));
        return sum[0];
    }

    /** Returns the mappings as {@code {k1=v1, k2=v2}}, in key order. O(n). */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("{");
        BTree.forEach(
                root(),
                false,
                (k, v) -> {
                    if (sb.length() > 1) {
                        sb.append(", ");
                    }
                    sb.append(k == this ? "(this Map)" : k)
                            .append('=')
                            .append(v == this ? "(this Map)" : v);
                });
        return sb.append('}').toString();
    }

    // ------------------------------------------------------------------ tests and serialization

    /** Checks the tree's invariants ({@link BTree#checkInvariants}). */
    void checkInvariants() {
        checkTree();
    }

    /**
     * Writes the comparator, then the mappings, as a {@link PersistentTreeMap}'s contents.
     *
     * @serialData the comparator ({@code Object}, so it must be {@link Serializable}), then the
     *     mappings in key order in {@link io.holstein.internal.SerialArrays}' layout: their count,
     *     each key and its value, an end byte
     * @param out the stream
     * @throws IOException if the stream fails, or {@link java.io.NotSerializableException} if the
     *     comparator or a key or value is not serializable
     */
    @Serial
    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        writeContents(out);
    }

    /**
     * Reads the comparator and the mappings into a tree loaded in O(n), which this map then shares
     * as it shares a persistent version it was made from.
     *
     * @param in the stream
     * @throws java.io.InvalidObjectException if the comparator is not one, the declared size is
     *     invalid or does not match the mappings, or the keys are not strictly ascending in the
     *     comparator's order
     * @throws IOException if the stream fails or ends early
     * @throws ClassNotFoundException if a class cannot be found
     */
    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        PersistentTreeMap<?, ?> read = SerialProxy.readContents(in, PersistentTreeMap.class);
        readTree(read.order(), read.root(), read.size());
    }
}
