package io.holstein.jmh.sorted;

import static io.holstein.jmh.Implementations.*;

import io.holstein.jmh.BenchmarkName;
import io.holstein.jmh.KeyTypes;
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
 * Builds a map of {@code size} keys with the implementation's builder, from keys in random order
 * and from the same keys in ascending order, against filling a {@code TreeMap} with {@code put}.
 *
 * <p>Why: targets at most 1.5 &times; filling a {@code TreeMap} from random input and at most 0.5
 * &times; from ascending input, which a B+-tree builder appends to its right edge in O(n). Of the
 * persistent peers only Scala has a builder; the others build by insertions, as {@link
 * SortedInsertBenchmark} measures.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
public class SortedBuildBenchmark {

    /** The name of {@link #random} in results and in the report. */
    public static final BenchmarkName RANDOM =
            BenchmarkName.of(SortedBuildBenchmark.class, "random");

    /** The name of {@link #ascending} in results and in the report. */
    public static final BenchmarkName ASCENDING =
            BenchmarkName.of(SortedBuildBenchmark.class, "ascending");

    /** Number of mappings; not powers of two on purpose. */
    @Param({"10", "1000", "100000", "1000000"})
    public int size;

    /** The key type; see {@link RandomKeys#of(String, int)}. */
    @Param({KeyTypes.INTEGER, KeyTypes.STRING})
    public String keys;

    /** The implementation under test; see {@link SortedMapPeer}. */
    @Param({
        // PERSISTENT_TREE_MAP,
        TREE_MAP,
        SCALA_TREE_MAP
    })
    public String type;

    private SortedMapPeer peer;
    private Object[] random;
    private Object[] ascending;

    @Setup
    public void setUp() {
        peer = SortedMapPeer.of(type);
        random = RandomKeys.of(keys, size);
        ascending = SortedFixtures.ascending(random);
        SortedFixtures.promoteFixture();
    }

    /** One map built from keys in random order. */
    @Benchmark
    public Object random() {
        return peer.build(random);
    }

    /** One map built from keys in ascending order. */
    @Benchmark
    public Object ascending() {
        return peer.build(ascending);
    }
}
