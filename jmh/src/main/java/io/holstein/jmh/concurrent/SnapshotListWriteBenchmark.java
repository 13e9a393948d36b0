package io.holstein.jmh.concurrent;

import static io.holstein.jmh.Implementations.COPY_ON_WRITE_ARRAY_LIST;
import static io.holstein.jmh.Implementations.SNAPSHOT_VECTOR;
import static io.holstein.jmh.Implementations.SYNCHRONIZED_LIST;
import static io.holstein.jmh.concurrent.SnapshotListFixtures.SEQUENCE_MASK;
import static io.holstein.jmh.concurrent.SnapshotListFixtures.VALUE_MASK;

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
 * Single-thread writes to a thread-safe list: {@code set(i, e)}, and {@code add(e)} followed by
 * {@code remove(size() - 1)} so the list keeps its size, on {@code SnapshotVector} against {@code
 * CopyOnWriteArrayList} (which copies its whole array on every write) and {@code
 * Collections.synchronizedList(new ArrayList<>())} (one lock, writes in place).
 *
 * <p>Target: at 100,000 elements {@code SnapshotVector}'s {@code add} and {@code set} at least 100
 * × faster than {@code CopyOnWriteArrayList}'s.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class SnapshotListWriteBenchmark {

    /** The name of {@link #set} in results and in the report. */
    public static final BenchmarkName SET =
            BenchmarkName.of(SnapshotListWriteBenchmark.class, "set");

    /** The name of {@link #addThenRemoveLast} in results and in the report. */
    public static final BenchmarkName ADD_THEN_REMOVE_LAST =
            BenchmarkName.of(SnapshotListWriteBenchmark.class, "addThenRemoveLast");

    /** Number of elements; not powers of two on purpose. */
    @Param({"1000", "100000", "1000000"})
    public int size;

    /** The list implementation under test; see {@link SnapshotListFixtures#newList}. */
    @Param({SNAPSHOT_VECTOR, COPY_ON_WRITE_ARRAY_LIST, SYNCHRONIZED_LIST})
    public String type;

    private List<Integer> list;
    private int[] indices;
    private Integer[] values;
    private int cursor;

    /** Builds the list, the index sequence and the values to write. */
    @Setup
    public void setUp() {
        list = SnapshotListFixtures.newList(type, size);
        indices = SnapshotListFixtures.randomIndices(size, 0);
        values = SnapshotListFixtures.preallocatedValues();
        SnapshotListFixtures.promoteFixture();
    }

    /** One write at the next index of the sequence; returns the replaced element. */
    @Benchmark
    public Integer set() {
        int c = cursor++;
        return list.set(indices[c & SEQUENCE_MASK], values[c & VALUE_MASK]);
    }

    /** One append and the removal of the appended element. */
    @Benchmark
    public Integer addThenRemoveLast() {
        int c = cursor++;
        list.add(values[c & VALUE_MASK]);
        return list.remove(size);
    }
}
