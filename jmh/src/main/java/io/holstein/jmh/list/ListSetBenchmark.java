package io.holstein.jmh.list;

import static io.holstein.jmh.Implementations.ARRAY_LIST;
import static io.holstein.jmh.Implementations.COPY_ON_WRITE_ARRAY_LIST;
import static io.holstein.jmh.Implementations.COW_ARRAY_LIST;
import static io.holstein.jmh.list.ListFixtures.SEQUENCE_MASK;
import static io.holstein.jmh.list.ListFixtures.VALUE_MASK;

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
 * Replacing one element, {@code list.set(i, e)}, on an unshared {@code CowArrayList} against {@code
 * ArrayList} and {@code CopyOnWriteArrayList}.
 *
 * <p>Why: an unshared {@code CowArrayList} writes in place, so a write must cost what {@code
 * ArrayList}'s costs (target: at most 1.10 ×) and allocate nothing (run with {@code -prof gc}:
 * {@code gc.alloc.rate.norm} should be 0 B/op), while {@code CopyOnWriteArrayList}, the JDK's other
 * copy-on-write list, copies its whole array on every write (target: at 100,000 elements at least
 * 1,000 × faster). All three run this same method through the {@code List} interface; indices come
 * from a fixed pseudo-random sequence, and the written values are boxed once in advance, so the
 * measured code boxes nothing, and always differ from the element they replace, so {@code
 * CopyOnWriteArrayList} never skips its copy.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class ListSetBenchmark {

    /** The name of {@link #set} in results and in the report. */
    public static final BenchmarkName SET = BenchmarkName.of(ListSetBenchmark.class, "set");

    /** Number of elements; not powers of two on purpose. */
    @Param({"10", "1000", "100000", "1000000"})
    public int size;

    /** The list implementation under test; see {@link ListFixtures#newList}. */
    @Param({COW_ARRAY_LIST, ARRAY_LIST, COPY_ON_WRITE_ARRAY_LIST})
    public String type;

    private List<Integer> list;
    private int[] indices;
    private Integer[] values;
    private int cursor;

    /**
     * Builds the list, the index sequence and the values to write, then promotes them to the old
     * generation ({@link ListFixtures#promoteFixture}).
     */
    @Setup
    public void setUp() {
        list = ListFixtures.newList(type, size);
        indices = ListFixtures.randomIndices(size);
        values = ListFixtures.preallocatedValues();
        ListFixtures.promoteFixture();
    }

    /** One write at the next index of the sequence; returns the replaced element. */
    @Benchmark
    public Integer set() {
        int c = cursor++;
        return list.set(indices[c & SEQUENCE_MASK], values[c & VALUE_MASK]);
    }
}
