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
 * Builds a map by inserting {@code size} random keys one at a time, each insertion returning a new
 * version ({@code TreeMap}: one map, in place).
 *
 * <p>Why: target at most 0.8 &times; the fastest persistent peer; {@code TreeMap} shows what
 * persistence costs.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
public class SortedInsertBenchmark extends SortedBenchmark {

    /** The name of {@link #insertOneByOne} in results and in the report. */
    public static final BenchmarkName INSERT_ONE_BY_ONE =
            BenchmarkName.of(SortedInsertBenchmark.class, "insertOneByOne");

    /** The implementation under test; see {@link SortedMapPeer}. */
    @Param({
        PERSISTENT_TREE_MAP,
        TREE_MAP,
        SCALA_TREE_MAP,
        VAVR_TREE_MAP,
        CLOJURE_TREE_MAP,
        PCOLLECTIONS_TREE_MAP,
        PAGURO_TREE_MAP
    })
    public String type;

    private Object[] stored;

    @Setup
    public void setUp() {
        stored = start(type);
        SortedFixtures.promoteFixture();
    }

    /** One map of {@code size} keys, inserted one by one. */
    @Benchmark
    public Object insertOneByOne() {
        return peer.insertOneByOne(stored);
    }
}
