package io.holstein.sorted;

import io.holstein.PersistentSortedMap;
import io.holstein.internal.ReadOnlySortedMap;
import io.holstein.internal.SerialProxy;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.Spliterator;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.stream.Collector;

/**
 * An immutable sorted map kept in a copy-on-write B+-tree: every "write" ({@link #with}, {@link
 * #without}, {@link #headMap}, {@link #concat}, ...) returns a new version that shares all
 * untouched nodes with this one, and every version stays valid and unchanged.
 *
 * <pre>{@code
 * PersistentTreeMap<String, Integer> stock = PersistentTreeMap.of("apple", 3, "pear", 5);
 * PersistentTreeMap<String, Integer> more = stock.with("fig", 7);  // stock is unchanged
 * PersistentSortedMap<String, Integer> early = more.headMap("g");  // apple, fig: a split
 * int rank = more.indexOfKey("pear");                              // 2
 * }</pre>
 *
 * <p><b>Costs.</b> {@code get}, {@code containsKey}, {@code firstKey}, {@code lastKey}, the
 * navigation methods ({@code lowerKey}, {@code ceilingEntry}, ...), {@link #entryAt}, {@link
 * #keyAt} and {@link #indexOfKey} descend the tree once: O(log n) nodes, each a binary search of at
 * most 32 keys. {@link #with}, {@link #without} and {@link #withComputed} are O(log n) and copy the
 * nodes of one root-to-leaf path (and a neighbour where a node splits, borrows or merges). {@link
 * #headMap}, {@link #tailMap}, {@link #subMap} and {@link #concat} are O(log n): they split or join
 * the tree along one or two paths and share every other node. {@code size}, {@code isEmpty}, {@link
 * #descendingMap}, {@link #keySet}, {@link #navigableKeySet}, {@link #descendingKeySet}, {@link
 * #values}, {@link #entrySet}, {@link #builder()} and {@link #toBuilder()} are O(1). Iteration is
 * O(n), O(1) amortized per step; {@code containsValue} and {@code hashCode} are O(n). {@link
 * #withAll} and {@link #withoutAll} cost O(m log n) for m mappings, O(m) for keys given in order
 * above all of this map's. Loading ascending keys is O(n), whether through a builder, {@link
 * #copyOf(Map)} of a {@code SortedMap} or a {@link #collector}. {@code equals} with another {@code
 * PersistentTreeMap} of the same order skips the subtrees the two maps share, so comparing a map
 * with a version that differs on one path costs about one path.
 *
 * <p><b>Guarantees.</b>
 *
 * <ul>
 *   <li>Immutable: the {@code NavigableMap} mutators ({@code pollFirstEntry} included) and those of
 *       the views throw {@link UnsupportedOperationException}.
 *   <li>{@link java.util.TreeMap}'s order, exceptions and null policy: natural ordering rejects
 *       null keys with {@link NullPointerException} and a key that is not {@link Comparable} with
 *       {@link ClassCastException}; a comparator decides for itself and is the only judge of key
 *       equality, even when it is inconsistent with {@code equals}. Values may be null.
 *   <li>A write that changes nothing returns {@code this}: {@code with} of a value {@code ==} to
 *       the present one, {@code without} of an absent key, a range holding every key.
 *   <li>{@link #headMap}, {@link #tailMap}, {@link #subMap} and {@link #descendingMap} return maps
 *       of their own, not views: they keep no bounds (a later {@code with} may add any key, as in
 *       Guava's {@code ImmutableSortedMap}), and a range keeps alive only the entries in range. The
 *       key sets are {@link PersistentTreeSet}s over this map's tree, values included.
 *   <li>Iteration follows the keys' order; spliterators are {@code SORTED}, {@code DISTINCT},
 *       {@code ORDERED}, {@code SIZED}, {@code SUBSIZED} and {@code IMMUTABLE}, report the order by
 *       {@code getComparator()} and split on node boundaries.
 *   <li>Thread-safe: a map, however it was made (a builder included), may be published by any means
 *       and read by any number of threads.
 *   <li>Serializable through a proxy that writes {@link #comparator()}, then the mappings in order;
 *       a comparator that is not {@link Serializable} makes {@code writeObject} fail, as it does
 *       for {@code TreeMap}. A descending map reads back as a map ordered by that reversed
 *       comparator, equal to it and iterating alike. Sharing is not preserved, and an object graph
 *       that loops back through the map is not supported, as with any serialization proxy.
 * </ul>
 *
 * @param <K> the type of keys
 * @param <V> the type of values
 */
public final class PersistentTreeMap<K, V> extends ReadOnlySortedMap<K, V>
        implements PersistentSortedMap<K, V>, Serializable {

    /*
     * Implementation notes.
     *
     * Layout. A B+-tree of fanout F = TreeNode.FANOUT [1]. A TreeLeaf holds up to F entries in
     * two parallel arrays, keys ascending and values (a set's leaves have no values array), so
     * a leaf is three objects whatever its size, where a binary tree has one node per entry. A
     * TreeBranch holds up to F children, the separators between them (keys[i] above every key
     * under child i, at or below every key under child i + 1) and the number of entries under
     * each child, from which entryAt and indexOfKey find ranks in one descent. Every node but
     * the root holds at least F/2 slots: insertion splits a node of F + 1 into F/2 + 1 and F/2,
     * deletion borrows from a neighbour that can spare slots or merges with one. Every leaf is at
     * the same depth. Arrays of nodes made by persistent writes have exactly their size.
     *
     * The descending map is this class with its flag set: the same tree read backwards. Reads
     * mirror the relation (lower for higher, head for tail) and ranks; writes go to the tree as
     * they are. So a descending map is a full PersistentTreeMap, and descendingMap() is O(1).
     *
     * Counts. Every node is its own reference count (RefCounted, with RefCount's saturating,
     * conservative protocol), so that one tree serves this map, its builder and the mutable
     * maps built on the same nodes [2]. A writer (a builder) writes a node in place only if the
     * node has count 1 and is reached from the writer's own root through nodes of count 1; any
     * other node it changes it copies, counting each child of the copy once more, and continues
     * in the copy. The root of every persistent version is saturated (frozen) when it is handed
     * out: build() saturates the builder's root, in O(1), and a persistent write, split or join
     * saturates the root it returns, be it new or an existing node.
     *
     * Persistent writes do not count the children of the nodes they copy, which Rodeh's scheme
     * would: counting them would touch F nodes per level on every write, more than the path copy
     * itself. This is safe because the nodes reachable from a persistent version are reachable
     * only through its saturated root. A writer starts from a root it must copy (a saturated
     * root or a fresh empty one it created), copying counts the copy's children, and so a node
     * it reaches through count-1 nodes is one it created itself since its root was last
     * shared; every way of sharing a writer's root (build() saturates it) forces the writer to
     * copy that root again before its next write. So an uncounted reference only ever points at
     * a node that no writer holds as its own.
     *
     * Split and join. headMap and tailMap cut the tree along one path: the subtrees beside the
     * path are kept whole, and at each level the kept part is joined with the cut subtree below
     * it; join hangs the shorter tree on the facing spine of the taller at its own height,
     * merging or topping up a root below half full, and splits up the spine as an insertion
     * does, so both cost O(log n) [3]. Set algebra on PersistentTreeSet cuts one operand at the
     * separators of the other's root and recurses piecewise, so empty pieces cost nothing.
     *
     * [1] R. Bayer, E. McCreight, "Organization and Maintenance of Large Ordered Indexes", Acta
     *     Informatica 1, 1972.
     * [2] O. Rodeh, "B-trees, Shadowing, and Clones", ACM Transactions on Storage 3(4), 2008.
     * [3] G. E. Blelloch, D. Ferizovic, Y. Sun, "Just Join for Parallel Ordered Sets", SPAA 2016.
     */

    @Serial private static final long serialVersionUID = 1L;

    private static final PersistentTreeMap<?, ?> EMPTY =
            new PersistentTreeMap<>(TreeLeaf.EMPTY_MAP, 0, null, false);

    private final transient TreeNode root;

    private final transient int size;

    /** The tree's order; null for natural order. */
    private final transient Comparator<Object> order;

    /** Whether this map reads its tree backwards. */
    private final transient boolean descending;

    PersistentTreeMap(TreeNode root, int size, Comparator<Object> order, boolean descending) {
        this.root = root;
        this.size = size;
        this.order = order;
        this.descending = descending;
    }

    @SuppressWarnings("unchecked")
    static Comparator<Object> erase(Comparator<?> comparator) {
        return (Comparator<Object>) comparator;
    }

    TreeNode root() {
        return root;
    }

    Comparator<Object> order() {
        return order;
    }

    boolean isDescending() {
        return descending;
    }

    /** A version of this map's order and direction over {@code tree}, saturated here. */
    private PersistentTreeMap<K, V> over(TreeNode tree, int newSize) {
        if (newSize == 0) {
            return descending || order != null
                    ? new PersistentTreeMap<>(TreeLeaf.EMPTY_MAP, 0, order, descending)
                    : empty();
        }
        tree.saturate();
        return new PersistentTreeMap<>(tree, newSize, order, descending);
    }

    // ------------------------------------------------------------------ factories

    /**
     * Returns the empty map in natural order. O(1); one shared instance.
     *
     * @param <K> the type of keys
     * @param <V> the type of values
     * @return the empty map
     */
    @SuppressWarnings("unchecked")
    public static <K, V> PersistentTreeMap<K, V> empty() {
        return (PersistentTreeMap<K, V>) EMPTY;
    }

    /**
     * Returns the empty map ordered by {@code comparator}. O(1).
     *
     * @param <K> the type of keys
     * @param <V> the type of values
     * @param comparator the order of the keys; null for their natural order
     * @return the empty map
     */
    public static <K, V> PersistentTreeMap<K, V> empty(Comparator<? super K> comparator) {
        return comparator == null
                ? empty()
                : new PersistentTreeMap<>(TreeLeaf.EMPTY_MAP, 0, erase(comparator), false);
    }

    /**
     * Returns the empty map in natural order. O(1).
     *
     * @param <K> the type of keys
     * @param <V> the type of values
     * @return the empty map
     */
    public static <K, V> PersistentTreeMap<K, V> of() {
        return empty();
    }

    /**
     * Returns a map of one mapping, in natural order. O(1).
     *
     * @param <K> the type of keys
     * @param <V> the type of values
     * @param k1 the key
     * @param v1 its value
     * @return the map
     * @throws NullPointerException if the key is null
     * @throws ClassCastException if the key is not {@link Comparable}
     */
    public static <K, V> PersistentTreeMap<K, V> of(K k1, V v1) {
        return ofPairs(k1, v1);
    }

    /**
     * Returns a map of two mappings, in natural order. O(1).
     *
     * @param <K> the type of keys
     * @param <V> the type of values
     * @param k1 the first key
     * @param v1 its value
     * @param k2 the second key
     * @param v2 its value
     * @return the map
     * @throws IllegalArgumentException if two keys are equal, as {@link Map#of} does
     * @throws NullPointerException if a key is null
     * @throws ClassCastException if the keys cannot be compared
     */
    public static <K, V> PersistentTreeMap<K, V> of(K k1, V v1, K k2, V v2) {
        return ofPairs(k1, v1, k2, v2);
    }

    /**
     * Returns a map of three mappings, in natural order. O(1).
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
     * @throws NullPointerException if a key is null
     * @throws ClassCastException if the keys cannot be compared
     */
    public static <K, V> PersistentTreeMap<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3) {
        return ofPairs(k1, v1, k2, v2, k3, v3);
    }

    /**
     * Returns a map of four mappings, in natural order. O(1).
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
     * @throws NullPointerException if a key is null
     * @throws ClassCastException if the keys cannot be compared
     */
    public static <K, V> PersistentTreeMap<K, V> of(
            K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4) {
        return ofPairs(k1, v1, k2, v2, k3, v3, k4, v4);
    }

    /**
     * Returns a map of five mappings, in natural order. O(1).
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
     * @throws NullPointerException if a key is null
     * @throws ClassCastException if the keys cannot be compared
     */
    public static <K, V> PersistentTreeMap<K, V> of(
            K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4, K k5, V v5) {
        return ofPairs(k1, v1, k2, v2, k3, v3, k4, v4, k5, v5);
    }

    private static <K, V> PersistentTreeMap<K, V> ofPairs(Object... pairs) {
        Builder<K, V> b = new Builder<>(null, false, TreeLeaf.EMPTY_MAP, 0);
        for (int i = 0; i < pairs.length; i += 2) {
            b.putNew(pairs[i], pairs[i + 1], IllegalArgumentException::new);
        }
        return b.build();
    }

    /**
     * Returns a map of the given mappings in natural order, as {@link Map#ofEntries} does but
     * permitting null values. O(n log n), O(n) for keys in ascending order; the map keeps no
     * reference to the entries.
     *
     * @param <K> the type of keys
     * @param <V> the type of values
     * @param entries the mappings
     * @return the map
     * @throws IllegalArgumentException if two keys are equal
     * @throws NullPointerException if {@code entries}, one of them or a key is null
     * @throws ClassCastException if the keys cannot be compared
     */
    @SafeVarargs
    public static <K, V> PersistentTreeMap<K, V> ofEntries(
            Map.Entry<? extends K, ? extends V>... entries) {
        return copyOf(null, Arrays.asList(entries));
    }

    /**
     * Returns a map of the mappings {@code entries} yields, in natural order. O(n log n), O(n) for
     * keys in ascending order.
     *
     * @param <K> the type of keys
     * @param <V> the type of values
     * @param entries the mappings
     * @return the map
     * @throws IllegalArgumentException if two keys are equal
     * @throws NullPointerException if {@code entries}, one of them or a key is null
     * @throws ClassCastException if the keys cannot be compared
     */
    public static <K, V> PersistentTreeMap<K, V> copyOf(
            Iterable<? extends Map.Entry<? extends K, ? extends V>> entries) {
        return copyOf(null, entries);
    }

    /**
     * Returns a map of the mappings {@code entries} yields, ordered by {@code comparator}. O(n log
     * n), O(n) for keys in ascending order.
     *
     * @param <K> the type of keys
     * @param <V> the type of values
     * @param comparator the order of the keys; null for their natural order
     * @param entries the mappings
     * @return the map
     * @throws IllegalArgumentException if two keys are equal by the order
     * @throws NullPointerException if {@code entries} or one of them is null, or a key is null and
     *     the order does not permit it
     */
    public static <K, V> PersistentTreeMap<K, V> copyOf(
            Comparator<? super K> comparator,
            Iterable<? extends Map.Entry<? extends K, ? extends V>> entries) {
        Builder<K, V> b = builder(comparator);
        for (Map.Entry<? extends K, ? extends V> e : entries) {
            b.putNew(e.getKey(), e.getValue(), IllegalArgumentException::new);
        }
        return b.build();
    }

    /**
     * Returns a map of the mappings of {@code map}, ordered as {@code TreeMap}'s constructors order
     * them: by the comparator of {@code map} if it is a {@link SortedMap}, else by the keys'
     * natural order. {@code map} itself if it is a {@code PersistentTreeMap} (O(1)); otherwise O(n)
     * for a sorted map, O(n log n) for any other.
     *
     * @param <K> the type of keys
     * @param <V> the type of values
     * @param map the mappings
     * @return an immutable sorted map equal to {@code map}
     * @throws NullPointerException if {@code map} is null, or holds a null key in natural order
     * @throws ClassCastException if the keys cannot be compared
     */
    @SuppressWarnings("unchecked")
    public static <K, V> PersistentTreeMap<K, V> copyOf(Map<? extends K, ? extends V> map) {
        if (map instanceof PersistentTreeMap) {
            return (PersistentTreeMap<K, V>) map;
        }
        Comparator<? super K> comparator =
                map instanceof SortedMap ? ((SortedMap<K, ? extends V>) map).comparator() : null;
        return copyOf(comparator, map);
    }

    /**
     * Returns a map of the mappings of {@code map} ordered by {@code comparator}. {@code map}
     * itself if it is a {@code PersistentTreeMap} whose {@link #comparator()} equals {@code
     * comparator} (O(1)); otherwise O(n) when {@code map} iterates in that order, O(n log n) in
     * general. Keys equal by the order collapse to the first, with the last value, as in {@code
     * TreeMap.putAll}.
     *
     * @param <K> the type of keys
     * @param <V> the type of values
     * @param comparator the order of the keys; null for their natural order
     * @param map the mappings
     * @return an immutable sorted map of them
     * @throws NullPointerException if {@code map} is null, or holds a null key the order rejects
     * @throws ClassCastException if the keys cannot be compared
     */
    @SuppressWarnings("unchecked")
    public static <K, V> PersistentTreeMap<K, V> copyOf(
            Comparator<? super K> comparator, Map<? extends K, ? extends V> map) {
        if (map instanceof PersistentTreeMap<?, ?> p
                && Objects.equals(p.comparator(), comparator)) {
            return (PersistentTreeMap<K, V>) p;
        }
        return PersistentTreeMap.<K, V>builder(comparator).putAll(map).build();
    }

    /**
     * Returns a collector into a {@code PersistentTreeMap} in natural order, through a builder.
     * Duplicate keys throw {@link IllegalStateException}, as {@link
     * java.util.stream.Collectors#toMap(Function, Function)} does. O(n log n), O(n) for keys in
     * ascending order.
     *
     * @param <T> the type of stream elements
     * @param <K> the type of keys
     * @param <V> the type of values
     * @param keyFn maps an element to its key
     * @param valueFn maps an element to its value
     * @return the collector
     */
    public static <T, K, V> Collector<T, ?, PersistentTreeMap<K, V>> collector(
            Function<? super T, ? extends K> keyFn, Function<? super T, ? extends V> valueFn) {
        return collector(null, keyFn, valueFn);
    }

    /**
     * Returns a collector into a {@code PersistentTreeMap} ordered by {@code comparator}, through a
     * builder. Keys equal by the order throw {@link IllegalStateException}. O(n log n), O(n) for
     * keys in ascending order.
     *
     * @param <T> the type of stream elements
     * @param <K> the type of keys
     * @param <V> the type of values
     * @param comparator the order of the keys; null for their natural order
     * @param keyFn maps an element to its key
     * @param valueFn maps an element to its value
     * @return the collector
     */
    public static <T, K, V> Collector<T, ?, PersistentTreeMap<K, V>> collector(
            Comparator<? super K> comparator,
            Function<? super T, ? extends K> keyFn,
            Function<? super T, ? extends V> valueFn) {
        Objects.requireNonNull(keyFn);
        Objects.requireNonNull(valueFn);
        return Collector.of(
                () -> PersistentTreeMap.<K, V>builder(comparator),
                (b, t) -> b.putNew(keyFn.apply(t), valueFn.apply(t), IllegalStateException::new),
                (a, b) -> {
                    b.build().forEach((k, v) -> a.putNew(k, v, IllegalStateException::new));
                    return a;
                },
                Builder::build);
    }

    /**
     * Returns a collector into a {@code PersistentTreeMap} in natural order that merges the values
     * of equal keys with {@code mergeFn}, the earlier value first, as {@link
     * java.util.stream.Collectors#toMap(Function, Function, BinaryOperator)} does, except that a
     * {@code null} value or merge result is kept as the key's value (the map permits null values)
     * where {@code toMap} throws or removes the key. O(n log n), O(n) for keys in ascending order.
     *
     * @param <T> the type of stream elements
     * @param <K> the type of keys
     * @param <V> the type of values
     * @param keyFn maps an element to its key
     * @param valueFn maps an element to its value
     * @param mergeFn merges the present value with a new one
     * @return the collector
     */
    public static <T, K, V> Collector<T, ?, PersistentTreeMap<K, V>> collector(
            Function<? super T, ? extends K> keyFn,
            Function<? super T, ? extends V> valueFn,
            BinaryOperator<V> mergeFn) {
        return collector(null, keyFn, valueFn, mergeFn);
    }

    /**
     * Returns a collector into a {@code PersistentTreeMap} ordered by {@code comparator} that
     * merges the values of keys equal by the order with {@code mergeFn}, the earlier value first.
     * O(n log n), O(n) for keys in ascending order.
     *
     * @param <T> the type of stream elements
     * @param <K> the type of keys
     * @param <V> the type of values
     * @param comparator the order of the keys; null for their natural order
     * @param keyFn maps an element to its key
     * @param valueFn maps an element to its value
     * @param mergeFn merges the present value with a new one
     * @return the collector
     */
    public static <T, K, V> Collector<T, ?, PersistentTreeMap<K, V>> collector(
            Comparator<? super K> comparator,
            Function<? super T, ? extends K> keyFn,
            Function<? super T, ? extends V> valueFn,
            BinaryOperator<V> mergeFn) {
        Objects.requireNonNull(keyFn);
        Objects.requireNonNull(valueFn);
        Objects.requireNonNull(mergeFn);
        return Collector.of(
                () -> PersistentTreeMap.<K, V>builder(comparator),
                (b, t) -> b.merge(keyFn.apply(t), valueFn.apply(t), mergeFn),
                (a, b) -> {
                    b.build().forEach((k, v) -> a.merge(k, v, mergeFn));
                    return a;
                },
                Builder::build);
    }

    /**
     * Returns an empty builder of a map in natural order. O(1).
     *
     * @param <K> the type of keys
     * @param <V> the type of values
     * @return a new builder
     */
    public static <K, V> Builder<K, V> builder() {
        return builder(null);
    }

    /**
     * Returns an empty builder of a map ordered by {@code comparator}. O(1).
     *
     * @param <K> the type of keys
     * @param <V> the type of values
     * @param comparator the order of the keys; null for their natural order
     * @return a new builder
     */
    public static <K, V> Builder<K, V> builder(Comparator<? super K> comparator) {
        return new Builder<>(erase(comparator), false, TreeLeaf.EMPTY_MAP, 0);
    }

    /**
     * Returns a builder that starts from this map's mappings, order and direction, sharing its
     * whole tree. O(1); the builder copies a node of this map before its first write to it, so this
     * map never changes.
     *
     * @return a new builder
     */
    public Builder<K, V> toBuilder() {
        return new Builder<>(order, descending, root, size);
    }

    // ------------------------------------------------------------------ reads

    /** Returns the number of mappings. O(1). */
    @Override
    public int size() {
        return size;
    }

    /** Returns whether there are no mappings. O(1). */
    @Override
    public boolean isEmpty() {
        return size == 0;
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
        BTree.checkQuery(order, key);
        Object v = BTree.find(root, key, order);
        return v == BTree.NOT_FOUND ? null : (V) v;
    }

    /**
     * Returns the value of {@code key}, or {@code defaultValue}. O(log n).
     *
     * @throws NullPointerException if {@code key} is null and the order does not permit it
     * @throws ClassCastException if {@code key} cannot be compared with the keys
     */
    @Override
    @SuppressWarnings("unchecked")
    public V getOrDefault(Object key, V defaultValue) {
        BTree.checkQuery(order, key);
        Object v = BTree.find(root, key, order);
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
        BTree.checkQuery(order, key);
        return BTree.find(root, key, order) != BTree.NOT_FOUND;
    }

    /** Returns whether some key maps to {@code value}. O(n). */
    @Override
    public boolean containsValue(Object value) {
        for (Iterator<V> it = iterator(TreeIterator.VALUES); it.hasNext(); ) {
            if (Objects.equals(it.next(), value)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Calls {@code action} for every mapping in key order, allocating nothing per mapping. O(n).
     */
    @Override
    @SuppressWarnings("unchecked")
    public void forEach(BiConsumer<? super K, ? super V> action) {
        Objects.requireNonNull(action);
        BTree.forEach(root, descending, (BiConsumer<Object, Object>) action);
    }

    /**
     * Returns the order of the keys: null for natural order, its reverse for a descending map.
     * O(1).
     */
    @Override
    @SuppressWarnings("unchecked")
    public Comparator<? super K> comparator() {
        return (Comparator<? super K>) BTree.viewOrder(order, descending);
    }

    /**
     * Returns the first key. O(log n).
     *
     * @throws NoSuchElementException if the map is empty
     */
    @Override
    public K firstKey() {
        return keyOrThrow(firstEntry());
    }

    /**
     * Returns the last key. O(log n).
     *
     * @throws NoSuchElementException if the map is empty
     */
    @Override
    public K lastKey() {
        return keyOrThrow(lastEntry());
    }

    /** Returns the first mapping, or null if the map is empty. O(log n). */
    @Override
    @SuppressWarnings("unchecked")
    public Entry<K, V> firstEntry() {
        return (Entry<K, V>) (descending ? BTree.last(root) : BTree.first(root));
    }

    /** Returns the last mapping, or null if the map is empty. O(log n). */
    @Override
    @SuppressWarnings("unchecked")
    public Entry<K, V> lastEntry() {
        return (Entry<K, V>) (descending ? BTree.first(root) : BTree.last(root));
    }

    /** Returns the mapping of the greatest key below {@code key}, or null. O(log n). */
    @Override
    public Entry<K, V> lowerEntry(K key) {
        return navigate(key, BTree.LOWER);
    }

    /** Returns the greatest key below {@code key}, or null. O(log n). */
    @Override
    public K lowerKey(K key) {
        return keyOrNull(navigate(key, BTree.LOWER));
    }

    /** Returns the mapping of the greatest key at or below {@code key}, or null. O(log n). */
    @Override
    public Entry<K, V> floorEntry(K key) {
        return navigate(key, BTree.FLOOR);
    }

    /** Returns the greatest key at or below {@code key}, or null. O(log n). */
    @Override
    public K floorKey(K key) {
        return keyOrNull(navigate(key, BTree.FLOOR));
    }

    /** Returns the mapping of the least key at or above {@code key}, or null. O(log n). */
    @Override
    public Entry<K, V> ceilingEntry(K key) {
        return navigate(key, BTree.CEILING);
    }

    /** Returns the least key at or above {@code key}, or null. O(log n). */
    @Override
    public K ceilingKey(K key) {
        return keyOrNull(navigate(key, BTree.CEILING));
    }

    /** Returns the mapping of the least key above {@code key}, or null. O(log n). */
    @Override
    public Entry<K, V> higherEntry(K key) {
        return navigate(key, BTree.HIGHER);
    }

    /** Returns the least key above {@code key}, or null. O(log n). */
    @Override
    public K higherKey(K key) {
        return keyOrNull(navigate(key, BTree.HIGHER));
    }

    @SuppressWarnings("unchecked")
    private Entry<K, V> navigate(K key, int relation) {
        return (Entry<K, V>)
                BTree.navigate(root, key, order, descending ? BTree.mirror(relation) : relation);
    }

    private static <K> K keyOrNull(Entry<K, ?> e) {
        return e == null ? null : e.getKey();
    }

    private static <K> K keyOrThrow(Entry<K, ?> e) {
        if (e == null) {
            throw new NoSuchElementException("empty map");
        }
        return e.getKey();
    }

    /**
     * Returns the mapping of rank {@code index} in this map's order. O(log n).
     *
     * @throws IndexOutOfBoundsException if {@code index < 0 || index >= size()}
     */
    @Override
    @SuppressWarnings("unchecked")
    public Entry<K, V> entryAt(int index) {
        Objects.checkIndex(index, size);
        return (Entry<K, V>) BTree.entryAt(root, descending ? size - 1 - index : index);
    }

    /**
     * Returns the key of rank {@code index} in this map's order. O(log n).
     *
     * @throws IndexOutOfBoundsException if {@code index < 0 || index >= size()}
     */
    @Override
    public K keyAt(int index) {
        return entryAt(index).getKey();
    }

    /**
     * Returns the rank of {@code key} in this map's order, or {@code -(insertion point) - 1} if it
     * is absent. O(log n).
     *
     * @throws NullPointerException if {@code key} is null and the order does not permit it
     * @throws ClassCastException if {@code key} cannot be compared with the keys
     */
    @Override
    public int indexOfKey(Object key) {
        BTree.checkQuery(order, key);
        return BTree.viewRank(BTree.rank(root, key, order), size, descending);
    }

    /** Returns the keys as a sorted set sharing this map's tree. O(1). */
    @Override
    public PersistentTreeSet<K> keySet() {
        return navigableKeySet();
    }

    /** Returns the keys as a sorted set sharing this map's tree. O(1). */
    @Override
    public PersistentTreeSet<K> navigableKeySet() {
        return new PersistentTreeSet<>(root, size, order, descending);
    }

    /** Returns the keys in descending order, as a sorted set sharing this map's tree. O(1). */
    @Override
    public PersistentTreeSet<K> descendingKeySet() {
        return new PersistentTreeSet<>(root, size, order, !descending);
    }

    /** Returns a read-only view of the values, in key order. O(1). */
    @Override
    public Collection<V> values() {
        return new TreeMapValues<>(this);
    }

    /** Returns a read-only view of the mappings in key order, with immutable entries. O(1). */
    @Override
    public Set<Entry<K, V>> entrySet() {
        return new TreeMapEntries<>(this);
    }

    <T> Iterator<T> iterator(int kind) {
        return new TreeIterator<>(root, kind, descending, 0, size);
    }

    <T> Spliterator<T> spliterator(int kind, int characteristics, Comparator<? super T> cmp) {
        return new TreeSpliterator<>(root, size, kind, descending, characteristics, cmp);
    }

    /**
     * Compares with {@code o} as {@link Map#equals} requires. Against a {@code PersistentTreeMap}
     * of the same order (either direction): keys compared by the order, values by {@code equals},
     * in one walk that skips the subtrees both maps share; O(n) at worst. Otherwise O(n log n).
     */
    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (o instanceof PersistentTreeMap<?, ?> other && Objects.equals(order, other.order)) {
            return size == other.size && BTree.equalEntries(root, other.root, order, true);
        }
        return super.equals(o);
    }

    /** Returns the sum of the mappings' hash codes, as {@link Map#hashCode} requires. O(n). */
    @Override
    public int hashCode() {
        int[] sum = {0};
        BTree.forEach(root, false, (k, v) -> sum[0] += Objects.hashCode(k) ^ Objects.hashCode(v));
        return sum[0];
    }

    // ------------------------------------------------------------------ versions

    /**
     * Returns a map with {@code key} mapped to {@code value}; a present key keeps its key object,
     * as in {@code TreeMap.put}. O(log n); shares all but one path. Returns {@code this} if {@code
     * key} already maps to a value {@code ==} to {@code value}.
     *
     * @param key the key
     * @param value its value
     * @return the new version
     * @throws NullPointerException if {@code key} is null and the order does not permit it
     * @throws ClassCastException if {@code key} cannot be compared with the keys
     * @throws IllegalStateException if the map already holds {@link Integer#MAX_VALUE} mappings
     */
    @Override
    public PersistentTreeMap<K, V> with(K key, V value) {
        if (size == 0) {
            BTree.compare(order, key, key);
        } else {
            BTree.checkQuery(order, key);
        }
        TreeEdit edit = new TreeEdit(order, false);
        TreeNode top = edit.put(root, false, key, value);
        if (!edit.changed) {
            return this;
        }
        if (size == Integer.MAX_VALUE && edit.delta > 0) {
            throw new IllegalStateException("a map of Integer.MAX_VALUE mappings is full");
        }
        return over(edit.rootOver(top), size + edit.delta);
    }

    /**
     * Returns a map without {@code key}. O(log n); shares all but one path (and a neighbour of a
     * node left below half full). Returns {@code this} if {@code key} is absent.
     *
     * @param key the key
     * @return the new version
     * @throws NullPointerException if {@code key} is null and the order does not permit it
     * @throws ClassCastException if {@code key} cannot be compared with the keys
     */
    @Override
    public PersistentTreeMap<K, V> without(Object key) {
        BTree.checkQuery(order, key);
        TreeEdit edit = new TreeEdit(order, false);
        TreeNode top = edit.remove(root, false, key);
        return edit.changed ? over(TreeEdit.shrink(top), size - 1) : this;
    }

    /**
     * Returns a map with every mapping of {@code map} added, its values replacing this map's (a
     * present key keeps its key object). O(m log n) for m mappings, writing in place the nodes it
     * creates; O(m) for keys above all of this map's, given in order. Returns {@code this} if
     * nothing changes.
     *
     * @param map the mappings to add
     * @return the new version
     * @throws NullPointerException if {@code map} is null, or holds a null key the order rejects
     * @throws ClassCastException if a key cannot be compared with the keys
     */
    @Override
    public PersistentTreeMap<K, V> withAll(Map<? extends K, ? extends V> map) {
        Objects.requireNonNull(map);
        TreeWriter w = new TreeWriter(order, true, root, size);
        boolean changed = false;
        for (Entry<? extends K, ? extends V> e : map.entrySet()) {
            K k = e.getKey();
            V v = e.getValue();
            BTree.checkQuery(order, k);
            Object old = w.put(k, v);
            changed |= old != v;
        }
        return changed ? new PersistentTreeMap<>(w.freeze(), w.size(), order, descending) : this;
    }

    /**
     * Returns a map without the keys of {@code keys}. O(m log n) for m keys, writing in place the
     * nodes it creates. Returns {@code this} if none is present.
     *
     * @param keys the keys to remove
     * @return the new version
     * @throws NullPointerException if {@code keys} is null, or holds null the order rejects
     * @throws ClassCastException if a key cannot be compared with the keys
     */
    @Override
    public PersistentTreeMap<K, V> withoutAll(Iterable<?> keys) {
        Objects.requireNonNull(keys);
        TreeWriter w = new TreeWriter(order, true, root, size);
        for (Object k : keys) {
            BTree.checkQuery(order, k);
            w.remove(k);
        }
        return w.size() == size ? this : over(w.freeze(), w.size());
    }

    /**
     * Returns a map where {@code key} maps to {@code fn.apply(key, old)}, {@code old} being its
     * present value or null; a null result removes the key, as {@link Map#compute} does. O(log n)
     * plus the function. Returns {@code this} if nothing changes.
     *
     * @param key the key
     * @param fn computes the new value from the key and the present value
     * @return the new version
     * @throws NullPointerException if {@code fn} is null, or {@code key} is null and the order does
     *     not permit it (on an empty map, only if {@code fn} returns a value, as {@code
     *     TreeMap.compute})
     * @throws ClassCastException if {@code key} cannot be compared with the keys (on an empty map,
     *     only if {@code fn} returns a value)
     */
    @Override
    public PersistentTreeMap<K, V> withComputed(
            K key, BiFunction<? super K, ? super V, ? extends V> fn) {
        Objects.requireNonNull(fn);
        V next = fn.apply(key, size == 0 ? null : get(key));
        if (next == null) {
            // An empty map has nothing to remove and, as TreeMap.compute, checks no key for it.
            return size == 0 ? this : without(key);
        }
        return with(key, next);
    }

    /**
     * Returns the mappings whose keys come before {@code toKey} in this map's order, as a map of
     * their own. O(log n); shares all but one cut path. Returns {@code this} if every key does.
     *
     * @throws NullPointerException if {@code toKey} is null and the order does not permit it
     * @throws ClassCastException if {@code toKey} cannot be compared with the keys
     */
    @Override
    public PersistentTreeMap<K, V> headMap(K toKey) {
        return headMap(toKey, false);
    }

    /**
     * Returns the mappings whose keys come before {@code toKey} (or equal it, if {@code inclusive})
     * in this map's order, as a map of their own. O(log n); shares all but one cut path. Returns
     * {@code this} if every key does.
     *
     * @throws NullPointerException if {@code toKey} is null and the order does not permit it
     * @throws ClassCastException if {@code toKey} cannot be compared with the keys
     */
    @Override
    public PersistentTreeMap<K, V> headMap(K toKey, boolean inclusive) {
        return slice(null, new TreeEdit.Bound(toKey, inclusive));
    }

    /**
     * Returns the mappings whose keys come at or after {@code fromKey} in this map's order, as a
     * map of their own. O(log n); shares all but one cut path. Returns {@code this} if every key
     * does.
     *
     * @throws NullPointerException if {@code fromKey} is null and the order does not permit it
     * @throws ClassCastException if {@code fromKey} cannot be compared with the keys
     */
    @Override
    public PersistentTreeMap<K, V> tailMap(K fromKey) {
        return tailMap(fromKey, true);
    }

    /**
     * Returns the mappings whose keys come after {@code fromKey} (or equal it, if {@code
     * inclusive}) in this map's order, as a map of their own. O(log n); shares all but one cut
     * path. Returns {@code this} if every key does.
     *
     * @throws NullPointerException if {@code fromKey} is null and the order does not permit it
     * @throws ClassCastException if {@code fromKey} cannot be compared with the keys
     */
    @Override
    public PersistentTreeMap<K, V> tailMap(K fromKey, boolean inclusive) {
        return slice(new TreeEdit.Bound(fromKey, inclusive), null);
    }

    /**
     * Returns the mappings whose keys lie from {@code fromKey} inclusive to {@code toKey} exclusive
     * in this map's order, as a map of their own. O(log n); shares all but two cut paths. Returns
     * {@code this} if every key does.
     *
     * @throws IllegalArgumentException if {@code fromKey} comes after {@code toKey}
     * @throws NullPointerException if a bound is null and the order does not permit it
     * @throws ClassCastException if a bound cannot be compared with the keys
     */
    @Override
    public PersistentTreeMap<K, V> subMap(K fromKey, K toKey) {
        return subMap(fromKey, true, toKey, false);
    }

    /**
     * Returns the mappings whose keys lie between {@code fromKey} and {@code toKey} in this map's
     * order, each bound inclusive or not, as a map of their own. O(log n); shares all but two cut
     * paths. Returns {@code this} if every key does.
     *
     * @throws IllegalArgumentException if {@code fromKey} comes after {@code toKey}
     * @throws NullPointerException if a bound is null and the order does not permit it
     * @throws ClassCastException if a bound cannot be compared with the keys
     */
    @Override
    public PersistentTreeMap<K, V> subMap(
            K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
        return slice(
                new TreeEdit.Bound(fromKey, fromInclusive), new TreeEdit.Bound(toKey, toInclusive));
    }

    private PersistentTreeMap<K, V> slice(TreeEdit.Bound from, TreeEdit.Bound to) {
        TreeNode t = TreeEdit.slice(root, order, descending, from, to);
        return t == root ? this : over(t, t.size());
    }

    /** Returns the same mappings in reverse order: a map over the same tree. O(1). */
    @Override
    public PersistentTreeMap<K, V> descendingMap() {
        return new PersistentTreeMap<>(root, size, order, !descending);
    }

    /**
     * Returns this map followed by {@code other}. O(log n) when {@code other} is a {@code
     * PersistentTreeMap} of the same direction: the two trees are joined, sharing all but the nodes
     * along the seam. Otherwise O(m + log n) for m mappings of {@code other}. Returns {@code this}
     * if {@code other} is empty.
     *
     * @param other the mappings to append
     * @return the new version
     * @throws NullPointerException if {@code other} is null
     * @throws IllegalArgumentException if the comparators differ ({@code Objects.equals} of {@link
     *     #comparator()}) or a key of {@code other} is not above every key of this map
     * @throws IllegalStateException if the size would pass {@link Integer#MAX_VALUE}
     */
    @Override
    @SuppressWarnings("unchecked")
    public PersistentTreeMap<K, V> concat(PersistentSortedMap<K, ? extends V> other) {
        Objects.requireNonNull(other);
        Comparator<? super K> mine = comparator();
        if (!Objects.equals(mine, other.comparator())) {
            throw new IllegalArgumentException(
                    "comparators differ: " + mine + " and " + other.comparator());
        }
        if (other.isEmpty()) {
            return this;
        }
        if (!isEmpty()) {
            K first = other.firstKey();
            K last = lastKey();
            int c = BTree.compare(order, last, first);
            if (descending ? c <= 0 : c >= 0) {
                throw new IllegalArgumentException(
                        "key " + first + " of the argument is not above " + last);
            }
        }
        if ((long) size + other.size() > Integer.MAX_VALUE) {
            throw new IllegalStateException(
                    "size would pass Integer.MAX_VALUE: " + size + " + " + other.size());
        }
        TreeNode tail;
        if (other instanceof PersistentTreeMap<?, ?> p && p.descending == descending) {
            tail = p.root;
        } else {
            TreeWriter w = new TreeWriter(order, true, TreeLeaf.EMPTY_MAP, 0);
            Map<K, ? extends V> inTreeOrder = descending ? other.descendingMap() : other;
            for (Entry<K, ? extends V> e : inTreeOrder.entrySet()) {
                w.put(e.getKey(), e.getValue());
            }
            tail = w.freeze();
        }
        if (isEmpty()) {
            return over(tail, other.size());
        }
        TreeNode lo = descending ? tail : root;
        TreeNode hi = descending ? root : tail;
        TreeEdit edit = new TreeEdit(order, false);
        TreeNode joined =
                edit.join(lo, BTree.height(lo), false, hi, BTree.height(hi), false, hi.firstKey());
        return over(joined, size + other.size());
    }

    // ------------------------------------------------------------------ tests and serialization

    /** Checks the tree's invariants ({@link BTree#checkInvariants}), the root saturated. */
    void checkInvariants() {
        BTree.checkInvariants(root, size, order, true, true);
    }

    /**
     * Replaces this map with the library's one serialization proxy, which writes {@link
     * #comparator()} and then the mappings in this map's order. O(1); writing is O(n).
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
        throw new InvalidObjectException("PersistentTreeMap is deserialized through its proxy");
    }

    /**
     * A mutable builder of {@link PersistentTreeMap}s. It writes in place the nodes it created and
     * copies a node it shares with a built map or with the map it started from before its first
     * write to it. Keys arriving in ascending order are appended at the right edge of the tree in
     * O(1) amortized each. Not a {@code Map}, not synchronized.
     *
     * @param <K> the type of keys
     * @param <V> the type of values
     */
    public static final class Builder<K, V> {

        private final Comparator<Object> order;

        private final boolean descending;

        private final TreeWriter writer;

        Builder(Comparator<Object> order, boolean descending, TreeNode root, int size) {
            this.order = order;
            this.descending = descending;
            this.writer = new TreeWriter(order, true, root, size);
        }

        /**
         * Maps {@code key} to {@code value}; a present key keeps its key object. O(1) amortized for
         * a key above all others, else O(log n).
         *
         * @param key the key
         * @param value its value
         * @return this builder
         * @throws NullPointerException if {@code key} is null and the order does not permit it
         * @throws ClassCastException if {@code key} cannot be compared with the keys
         */
        public Builder<K, V> put(K key, V value) {
            BTree.checkQuery(order, key);
            writer.put(key, value);
            return this;
        }

        /** Puts a key that must be new; a present one throws what {@code duplicate} makes. */
        void putNew(Object key, Object value, Function<String, RuntimeException> duplicate) {
            BTree.checkQuery(order, key);
            if (writer.put(key, value) != BTree.NOT_FOUND) {
                throw duplicate.apply("duplicate key: " + key);
            }
        }

        @SuppressWarnings("unchecked")
        void merge(K key, V value, BinaryOperator<V> mergeFn) {
            BTree.checkQuery(order, key);
            Object old = writer.get(key);
            writer.put(key, old == BTree.NOT_FOUND ? value : mergeFn.apply((V) old, value));
        }

        /**
         * Adds every mapping of {@code map}, in its iteration order. O(m log n) for m mappings,
         * O(m) for keys above all others given in order.
         *
         * @param map the mappings
         * @return this builder
         * @throws NullPointerException if {@code map} is null, or holds a null key the order
         *     rejects
         * @throws ClassCastException if a key cannot be compared with the keys
         */
        public Builder<K, V> putAll(Map<? extends K, ? extends V> map) {
            for (Entry<? extends K, ? extends V> e : map.entrySet()) {
                put(e.getKey(), e.getValue());
            }
            return this;
        }

        /**
         * Removes {@code key} if present. O(log n).
         *
         * @param key the key
         * @return this builder
         * @throws NullPointerException if {@code key} is null and the order does not permit it
         * @throws ClassCastException if {@code key} cannot be compared with the keys
         */
        public Builder<K, V> remove(Object key) {
            BTree.checkQuery(order, key);
            writer.remove(key);
            return this;
        }

        /**
         * Returns the value of {@code key}, or null. O(log n).
         *
         * @param key the key
         * @return its value
         * @throws NullPointerException if {@code key} is null and the order does not permit it
         * @throws ClassCastException if {@code key} cannot be compared with the keys
         */
        @SuppressWarnings("unchecked")
        public V get(Object key) {
            BTree.checkQuery(order, key);
            Object v = writer.get(key);
            return v == BTree.NOT_FOUND ? null : (V) v;
        }

        /**
         * Returns whether {@code key} has a mapping. O(log n).
         *
         * @param key the key
         * @return whether it is present
         * @throws NullPointerException if {@code key} is null and the order does not permit it
         * @throws ClassCastException if {@code key} cannot be compared with the keys
         */
        public boolean containsKey(Object key) {
            BTree.checkQuery(order, key);
            return writer.get(key) != BTree.NOT_FOUND;
        }

        /**
         * Returns the number of mappings. O(1).
         *
         * @return the size
         */
        public int size() {
            return writer.size();
        }

        /**
         * Returns a map of the current mappings. O(1), beyond loading the keys appended in
         * ascending order since the last other write (at most a fixed number): the map takes the
         * tree as it is, its root frozen, and this builder copies what it touches afterwards, so
         * its later writes never change the map.
         *
         * @return the built map
         */
        public PersistentTreeMap<K, V> build() {
            TreeNode root = writer.freeze();
            int n = writer.size();
            if (n == 0) {
                return order == null && !descending
                        ? empty()
                        : new PersistentTreeMap<>(TreeLeaf.EMPTY_MAP, 0, order, descending);
            }
            return new PersistentTreeMap<>(root, n, order, descending);
        }

        /** The builder's tree, for tests. */
        TreeNode root() {
            return writer.root();
        }
    }
}
