package io.holstein.jmh.concurrent;

import static io.holstein.jmh.Implementations.COPY_ON_WRITE_ARRAY_LIST;
import static io.holstein.jmh.Implementations.SNAPSHOT_VECTOR;
import static io.holstein.jmh.Implementations.SYNCHRONIZED_LIST;
import static io.holstein.jmh.concurrent.SnapshotListFixtures.SEQUENCE_MASK;
import static io.holstein.jmh.concurrent.SnapshotListFixtures.VALUE_MASK;

import io.holstein.jmh.BenchmarkName;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * One shared list used by one or two threads at once: reads only ({@code get}), and a 95/5 mix (of
 * every 20 operations of a thread, 19 {@code get} and one {@code set}), on {@code SnapshotVector},
 * {@code CopyOnWriteArrayList} and {@code Collections.synchronizedList(new ArrayList<>())}. The
 * score is the average time of one operation of one thread: with two threads, equal scores mean
 * twice the throughput.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SnapshotListMixBenchmark {

    /** The name of {@link #readsOneThread} in results and in the report. */
    public static final BenchmarkName READS_ONE_THREAD =
            BenchmarkName.of(SnapshotListMixBenchmark.class, "readsOneThread");

    /** The name of {@link #readsTwoThreads} in results and in the report. */
    public static final BenchmarkName READS_TWO_THREADS =
            BenchmarkName.of(SnapshotListMixBenchmark.class, "readsTwoThreads");

    /** The name of {@link #mix95OneThread} in results and in the report. */
    public static final BenchmarkName MIX95_ONE_THREAD =
            BenchmarkName.of(SnapshotListMixBenchmark.class, "mix95OneThread");

    /** The name of {@link #mix95TwoThreads} in results and in the report. */
    public static final BenchmarkName MIX95_TWO_THREADS =
            BenchmarkName.of(SnapshotListMixBenchmark.class, "mix95TwoThreads");

    /** The list all threads share, and its parameters. */
    @State(Scope.Benchmark)
    public static class Shared {

        /** Number of elements. */
        @Param({"100000"})
        public int size;

        /** The list implementation under test; see {@link SnapshotListFixtures#newList}. */
        @Param({SNAPSHOT_VECTOR, COPY_ON_WRITE_ARRAY_LIST, SYNCHRONIZED_LIST})
        public String type;

        List<Integer> list;
        Integer[] values;
        final AtomicInteger threads = new AtomicInteger();

        /** Builds the shared list and the values to write. */
        @Setup
        public void setUp() {
            list = SnapshotListFixtures.newList(type, size);
            values = SnapshotListFixtures.preallocatedValues();
            SnapshotListFixtures.promoteFixture();
        }
    }

    /** One thread's index sequence (its own, so two threads do not read in lockstep) and cursor. */
    @State(Scope.Thread)
    public static class Cursor {
        int[] indices;
        int next;

        /** Draws this thread's index sequence. */
        @Setup
        public void setUp(Shared shared) {
            indices =
                    SnapshotListFixtures.randomIndices(
                            shared.size, shared.threads.incrementAndGet());
        }
    }

    /** Reads only, one thread. */
    @Benchmark
    @Threads(1)
    public Integer readsOneThread(Shared shared, Cursor cursor) {
        return read(shared, cursor);
    }

    /** Reads only, two threads. */
    @Benchmark
    @Threads(2)
    public Integer readsTwoThreads(Shared shared, Cursor cursor) {
        return read(shared, cursor);
    }

    /** 95 % reads and 5 % writes, one thread. */
    @Benchmark
    @Threads(1)
    public Integer mix95OneThread(Shared shared, Cursor cursor) {
        return mix(shared, cursor);
    }

    /** 95 % reads and 5 % writes, two threads. */
    @Benchmark
    @Threads(2)
    public Integer mix95TwoThreads(Shared shared, Cursor cursor) {
        return mix(shared, cursor);
    }

    private static Integer read(Shared shared, Cursor cursor) {
        return shared.list.get(cursor.indices[cursor.next++ & SEQUENCE_MASK]);
    }

    private static Integer mix(Shared shared, Cursor cursor) {
        int c = cursor.next++;
        int i = cursor.indices[c & SEQUENCE_MASK];
        return c % 20 == 0 ? shared.list.set(i, shared.values[c & VALUE_MASK]) : shared.list.get(i);
    }
}
