package io.holstein.jmh.report;

import static io.holstein.jmh.report.Comparison.Scale.PARITY;
import static io.holstein.jmh.report.Comparison.Scale.SPEEDUP;
import static io.holstein.jmh.report.Series.byMethod;
import static io.holstein.jmh.report.Series.byType;

import java.util.ArrayList;
import java.util.List;

/**
 * How the results of the concurrent group pair into ratios: the thread-safe {@code Snapshot*}
 * containers against the JDK's concurrent and synchronized collections, one block per container.
 */
final class ConcurrentComparisons {

    /** Package {@code io.holstein.jmh.concurrent}: {@code SnapshotHashMap} and its peers. */
    static final ReportGroup GROUP = new ReportGroup("concurrent", "Thread-safe containers", comparisons());

    private ConcurrentComparisons() {
    }

    private static List<Comparison> comparisons() {
        List<Comparison> comparisons = new ArrayList<>();
        comparisons.addAll(snapshotHashMap());
        return List.copyOf(comparisons);
    }

    // ------------------------------------------------------------------ SnapshotHashMap

    private static final String SNAPSHOT_HASH_MAP = "SnapshotHashMap";

    /**
     * {@code SnapshotHashMap} against {@code ConcurrentHashMap} and the synchronized
     * {@code HashMap}, reads only and 95/5, on one and two threads; its {@code get} against the
     * bare {@code PersistentHashMap}'s; {@code snapshot()} against copying a
     * {@code ConcurrentHashMap}.
     */
    private static List<Comparison> snapshotHashMap() {
        List<Comparison> comparisons = new ArrayList<>();
        for (String[] run : new String[][] {
                {"map get, 1 thread", "SnapshotMapReadBenchmark.get1Thread"},
                {"map get, 2 threads", "SnapshotMapReadBenchmark.get2Threads"},
                {"map 95/5 get/put, 1 thread", "SnapshotMapMixBenchmark.mix95to5_1Thread"},
                {"map 95/5 get/put, 2 threads", "SnapshotMapMixBenchmark.mix95to5_2Threads"}}) {
            for (String peer : List.of("ConcurrentHashMap", "synchronizedMap")) {
                comparisons.add(new Comparison(run[0], byType(run[1], SNAPSHOT_HASH_MAP), byType(run[1], peer), PARITY));
            }
        }
        comparisons.add(new Comparison("map get against the bare trie, 1 thread",
                byType("SnapshotMapReadBenchmark.get1Thread", SNAPSHOT_HASH_MAP),
                byType("SnapshotMapReadBenchmark.get1Thread", "PersistentHashMap"), PARITY));
        comparisons.add(new Comparison("map snapshot",
                byMethod("SnapshotMapSnapshotBenchmark.snapshot", "SnapshotHashMap.snapshot()"),
                byMethod("SnapshotMapSnapshotBenchmark.newHashMapOfConcurrentHashMap", "new HashMap<>(concurrentHashMap)"),
                SPEEDUP));
        return comparisons;
    }
}
