package io.holstein.jmh.list;

import com.google.common.collect.ImmutableList;
import io.holstein.jmh.BenchmarkName;
import io.holstein.list.CowArrayList;
import java.util.ArrayList;
import java.util.List;
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

/**
 * {@code CowArrayList.fork()} against the defensive copies users write today: {@code new
 * ArrayList<>(list)}, {@code List.copyOf(list)} and Guava's {@code ImmutableList.copyOf(list)}.
 *
 * <p>Why: a fork is O(1), one counter increment and one small object, where every copy is O(n)
 * (target: at 1,000,000 elements at least 10,000 × faster than each copy). The copies read an
 * {@code ArrayList}, so that neither {@code List.copyOf} nor {@code ImmutableList.copyOf} can
 * return its argument unchanged. Every result escapes to JMH, so {@code gc.alloc.rate.norm} shows
 * what each operation allocates.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class ForkVsCopyBenchmark {

    /** The name of {@link #fork} in results and in the report. */
    public static final BenchmarkName FORK = BenchmarkName.of(ForkVsCopyBenchmark.class, "fork");

    /** The name of {@link #newArrayList} in results and in the report. */
    public static final BenchmarkName NEW_ARRAY_LIST =
            BenchmarkName.of(ForkVsCopyBenchmark.class, "newArrayList");

    /** The name of {@link #listCopyOf} in results and in the report. */
    public static final BenchmarkName LIST_COPY_OF =
            BenchmarkName.of(ForkVsCopyBenchmark.class, "listCopyOf");

    /** The name of {@link #immutableListCopyOf} in results and in the report. */
    public static final BenchmarkName IMMUTABLE_LIST_COPY_OF =
            BenchmarkName.of(ForkVsCopyBenchmark.class, "immutableListCopyOf");

    /** Number of elements; not powers of two on purpose. */
    @Param({"10", "1000", "100000", "1000000"})
    public int size;

    private ArrayList<Integer> arrayList;
    private CowArrayList<Integer> cowList;

    /**
     * Builds the source of the copies, then promotes them to the old generation ({@link
     * ListFixtures#promoteFixture}).
     */
    @Setup(Level.Trial)
    public void setUp() {
        arrayList = ListFixtures.arrayListOf(size);
        ListFixtures.promoteFixture();
    }

    /**
     * Gives {@code fork()} fresh storage every iteration: a dropped fork never lowers the count,
     * and fresh storage keeps it far below saturation, where counting would stop.
     */
    @Setup(Level.Iteration)
    public void freshForkSource() {
        cowList = new CowArrayList<>(arrayList);
    }

    /** Holstein: an O(1) fork sharing the storage. */
    @Benchmark
    public CowArrayList<Integer> fork() {
        return cowList.fork();
    }

    /** Peer: the JDK's mutable copy. */
    @Benchmark
    public List<Integer> newArrayList() {
        return new ArrayList<>(arrayList);
    }

    /** Peer: the JDK's unmodifiable copy. */
    @Benchmark
    public List<Integer> listCopyOf() {
        return List.copyOf(arrayList);
    }

    /** Peer: Guava's immutable copy. */
    @Benchmark
    public List<Integer> immutableListCopyOf() {
        return ImmutableList.copyOf(arrayList);
    }
}
