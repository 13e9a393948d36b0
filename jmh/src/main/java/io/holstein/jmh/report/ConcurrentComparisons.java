package io.holstein.jmh.report;

import static io.holstein.jmh.report.Comparison.Scale.PARITY;
import static io.holstein.jmh.report.Comparison.Scale.SPEEDUP;
import static io.holstein.jmh.report.Series.byMethod;
import static io.holstein.jmh.report.Series.byType;

import java.util.ArrayList;
import java.util.List;

/**
 * How the results of the concurrent group pair into ratios: the thread-safe containers of {@code
 * io.holstein.concurrent} against the JDK's. Each container has a block of its own.
 */
final class ConcurrentComparisons {

    // ------------------------------------------------------------------ SnapshotVector

    private static final String SNAPSHOT_VECTOR = "SnapshotVector";
    private static final String COPY_ON_WRITE = "CopyOnWriteArrayList";
    private static final String SYNCHRONIZED_LIST = "SynchronizedList";

    /** {@code SnapshotVector} against {@code CopyOnWriteArrayList} and a synchronized list. */
    private static final List<Comparison> VECTOR =
            List.of(
                    new Comparison(
                            "set",
                            byType("SnapshotListWriteBenchmark.set", SNAPSHOT_VECTOR),
                            byType("SnapshotListWriteBenchmark.set", COPY_ON_WRITE),
                            SPEEDUP),
                    new Comparison(
                            "add + remove last",
                            byType("SnapshotListWriteBenchmark.addThenRemoveLast", SNAPSHOT_VECTOR),
                            byType("SnapshotListWriteBenchmark.addThenRemoveLast", COPY_ON_WRITE),
                            SPEEDUP),
                    new Comparison(
                            "set",
                            byType("SnapshotListWriteBenchmark.set", SNAPSHOT_VECTOR),
                            byType("SnapshotListWriteBenchmark.set", SYNCHRONIZED_LIST),
                            PARITY),
                    new Comparison(
                            "add + remove last",
                            byType("SnapshotListWriteBenchmark.addThenRemoveLast", SNAPSHOT_VECTOR),
                            byType(
                                    "SnapshotListWriteBenchmark.addThenRemoveLast",
                                    SYNCHRONIZED_LIST),
                            PARITY),
                    new Comparison(
                            "get",
                            byType("SnapshotListGetBenchmark.get", SNAPSHOT_VECTOR),
                            byType("SnapshotListGetBenchmark.get", "PersistentVector"),
                            PARITY),
                    mix("reads, 1 thread", "readsOneThread", COPY_ON_WRITE),
                    mix("reads, 1 thread", "readsOneThread", SYNCHRONIZED_LIST),
                    mix("reads, 2 threads", "readsTwoThreads", COPY_ON_WRITE),
                    mix("reads, 2 threads", "readsTwoThreads", SYNCHRONIZED_LIST),
                    mix("95/5, 1 thread", "mix95OneThread", COPY_ON_WRITE),
                    mix("95/5, 1 thread", "mix95OneThread", SYNCHRONIZED_LIST),
                    mix("95/5, 2 threads", "mix95TwoThreads", COPY_ON_WRITE),
                    mix("95/5, 2 threads", "mix95TwoThreads", SYNCHRONIZED_LIST),
                    new Comparison(
                            "copy",
                            byMethod("SnapshotListCopyBenchmark.snapshot", "snapshot()"),
                            byMethod(
                                    "SnapshotListCopyBenchmark.newArrayListOfCopyOnWriteArrayList",
                                    "new ArrayList<>(copyOnWriteArrayList)"),
                            SPEEDUP));

    private static Comparison mix(String operation, String method, String peer) {
        String benchmark = "SnapshotListMixBenchmark." + method;
        return new Comparison(
                operation, byType(benchmark, SNAPSHOT_VECTOR), byType(benchmark, peer), PARITY);
    }

    // ------------------------------------------------------------------ SnapshotHashMap

    private static final String SNAPSHOT_HASH_MAP = "SnapshotHashMap";

    private static final List<Comparison> MAP = snapshotHashMap();

    /**
     * {@code SnapshotHashMap} against {@code ConcurrentHashMap} and the synchronized {@code
     * HashMap}, reads only and 95/5, on one and two threads; its {@code get} against the bare
     * {@code PersistentHashMap}'s; {@code snapshot()} against copying a {@code ConcurrentHashMap}.
     */
    private static List<Comparison> snapshotHashMap() {
        List<Comparison> comparisons = new ArrayList<>();
        for (String[] run :
                new String[][] {
                    {"map get, 1 thread", "SnapshotMapReadBenchmark.get1Thread"},
                    {"map get, 2 threads", "SnapshotMapReadBenchmark.get2Threads"},
                    {"map 95/5 get/put, 1 thread", "SnapshotMapMixBenchmark.mix95to5_1Thread"},
                    {"map 95/5 get/put, 2 threads", "SnapshotMapMixBenchmark.mix95to5_2Threads"}
                }) {
            for (String peer : List.of("ConcurrentHashMap", "synchronizedMap")) {
                comparisons.add(
                        new Comparison(
                                run[0],
                                byType(run[1], SNAPSHOT_HASH_MAP),
                                byType(run[1], peer),
                                PARITY));
            }
        }
        comparisons.add(
                new Comparison(
                        "map get against the bare trie, 1 thread",
                        byType("SnapshotMapReadBenchmark.get1Thread", SNAPSHOT_HASH_MAP),
                        byType("SnapshotMapReadBenchmark.get1Thread", "PersistentHashMap"),
                        PARITY));
        comparisons.add(
                new Comparison(
                        "map snapshot",
                        byMethod(
                                "SnapshotMapSnapshotBenchmark.snapshot",
                                "SnapshotHashMap.snapshot()"),
                        byMethod(
                                "SnapshotMapSnapshotBenchmark.newHashMapOfConcurrentHashMap",
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
