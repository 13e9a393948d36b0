package io.holstein.jmh.list;

import static io.holstein.jmh.Implementations.ARRAY_LIST;
import static io.holstein.jmh.Implementations.COW_ARRAY_LIST;

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
 * A whole for-each traversal of an unshared {@code CowArrayList} against {@code ArrayList}, summing
 * the elements' hash codes; one operation is one traversal of {@code size} elements.
 *
 * <p>Why: iteration goes through the list's own fail-fast iterator ({@code hasNext}, {@code next},
 * the modification check), which must cost what {@code ArrayList}'s costs (target: at most 1.10 ×);
 * {@code gc.alloc.rate.norm} also shows whether the iterator is scalar-replaced as {@code
 * ArrayList}'s is. Summing the hash codes makes every element be read and lets the result be
 * returned to JMH. Both implementations run this same method through the {@code List} interface.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class ListIterateBenchmark {

    /** The name of {@link #iterate} in results and in the report. */
    public static final BenchmarkName ITERATE =
            BenchmarkName.of(ListIterateBenchmark.class, "iterate");

    /** Number of elements; not powers of two on purpose. */
    @Param({"10", "1000", "100000", "1000000"})
    public int size;

    /** The list implementation under test; see {@link ListFixtures#newList}. */
    @Param({COW_ARRAY_LIST, ARRAY_LIST})
    public String type;

    private List<Integer> list;

    /**
     * Builds the list, then promotes them to the old generation ({@link
     * ListFixtures#promoteFixture}).
     */
    @Setup
    public void setUp() {
        list = ListFixtures.newList(type, size);
        ListFixtures.promoteFixture();
    }

    /** One traversal; returns the sum of the elements' hash codes. */
    @Benchmark
    public int iterate() {
        int sum = 0;
        for (Integer element : list) {
            sum += element.hashCode();
        }
        return sum;
    }
}
