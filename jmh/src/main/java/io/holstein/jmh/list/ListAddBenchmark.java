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
 * Appending to an unshared {@code CowArrayList} against {@code ArrayList}: one {@code add(e)}
 * followed by {@code remove(size() - 1)}.
 *
 * <p>Why: appends on an unshared list must cost what {@code ArrayList}'s cost (target: at most 1.10
 * ×) and allocate nothing once capacity is there. Removing the appended element in the same
 * invocation keeps the list at {@code size} elements, so it never grows without bound and the
 * measurement is of a steady-state append into spare capacity plus the removal of the last element,
 * both structural writes; the one growth of the array happens on the first invocation and is
 * amortised away. Both implementations run this same method through the {@code List} interface.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class ListAddBenchmark {

    /** The name of {@link #addThenRemoveLast} in results and in the report. */
    public static final BenchmarkName ADD_THEN_REMOVE_LAST =
            BenchmarkName.of(ListAddBenchmark.class, "addThenRemoveLast");

    /** Number of elements; not powers of two on purpose. */
    @Param({"10", "1000", "100000", "1000000"})
    public int size;

    /** The list implementation under test; see {@link ListFixtures#newList}. */
    @Param({COW_ARRAY_LIST, ARRAY_LIST})
    public String type;

    private List<Integer> list;
    private Integer value;

    /**
     * Builds the list and boxes the appended value once, then promotes them to the old generation
     * ({@link ListFixtures#promoteFixture}).
     */
    @Setup
    public void setUp() {
        list = ListFixtures.newList(type, size);
        value = ListFixtures.preallocatedValues()[0];
        ListFixtures.promoteFixture();
    }

    /** Appends one element and removes it again; returns the removed element. */
    @Benchmark
    public Integer addThenRemoveLast() {
        list.add(value);
        return list.remove(list.size() - 1);
    }
}
