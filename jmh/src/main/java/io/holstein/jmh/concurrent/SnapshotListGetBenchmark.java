package io.holstein.jmh.concurrent;

import static io.holstein.jmh.Implementations.COPY_ON_WRITE_ARRAY_LIST;
import static io.holstein.jmh.Implementations.PERSISTENT_VECTOR;
import static io.holstein.jmh.Implementations.SNAPSHOT_VECTOR;
import static io.holstein.jmh.concurrent.SnapshotListFixtures.SEQUENCE_MASK;

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
 * {@code get(i)} at pseudo-random indices: {@code SnapshotVector} (one volatile read, then the
 * trie) against the {@code PersistentVector} it holds, and {@code CopyOnWriteArrayList} (one
 * volatile read, then a flat array) for reference.
 *
 * <p>Target: {@code SnapshotVector.get} at most 1.2 × {@code PersistentVector.get}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class SnapshotListGetBenchmark {

    /** The name of {@link #get} in results and in the report. */
    public static final BenchmarkName GET = BenchmarkName.of(SnapshotListGetBenchmark.class, "get");

    /** Number of elements. */
    @Param({"1000", "100000"})
    public int size;

    /** The list implementation under test; see {@link SnapshotListFixtures#newList}. */
    @Param({SNAPSHOT_VECTOR, PERSISTENT_VECTOR, COPY_ON_WRITE_ARRAY_LIST})
    public String type;

    private List<Integer> list;
    private int[] indices;
    private int cursor;

    /** Builds the list and the index sequence. */
    @Setup
    public void setUp() {
        list = SnapshotListFixtures.newList(type, size);
        indices = SnapshotListFixtures.randomIndices(size, 0);
        SnapshotListFixtures.promoteFixture();
    }

    /** One read at the next index of the sequence. */
    @Benchmark
    public Integer get() {
        return list.get(indices[cursor++ & SEQUENCE_MASK]);
    }
}
