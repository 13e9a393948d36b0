package io.holstein.jmh.report;

import static io.holstein.jmh.Implementations.CONCURRENT_HASH_MAP;
import static io.holstein.jmh.Implementations.COPY_ON_WRITE_ARRAY_LIST;
import static io.holstein.jmh.Implementations.PERSISTENT_HASH_MAP;
import static io.holstein.jmh.Implementations.PERSISTENT_VECTOR;
import static io.holstein.jmh.Implementations.SNAPSHOT_HASH_MAP;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /** Package {@code io.holstein.jmh.concurrent}: the {@code Snapshot*} containers. */
    static final ReportGroup GROUP =
            new ReportGroup(
                            "concurrent",
                            "Thread-safe containers: SnapshotHashMap, SnapshotVector",
                            all(VECTOR, MAP))
                    .withTargets(targets())
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
        return t;
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
