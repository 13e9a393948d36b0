package io.holstein.jmh.concurrent;

import static io.holstein.jmh.Implementations.CONCURRENT_HASH_MAP;
import static io.holstein.jmh.Implementations.PERSISTENT_HASH_MAP;
import static io.holstein.jmh.Implementations.SNAPSHOT_HASH_MAP;
import static io.holstein.jmh.Implementations.SYNCHRONIZED_MAP;
import static io.holstein.jmh.map.MapFixtures.SEQUENCE_MASK;

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
 * Reads only: {@code map.get(key)} of present keys on one shared map, by one thread and by two, for
 * {@code SnapshotHashMap} against {@code ConcurrentHashMap}, {@code Collections.synchronizedMap(new
 * HashMap<>())} and the bare {@code PersistentHashMap}.
 *
 * <p>Why: a {@code SnapshotHashMap} read is one volatile load of the root, then the persistent
 * trie's lookup (target: at most 1.2 × {@code PersistentHashMap.get}); it never locks, so two
 * readers should not slow each other down, where the synchronized map's readers contend for one
 * monitor. Each thread visits the keys in its own pseudo-random order.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
public class SnapshotMapReadBenchmark {

    /** The name of {@link #get1Thread} in results and in the report. */
    public static final BenchmarkName GET1_THREAD =
            BenchmarkName.of(SnapshotMapReadBenchmark.class, "get1Thread");

    /** The name of {@link #get2Threads} in results and in the report. */
    public static final BenchmarkName GET2_THREADS =
            BenchmarkName.of(SnapshotMapReadBenchmark.class, "get2Threads");

    /** Number of entries. */
    @Param({"1000", "100000"})
    public int size;

    /** The map implementation; see {@link SnapshotMapFixtures#filledMap}. */
    @Param({SNAPSHOT_HASH_MAP, PERSISTENT_HASH_MAP, CONCURRENT_HASH_MAP, SYNCHRONIZED_MAP})
    public String type;

    private Map<Object, Integer> map;
    private Object[] lookups;

    /** Fills the shared map and draws the lookup keys (equal copies of stored keys). */
    @Setup
    public void setUp() {
        Object[] stored = SnapshotMapFixtures.keys(size);
        map = SnapshotMapFixtures.filledMap(type, stored, size);
        Object[] copies = MapFixtures.equalCopies(KeyTypes.INTEGER, stored);
        int[] positions = MapFixtures.randomPositions(size);
        lookups = new Object[positions.length];
        for (int k = 0; k < positions.length; k++) {
            lookups[k] = copies[positions[k]];
        }
        MapFixtures.promoteFixture();
    }

    /** One thread's position in the lookup sequence; threads start half a sequence apart. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        /** Offsets this thread's start. */
        @Setup
        public void setUp(ThreadParams thread) {
            next = thread.getThreadIndex() * (SEQUENCE_MASK + 1) / 2;
        }
    }

    /** One reader. */
    @Benchmark
    @Threads(1)
    public Integer get1Thread(Cursor c) {
        return map.get(lookups[c.next++ & SEQUENCE_MASK]);
    }

    /** Two readers at once; the score is the time per {@code get} of each. */
    @Benchmark
    @Threads(2)
    public Integer get2Threads(Cursor c) {
        return map.get(lookups[c.next++ & SEQUENCE_MASK]);
    }
}
