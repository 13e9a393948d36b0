package io.holstein.jmh.report;

import static io.holstein.jmh.Implementations.ARRAY_LIST;
import static io.holstein.jmh.Implementations.CLOJURE_TREE_MAP;
import static io.holstein.jmh.Implementations.CONCURRENT_HASH_MAP;
import static io.holstein.jmh.Implementations.COPY_ON_WRITE_ARRAY_LIST;
import static io.holstein.jmh.Implementations.HASH_MAP;
import static io.holstein.jmh.Implementations.KOTLINX_HASH_MAP;
import static io.holstein.jmh.Implementations.KOTLINX_VECTOR;
import static io.holstein.jmh.Implementations.PAGURO_TREE_MAP;
import static io.holstein.jmh.Implementations.PCOLLECTIONS_TREE_MAP;
import static io.holstein.jmh.Implementations.PERSISTENT_HASH_MAP;
import static io.holstein.jmh.Implementations.PERSISTENT_TREE_MAP;
import static io.holstein.jmh.Implementations.PERSISTENT_VECTOR;
import static io.holstein.jmh.Implementations.SCALA_TREE_MAP;
import static io.holstein.jmh.Implementations.SCALA_VECTOR;
import static io.holstein.jmh.Implementations.SNAPSHOT_HASH_MAP;
import static io.holstein.jmh.Implementations.SNAPSHOT_VECTOR;
import static io.holstein.jmh.Implementations.TREE_MAP;
import static io.holstein.jmh.Implementations.VAVR_HASH_MAP;
import static io.holstein.jmh.Implementations.VAVR_TREE_MAP;
import static io.holstein.jmh.TextKinds.LATIN1;

import io.holstein.jmh.BenchmarkName;
import io.holstein.jmh.KeyTypes;
import io.holstein.jmh.champ.ChampInsertBenchmark;
import io.holstein.jmh.champ.ChampIterateBenchmark;
import io.holstein.jmh.champ.ChampLookupBenchmark;
import io.holstein.jmh.concurrent.SnapshotListMixBenchmark;
import io.holstein.jmh.concurrent.SnapshotListWriteBenchmark;
import io.holstein.jmh.concurrent.SnapshotMapMixBenchmark;
import io.holstein.jmh.concurrent.SnapshotMapReadBenchmark;
import io.holstein.jmh.map.MapGetBenchmark;
import io.holstein.jmh.map.MapIterateBenchmark;
import io.holstein.jmh.rope.RopeCharSequenceBenchmark;
import io.holstein.jmh.rope.RopeEditBenchmark;
import io.holstein.jmh.rope.RopeReadBenchmark;
import io.holstein.jmh.sorted.SortedConcatBenchmark;
import io.holstein.jmh.sorted.SortedGetBenchmark;
import io.holstein.jmh.sorted.SortedInsertBenchmark;
import io.holstein.jmh.sorted.SortedIterateBenchmark;
import io.holstein.jmh.sorted.SortedSubMapBenchmark;
import io.holstein.jmh.string.AppendCharBenchmark;
import io.holstein.jmh.string.AppendStringBenchmark;
import io.holstein.jmh.string.ForkThenWriteBenchmark;
import io.holstein.jmh.string.ForkVsCopyBenchmark;
import io.holstein.jmh.vector.VectorAppendBenchmark;
import io.holstein.jmh.vector.VectorGetBenchmark;
import io.holstein.jmh.vector.VectorInsertBenchmark;
import io.holstein.jmh.vector.VectorIterateBenchmark;
import io.holstein.jmh.vector.VectorWithBenchmark;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The families of the performance page and of {@code jmh/run}'s headline table, in the page's
 * order. Each row is one decision a user makes (is it as fast as what I use today?), at the size
 * where it matters, against the alternative they would pick: the JDK's type, or the persistent peer
 * that was fastest for that operation and size in the committed full run (or, for a row against
 * several candidates, whichever was fastest in the results the row reads); the group's page
 * compares with every peer. A row without a target in the project's issues uses 1: as fast as the
 * alternative.
 */
final class Families {

    /** The limit of a row whose only target is to be as fast as the alternative. */
    private static final double AS_FAST = 1.0;

    static final Family LISTS =
            new Family(
                    "list",
                    "Lists: `CowArrayList`",
                    "Lists",
                    List.of(
                            row(
                                    ListComparisons.TYPE,
                                    ListComparisons.GET,
                                    Sizes.THOUSAND,
                                    1.10,
                                    ""),
                            row(
                                    ListComparisons.TYPE,
                                    ListComparisons.SET,
                                    Sizes.THOUSAND,
                                    1.10,
                                    ListComparisons.WHY_WRITE),
                            new Target(
                                    ListComparisons.TYPE,
                                    "fork()",
                                    ListComparisons.FORK,
                                    List.of(ListComparisons.NEW_ARRAY_LIST),
                                    Sizes.MILLION,
                                    1e-4,
                                    ""),
                            new Target(
                                    ListComparisons.TYPE,
                                    "fork()",
                                    ListComparisons.FORK,
                                    List.of(ListComparisons.IMMUTABLE_LIST_COPY_OF),
                                    Sizes.MILLION,
                                    1e-4,
                                    ""),
                            row(
                                    ListComparisons.TYPE,
                                    ListComparisons.FORK_THEN_SET,
                                    Sizes.THOUSAND,
                                    1.2,
                                    ListComparisons.WHY_FORK_THEN_WRITE)),
                    Family.Memory.of("CowArrayList", "ArrayList"),
                    "");

    static final Family VECTORS =
            new Family(
                    "vector",
                    "Persistent lists: `PersistentVector`",
                    "Lists",
                    List.of(
                            vector(
                                    VectorGetBenchmark.GET,
                                    "get(i)",
                                    ARRAY_LIST,
                                    Sizes.THOUSAND,
                                    AS_FAST,
                                    VectorComparisons.WHY_GET),
                            vector(
                                    VectorGetBenchmark.GET,
                                    "get(i)",
                                    SCALA_VECTOR,
                                    Sizes.THOUSAND,
                                    0.8,
                                    VectorComparisons.WHY_GET),
                            vector(
                                    VectorIterateBenchmark.ITERATE,
                                    "iterate",
                                    ARRAY_LIST,
                                    Sizes.MILLION,
                                    1.3,
                                    VectorComparisons.WHY_ITERATE),
                            vector(
                                    VectorAppendBenchmark.APPEND,
                                    "append, one by one",
                                    KOTLINX_VECTOR,
                                    Sizes.THOUSAND,
                                    0.8,
                                    VectorComparisons.WHY_APPEND),
                            vector(
                                    VectorWithBenchmark.WITH,
                                    "with(i, e)",
                                    SCALA_VECTOR,
                                    Sizes.THOUSAND,
                                    AS_FAST,
                                    VectorComparisons.WHY_WITH),
                            vector(
                                    VectorInsertBenchmark.INSERT_MIDDLE,
                                    "insert in the middle",
                                    ARRAY_LIST,
                                    Sizes.MILLION,
                                    0.2,
                                    "")),
                    Family.Memory.of("PersistentVector", "ArrayList", "Scala", "PCollections"),
                    "");

    static final Family HASH_MAPS =
            new Family(
                    "map",
                    "Hash maps: `CowHashMap`",
                    "Hash maps",
                    List.of(
                            row(
                                    MapComparisons.TYPE,
                                    MapComparisons.unshared(
                                            "get, hit", MapGetBenchmark.GET_HIT, KeyTypes.INTEGER),
                                    Sizes.THOUSAND,
                                    AS_FAST,
                                    MapComparisons.WHY_HIT),
                            row(
                                    MapComparisons.TYPE,
                                    MapComparisons.unshared(
                                            "iterate",
                                            MapIterateBenchmark.ITERATE,
                                            KeyTypes.INTEGER),
                                    Sizes.THOUSAND,
                                    AS_FAST,
                                    MapComparisons.WHY_ITERATE),
                            row(
                                    MapComparisons.TYPE,
                                    MapComparisons.unshared(
                                            "iterate",
                                            MapIterateBenchmark.ITERATE,
                                            KeyTypes.INTEGER),
                                    Sizes.HUNDRED_THOUSAND,
                                    AS_FAST,
                                    MapComparisons.WHY_ITERATE),
                            row(
                                    MapComparisons.TYPE,
                                    MapComparisons.FORK_THEN_PUT,
                                    Sizes.HUNDRED_THOUSAND,
                                    0.5,
                                    "")),
                    Family.Memory.of("CowHashMap", "HashMap"),
                    "");

    static final Family PERSISTENT_HASH_MAPS =
            new Family(
                    "champ",
                    "Persistent hash maps: `PersistentHashMap`",
                    "Hash maps",
                    List.of(
                            champ(
                                    ChampLookupBenchmark.HIT,
                                    "lookup, hit, Integer keys",
                                    HASH_MAP,
                                    Sizes.HUNDRED_THOUSAND,
                                    2.5,
                                    ChampComparisons.WHY_LOOKUP_HASH_MAP),
                            champ(
                                    ChampLookupBenchmark.HIT,
                                    "lookup, hit, Integer keys",
                                    KOTLINX_HASH_MAP,
                                    Sizes.THOUSAND,
                                    0.8,
                                    ChampComparisons.WHY_LOOKUP_PEERS),
                            champ(
                                    ChampInsertBenchmark.INSERT_ONE_BY_ONE,
                                    "insert one by one, Integer keys",
                                    VAVR_HASH_MAP,
                                    Sizes.THOUSAND,
                                    0.8,
                                    ChampComparisons.WHY_UPDATE),
                            champ(
                                    ChampIterateBenchmark.ITERATE,
                                    "iterate",
                                    HASH_MAP,
                                    Sizes.THOUSAND,
                                    0.8,
                                    ChampComparisons.WHY_ITERATE)),
                    Family.Memory.of(
                            PERSISTENT_HASH_MAP,
                            HASH_MAP,
                            "ScalaHashMap",
                            KOTLINX_HASH_MAP,
                            VAVR_HASH_MAP),
                    "");

    static final Family STRINGS =
            new Family(
                    "string",
                    "Strings: `CowString`",
                    "Text",
                    List.of(
                            row(
                                    StringComparisons.TYPE,
                                    StringComparisons.latin1(
                                            "append(char)",
                                            AppendCharBenchmark.COW_STRING,
                                            AppendCharBenchmark.STRING_BUILDER),
                                    Sizes.THOUSAND,
                                    1.1,
                                    StringComparisons.WHY_APPEND_CHAR),
                            row(
                                    StringComparisons.TYPE,
                                    StringComparisons.latin1(
                                            "append(String)",
                                            AppendStringBenchmark.COW_STRING,
                                            AppendStringBenchmark.STRING_BUILDER),
                                    Sizes.THOUSAND,
                                    1.1,
                                    StringComparisons.WHY_APPEND_STRING),
                            new Target(
                                    StringComparisons.TYPE,
                                    "fork()",
                                    StringComparisons.withText(
                                            ForkVsCopyBenchmark.FORK, "fork()", LATIN1),
                                    List.of(
                                            StringComparisons.withText(
                                                    ForkVsCopyBenchmark.NEW_STRING_BUILDER,
                                                    "new StringBuilder(sb)",
                                                    LATIN1)),
                                    Sizes.MILLION,
                                    1e-3,
                                    ""),
                            new Target(
                                    StringComparisons.TYPE,
                                    "fork() + first setCharAt",
                                    StringComparisons.withText(
                                            ForkThenWriteBenchmark.FORK_THEN_SET,
                                            "fork() + setCharAt",
                                            LATIN1),
                                    List.of(
                                            StringComparisons.withText(
                                                    ForkThenWriteBenchmark.COPY_THEN_SET,
                                                    "new StringBuilder(sb) + setCharAt",
                                                    LATIN1)),
                                    Sizes.THOUSAND,
                                    AS_FAST,
                                    StringComparisons.WHY_FORK_THEN_WRITE)),
                    Family.Memory.of(
                            "CowString, latin1", "StringBuilder, latin1", "String, latin1"),
                    "");

    static final Family ROPES =
            new Family(
                    "rope",
                    "Immutable text: `Rope`",
                    "Text",
                    List.of(
                            rope(
                                    "insert + delete in the middle",
                                    RopeEditBenchmark.ROPE_INSERT_THEN_DELETE,
                                    RopeEditBenchmark.BUILDER_INSERT_THEN_DELETE,
                                    Sizes.TEN_MILLION,
                                    0.01,
                                    RopeComparisons.WHY_EDIT),
                            rope(
                                    "insert in the middle",
                                    RopeEditBenchmark.ROPE_INSERT,
                                    RopeEditBenchmark.STRING_INSERT,
                                    Sizes.TEN_MILLION,
                                    1e-3,
                                    ""),
                            rope(
                                    "chars().sum()",
                                    RopeReadBenchmark.ROPE_CHARS,
                                    RopeReadBenchmark.STRING_CHARS,
                                    Sizes.MILLION,
                                    1.5,
                                    RopeComparisons.WHY_CHARS),
                            rope(
                                    "charAt(i)",
                                    RopeReadBenchmark.ROPE_CHAR_AT,
                                    RopeReadBenchmark.STRING_CHAR_AT,
                                    Sizes.MILLION,
                                    AS_FAST,
                                    RopeComparisons.WHY_CHAR_AT),
                            row(
                                    RopeComparisons.TYPE,
                                    RopeComparisons.editedLatin1(
                                            "charAt(i) in order, edited rope",
                                            RopeCharSequenceBenchmark.ROPE_CHAR_AT_IN_ORDER,
                                            RopeCharSequenceBenchmark.STRING_CHAR_AT_IN_ORDER),
                                    Sizes.MILLION,
                                    RopeComparisons.CHAR_AT_LIMIT,
                                    RopeComparisons.WHY_CHAR_AT_IN_ORDER),
                            row(
                                    RopeComparisons.TYPE,
                                    RopeComparisons.editedLatin1(
                                            "regex find, edited rope",
                                            RopeCharSequenceBenchmark.ROPE_REGEX_FIND,
                                            RopeCharSequenceBenchmark.STRING_REGEX_FIND),
                                    Sizes.MILLION,
                                    RopeComparisons.READ_LIMIT,
                                    RopeComparisons.WHY_REGEX)),
                    new Family.Memory(
                            Set.of(LATIN1),
                            List.of("Chars", "`String`", "`Rope` fresh", "`Rope` edited")),
                    "");

    static final Family THREAD_SAFE =
            new Family(
                    "concurrent",
                    "Thread-safe: `SnapshotHashMap`, `SnapshotVector`",
                    "Thread-safe",
                    List.of(
                            typed(
                                    SNAPSHOT_HASH_MAP,
                                    "get(k), 2 threads",
                                    SnapshotMapReadBenchmark.GET2_THREADS,
                                    CONCURRENT_HASH_MAP,
                                    Sizes.THOUSAND,
                                    AS_FAST,
                                    ConcurrentComparisons.WHY_MAP_READS),
                            typed(
                                    SNAPSHOT_HASH_MAP,
                                    "95 % get, 5 % put, 2 threads",
                                    SnapshotMapMixBenchmark.MIX95TO5_2_THREADS,
                                    CONCURRENT_HASH_MAP,
                                    Sizes.THOUSAND,
                                    1 / 0.3,
                                    ConcurrentComparisons.WHY_MAP_WRITES),
                            typed(
                                    SNAPSHOT_VECTOR,
                                    "set(i, e)",
                                    SnapshotListWriteBenchmark.SET,
                                    COPY_ON_WRITE_ARRAY_LIST,
                                    Sizes.HUNDRED_THOUSAND,
                                    0.01,
                                    ""),
                            typed(
                                    SNAPSHOT_VECTOR,
                                    "get(i), 1 thread",
                                    SnapshotListMixBenchmark.READS_ONE_THREAD,
                                    COPY_ON_WRITE_ARRAY_LIST,
                                    Sizes.HUNDRED_THOUSAND,
                                    AS_FAST,
                                    ConcurrentComparisons.WHY_VECTOR_READS)),
                    null,
                    "");

    /**
     * The sorted rows. The headline runs the two that are quick to measure; the others need maps of
     * a million entries or every persistent peer, and come from the group's run.
     */
    private static final Target SORTED_GET =
            SortedComparisons.target(
                    SortedGetBenchmark.HIT, List.of(TREE_MAP), Sizes.HUNDRED_THOUSAND);

    private static final Target SORTED_INSERT =
            SortedComparisons.target(
                    SortedInsertBenchmark.INSERT_ONE_BY_ONE,
                    SortedComparisons.PERSISTENT,
                    Sizes.THOUSAND);

    static final Family SORTED_MAPS =
            new Family(
                    "sorted",
                    "Sorted maps: `PersistentTreeMap`",
                    "Sorted maps",
                    List.of(
                            SORTED_GET,
                            SortedComparisons.target(
                                    SortedGetBenchmark.HIT,
                                    SortedComparisons.PERSISTENT,
                                    Sizes.HUNDRED_THOUSAND),
                            SORTED_INSERT,
                            SortedComparisons.target(
                                    SortedIterateBenchmark.VALUES,
                                    List.of(TREE_MAP),
                                    Sizes.HUNDRED_THOUSAND),
                            SortedComparisons.target(
                                    SortedSubMapBenchmark.MIDDLE_HALF,
                                    List.of(TREE_MAP),
                                    Sizes.MILLION),
                            SortedComparisons.target(
                                    SortedSubMapBenchmark.MIDDLE_HALF,
                                    List.of(SCALA_TREE_MAP),
                                    Sizes.MILLION),
                            SortedComparisons.target(
                                    SortedConcatBenchmark.CONCAT_HALVES,
                                    List.of(TREE_MAP),
                                    Sizes.MILLION),
                            SortedComparisons.target(
                                    SortedConcatBenchmark.CONCAT_HALVES,
                                    List.of(SCALA_TREE_MAP),
                                    Sizes.MILLION)),
                    Family.Memory.of(
                            PERSISTENT_TREE_MAP,
                            TREE_MAP,
                            SCALA_TREE_MAP,
                            VAVR_TREE_MAP,
                            CLOJURE_TREE_MAP,
                            PCOLLECTIONS_TREE_MAP,
                            PAGURO_TREE_MAP),
                    "",
                    Set.of(SORTED_GET, SORTED_INSERT));

    /** Every family, in the page's order. */
    static final List<Family> ALL =
            List.of(
                    LISTS,
                    VECTORS,
                    HASH_MAPS,
                    PERSISTENT_HASH_MAPS,
                    STRINGS,
                    ROPES,
                    THREAD_SAFE,
                    SORTED_MAPS);

    private Families() {}

    /** Every headline row, in the page's order. */
    static List<Target> headline() {
        List<Target> all = new ArrayList<>();
        ALL.forEach(f -> all.addAll(f.headline()));
        return all;
    }

    /** The family whose rows include {@code target}. */
    static Family of(Target target) {
        return ALL.stream().filter(f -> f.rows().contains(target)).findFirst().orElseThrow();
    }

    private static Target row(
            String type, Comparison c, String size, double limit, String whySlower) {
        return new Target(
                type, c.operation(), c.holstein(), List.of(c.peer()), size, limit, whySlower);
    }

    private static Target vector(
            BenchmarkName benchmark,
            String operation,
            String peer,
            String size,
            double limit,
            String whySlower) {
        return typed(PERSISTENT_VECTOR, operation, benchmark, peer, size, limit, whySlower);
    }

    private static Target champ(
            BenchmarkName benchmark,
            String operation,
            String peer,
            String size,
            double limit,
            String whySlower) {
        return new Target(
                PERSISTENT_HASH_MAP,
                operation,
                ChampComparisons.series(benchmark, PERSISTENT_HASH_MAP),
                List.of(ChampComparisons.series(benchmark, peer)),
                size,
                limit,
                whySlower);
    }

    private static Target rope(
            String operation,
            BenchmarkName rope,
            BenchmarkName peer,
            String size,
            double limit,
            String whySlower) {
        return row(
                RopeComparisons.TYPE,
                RopeComparisons.latin1(operation, rope, peer),
                size,
                limit,
                whySlower);
    }

    /** One row of {@code type} against {@code peer}, two types of one benchmark method. */
    private static Target typed(
            String type,
            String operation,
            BenchmarkName benchmark,
            String peer,
            String size,
            double limit,
            String whySlower) {
        return Target.byType(type, operation, benchmark, peer, limit, whySlower, size).get(0);
    }
}
