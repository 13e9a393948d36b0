package io.holstein.map;

import io.holstein.PersistentMap;
import io.holstein.internal.IterationKind;
import io.holstein.internal.Owner;
import io.holstein.internal.ReadOnlyMap;
import io.holstein.internal.SerialProxy;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.stream.Collector;

/**
 * An immutable hash map: every "write" ({@link #with}, {@link #without}, {@link #withAll}, ...)
 * returns a new version that shares all untouched structure with this one, and every version stays
 * valid and unchanged.
 *
 * <pre>{@code
 * PersistentHashMap<String, String> v1 = PersistentHashMap.of("host", "localhost");
 * PersistentHashMap<String, String> v2 = v1.with("port", "8080"); // v1 is unchanged
 * PersistentHashMap<String, String> v3 = v2.without("host");      // {port=8080}
 * }</pre>
 *
 * <p><b>Costs.</b> {@code get}, {@code containsKey}, {@code with} and {@code without} run in
 * O(log<sub>32</sub> n) steps, at most seven levels, assuming the keys' hash codes spread; keys
 * that share one full hash code cost O(log k) per operation for k such keys when they share one
 * class {@code C implements Comparable<C>}, O(k) otherwise. A write copies only the nodes on the
 * path to the changed mapping (at most seven small arrays). {@code size}, {@code isEmpty}, {@link
 * #builder()}, {@link #toBuilder()} and the views are O(1); iteration is O(n); {@code
 * containsValue} and {@code hashCode} are O(n). {@code equals} with another {@code
 * PersistentHashMap} rejects on size and on the nodes' hash bitmaps early and skips sub-trees the
 * two maps share, so comparing a map with a version that differs on one path costs about one path.
 *
 * <p><b>Guarantees.</b>
 *
 * <ul>
 *   <li>Immutable: {@code Map} mutators and those of the views throw {@link
 *       UnsupportedOperationException}. Permits {@code null} keys and values.
 *   <li>A write that changes nothing returns {@code this}: {@code with} of a value {@code ==} to
 *       the present one, {@code without} of an absent key.
 *   <li>Iteration order is unspecified but depends only on the contents: equal maps iterate alike,
 *       whatever sequence of operations built them. Spliterators are {@code IMMUTABLE}, {@code
 *       SIZED} and {@code SUBSIZED} and split on node boundaries.
 *   <li>Thread-safe: a map, however it was made (including by a builder), may be published by any
 *       means and read by any number of threads.
 *   <li>Nothing derived from values is cached: a mutable value's current state shows in {@code
 *       equals} and {@code hashCode}.
 *   <li>Serializable through a proxy; sharing is not preserved across serialization. As with any
 *       serialization proxy, an object graph that loops back through a map (a key or value that
 *       refers to the map) cannot be deserialized; the mutable maps support such graphs.
 * </ul>
 *
 * @param <K> the type of keys
 * @param <V> the type of values
 */
public final class PersistentHashMap<K, V> extends ReadOnlyMap<K, V>
        implements PersistentMap<K, V>, Serializable {

    /*
     * Implementation notes.
     *
     * A compressed hash-array mapped prefix tree (CHAMP) [1]. Each BitmapNode consumes BITS bits
     * of the spread hash: its dataMap marks slots holding one mapping inline, its nodeMap slots
     * holding a sub-node, and one array packs the inline mappings at the front, then the
     * sub-nodes, so iteration runs over contiguous keys and values. Deletion compacts: a
     * sub-node left with one mapping moves that mapping inline into its parent, so the shape of
     * a trie depends only on its contents [1, section 3]. That canonical form is what lets
     * equals compare node by node, slot by slot, and skip shared nodes by reference; the
     * bitmaps are the key-hash summaries that reject unequal maps early.
     *
     * Keys whose spread hashes are equal in all 32 bits meet below the seventh level in a
     * CollisionNode, whose CollisionMappings CowHashMap's collision buckets hold too: flat up to
     * eight, then an AVL tree ordered by compareTo when the keys share a self-comparable class,
     * as java.util.HashMap's tree bins are [2]; compareTo only ever compares two keys of that
     * class, and a key of another class is searched for by equals over the whole node.
     *
     * Every node caches its subtree's size: size() is O(1), spliterators split with exact sizes,
     * and a write learns whether it added or removed a mapping by comparing sizes, with no
     * result object. Per-entry hashes are not cached: they would cost four bytes per entry for
     * the benefit of keys with costly equals, and the memory target comes first.
     *
     * Builders share the write code: each write method takes an Owner; a node stamped with the
     * builder's Owner is changed in place, any other is copied and the copy stamped. build()
     * retires the token, so nodes reachable from a built map are never written again, and the
     * map's root field is final, which publishes the whole trie safely.
     *
     * [1] M. J. Steindorfer, J. J. Vinju, "Optimizing Hash-Array Mapped Tries for Fast and Lean
     *     Immutable JVM Collections", OOPSLA 2015.
     * [2] OpenJDK java.util.HashMap, "Implementation notes" (tree bins).
     */

    @Serial private static final long serialVersionUID = 1L;

    private static final PersistentHashMap<?, ?> EMPTY = new PersistentHashMap<>(BitmapNode.EMPTY);

    private final transient ChampNode root;

    PersistentHashMap(ChampNode root) {
        this.root = root;
    }

    ChampNode root() {
        return root;
    }

    /**
     * Returns the empty map. O(1); one shared instance.
     *
     * @param <K> the type of keys
     * @param <V> the type of values
     * @return the empty map
     */
    @SuppressWarnings("unchecked")
    public static <K, V> PersistentHashMap<K, V> empty() {
        return (PersistentHashMap<K, V>) EMPTY;
    }

    /**
     * Returns the empty map. O(1).
     *
     * @param <K> the type of keys
     * @param <V> the type of values
     * @return the empty map
     */
    public static <K, V> PersistentHashMap<K, V> of() {
        return empty();
    }

    /**
     * Returns a map of one mapping. O(1).
     *
     * @param <K> the type of keys
     * @param <V> the type of values
     * @param k1 the key
     * @param v1 its value
     * @return the map
     */
    public static <K, V> PersistentHashMap<K, V> of(K k1, V v1) {
        return ofPairs(k1, v1);
    }

    /**
     * Returns a map of two mappings. O(1).
     *
     * @param <K> the type of keys
     * @param <V> the type of values
     * @param k1 the first key
     * @param v1 its value
     * @param k2 the second key
     * @param v2 its value
     * @return the map
     * @throws IllegalArgumentException if two keys are equal, as {@link Map#of} does
     */
    public static <K, V> PersistentHashMap<K, V> of(K k1, V v1, K k2, V v2) {
        return ofPairs(k1, v1, k2, v2);
    }

    /**
     * Returns a map of three mappings. O(1).
     *
     * @param <K> the type of keys
     * @param <V> the type of values
     * @param k1 the first key
     * @param v1 its value
     * @param k2 the second key
     * @param v2 its value
     * @param k3 the third key
     * @param v3 its value
     * @return the map
     * @throws IllegalArgumentException if two keys are equal, as {@link Map#of} does
     */
    public static <K, V> PersistentHashMap<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3) {
        return ofPairs(k1, v1, k2, v2, k3, v3);
    }

    /**
     * Returns a map of four mappings. O(1).
     *
     * @param <K> the type of keys
     * @param <V> the type of values
     * @param k1 the first key
     * @param v1 its value
     * @param k2 the second key
     * @param v2 its value
     * @param k3 the third key
     * @param v3 its value
     * @param k4 the fourth key
     * @param v4 its value
     * @return the map
     * @throws IllegalArgumentException if two keys are equal, as {@link Map#of} does
     */
    public static <K, V> PersistentHashMap<K, V> of(
            K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4) {
        return ofPairs(k1, v1, k2, v2, k3, v3, k4, v4);
    }

    /**
     * Returns a map of five mappings. O(1).
     *
     * @param <K> the type of keys
     * @param <V> the type of values
     * @param k1 the first key
     * @param v1 its value
     * @param k2 the second key
     * @param v2 its value
     * @param k3 the third key
     * @param v3 its value
     * @param k4 the fourth key
     * @param v4 its value
     * @param k5 the fifth key
     * @param v5 its value
     * @return the map
     * @throws IllegalArgumentException if two keys are equal, as {@link Map#of} does
     */
    public static <K, V> PersistentHashMap<K, V> of(
            K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4, K k5, V v5) {
        return ofPairs(k1, v1, k2, v2, k3, v3, k4, v4, k5, v5);
    }

    private static <K, V> PersistentHashMap<K, V> ofPairs(Object... pairs) {
        Owner owner = new Owner();
        ChampNode r = BitmapNode.EMPTY;
        for (int i = 0; i < pairs.length; i += 2) {
            r = withNewKey(owner, r, pairs[i], pairs[i + 1]);
        }
        return new PersistentHashMap<>(r);
    }

    /** {@code r} with {@code key} added, written in place where {@code owner} owns the nodes. */
    private static ChampNode withNewKey(Owner owner, ChampNode r, Object key, Object value) {
        int before = r.size();
        ChampNode next = r.put(owner, key, ChampNode.spread(key), value, 0);
        if (next.size() == before) {
            throw new IllegalArgumentException("duplicate key: " + key);
        }
        return next;
    }

    /**
     * Returns a map of the given mappings, as {@link Map#ofEntries} does but permitting {@code
     * null} keys and values. O(n); the map keeps no reference to the entries.
     *
     * @param <K> the type of keys
     * @param <V> the type of values
     * @param entries the mappings
     * @return the map
     * @throws IllegalArgumentException if two keys are equal
     * @throws NullPointerException if {@code entries} or one of its entries is null
     */
    @SafeVarargs
    public static <K, V> PersistentHashMap<K, V> ofEntries(
            Map.Entry<? extends K, ? extends V>... entries) {
        return copyOf(Arrays.asList(entries));
    }

    /**
     * Returns a map of the mappings {@code entries} yields. O(n); the map keeps no reference to the
     * entries.
     *
     * @param <K> the type of keys
     * @param <V> the type of values
     * @param entries the mappings
     * @return the map
     * @throws IllegalArgumentException if two keys are equal, as Guava's {@code
     *     ImmutableMap.copyOf(Iterable)} does
     * @throws NullPointerException if {@code entries} or one of its entries is null
     */
    public static <K, V> PersistentHashMap<K, V> copyOf(
            Iterable<? extends Map.Entry<? extends K, ? extends V>> entries) {
        Owner owner = new Owner();
        ChampNode r = BitmapNode.EMPTY;
        for (Map.Entry<? extends K, ? extends V> e : entries) {
            r = withNewKey(owner, r, e.getKey(), e.getValue());
        }
        return r == BitmapNode.EMPTY ? empty() : new PersistentHashMap<>(r);
    }

    /**
     * Returns a map of the mappings of {@code map}: {@code map} itself if it is a {@code
     * PersistentHashMap} (O(1)), otherwise a new map built in O(n).
     *
     * @param <K> the type of keys
     * @param <V> the type of values
     * @param map the mappings
     * @return an immutable map equal to {@code map}
     * @throws NullPointerException if {@code map} is null
     */
    @SuppressWarnings("unchecked")
    public static <K, V> PersistentHashMap<K, V> copyOf(Map<? extends K, ? extends V> map) {
        if (map instanceof PersistentHashMap) {
            return (PersistentHashMap<K, V>) map;
        }
        return PersistentHashMap.<K, V>empty().withAll(map);
    }

    /**
     * Returns a collector into a {@code PersistentHashMap}, through a builder. Duplicate keys throw
     * {@link IllegalStateException}, as {@link java.util.stream.Collectors#toMap(Function,
     * Function)} does. O(n) for n elements.
     *
     * @param <T> the type of stream elements
     * @param <K> the type of keys
     * @param <V> the type of values
     * @param keyFn maps an element to its key
     * @param valueFn maps an element to its value
     * @return the collector
     */
    public static <T, K, V> Collector<T, ?, PersistentHashMap<K, V>> collector(
            Function<? super T, ? extends K> keyFn, Function<? super T, ? extends V> valueFn) {
        Objects.requireNonNull(keyFn);
        Objects.requireNonNull(valueFn);
        return Collector.of(
                PersistentHashMap::<K, V>builder,
                (b, t) -> {
                    K k = keyFn.apply(t);
                    if (b.containsKey(k)) {
                        throw new IllegalStateException("duplicate key: " + k);
                    }
                    b.put(k, valueFn.apply(t));
                },
                (a, b) -> {
                    b.build()
                            .forEach(
                                    (k, v) -> {
                                        if (a.containsKey(k)) {
                                            throw new IllegalStateException("duplicate key: " + k);
                                        }
                                        a.put(k, v);
                                    });
                    return a;
                },
                Builder::build,
                Collector.Characteristics.UNORDERED);
    }

    /**
     * Returns a collector into a {@code PersistentHashMap} that merges the values of equal keys
     * with {@code mergeFn}, as {@link java.util.stream.Collectors#toMap(Function, Function,
     * BinaryOperator)} does, except that a {@code null} value or merge result is kept as the key's
     * value (the map permits null values) where {@code toMap} throws or removes the key. O(n) for n
     * elements.
     *
     * @param <T> the type of stream elements
     * @param <K> the type of keys
     * @param <V> the type of values
     * @param keyFn maps an element to its key
     * @param valueFn maps an element to its value
     * @param mergeFn merges the present value with a new one
     * @return the collector
     */
    public static <T, K, V> Collector<T, ?, PersistentHashMap<K, V>> collector(
            Function<? super T, ? extends K> keyFn,
            Function<? super T, ? extends V> valueFn,
            BinaryOperator<V> mergeFn) {
        Objects.requireNonNull(keyFn);
        Objects.requireNonNull(valueFn);
        Objects.requireNonNull(mergeFn);
        return Collector.of(
                PersistentHashMap::<K, V>builder,
                (b, t) -> b.merge(keyFn.apply(t), valueFn.apply(t), mergeFn),
                (a, b) -> {
                    b.build().forEach((k, v) -> a.merge(k, v, mergeFn));
                    return a;
                },
                Builder::build,
                Collector.Characteristics.UNORDERED);
    }

    /**
     * Returns an empty builder. O(1).
     *
     * @param <K> the type of keys
     * @param <V> the type of values
     * @return a new builder
     */
    public static <K, V> Builder<K, V> builder() {
        return new Builder<>(BitmapNode.EMPTY);
    }

    /**
     * Returns a builder that starts from this map's mappings, sharing its whole trie. O(1); the
     * builder copies a node of this map before its first write to it, so this map never changes.
     *
     * @return a new builder
     */
    public Builder<K, V> toBuilder() {
        return new Builder<>(root);
    }

    // ------------------------------------------------------------------ reads

    /** Returns the number of mappings. O(1). */
    @Override
    public int size() {
        return root.size();
    }

    /** Returns whether there are no mappings. O(1). */
    @Override
    public boolean isEmpty() {
        return root.size() == 0;
    }

    /** Returns the value of {@code key}, or {@code null}. O(log<sub>32</sub> n). */
    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        Object v = root.find(key, ChampNode.spread(key), 0);
        return v == Sentinel.NOT_FOUND ? null : (V) v;
    }

    /** Returns the value of {@code key}, or {@code defaultValue}. O(log<sub>32</sub> n). */
    @Override
    @SuppressWarnings("unchecked")
    public V getOrDefault(Object key, V defaultValue) {
        Object v = root.find(key, ChampNode.spread(key), 0);
        return v == Sentinel.NOT_FOUND ? defaultValue : (V) v;
    }

    /** Returns whether {@code key} has a mapping. O(log<sub>32</sub> n). */
    @Override
    public boolean containsKey(Object key) {
        return root.find(key, ChampNode.spread(key), 0) != Sentinel.NOT_FOUND;
    }

    /** Returns whether some key maps to {@code value}. O(n). */
    @Override
    public boolean containsValue(Object value) {
        for (ChampIterator<Object> it = new ChampIterator<>(IterationKind.VALUES, root);
                it.hasNext(); ) {
            if (Objects.equals(it.next(), value)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Calls {@code action} for every mapping, in iteration order, allocating nothing per mapping.
     * O(n).
     */
    @Override
    @SuppressWarnings("unchecked")
    public void forEach(BiConsumer<? super K, ? super V> action) {
        Objects.requireNonNull(action);
        root.forEach((BiConsumer<Object, Object>) action);
    }

    /** Returns a read-only view of the keys. O(1); reads this map's trie. */
    @Override
    public Set<K> keySet() {
        return new PersistentKeySet<>(this);
    }

    /** Returns a read-only view of the values. O(1); reads this map's trie. */
    @Override
    public Collection<V> values() {
        return new PersistentValues<>(this);
    }

    /**
     * Returns a read-only view of the mappings, with immutable entries. O(1); reads this map's
     * trie.
     */
    @Override
    public Set<Entry<K, V>> entrySet() {
        return new PersistentEntrySet<>(this);
    }

    /**
     * Compares with {@code o} as {@link Map#equals} requires. Against another {@code
     * PersistentHashMap}: O(1) rejection on size and on the root's hash bitmaps, then node by node,
     * skipping shared sub-trees; O(n) at worst.
     */
    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (o instanceof PersistentHashMap<?, ?> other) {
            return root.equivalent(other.root);
        }
        return super.equals(o);
    }

    /**
     * Returns the sum of the mappings' hash codes, as {@link Map#hashCode} requires. O(n); never
     * cached.
     */
    @Override
    public int hashCode() {
        int[] sum = {0};
        root.forEach((k, v) -> sum[0] += Objects.hashCode(k) ^ Objects.hashCode(v));
        return sum[0];
    }

    // ------------------------------------------------------------------ versions

    /**
     * Returns a map with {@code key} mapped to {@code value}. O(log<sub>32</sub> n); shares all but
     * the path to the key. Returns {@code this} if {@code key} already maps to a value {@code ==}
     * to {@code value}.
     *
     * @param key the key
     * @param value its value
     * @return the new version
     */
    public PersistentHashMap<K, V> with(K key, V value) {
        ChampNode r = root.put(null, key, ChampNode.spread(key), value, 0);
        return r == root ? this : new PersistentHashMap<>(r);
    }

    /**
     * Returns a map without {@code key}. O(log<sub>32</sub> n); shares all but the path to the key.
     * Returns {@code this} if {@code key} is absent.
     *
     * @param key the key
     * @return the new version
     */
    public PersistentHashMap<K, V> without(Object key) {
        ChampNode r = root.remove(null, key, ChampNode.spread(key), 0);
        return r == root ? this : new PersistentHashMap<>(r);
    }

    /**
     * Returns a map with every mapping of {@code map} added, its values replacing this map's. Given
     * another {@code PersistentHashMap}, merges the two tries node by node: slots only one side
     * uses and sub-trees the two share are taken as they are, so the cost follows the overlap, at
     * most O(n + m). Otherwise O(m log<sub>32</sub> n) for m mappings, writing in place the nodes
     * it creates. Returns {@code this} if nothing changes, and {@code map} itself if it is a {@code
     * PersistentHashMap} equal to the result.
     *
     * @param map the mappings to add
     * @return the new version
     * @throws NullPointerException if {@code map} is null
     */
    @SuppressWarnings("unchecked")
    public PersistentHashMap<K, V> withAll(Map<? extends K, ? extends V> map) {
        if (map instanceof PersistentHashMap<?, ?> p) {
            ChampNode r = ChampUnion.union(root, p.root, 0);
            return r == root
                    ? this
                    : r == p.root ? (PersistentHashMap<K, V>) p : new PersistentHashMap<>(r);
        }
        Owner owner = new Owner();
        ChampNode r = root;
        for (Entry<? extends K, ? extends V> e : map.entrySet()) {
            Object k = e.getKey();
            r = r.put(owner, k, ChampNode.spread(k), e.getValue(), 0);
        }
        return r == root ? this : new PersistentHashMap<>(r);
    }

    /**
     * Returns a map without the keys of {@code keys}. O(m log<sub>32</sub> n) for m keys, writing
     * in place the nodes it creates. Returns {@code this} if none is present.
     *
     * @param keys the keys to remove
     * @return the new version
     * @throws NullPointerException if {@code keys} is null
     */
    public PersistentHashMap<K, V> withoutAll(Iterable<?> keys) {
        Owner owner = new Owner();
        ChampNode r = root;
        for (Object k : keys) {
            r = r.remove(owner, k, ChampNode.spread(k), 0);
        }
        return r == root ? this : new PersistentHashMap<>(r);
    }

    /**
     * Returns a map where {@code key} maps to {@code fn.apply(key, old)}, {@code old} being its
     * present value or {@code null}; a {@code null} result removes the key, as {@link Map#compute}
     * does. O(log<sub>32</sub> n) plus the function. Returns {@code this} if nothing changes.
     *
     * @param key the key
     * @param fn computes the new value from the key and the present value
     * @return the new version
     * @throws NullPointerException if {@code fn} is null
     */
    public PersistentHashMap<K, V> withComputed(
            K key, BiFunction<? super K, ? super V, ? extends V> fn) {
        Objects.requireNonNull(fn);
        V next = fn.apply(key, get(key));
        return next == null ? without(key) : with(key, next);
    }

    // ------------------------------------------------------------------ tests and serialization

    /**
     * Checks the trie's invariants (sizes, bitmaps, compaction, hash prefixes, collision nodes).
     */
    void checkInvariants() {
        BitmapNode.checkTrie(root);
    }

    /** Whether this map's trie has exactly the shape of {@code other}'s (canonical form). */
    boolean sameShape(PersistentHashMap<?, ?> other) {
        return root.sameShape(other.root);
    }

    /**
     * Serializes this map as the one proxy of the persistent types, which writes its size and its
     * keys and values in iteration order.
     *
     * @return the serialization proxy
     */
    @Serial
    private Object writeReplace() {
        return new SerialProxy(this);
    }

    /**
     * Refuses a stream that holds this class itself: only the proxy is ever written.
     *
     * @param in the stream
     * @throws InvalidObjectException always
     */
    @Serial
    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw new InvalidObjectException("PersistentHashMap is deserialized through its proxy");
    }

    /**
     * A mutable builder of {@link PersistentHashMap}s. It owns the nodes it creates and writes them
     * in place; a node it shares with a built map or with the map it started from is copied before
     * its first write. Not a {@code Map}, not synchronized.
     *
     * <pre>{@code
     * PersistentHashMap<String, Integer> stock =
     *         PersistentHashMap.<String, Integer>builder().put("tea", 3).put("rice", 5).build();
     * PersistentHashMap<String, Integer> next = stock.toBuilder().remove("tea").build();
     * // next is {rice=5}; stock is unchanged
     * }</pre>
     *
     * @param <K> the type of keys
     * @param <V> the type of values
     */
    public static final class Builder<K, V> {

        /** The token stamped on the nodes this builder may write; replaced on {@link #build()}. */
        private Owner owner = new Owner();

        private ChampNode root;

        Builder(ChampNode root) {
            this.root = root;
        }

        /**
         * Maps {@code key} to {@code value}. O(log<sub>32</sub> n); copies only nodes it does not
         * own.
         *
         * @param key the key
         * @param value its value
         * @return this builder
         */
        public Builder<K, V> put(K key, V value) {
            root = root.put(owner, key, ChampNode.spread(key), value, 0);
            return this;
        }

        /**
         * Adds every mapping of {@code map}. O(m log<sub>32</sub> n) for m mappings.
         *
         * @param map the mappings
         * @return this builder
         * @throws NullPointerException if {@code map} is null
         */
        public Builder<K, V> putAll(Map<? extends K, ? extends V> map) {
            for (Entry<? extends K, ? extends V> e : map.entrySet()) {
                put(e.getKey(), e.getValue());
            }
            return this;
        }

        /**
         * Removes {@code key} if present. O(log<sub>32</sub> n).
         *
         * @param key the key
         * @return this builder
         */
        public Builder<K, V> remove(Object key) {
            root = root.remove(owner, key, ChampNode.spread(key), 0);
            return this;
        }

        void merge(K key, V value, BinaryOperator<V> mergeFn) {
            Object old = root.find(key, ChampNode.spread(key), 0);
            @SuppressWarnings("unchecked")
            V next = old == Sentinel.NOT_FOUND ? value : mergeFn.apply((V) old, value);
            put(key, next);
        }

        /**
         * Returns the value of {@code key}, or {@code null}. O(log<sub>32</sub> n).
         *
         * @param key the key
         * @return its value
         */
        @SuppressWarnings("unchecked")
        public V get(Object key) {
            Object v = root.find(key, ChampNode.spread(key), 0);
            return v == Sentinel.NOT_FOUND ? null : (V) v;
        }

        /**
         * Returns whether {@code key} has a mapping. O(log<sub>32</sub> n).
         *
         * @param key the key
         * @return whether it is present
         */
        public boolean containsKey(Object key) {
            return root.find(key, ChampNode.spread(key), 0) != Sentinel.NOT_FOUND;
        }

        /**
         * Returns the number of mappings. O(1).
         *
         * @return the size
         */
        public int size() {
            return root.size();
        }

        /**
         * Returns a map of the current mappings. O(1): the map takes the trie as it is, and this
         * builder takes a fresh ownership token, so its later writes copy what they touch and never
         * change the map.
         *
         * @return the built map
         */
        public PersistentHashMap<K, V> build() {
            owner = new Owner();
            return root.size() == 0 ? empty() : new PersistentHashMap<>(root);
        }
    }
}
