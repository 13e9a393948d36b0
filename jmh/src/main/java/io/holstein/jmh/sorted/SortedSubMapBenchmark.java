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
 * The middle half of a map, from the key of rank {@code n / 4} (inclusive) to the key of rank
 * {@code 3n / 4} (exclusive), as a map of the implementation's own that later writes to the source
 * do not change: a range operation where the implementation has one (Scala, PCollections, Guava),
 * else a copy ({@code new TreeMap<>(treeMap.subMap(...))}, a filter, or insertions).
 *
 * <p>Why: target at 1M at least 1,000 &times; faster than copying a {@code TreeMap}'s sub-map and
 * at most 1.0 &times; Scala's {@code range}: a B+-tree splits off the range in O(log n), sharing
 * all but two paths.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class SortedSubMapBenchmark extends SortedBenchmark {

    /** The name of {@link #middleHalf} in results and in the report. */
    public static final BenchmarkName MIDDLE_HALF =
            BenchmarkName.of(SortedSubMapBenchmark.class, "middleHalf");

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
    private Object from;
    private Object to;

    @Setup
    public void setUp() {
        Object[] stored = start(type);
        map = peer.mapOf(stored);
        Object[] bounds = SortedFixtures.middleHalfBounds(stored);
        from = bounds[0];
        to = bounds[1];
        SortedFixtures.promoteFixture();
    }

    /** The map of the middle half of the keys. */
    @Benchmark
    public Object middleHalf() {
        return peer.subMap(map, from, to);
    }
}
