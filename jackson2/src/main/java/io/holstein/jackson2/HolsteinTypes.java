package io.holstein.jackson2;

import io.holstein.PersistentList;
import io.holstein.PersistentMap;
import io.holstein.PersistentSet;
import io.holstein.PersistentSortedMap;
import io.holstein.PersistentSortedSet;
import io.holstein.concurrent.SnapshotHashMap;
import io.holstein.concurrent.SnapshotTreeMap;
import io.holstein.concurrent.SnapshotVector;
import io.holstein.list.PersistentVector;
import io.holstein.map.PersistentHashMap;
import io.holstein.map.PersistentHashSet;
import io.holstein.sorted.PersistentTreeMap;
import io.holstein.sorted.PersistentTreeSet;
import io.holstein.string.CowString;
import io.holstein.string.Rope;
import java.util.Map;
import java.util.function.Function;

/**
 * The Holstein types this module reads, each with the builder that reads it: one row per type, so a
 * new type is one line here. An interface maps to its default implementation.
 *
 * <p>The {@code Cow*} collections need no row: like {@code ArrayList}, {@code HashMap} and {@code
 * TreeMap} they have a public no-argument constructor and {@code add}/{@code put}, which Jackson's
 * own collection and map deserializers use ({@code CowTreeMap} and {@code CowTreeSet} in natural
 * order). Writing needs no row either: Jackson writes every {@code Collection} as an array and
 * every {@code Map} as an object; the text types are written by {@code toString} (see {@link
 * HolsteinModule}).
 */
final class HolsteinTypes {

    private HolsteinTypes() {}

    private static final CollectionKind<?> VECTOR =
            CollectionKind.of(
                    PersistentVector::<Object>builder,
                    PersistentVector.Builder::add,
                    PersistentVector.Builder::build,
                    true);

    private static final CollectionKind<?> HASH_SET =
            CollectionKind.of(
                    PersistentHashSet::<Object>builder,
                    PersistentHashSet.Builder::add,
                    PersistentHashSet.Builder::build,
                    true);

    private static final MapKind<?> HASH_MAP =
            MapKind.of(
                    PersistentHashMap::<Object, Object>builder,
                    PersistentHashMap.Builder::put,
                    PersistentHashMap.Builder::build,
                    true);

    /**
     * Natural ordering, as a comparator cannot travel in JSON: a null element is Jackson's {@code
     * InvalidNullException}, an element that is not {@code Comparable} fails with the builder's
     * {@code ClassCastException} and its path. Elements are added in document order, so the array a
     * sorted set writes is read back in O(n).
     */
    private static final CollectionKind<?> TREE_SET =
            CollectionKind.of(
                    PersistentTreeSet::<Object>builder,
                    PersistentTreeSet.Builder::add,
                    PersistentTreeSet.Builder::build,
                    false);

    /**
     * Natural ordering, as a comparator cannot travel in JSON. Values may be null; the flag covers
     * keys and values together, so a null key (from a key deserializer that returns null) fails
     * with the builder's {@code NullPointerException} and its path, and so does a key that is not
     * {@code Comparable}, with its {@code ClassCastException}.
     */
    private static final MapKind<?> TREE_MAP =
            MapKind.of(
                    PersistentTreeMap::<Object, Object>builder,
                    PersistentTreeMap.Builder::put,
                    PersistentTreeMap.Builder::build,
                    true);

    /** The types read from a JSON array, by raw class. */
    static final Map<Class<?>, CollectionKind<?>> COLLECTIONS =
            Map.of(
                    PersistentVector.class, VECTOR,
                    PersistentList.class, VECTOR,
                    SnapshotVector.class,
                            CollectionKind.of(
                                    PersistentVector::<Object>builder,
                                    PersistentVector.Builder::add,
                                    b -> new SnapshotVector<>(b.build()),
                                    true),
                    PersistentHashSet.class, HASH_SET,
                    PersistentSet.class, HASH_SET,
                    PersistentTreeSet.class, TREE_SET,
                    PersistentSortedSet.class, TREE_SET);

    /** The types read from a JSON object, by raw class. */
    static final Map<Class<?>, MapKind<?>> MAPS =
            Map.of(
                    PersistentHashMap.class, HASH_MAP,
                    PersistentMap.class, HASH_MAP,
                    // ConcurrentMap's rule: no null keys or values.
                    SnapshotHashMap.class,
                            MapKind.of(
                                    PersistentHashMap::<Object, Object>builder,
                                    PersistentHashMap.Builder::put,
                                    b -> new SnapshotHashMap<>(b.build()),
                                    false),
                    PersistentTreeMap.class, TREE_MAP,
                    PersistentSortedMap.class, TREE_MAP,
                    // ConcurrentNavigableMap's rule: no null keys or values; natural ordering.
                    SnapshotTreeMap.class,
                            MapKind.of(
                                    PersistentTreeMap::<Object, Object>builder,
                                    PersistentTreeMap.Builder::put,
                                    b -> new SnapshotTreeMap<>(b.build()),
                                    false));

    /** The types read from a JSON string (and from a map key), each with its factory. */
    static final Map<Class<?>, Function<String, ?>> TEXTS =
            Map.of(Rope.class, Rope::of, CowString.class, CowString::new);
}
