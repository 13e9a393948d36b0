package io.holstein.jmh.sorted;

import static io.holstein.jmh.Implementations.*;

import io.holstein.jmh.BenchmarkName;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Visits every mapping in key order: the values ({@code values()}), and the entries ({@code
 * entrySet()}), each by the implementation's fastest way to visit them (see {@link
 * SortedMapPeer#sumValues}, {@link SortedMapPeer#sumEntries}).
 *
 * <p>Why: targets at most 0.5 &times; {@code TreeMap} for the values and at most 0.7 &times; for
 * the entries: a B+-tree's leaf holds its keys and values in arrays, where a binary tree follows a
 * pointer per entry.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
public class SortedIterateBenchmark extends SortedBenchmark {

    /** The name of {@link #values} in results and in the report. */
    public static final BenchmarkName VALUES =
            BenchmarkName.of(SortedIterateBenchmark.class, "values");

    /** The name of {@link #entries} in results and in the report. */
    public static final BenchmarkName ENTRIES =
            BenchmarkName.of(SortedIterateBenchmark.class, "entries");

    /** The implementation under test; see {@link SortedMapPeer}. */
    @Param({
        PERSISTENT_TREE_MAP,
        TREE_MAP,
        CONCURRENT_SKIP_LIST_MAP,
        SCALA_TREE_MAP,
        VAVR_TREE_MAP,
        CLOJURE_TREE_MAP,
        PCOLLECTIONS_TREE_MAP,
        PAGURO_TREE_MAP,
        IMMUTABLE_SORTED_MAP
    })
    public String type;

    private Object map;

    @Setup
    public void setUp() {
        Object[] stored = start(type);
        map = peer.mapOf(stored);
        SortedFixtures.promoteFixture();
    }

    /** The sum of the values' hash codes. */
    @Benchmark
    public long values() {
        return peer.sumValues(map);
    }

    /** The sum of the entries' key and value hash codes. */
    @Benchmark
    public long entries() {
        return peer.sumEntries(map);
    }
}
