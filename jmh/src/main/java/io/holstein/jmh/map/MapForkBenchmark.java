package io.holstein.jmh.map;

import static io.holstein.jmh.Implementations.COW_HASH_MAP;
import static io.holstein.jmh.Implementations.HASH_MAP;
import static io.holstein.jmh.KeyTypes.INTEGER;
import static io.holstein.jmh.map.MapFixtures.SEQUENCE_LENGTH;
import static io.holstein.jmh.map.MapFixtures.SEQUENCE_MASK;
import static io.holstein.jmh.map.MapFixtures.VALUE_MASK;

import io.holstein.jmh.BenchmarkName;
import io.holstein.map.CowHashMap;
import java.util.HashMap;
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
 * A defensive copy of a map: {@code CowHashMap.fork()} against {@code new HashMap<>(map)}, alone
 * and followed by the copy's first write ({@code put} of a present key).
 *
 * <p>Why: a fork must cost nothing until someone writes (target: at 1,000,000 entries at least
 * 10,000 × faster than {@code new HashMap<>(map)}), and the copy it defers must be cheaper than
 * {@code HashMap}'s when it comes (target: fork + first write at most 0.5 × copy + write at 100,000
 * and 1,000,000 entries): it copies two flat arrays with {@code Arrays.copyOf}, where {@code
 * HashMap}'s copy constructor allocates a node per entry and re-inserts each. Every invocation
 * forks (or copies) the same untouched source, so every first write finds the storage shared; a
 * check after each iteration fails the run if a write ever reached the source. {@code
 * gc.alloc.rate.norm} ({@code -prof gc}) shows what each side allocates.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class MapForkBenchmark {

    /** The name of {@link #fork} in results and in the report. */
    public static final BenchmarkName FORK = BenchmarkName.of(MapForkBenchmark.class, "fork");

    /** The name of {@link #newHashMap} in results and in the report. */
    public static final BenchmarkName NEW_HASH_MAP =
            BenchmarkName.of(MapForkBenchmark.class, "newHashMap");

    /** The name of {@link #forkThenPut} in results and in the report. */
    public static final BenchmarkName FORK_THEN_PUT =
            BenchmarkName.of(MapForkBenchmark.class, "forkThenPut");

    /** The name of {@link #copyThenPut} in results and in the report. */
    public static final BenchmarkName COPY_THEN_PUT =
            BenchmarkName.of(MapForkBenchmark.class, "copyThenPut");

    /** Number of entries; not powers of two on purpose. */
    @Param({"10", "1000", "100000", "1000000"})
    public int size;

    private HashMap<Object, Integer> hashMap;
    private CowHashMap<Object, Integer> cowMap;
    private Object[] present;
    private Integer[] values;
    private int cursor;

    /**
     * Fills both sources with the same {@code Integer} keys, draws the keys and values to write,
     * then promotes them to the old generation ({@link MapFixtures#promoteFixture}).
     */
    @Setup(Level.Trial)
    public void setUp() {
        Object[] stored = MapFixtures.distinctKeys(INTEGER, size);
        hashMap = (HashMap<Object, Integer>) MapFixtures.filledMap(HASH_MAP, stored, size);
        cowMap = (CowHashMap<Object, Integer>) MapFixtures.filledMap(COW_HASH_MAP, stored, size);
        int[] positions = MapFixtures.randomPositions(size);
        present = new Object[SEQUENCE_LENGTH];
        for (int k = 0; k < SEQUENCE_LENGTH; k++) {
            present[k] = stored[positions[k]];
        }
        values = MapFixtures.preallocatedValues();
        MapFixtures.promoteFixture();
    }

    /** Fails the run if a write on a fork reached the shared source. */
    @TearDown(Level.Iteration)
    public void checkSourceUntouched() {
        if (!cowMap.equals(hashMap)) {
            throw new IllegalStateException("a write on a fork reached the source map");
        }
    }

    /** Holstein: an O(1) fork. */
    @Benchmark
    public CowHashMap<Object, Integer> fork() {
        return cowMap.fork();
    }

    /** Peer: an eager copy. */
    @Benchmark
    public HashMap<Object, Integer> newHashMap() {
        return new HashMap<>(hashMap);
    }

    /** Holstein: an O(1) fork, then a first write that copies the shared storage. */
    @Benchmark
    public CowHashMap<Object, Integer> forkThenPut() {
        int c = cursor++;
        CowHashMap<Object, Integer> fork = cowMap.fork();
        fork.put(present[c & SEQUENCE_MASK], values[c & VALUE_MASK]);
        return fork;
    }

    /** Peer: an eager copy, then a write in place. */
    @Benchmark
    public HashMap<Object, Integer> copyThenPut() {
        int c = cursor++;
        HashMap<Object, Integer> copy = new HashMap<>(hashMap);
        copy.put(present[c & SEQUENCE_MASK], values[c & VALUE_MASK]);
        return copy;
    }
}
