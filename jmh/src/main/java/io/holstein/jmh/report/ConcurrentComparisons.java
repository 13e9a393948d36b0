package io.holstein.jmh.report;

import static io.holstein.jmh.Implementations.CONCURRENT_HASH_MAP;
import static io.holstein.jmh.Implementations.CONCURRENT_SKIP_LIST_MAP;
import static io.holstein.jmh.Implementations.COPY_ON_WRITE_ARRAY_LIST;
import static io.holstein.jmh.Implementations.PERSISTENT_HASH_MAP;
import static io.holstein.jmh.Implementations.PERSISTENT_VECTOR;
import static io.holstein.jmh.Implementations.SNAPSHOT_HASH_MAP;
import static io.holstein.jmh.Implementations.SNAPSHOT_TREE_MAP;
import static io.holstein.jmh.Implementations.SNAPSHOT_VECTOR;
import static io.holstein.jmh.Implementations.SYNCHRONIZED_LIST;
import static io.holstein.jmh.Implementations.SYNCHRONIZED_MAP;
import static io.holstein.jmh.report.Series.byMethod;
import static io.holstein.jmh.report.Series.byType;

import io.holstein.jmh.BenchmarkName;
import io.holstein.jmh.concurrent.SnapshotListCopyBenchmark;
import io.holstein.jmh.concurrent.SnapshotListGetBenchmark;
import io.holstein.jmh.concurrent.SnapshotListMixBenchmark;
import io.holstein.jmh.concurrent.SnapshotListWriteBenchmark;
import io.holstein.jmh.concurrent.SnapshotMapMixBenchmark;
import io.holstein.jmh.concurrent.SnapshotMapReadBenchmark;
import io.holstein.jmh.concurrent.SnapshotMapSnapshotBenchmark;
import io.holstein.jmh.concurrent.SnapshotTreeMapBenchmark;
import io.holstein.jmh.concurrent.SnapshotTreeMapMixBenchmark;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * How the results of the concurrent group pair into ratios: the thread-safe containers of {@code
 * io.holstein.concurrent} against the JDK's. Each container has a block of its own.
 */
final class ConcurrentComparisons {

    // ------------------------------------------------------------------ SnapshotVector

    /** {@code SnapshotVector} against {@code CopyOnWriteArrayList} and a synchronized list. */
    private static final List<Comparison> VECTOR =
            List.of(
                    new Comparison(
                            "set",
                            byType(SnapshotListWriteBenchmark.SET, SNAPSHOT_VECTOR),
                            byType(SnapshotListWriteBenchmark.SET, COPY_ON_WRITE_ARRAY_LIST)),
                    new Comparison(
                            "add + remove last",
                            byType(
                                    SnapshotListWriteBenchmark.ADD_THEN_REMOVE_LAST,
                                    SNAPSHOT_VECTOR),
                            byType(
                                    SnapshotListWriteBenchmark.ADD_THEN_REMOVE_LAST,
                                    COPY_ON_WRITE_ARRAY_LIST)),
                    new Comparison(
                            "set",
                            byType(SnapshotListWriteBenchmark.SET, SNAPSHOT_VECTOR),
                            byType(SnapshotListWriteBenchmark.SET, SYNCHRONIZED_LIST)),
                    new Comparison(
                            "add + remove last",
                            byType(
                                    SnapshotListWriteBenchmark.ADD_THEN_REMOVE_LAST,
                                    SNAPSHOT_VECTOR),
                            byType(
                                    SnapshotListWriteBenchmark.ADD_THEN_REMOVE_LAST,
                                    SYNCHRONIZED_LIST)),
                    new Comparison(
                            "get",
                            byType(SnapshotListGetBenchmark.GET, SNAPSHOT_VECTOR),
                            byType(SnapshotListGetBenchmark.GET, PERSISTENT_VECTOR)),
                    mix(
                            "reads, 1 thread",
                            SnapshotListMixBenchmark.READS_ONE_THREAD,
                            COPY_ON_WRITE_ARRAY_LIST),
                    mix(
                            "reads, 1 thread",
                            SnapshotListMixBenchmark.READS_ONE_THREAD,
                            SYNCHRONIZED_LIST),
                    mix(
                            "reads, 2 threads",
                            SnapshotListMixBenchmark.READS_TWO_THREADS,
                            COPY_ON_WRITE_ARRAY_LIST),
                    mix(
                            "reads, 2 threads",
                            SnapshotListMixBenchmark.READS_TWO_THREADS,
                            SYNCHRONIZED_LIST),
                    mix(
                            "95/5, 1 thread",
                            SnapshotListMixBenchmark.MIX95_ONE_THREAD,
                            COPY_ON_WRITE_ARRAY_LIST),
                    mix(
                            "95/5, 1 thread",
                            SnapshotListMixBenchmark.MIX95_ONE_THREAD,
                            SYNCHRONIZED_LIST),
                    mix(
                            "95/5, 2 threads",
                            SnapshotListMixBenchmark.MIX95_TWO_THREADS,
                            COPY_ON_WRITE_ARRAY_LIST),
                    mix(
                            "95/5, 2 threads",
                            SnapshotListMixBenchmark.MIX95_TWO_THREADS,
                            SYNCHRONIZED_LIST),
                    new Comparison(
                            "copy",
                            byMethod(SnapshotListCopyBenchmark.SNAPSHOT, "snapshot()"),
                            byMethod(
                                    SnapshotListCopyBenchmark
                                            .NEW_ARRAY_LIST_OF_COPY_ON_WRITE_ARRAY_LIST,
                                    "new ArrayList<>(copyOnWriteArrayList)")));

    private static Comparison mix(String operation, BenchmarkName benchmark, String peer) {
        return new Comparison(
                operation, byType(benchmark, SNAPSHOT_VECTOR), byType(benchmark, peer));
    }

    // ------------------------------------------------------------------ SnapshotHashMap

    private static final List<Comparison> MAP = snapshotHashMap();

    /**
     * {@code SnapshotHashMap} against {@code ConcurrentHashMap} and the synchronized {@code
     * HashMap}, reads only and 95/5, on one and two threads; its {@code get} against the bare
     * {@code PersistentHashMap}'s; {@code snapshot()} against copying a {@code ConcurrentHashMap}.
     */
    private static List<Comparison> snapshotHashMap() {
        List<Comparison> comparisons = new ArrayList<>();
        Map<String, BenchmarkName> runs = new LinkedHashMap<>();
        runs.put("map get, 1 thread", SnapshotMapReadBenchmark.GET1_THREAD);
        runs.put("map get, 2 threads", SnapshotMapReadBenchmark.GET2_THREADS);
        runs.put("map 95/5 get/put, 1 thread", SnapshotMapMixBenchmark.MIX95TO5_1_THREAD);
        runs.put("map 95/5 get/put, 2 threads", SnapshotMapMixBenchmark.MIX95TO5_2_THREADS);
        runs.forEach(
                (operation, benchmark) -> {
                    for (String peer : List.of(CONCURRENT_HASH_MAP, SYNCHRONIZED_MAP)) {
                        comparisons.add(
                                new Comparison(
                                        operation,
                                        byType(benchmark, SNAPSHOT_HASH_MAP),
                                        byType(benchmark, peer)));
                    }
                });
        comparisons.add(
                new Comparison(
                        "map get against the bare trie, 1 thread",
                        byType(SnapshotMapReadBenchmark.GET1_THREAD, SNAPSHOT_HASH_MAP),
                        byType(SnapshotMapReadBenchmark.GET1_THREAD, PERSISTENT_HASH_MAP)));
        comparisons.add(
                new Comparison(
                        "map snapshot",
                        byMethod(
                                SnapshotMapSnapshotBenchmark.SNAPSHOT,
                                "SnapshotHashMap.snapshot()"),
                        byMethod(
                                SnapshotMapSnapshotBenchmark.NEW_HASH_MAP_OF_CONCURRENT_HASH_MAP,
                                "new HashMap<>(concurrentHashMap)")));
        return comparisons;
    }

    // ------------------------------------------------------------------ SnapshotTreeMap

    /** {@code SnapshotTreeMap.snapshot()}: a consistent copy in O(1). */
    static final Series TREE_SNAPSHOT =
            byType(SnapshotTreeMapBenchmark.CONSISTENT_COPY, SNAPSHOT_TREE_MAP)
                    .withLabel("SnapshotTreeMap.snapshot()");

    /** The skip list's consistent copy: into a {@code TreeMap}, O(n). */
    static final Series SKIP_LIST_COPY =
            byType(SnapshotTreeMapBenchmark.CONSISTENT_COPY, CONCURRENT_SKIP_LIST_MAP)
                    .withLabel("new TreeMap<>(concurrentSkipListMap)");

    /**
     * {@code SnapshotTreeMap} against {@code ConcurrentSkipListMap}: get and put on one thread, the
     * 95/5 mix on two, a consistent copy, a scan of 1,000 keys through {@code subMap}.
     */
    private static final List<Comparison> SORTED_MAP =
            List.of(
                    sortedMap("sorted map get, 1 thread", SnapshotTreeMapBenchmark.GET),
                    sortedMap(
                            "sorted map put of a present key, 1 thread",
                            SnapshotTreeMapBenchmark.PUT),
                    sortedMap(
                            "sorted map 95/5 get/put, 2 threads",
                            SnapshotTreeMapMixBenchmark.MIX95TO5_2_THREADS),
                    new Comparison("sorted map snapshot", TREE_SNAPSHOT, SKIP_LIST_COPY),
                    sortedMap(
                            "sorted map scan of 1,000 keys, 1 thread",
                            SnapshotTreeMapBenchmark.RANGE_SCAN));

    /** {@code SnapshotTreeMap} against {@code ConcurrentSkipListMap} on one benchmark. */
    static Comparison sortedMap(String operation, BenchmarkName benchmark) {
        return new Comparison(
                operation,
                byType(benchmark, SNAPSHOT_TREE_MAP),
                byType(benchmark, CONCURRENT_SKIP_LIST_MAP));
    }

    /**
     * The {@code HOLSTEIN_JMH_OPTIONS} of the run that measures {@code SnapshotTreeMap}'s
     * benchmarks at 100,000 and 1,000,000 entries, the sizes its targets name, as part {@code
     * concurrent-snapshottree}.
     */
    static final String SORTED_MAP_OPTIONS =
            "-p size=100000,1000000 -e ^io\\.holstein\\.jmh\\.concurrent\\.(?!SnapshotTreeMap)";

    private static final RunScope SORTED_MAP_RUN = RunScope.parse(SORTED_MAP_OPTIONS);

    /**
     * Whether {@code jmh/results/} holds the part {@link #SORTED_MAP_OPTIONS} measures. Every cell
     * of {@code SnapshotTreeMap}'s rows that no committed run holds is declared empty ({@link
     * Gap}), with the run that measures it; when a run's results are committed, the report names
     * its cells as declared but present: then set this to true, or, for the group's run, remove the
     * declaration.
     */
    private static final boolean SORTED_MAP_PART_MEASURED = true;

    // ------------------------------------------------------------------ group

    static final String WHY_VECTOR_GET =
            "a read first loads the current version's root (a volatile read), then walks the trie";
    static final String WHY_VECTOR_READS =
            "CopyOnWriteArrayList.get is one array load; the vector walks its trie";
    static final String WHY_MAP_READS =
            "a trie lookup descends level by level, one dependent load each, where"
                    + " ConcurrentHashMap reads one bin";
    static final String WHY_MAP_WRITES =
            "a write copies one path of the trie and installs the new root by compare-and-set,"
                    + " retrying when another writer got there first; ConcurrentHashMap writes one"
                    + " bin in place";
    static final String WHY_SORTED_MAP_READS =
            "a read first loads the current version's root (a volatile read), then compares boxed"
                    + " keys level by level, as the skip list does";
    static final String WHY_SORTED_MAP_WRITES =
            "a write copies one root-to-leaf path of the B+-tree and installs the new root by"
                    + " compare-and-set, retrying when another writer got there first; the skip"
                    + " list writes one node in place";

    private static final List<Target> TARGETS = targets();

    /** Package {@code io.holstein.jmh.concurrent}: the {@code Snapshot*} containers. */
    static final ReportGroup GROUP =
            new ReportGroup(
                            "concurrent",
                            "Thread-safe containers: SnapshotHashMap, SnapshotVector,"
                                    + " SnapshotTreeMap",
                            all(VECTOR, MAP, SORTED_MAP))
                    .withGaps(sortedMapNotMeasured())
                    .withTargets(TARGETS)
                    .withChart(
                            ChartSpec.bySize(
                                    "SnapshotHashMap and SnapshotVector ÷ the JDK's thread-safe"
                                            + " containers, by size",
                                    "elements",
                                    List.of(
                                            map(
                                                    "map get, 1 thread ÷ ConcurrentHashMap",
                                                    SnapshotMapReadBenchmark.GET1_THREAD),
                                            map(
                                                    "map get, 2 threads ÷ ConcurrentHashMap",
                                                    SnapshotMapReadBenchmark.GET2_THREADS),
                                            map(
                                                    "map 95/5, 2 threads ÷ ConcurrentHashMap",
                                                    SnapshotMapMixBenchmark.MIX95TO5_2_THREADS),
                                            list(
                                                    "vector set ÷ CopyOnWriteArrayList",
                                                    SnapshotListWriteBenchmark.SET,
                                                    COPY_ON_WRITE_ARRAY_LIST),
                                            list(
                                                    "vector add + remove last ÷ CopyOnWriteArrayList",
                                                    SnapshotListWriteBenchmark.ADD_THEN_REMOVE_LAST,
                                                    COPY_ON_WRITE_ARRAY_LIST),
                                            list(
                                                    "vector set ÷ synchronized list",
                                                    SnapshotListWriteBenchmark.SET,
                                                    SYNCHRONIZED_LIST))));

    /** {@code SnapshotHashMap} against {@code ConcurrentHashMap} on one benchmark. */
    static Comparison map(String operation, BenchmarkName benchmark) {
        return new Comparison(
                operation,
                byType(benchmark, SNAPSHOT_HASH_MAP),
                byType(benchmark, CONCURRENT_HASH_MAP));
    }

    /** {@code SnapshotVector} against {@code peer} on one benchmark. */
    static Comparison list(String operation, BenchmarkName benchmark, String peer) {
        return new Comparison(
                operation, byType(benchmark, SNAPSHOT_VECTOR), byType(benchmark, peer));
    }

    /** The targets of the issue that introduced the {@code Snapshot*} containers. */
    private static List<Target> targets() {
        List<Target> t = new ArrayList<>();
        for (BenchmarkName write :
                List.of(
                        SnapshotListWriteBenchmark.SET,
                        SnapshotListWriteBenchmark.ADD_THEN_REMOVE_LAST)) {
            t.addAll(
                    Target.byType(
                            SNAPSHOT_VECTOR,
                            write.equals(SnapshotListWriteBenchmark.SET)
                                    ? "set(i, e)"
                                    : "add + remove last",
                            write,
                            COPY_ON_WRITE_ARRAY_LIST,
                            0.01,
                            "",
                            Sizes.HUNDRED_THOUSAND));
        }
        t.addAll(
                Target.byType(
                        SNAPSHOT_VECTOR,
                        "get(i)",
                        SnapshotListGetBenchmark.GET,
                        PERSISTENT_VECTOR,
                        1.2,
                        WHY_VECTOR_GET,
                        Sizes.THOUSAND,
                        Sizes.HUNDRED_THOUSAND));
        t.addAll(
                Target.against(
                        SNAPSHOT_VECTOR,
                        "snapshot()",
                        byMethod(SnapshotListCopyBenchmark.SNAPSHOT, "snapshot()"),
                        byMethod(
                                SnapshotListCopyBenchmark
                                        .NEW_ARRAY_LIST_OF_COPY_ON_WRITE_ARRAY_LIST,
                                "new ArrayList<>(copyOnWriteArrayList)"),
                        1e-4,
                        "",
                        Sizes.MILLION));
        Comparison mix =
                map("95 % get, 5 % put, 2 threads", SnapshotMapMixBenchmark.MIX95TO5_2_THREADS);
        t.addAll(
                Target.against(
                        SNAPSHOT_HASH_MAP,
                        mix.operation(),
                        mix.holstein(),
                        mix.peer(),
                        1 / 0.3,
                        WHY_MAP_WRITES,
                        Sizes.THOUSAND,
                        Sizes.HUNDRED_THOUSAND));
        t.addAll(
                Target.byType(
                        SNAPSHOT_HASH_MAP,
                        "get(k), 1 thread",
                        SnapshotMapReadBenchmark.GET1_THREAD,
                        PERSISTENT_HASH_MAP,
                        1.2,
                        "a read first loads the current version's root (a volatile read)",
                        Sizes.THOUSAND,
                        Sizes.HUNDRED_THOUSAND));
        t.addAll(
                Target.against(
                        SNAPSHOT_HASH_MAP,
                        "snapshot()",
                        byMethod(SnapshotMapSnapshotBenchmark.SNAPSHOT, "snapshot()"),
                        byMethod(
                                SnapshotMapSnapshotBenchmark.NEW_HASH_MAP_OF_CONCURRENT_HASH_MAP,
                                "new HashMap<>(concurrentHashMap)"),
                        1e-4,
                        "",
                        Sizes.MILLION));
        t.addAll(
                Target.byType(
                        SNAPSHOT_TREE_MAP,
                        "get(k), 1 thread",
                        SnapshotTreeMapBenchmark.GET,
                        CONCURRENT_SKIP_LIST_MAP,
                        1.0,
                        WHY_SORTED_MAP_READS,
                        Sizes.HUNDRED_THOUSAND,
                        Sizes.MILLION));
        t.addAll(
                Target.byType(
                        SNAPSHOT_TREE_MAP,
                        "95 % get, 5 % put, 2 threads (at least 0.5 × the throughput)",
                        SnapshotTreeMapMixBenchmark.MIX95TO5_2_THREADS,
                        CONCURRENT_SKIP_LIST_MAP,
                        2.0,
                        WHY_SORTED_MAP_WRITES,
                        Sizes.HUNDRED_THOUSAND,
                        Sizes.MILLION));
        t.addAll(
                Target.against(
                        SNAPSHOT_TREE_MAP,
                        "snapshot()",
                        TREE_SNAPSHOT,
                        SKIP_LIST_COPY,
                        1e-4,
                        "",
                        Sizes.MILLION));
        return t;
    }

    /**
     * The cells of {@code SnapshotTreeMap}'s rows and targets that no committed run holds, declared
     * empty with the run that measures them: {@link #SORTED_MAP_OPTIONS}'s part at its sizes
     * (unless {@link #SORTED_MAP_PART_MEASURED}), the group's run at the others.
     */
    private static List<Gap> sortedMapNotMeasured() {
        String part =
                "not measured yet: run `HOLSTEIN_JMH_OPTIONS='"
                        + SORTED_MAP_OPTIONS
                        + "' jmh/run --full concurrent-snapshottree` (20 benchmarks, about 7"
                        + " minutes)";
        String group = "not measured yet: run `jmh/run --full concurrent`";
        List<Series> series =
                Stream.concat(
                                SORTED_MAP.stream().flatMap(Comparison::series),
                                TARGETS.stream()
                                        .filter(t -> t.type().equals(SNAPSHOT_TREE_MAP))
                                        .flatMap(Target::series))
                        .toList();
        return Gap.everyCell(
                series,
                (s, size) ->
                        !SORTED_MAP_RUN.includes(s, size)
                                ? group
                                : SORTED_MAP_PART_MEASURED ? null : part);
    }

    private ConcurrentComparisons() {}

    @SafeVarargs
    private static List<Comparison> all(List<Comparison>... blocks) {
        List<Comparison> out = new ArrayList<>();
        for (List<Comparison> block : blocks) {
            out.addAll(block);
        }
        return List.copyOf(out);
    }
}
