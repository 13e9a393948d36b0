package io.holstein.jmh.concurrent;

import static io.holstein.jmh.Implementations.CONCURRENT_HASH_MAP;
import static io.holstein.jmh.Implementations.SNAPSHOT_HASH_MAP;
import static io.holstein.jmh.Implementations.SYNCHRONIZED_MAP;
import static io.holstein.jmh.map.MapFixtures.SEQUENCE_MASK;
import static io.holstein.jmh.map.MapFixtures.VALUE_MASK;

import io.holstein.jmh.BenchmarkName;
import io.holstein.jmh.KeyTypes;
import io.holstein.jmh.map.MapFixtures;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * A 95/5 read/write mix on one shared map, by one thread and by two: of every twenty operations of
 * a thread, nineteen are {@code get} and one is {@code put} of a present key to a new value.
 *
 * <p>Why: every {@code SnapshotHashMap} write copies a path of the trie and installs it by
 * compare-and-set, so a write costs more than {@code ConcurrentHashMap}'s in-place update, and two
 * writers may retry. Target: on two threads, at least 0.3 × {@code ConcurrentHashMap}'s throughput
 * (a time ratio of at most 3.3). The values written are allocated once in set-up.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
public class SnapshotMapMixBenchmark {

    /** The name of {@link #mix95to5_1Thread} in results and in the report. */
    public static final BenchmarkName MIX95TO5_1_THREAD =
            BenchmarkName.of(SnapshotMapMixBenchmark.class, "mix95to5_1Thread");

    /** The name of {@link #mix95to5_2Threads} in results and in the report. */
    public static final BenchmarkName MIX95TO5_2_THREADS =
            BenchmarkName.of(SnapshotMapMixBenchmark.class, "mix95to5_2Threads");

    /** Number of entries. */
    @Param({"1000", "100000"})
    public int size;

    /** The map implementation; see {@link SnapshotMapFixtures#filledMap}. */
    @Param({SNAPSHOT_HASH_MAP, CONCURRENT_HASH_MAP, SYNCHRONIZED_MAP})
    public String type;

    private Map<Object, Integer> map;
    private Object[] keys;
    private Integer[] values;

    /** Fills the shared map and draws the keys to read and write. */
    @Setup
    public void setUp() {
        Object[] stored = SnapshotMapFixtures.keys(size);
        map = SnapshotMapFixtures.filledMap(type, stored, size);
        Object[] copies = MapFixtures.equalCopies(KeyTypes.INTEGER, stored);
        int[] positions = MapFixtures.randomPositions(size);
        keys = new Object[positions.length];
        for (int k = 0; k < positions.length; k++) {
            keys[k] = copies[positions[k]];
        }
        values = MapFixtures.preallocatedValues();
        MapFixtures.promoteFixture();
    }

    /** One thread's position in the key sequence; threads start half a sequence apart. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        /** Offsets this thread's start. */
        @Setup
        public void setUp(ThreadParams thread) {
            next = thread.getThreadIndex() * (SEQUENCE_MASK + 1) / 2;
        }
    }

    private Integer step(Cursor c) {
        int n = c.next++;
        Object key = keys[n & SEQUENCE_MASK];
        return n % 20 == 0 ? map.put(key, values[n & VALUE_MASK]) : map.get(key);
    }

    /** One thread. */
    @Benchmark
    @Threads(1)
    public Integer mix95to5_1Thread(Cursor c) {
        return step(c);
    }

    /** Two threads at once; the score is the time per operation of each. */
    @Benchmark
    @Threads(2)
    public Integer mix95to5_2Threads(Cursor c) {
        return step(c);
    }
}
