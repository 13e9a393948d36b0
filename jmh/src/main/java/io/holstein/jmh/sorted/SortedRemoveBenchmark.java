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
 * Removes every key of a map, one at a time in another random order, each removal returning a new
 * version.
 *
 * <p>Why: target at most 0.8 &times; the fastest persistent peer; a B+-tree's removal borrows or
 * merges to keep its nodes half full.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
public class SortedRemoveBenchmark extends SortedBenchmark {

    /** The name of {@link #removeOneByOne} in results and in the report. */
    public static final BenchmarkName REMOVE_ONE_BY_ONE =
            BenchmarkName.of(SortedRemoveBenchmark.class, "removeOneByOne");

    /** The implementation under test; see {@link SortedMapPeer}. */
    @Param({
        PERSISTENT_TREE_MAP,
        SCALA_TREE_MAP,
        VAVR_TREE_MAP,
        CLOJURE_TREE_MAP,
        PCOLLECTIONS_TREE_MAP,
        PAGURO_TREE_MAP
    })
    public String type;

    private Object map;
    private Object[] removals;

    @Setup
    public void setUp() {
        Object[] stored = start(type);
        map = peer.mapOf(stored);
        removals = SortedFixtures.shuffled(stored);
        SortedFixtures.promoteFixture();
    }

    /** Every key removed, one by one, down to the empty map. */
    @Benchmark
    public Object removeOneByOne() {
        Object m = map;
        for (Object k : removals) {
            m = peer.without(m, k);
        }
        return m;
    }
}
