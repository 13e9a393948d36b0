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
public class SortedBuildBenchmark extends SortedBenchmark {

    /** The name of {@link #random} in results and in the report. */
    public static final BenchmarkName RANDOM =
            BenchmarkName.of(SortedBuildBenchmark.class, "random");

    /** The name of {@link #ascending} in results and in the report. */
    public static final BenchmarkName ASCENDING =
            BenchmarkName.of(SortedBuildBenchmark.class, "ascending");

    /** The implementation under test; see {@link SortedMapPeer}. */
    @Param({PERSISTENT_TREE_MAP, TREE_MAP, SCALA_TREE_MAP})
    public String type;

    private Object[] random;
    private Object[] ascending;

    @Setup
    public void setUp() {
        random = start(type);
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
