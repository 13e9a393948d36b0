package io.holstein.jmh.list;

import static io.holstein.jmh.Implementations.ARRAY_LIST;
import static io.holstein.jmh.Implementations.COW_ARRAY_LIST;
import static io.holstein.jmh.list.ListFixtures.SEQUENCE_MASK;

import io.holstein.jmh.BenchmarkName;
import java.util.List;
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
 * Random-access read, {@code list.get(i)}, on an unshared {@code CowArrayList} against {@code
 * ArrayList}.
 *
 * <p>Why: reads must cost what {@code ArrayList}'s cost (target: at most 1.10 × at every size); the
 * refcount must add nothing to a read. Both implementations run this same method through the {@code
 * List} interface. The index comes from a fixed pseudo-random sequence, so reads spread over the
 * whole list, with the cache misses of the larger sizes, rather than hitting one slot the JIT could
 * keep in a register.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class ListGetBenchmark {

    /** The name of {@link #get} in results and in the report. */
    public static final BenchmarkName GET = BenchmarkName.of(ListGetBenchmark.class, "get");

    /** Number of elements; not powers of two on purpose. */
    @Param({"10", "1000", "100000", "1000000"})
    public int size;

    /** The list implementation under test; see {@link ListFixtures#newList}. */
    @Param({COW_ARRAY_LIST, ARRAY_LIST})
    public String type;

    private List<Integer> list;
    private int[] indices;
    private int cursor;

    /**
     * Builds the list and the index sequence, then promotes them to the old generation ({@link
     * ListFixtures#promoteFixture}).
     */
    @Setup
    public void setUp() {
        list = ListFixtures.newList(type, size);
        indices = ListFixtures.randomIndices(size);
        ListFixtures.promoteFixture();
    }

    /** One read at the next index of the sequence. */
    @Benchmark
    public Integer get() {
        return list.get(indices[cursor++ & SEQUENCE_MASK]);
    }
}
