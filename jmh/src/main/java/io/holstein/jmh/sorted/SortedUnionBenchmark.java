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
 * The union of two sorted sets that hold interleaved halves of {@code size} random keys (the keys
 * of even and of odd rank), each implementation's sorted set beside its map ({@code TreeSet} for
 * {@code TreeMap}), by its best means: Scala's {@code ++} (a union of red-black trees), Vavr's
 * {@code union}, PCollections' {@code plusAll}, insertions for Clojure and Paguro, and for {@code
 * TreeSet} a copy and {@code addAll}.
 *
 * <p>Why: a union by split and join costs far less than n where the operands interleave in blocks;
 * halves interleaved key by key, as here, are its worst case.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
public class SortedUnionBenchmark extends SortedBenchmark {

    /** The name of {@link #unionOfInterleavedHalves} in results and in the report. */
    public static final BenchmarkName UNION_OF_INTERLEAVED_HALVES =
            BenchmarkName.of(SortedUnionBenchmark.class, "unionOfInterleavedHalves");

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

    private Object evens;
    private Object odds;

    @Setup
    public void setUp() {
        Object[] stored = start(type);
        evens = peer.setOf(SortedFixtures.evenRanks(stored));
        odds = peer.setOf(SortedFixtures.oddRanks(stored));
        SortedFixtures.promoteFixture();
    }

    /** The union of the two interleaved halves. */
    @Benchmark
    public Object unionOfInterleavedHalves() {
        return peer.union(evens, odds);
    }
}
