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
 * One insert in the middle of a fixed vector, returning a new version. {@code ArrayList} inserts in
 * place and removes the element again on the next call, so its figure is the mean of one {@code
 * add(index, e)} and one {@code remove(index)}. Target: at least 5 × faster than {@code ArrayList}
 * at 1,000,000. Clojure has no insert.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class VectorInsertBenchmark {

    /** The name of {@link #insertMiddle} in results and in the report. */
    public static final BenchmarkName INSERT_MIDDLE =
            BenchmarkName.of(VectorInsertBenchmark.class, "insertMiddle");

    /** Number of elements; not powers of two on purpose. */
    @Param({"10", "1000", "100000", "1000000"})
    public int size;

    /** The implementation under test; see {@link VectorPeer}. */
    @Param({
        PERSISTENT_VECTOR,
        ARRAY_LIST,
        VAVR_VECTOR,
        SCALA_VECTOR,
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

    /** One insert at the middle. */
    @Benchmark
    public Object insertMiddle() {
        if (vector instanceof java.util.ArrayList<?> list) {
            if ((cursor++ & 1) == 0) {
                return peer.insert(vector, size / 2, elements[0]);
            }
            return list.remove(size / 2);
        }
        return peer.insert(vector, size / 2, elements[0]);
    }
}
