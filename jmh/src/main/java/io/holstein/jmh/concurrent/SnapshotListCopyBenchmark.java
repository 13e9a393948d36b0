package io.holstein.jmh.concurrent;

import static io.holstein.jmh.Implementations.COPY_ON_WRITE_ARRAY_LIST;
import static io.holstein.jmh.Implementations.SNAPSHOT_VECTOR;

import io.holstein.concurrent.SnapshotVector;
import io.holstein.jmh.BenchmarkName;
import io.holstein.list.PersistentVector;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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
 * A consistent copy of a thread-safe list to hand to another thread: {@code snapshot()} of a {@code
 * SnapshotVector} (O(1), the current immutable version) against {@code new ArrayList<>(list)} of a
 * {@code CopyOnWriteArrayList} (which copies its array).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class SnapshotListCopyBenchmark {

    /** The name of {@link #snapshot} in results and in the report. */
    public static final BenchmarkName SNAPSHOT =
            BenchmarkName.of(SnapshotListCopyBenchmark.class, "snapshot");

    /** The name of {@link #newArrayListOfCopyOnWriteArrayList} in results and in the report. */
    public static final BenchmarkName NEW_ARRAY_LIST_OF_COPY_ON_WRITE_ARRAY_LIST =
            BenchmarkName.of(SnapshotListCopyBenchmark.class, "newArrayListOfCopyOnWriteArrayList");

    /** Number of elements. */
    @Param({"1000000"})
    public int size;

    private SnapshotVector<Integer> vector;
    private CopyOnWriteArrayList<Integer> copyOnWrite;

    /** Builds both lists. */
    @Setup
    public void setUp() {
        vector = (SnapshotVector<Integer>) SnapshotListFixtures.newList(SNAPSHOT_VECTOR, size);
        copyOnWrite =
                (CopyOnWriteArrayList<Integer>)
                        SnapshotListFixtures.newList(COPY_ON_WRITE_ARRAY_LIST, size);
        SnapshotListFixtures.promoteFixture();
    }

    /** The current version, in O(1). */
    @Benchmark
    public PersistentVector<Integer> snapshot() {
        return vector.snapshot();
    }

    /** A copy of a {@code CopyOnWriteArrayList}'s current array. */
    @Benchmark
    public List<Integer> newArrayListOfCopyOnWriteArrayList() {
        return new ArrayList<>(copyOnWrite);
    }
}
