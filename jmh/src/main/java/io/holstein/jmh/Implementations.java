package io.holstein.jmh;

/**
 * The names of the implementations the benchmarks compare, defined once: the benchmarks' {@code
 * type} parameter takes them, each group's {@link Peers} registry maps them to adapters, and the
 * report pairs results by them. They are compile-time constants so that {@code @Param} lists can
 * use them.
 *
 * <p>A name is part of the committed results (JMH's JSON records it), so renaming one means running
 * its groups again; the report then stops on the old name until the results are new. Peers of a
 * structure family are named as their group's results name them: the vector group, which compares
 * only vectors, by library ({@code Scala}), the hash-map group by library and type ({@code
 * ScalaHashMap}), the sorted group likewise ({@code ScalaTreeMap}).
 */
public final class Implementations {

    // ------------------------------------------------------------------ Holstein

    public static final String COW_ARRAY_LIST = "CowArrayList";
    public static final String COW_HASH_MAP = "CowHashMap";
    public static final String COW_TREE_MAP = "CowTreeMap";
    public static final String PERSISTENT_VECTOR = "PersistentVector";

    /** {@code PersistentVector} built by its builder rather than by appends. */
    public static final String PERSISTENT_VECTOR_BUILDER = "PersistentVector.Builder";

    public static final String PERSISTENT_HASH_MAP = "PersistentHashMap";
    public static final String PERSISTENT_TREE_MAP = "PersistentTreeMap";
    public static final String SNAPSHOT_VECTOR = "SnapshotVector";
    public static final String SNAPSHOT_HASH_MAP = "SnapshotHashMap";
    public static final String SNAPSHOT_TREE_MAP = "SnapshotTreeMap";

    // ------------------------------------------------------------------ JDK

    public static final String ARRAY_LIST = "ArrayList";
    public static final String COPY_ON_WRITE_ARRAY_LIST = "CopyOnWriteArrayList";

    /** {@code Collections.synchronizedList(new ArrayList<>())}. */
    public static final String SYNCHRONIZED_LIST = "SynchronizedList";

    public static final String HASH_MAP = "HashMap";
    public static final String LINKED_HASH_MAP = "LinkedHashMap";
    public static final String CONCURRENT_HASH_MAP = "ConcurrentHashMap";

    /** {@code Collections.synchronizedMap(new HashMap<>())}. */
    public static final String SYNCHRONIZED_MAP = "synchronizedMap";

    /** The read-only map of {@code Map.copyOf}. */
    public static final String MAP_COPY_OF = "Map.copyOf";

    public static final String TREE_MAP = "TreeMap";
    public static final String CONCURRENT_SKIP_LIST_MAP = "ConcurrentSkipListMap";

    // ------------------------------------------------------------------ Guava

    public static final String IMMUTABLE_MAP = "ImmutableMap";
    public static final String IMMUTABLE_SORTED_MAP = "ImmutableSortedMap";

    // ------------------------------------------------------------------ other libraries' vectors

    public static final String VAVR_VECTOR = "Vavr";
    public static final String SCALA_VECTOR = "Scala";
    public static final String SCALA_VECTOR_BUILDER = "Scala.newBuilder";
    public static final String CLOJURE_VECTOR = "Clojure";
    public static final String CLOJURE_VECTOR_TRANSIENT = "Clojure.transient";
    public static final String PCOLLECTIONS_VECTOR = "PCollections";
    public static final String PAGURO_VECTOR = "Paguro";
    public static final String PAGURO_VECTOR_MUTABLE = "Paguro.mutable";
    public static final String KOTLINX_VECTOR = "kotlinx";
    public static final String KOTLINX_VECTOR_BUILDER = "kotlinx.builder";

    // ------------------------------------------------------------------ other libraries' hash maps

    public static final String VAVR_HASH_MAP = "VavrHashMap";
    public static final String SCALA_HASH_MAP = "ScalaHashMap";
    public static final String CLOJURE_HASH_MAP = "ClojurePersistentHashMap";
    public static final String PCOLLECTIONS_HASH_MAP = "HashTreePMap";
    public static final String PAGURO_HASH_MAP = "PaguroPersistentHashMap";
    public static final String KOTLINX_HASH_MAP = "KotlinxPersistentHashMap";

    // ------------------------------------------------------------------ other libraries' sorted
    // maps

    public static final String VAVR_TREE_MAP = "VavrTreeMap";
    public static final String SCALA_TREE_MAP = "ScalaTreeMap";
    public static final String CLOJURE_TREE_MAP = "ClojurePersistentTreeMap";
    public static final String PCOLLECTIONS_TREE_MAP = "TreePMap";
    public static final String PAGURO_TREE_MAP = "PaguroPersistentTreeMap";

    private Implementations() {}
}
