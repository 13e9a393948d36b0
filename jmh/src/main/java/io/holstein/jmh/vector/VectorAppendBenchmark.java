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
 * Appends {@code size} elements one by one to the empty vector, each append a new version ({@code
 * ArrayList.add} as the mutable baseline). Target: at most 0.8 × the fastest persistent peer from
 * 1,000 elements up.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
public class VectorAppendBenchmark {

    /** The name of {@link #append} in results and in the report. */
    public static final BenchmarkName APPEND =
            BenchmarkName.of(VectorAppendBenchmark.class, "append");

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

    /** One pass of {@code size} appends. */
    @Benchmark
    public Object append() {
        return peer.appendAll(elements);
    }
}
