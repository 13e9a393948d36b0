package io.holstein.jmh.vector;

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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Iterates every element of a vector built by appends. Target: at most 1.3 × {@code ArrayList} at
 * 100,000 and 1,000,000.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
public class VectorIterateBenchmark {

    /** The name of {@link #iterate} in results and in the report. */
    public static final BenchmarkName ITERATE =
            BenchmarkName.of(VectorIterateBenchmark.class, "iterate");

    /** Number of elements; not powers of two on purpose. */
    @Param({"10", "1000", "100000", "1000000"})
    public int size;

    /** The implementation under test; see {@link VectorPeer}. */
    @Param({
        PERSISTENT_VECTOR,
        ARRAY_LIST,
        VAVR_VECTOR,
        SCALA_VECTOR,
        CLOJURE_VECTOR,
        PCOLLECTIONS_VECTOR,
        PAGURO_VECTOR,
        KOTLINX_VECTOR
    })
    public String type;

    private VectorPeer peer;
    private Integer[] elements;
    private Object vector;
    private int[] indices;
    private int cursor;

    /** Builds the elements, the vector by appends, and the index sequence. */
    @Setup
    public void setUp() {
        peer = VectorPeer.of(type);
        elements = VectorFixtures.elements(size);
        vector = peer.appendAll(elements);
        indices = VectorFixtures.randomIndices(size);
        VectorFixtures.promoteFixture();
    }

    /** One pass over every element. */
    @Benchmark
    public void iterate(Blackhole bh) {
        peer.iterate(vector, bh);
    }
}
