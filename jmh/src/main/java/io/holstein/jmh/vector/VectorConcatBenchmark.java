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
 * Concatenates two vectors split off-centre ({@code size / 2 - 1} and {@code size / 2 + 1}
 * elements), so that no peer gets trie-aligned halves. Target: at least 100 × faster than Vavr's
 * {@code appendAll} at 1,000,000; Scala's {@code appendedAll} reported beside it.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
public class VectorConcatBenchmark {

    /** The name of {@link #concat} in results and in the report. */
    public static final BenchmarkName CONCAT =
            BenchmarkName.of(VectorConcatBenchmark.class, "concat");

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

    private Object left;
    private Object right;

    /** Splits the elements off-centre and builds both halves by appends. */
    @Setup
    public void setUpHalves() {
        int half = size / 2 - 1;
        left = peer.appendAll(java.util.Arrays.copyOfRange(elements, 0, half));
        right = peer.appendAll(java.util.Arrays.copyOfRange(elements, half, size));
        VectorFixtures.promoteFixture();
    }

    /** One concatenation of the two halves. */
    @Benchmark
    public Object concat() {
        return peer.concat(left, right);
    }
}
