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

/**
 * Builds a vector of {@code size} elements with each library's builder or transient, against {@code
 * ArrayList.add}. Target: at most 2 × {@code ArrayList} at 100,000 and 1,000,000.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
public class VectorBuilderBenchmark {

    /** The name of {@link #build} in results and in the report. */
    public static final BenchmarkName BUILD =
            BenchmarkName.of(VectorBuilderBenchmark.class, "build");

    /** Number of elements; not powers of two on purpose. */
    @Param({"10", "1000", "100000", "1000000"})
    public int size;

    /** The implementation under test; see {@link VectorPeer}. */
    @Param({
        PERSISTENT_VECTOR_BUILDER,
        ARRAY_LIST,
        SCALA_VECTOR_BUILDER,
        CLOJURE_VECTOR_TRANSIENT,
        PAGURO_VECTOR_MUTABLE,
        KOTLINX_VECTOR_BUILDER
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

    /** One build of {@code size} elements. */
    @Benchmark
    public Object build() {
        return peer.build(elements);
    }
}
