package io.holstein.jmh.list;

import static io.holstein.jmh.list.ListFixtures.SEQUENCE_MASK;
import static io.holstein.jmh.list.ListFixtures.VALUE_MASK;

import io.holstein.jmh.BenchmarkName;
import io.holstein.list.CowArrayList;
import java.util.ArrayList;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A fork followed by its first write, {@code fork()} then {@code set(i, e)} on the fork, against
 * the eager equivalent, {@code new ArrayList<>(list)} then {@code set(i, e)}.
 *
 * <p>Why: copy-on-write only moves the copy from the fork to the first write; the pair must not
 * cost noticeably more than copying eagerly (target: at most 1.2 ×), and {@code gc.alloc.rate.norm}
 * shows the write amplification of a first write. Every invocation forks the same untouched source,
 * so every invocation's write finds the storage shared and copies it; the source itself is never
 * written. A check after each iteration fails the run if a write ever reached the source.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class ForkThenWriteBenchmark {

    /** The name of {@link #forkThenSet} in results and in the report. */
    public static final BenchmarkName FORK_THEN_SET =
            BenchmarkName.of(ForkThenWriteBenchmark.class, "forkThenSet");

    /** The name of {@link #copyThenSet} in results and in the report. */
    public static final BenchmarkName COPY_THEN_SET =
            BenchmarkName.of(ForkThenWriteBenchmark.class, "copyThenSet");

    /** Number of elements; not powers of two on purpose. */
    @Param({"10", "1000", "100000", "1000000"})
    public int size;

    private ArrayList<Integer> arrayList;
    private CowArrayList<Integer> cowList;
    private int[] indices;
    private Integer[] values;
    private int cursor;

    /**
     * Builds both sources, the index sequence and the values to write, then promotes them to the
     * old generation ({@link ListFixtures#promoteFixture}).
     */
    @Setup(Level.Trial)
    public void setUp() {
        arrayList = ListFixtures.arrayListOf(size);
        cowList = new CowArrayList<>(arrayList);
        indices = ListFixtures.randomIndices(size);
        values = ListFixtures.preallocatedValues();
        ListFixtures.promoteFixture();
    }

    /** Fails the run if a write on a fork reached the shared source. */
    @TearDown(Level.Iteration)
    public void checkSourceUntouched() {
        if (!cowList.equals(arrayList)) {
            throw new IllegalStateException("a write on a fork reached the source list");
        }
    }

    /** Holstein: an O(1) fork, then a first write that copies the shared storage. */
    @Benchmark
    public CowArrayList<Integer> forkThenSet() {
        int c = cursor++;
        CowArrayList<Integer> fork = cowList.fork();
        fork.set(indices[c & SEQUENCE_MASK], values[c & VALUE_MASK]);
        return fork;
    }

    /** Peer: an eager copy, then a write in place. */
    @Benchmark
    public ArrayList<Integer> copyThenSet() {
        int c = cursor++;
        ArrayList<Integer> copy = new ArrayList<>(arrayList);
        copy.set(indices[c & SEQUENCE_MASK], values[c & VALUE_MASK]);
        return copy;
    }
}
