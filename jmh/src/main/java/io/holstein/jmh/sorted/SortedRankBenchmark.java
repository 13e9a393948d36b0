package io.holstein.jmh.sorted;

import static io.holstein.jmh.Implementations.*;

import io.holstein.jmh.BenchmarkName;
import io.holstein.jmh.RandomKeys;
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
 * The rank of a present key (a fresh object equal to it), the number of keys below it, where the
 * implementation has an O(log n) way to it: Guava's binary search of its key array, Scala's and
 * PCollections' split of the keys below (their subtrees know their sizes).
 *
 * <p>Why: a B+-tree's inner nodes keep subtree sizes, so {@code indexOfKey} costs one descent.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class SortedRankBenchmark extends SortedBenchmark {

    /** The name of {@link #rank} in results and in the report. */
    public static final BenchmarkName RANK = BenchmarkName.of(SortedRankBenchmark.class, "rank");

    /** The implementation under test; see {@link SortedMapPeer}. */
    @Param({PERSISTENT_TREE_MAP, SCALA_TREE_MAP, PCOLLECTIONS_TREE_MAP, IMMUTABLE_SORTED_MAP})
    public String type;

    private Object map;
    private Object[] lookups;
    private int cursor;

    @Setup
    public void setUp() {
        Object[] stored = start(type);
        map = peer.mapOf(stored);
        lookups = RandomKeys.hitSequence(stored);
        SortedFixtures.promoteFixture();
    }

    /** The rank of the next key of the sequence. */
    @Benchmark
    public int rank() {
        return peer.rank(map, lookups[cursor++ & RandomKeys.SEQUENCE_MASK]);
    }
}
