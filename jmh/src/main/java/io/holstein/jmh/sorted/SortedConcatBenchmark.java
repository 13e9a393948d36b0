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
 * One map of two maps that hold the lower and the upper half of {@code size} random keys, by each
 * implementation's best means: Scala's {@code ++} (a union of red-black trees), Vavr's {@code
 * merge}, PCollections' {@code plusAll}, insertions of the upper half into the lower for Clojure
 * and Paguro, and for {@code TreeMap} a copy of the lower half and {@code putAll} of the upper.
 *
 * <p>Why: targets at 1M at least 1,000 &times; faster than the {@code TreeMap} copy and at least
 * 100 &times; faster than Scala's {@code ++}: a B+-tree joins two trees in O(log n).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
public class SortedConcatBenchmark extends SortedBenchmark {

    /** The name of {@link #concatHalves} in results and in the report. */
    public static final BenchmarkName CONCAT_HALVES =
            BenchmarkName.of(SortedConcatBenchmark.class, "concatHalves");

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

    private Object lower;
    private Object upper;

    @Setup
    public void setUp() {
        Object[] stored = start(type);
        lower = peer.mapOf(SortedFixtures.lowerHalf(stored));
        upper = peer.mapOf(SortedFixtures.upperHalf(stored));
        SortedFixtures.promoteFixture();
    }

    /** The lower half followed by the upper half. */
    @Benchmark
    public Object concatHalves() {
        return peer.concat(lower, upper);
    }
}
