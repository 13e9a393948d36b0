package io.holstein.jmh.sorted;

import io.holstein.jmh.BenchmarkName;
import io.holstein.jmh.KeyTypes;
import io.holstein.jmh.RandomKeys;
import io.holstein.sorted.CowTreeMap;
import java.util.TreeMap;
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
 * A defensive copy of a sorted map: {@code CowTreeMap.fork()} against {@code new TreeMap<>(map)},
 * alone and followed by the copy's first write ({@code put} of a present key), on random {@code
 * Integer} keys.
 *
 * <p>Why: a fork is one atomic increment (target: at 1,000,000 entries at least 100,000 &times;
 * faster than {@code new TreeMap<>(map)}), and the first write after it copies one root-to-leaf
 * path of the B+-tree, not the map (target: fork + first write at 1,000,000 at least 2,000 &times;
 * faster than copy + write). Run with {@code -prof gc}: {@code gc.alloc.rate.norm} of {@link
 * #forkThenPut} less that of {@link #fork} is what the first write allocates, the path (target: at
 * most 8 KB at 1,000,000), at each size. Every invocation forks the same untouched source, so every
 * first write finds the path shared; a check after each iteration fails the run if a write ever
 * reached the source.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class CowTreeForkBenchmark {

    /** The name of {@link #fork} in results and in the report. */
    public static final BenchmarkName FORK = BenchmarkName.of(CowTreeForkBenchmark.class, "fork");

    /** The name of {@link #newTreeMap} in results and in the report. */
    public static final BenchmarkName NEW_TREE_MAP =
            BenchmarkName.of(CowTreeForkBenchmark.class, "newTreeMap");

    /** The name of {@link #forkThenPut} in results and in the report. */
    public static final BenchmarkName FORK_THEN_PUT =
            BenchmarkName.of(CowTreeForkBenchmark.class, "forkThenPut");

    /** The name of {@link #copyThenPut} in results and in the report. */
    public static final BenchmarkName COPY_THEN_PUT =
            BenchmarkName.of(CowTreeForkBenchmark.class, "copyThenPut");

    /** Number of entries; not powers of two on purpose. */
    @Param({"10", "1000", "100000", "1000000"})
    public int size;

    private TreeMap<Object, Object> treeMap;
    private CowTreeMap<Object, Object> cowMap;
    private Object[] present;
    private Integer[] values;
    private int cursor;

    /** Fills both sources with the same keys and draws the keys and values to write. */
    @Setup(Level.Trial)
    public void setUp() {
        Object[] stored = RandomKeys.of(KeyTypes.INTEGER, size);
        treeMap = new TreeMap<>();
        cowMap = new CowTreeMap<>();
        for (Object k : stored) {
            treeMap.put(k, k);
            cowMap.put(k, k);
        }
        present = RandomKeys.hitSequence(stored);
        values = SortedFixtures.preallocatedValues();
        SortedFixtures.promoteFixture();
    }

    /** Fails the run if a write on a fork reached the shared source. */
    @TearDown(Level.Iteration)
    public void checkSourceUntouched() {
        if (!cowMap.equals(treeMap)) {
            throw new IllegalStateException("a write on a fork reached the source map");
        }
    }

    /** Holstein: an O(1) fork. */
    @Benchmark
    public CowTreeMap<Object, Object> fork() {
        return cowMap.fork();
    }

    /** Peer: an eager copy, O(n) from the sorted source. */
    @Benchmark
    public TreeMap<Object, Object> newTreeMap() {
        return new TreeMap<>(treeMap);
    }

    /** Holstein: an O(1) fork, then a first write that copies one path. */
    @Benchmark
    public CowTreeMap<Object, Object> forkThenPut() {
        int c = cursor++;
        CowTreeMap<Object, Object> fork = cowMap.fork();
        fork.put(present[c & RandomKeys.SEQUENCE_MASK], values[c & SortedFixtures.VALUE_MASK]);
        return fork;
    }

    /** Peer: an eager copy, then a write in place. */
    @Benchmark
    public TreeMap<Object, Object> copyThenPut() {
        int c = cursor++;
        TreeMap<Object, Object> copy = new TreeMap<>(treeMap);
        copy.put(present[c & RandomKeys.SEQUENCE_MASK], values[c & SortedFixtures.VALUE_MASK]);
        return copy;
    }
}
