package io.holstein.jmh.report;

import static io.holstein.jmh.Implementations.CONCURRENT_HASH_MAP;
import static io.holstein.jmh.Implementations.COPY_ON_WRITE_ARRAY_LIST;
import static io.holstein.jmh.Implementations.PERSISTENT_HASH_MAP;
import static io.holstein.jmh.Implementations.PERSISTENT_VECTOR;
import static io.holstein.jmh.Implementations.SNAPSHOT_HASH_MAP;
import static io.holstein.jmh.Implementations.SNAPSHOT_VECTOR;
import static io.holstein.jmh.Implementations.SYNCHRONIZED_LIST;
import static io.holstein.jmh.Implementations.SYNCHRONIZED_MAP;
import static io.holstein.jmh.report.Comparison.Scale.PARITY;
import static io.holstein.jmh.report.Comparison.Scale.SPEEDUP;
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
                            byType(SnapshotListWriteBenchmark.SET, COPY_ON_WRITE_ARRAY_LIST),
                            SPEEDUP),
                    new Comparison(
                            "add + remove last",
                            byType(
                                    SnapshotListWriteBenchmark.ADD_THEN_REMOVE_LAST,
                                    SNAPSHOT_VECTOR),
                            byType(
                                    SnapshotListWriteBenchmark.ADD_THEN_REMOVE_LAST,
                                    COPY_ON_WRITE_ARRAY_LIST),
                            SPEEDUP),
                    new Comparison(
                            "set",
                            byType(SnapshotListWriteBenchmark.SET, SNAPSHOT_VECTOR),
                            byType(SnapshotListWriteBenchmark.SET, SYNCHRONIZED_LIST),
                            PARITY),
                    new Comparison(
                            "add + remove last",
                            byType(
                                    SnapshotListWriteBenchmark.ADD_THEN_REMOVE_LAST,
                                    SNAPSHOT_VECTOR),
                            byType(
                                    SnapshotListWriteBenchmark.ADD_THEN_REMOVE_LAST,
                                    SYNCHRONIZED_LIST),
                            PARITY),
                    new Comparison(
                            "get",
                            byType(SnapshotListGetBenchmark.GET, SNAPSHOT_VECTOR),
                            byType(SnapshotListGetBenchmark.GET, PERSISTENT_VECTOR),
                            PARITY),
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
                                    "new ArrayList<>(copyOnWriteArrayList)"),
                            SPEEDUP));

    private static Comparison mix(String operation, BenchmarkName benchmark, String peer) {
        return new Comparison(
                operation, byType(benchmark, SNAPSHOT_VECTOR), byType(benchmark, peer), PARITY);
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
                                        byType(benchmark, peer),
                                        PARITY));
                    }
                });
        comparisons.add(
                new Comparison(
                        "map get against the bare trie, 1 thread",
                        byType(SnapshotMapReadBenchmark.GET1_THREAD, SNAPSHOT_HASH_MAP),
                        byType(SnapshotMapReadBenchmark.GET1_THREAD, PERSISTENT_HASH_MAP),
                        PARITY));
        comparisons.add(
                new Comparison(
                        "map snapshot",
                        byMethod(
                                SnapshotMapSnapshotBenchmark.SNAPSHOT,
                                "SnapshotHashMap.snapshot()"),
                        byMethod(
                                SnapshotMapSnapshotBenchmark.NEW_HASH_MAP_OF_CONCURRENT_HASH_MAP,
                                "new HashMap<>(concurrentHashMap)"),
                        SPEEDUP));
        return comparisons;
    }

    // ------------------------------------------------------------------ group

    /** Package {@code io.holstein.jmh.concurrent}: the {@code Snapshot*} containers. */
    static final ReportGroup GROUP =
            new ReportGroup("concurrent", "Thread-safe containers", all(VECTOR, MAP));

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
