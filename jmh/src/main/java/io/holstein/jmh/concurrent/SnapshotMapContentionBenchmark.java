package io.holstein.jmh.concurrent;

import static io.holstein.jmh.Implementations.SNAPSHOT_HASH_MAP;
import static io.holstein.jmh.map.MapFixtures.SEQUENCE_MASK;
import static io.holstein.jmh.map.MapFixtures.VALUE_MASK;

import io.holstein.concurrent.SnapshotHashMap;
import io.holstein.jmh.BenchmarkName;
import io.holstein.jmh.map.MapFixtures;
import io.holstein.map.PersistentHashMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * Writers only, one and two: every operation is a {@code SnapshotHashMap.update} that puts one
 * present key to a new value, and counts how often its operator ran. An operator that runs more
 * than once per update means a compare-and-set lost to the other writer and the update started
 * over: the secondary results {@code updates} and {@code attempts} (totals per iteration, summed
 * over the threads) give the retries per update, {@code attempts / updates - 1}. The library keeps
 * no counter; the benchmark's operator counts.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
public class SnapshotMapContentionBenchmark {

    /** The name of {@link #update1Writer} in results and in the report. */
    public static final BenchmarkName UPDATE1_WRITER =
            BenchmarkName.of(SnapshotMapContentionBenchmark.class, "update1Writer");

    /** The name of {@link #update2Writers} in results and in the report. */
    public static final BenchmarkName UPDATE2_WRITERS =
            BenchmarkName.of(SnapshotMapContentionBenchmark.class, "update2Writers");

    /** Number of entries. */
    @Param({"1000", "100000"})
    public int size;

    private SnapshotHashMap<Object, Integer> map;
    private Object[] keys;
    private Integer[] values;

    /** Fills the shared map and draws the keys to write. */
    @Setup
    @SuppressWarnings("unchecked")
    public void setUp() {
        Object[] stored = SnapshotMapFixtures.keys(size);
        map =
                (SnapshotHashMap<Object, Integer>)
                        SnapshotMapFixtures.filledMap(SNAPSHOT_HASH_MAP, stored, size);
        int[] positions = MapFixtures.randomPositions(size);
        keys = new Object[positions.length];
        for (int k = 0; k < positions.length; k++) {
            keys[k] = stored[positions[k]];
        }
        values = MapFixtures.preallocatedValues();
        MapFixtures.promoteFixture();
    }

    /** One writer's position in the key sequence and its counts, reported by JMH per iteration. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Writer {
        int next;

        /** Updates completed. */
        public long updates;

        /** Times an operator ran: one per update, plus one per retry. */
        public long attempts;

        /** Offsets this thread's start. */
        @Setup
        public void setUp(ThreadParams thread) {
            next = thread.getThreadIndex() * (SEQUENCE_MASK + 1) / 2;
        }

        /** Starts each iteration's counts from zero. */
        @Setup(Level.Iteration)
        public void reset() {
            updates = 0;
            attempts = 0;
        }
    }

    private PersistentHashMap<Object, Integer> write(Writer w) {
        int n = w.next++;
        Object key = keys[n & SEQUENCE_MASK];
        Integer value = values[n & VALUE_MASK];
        PersistentHashMap<Object, Integer> result =
                map.update(
                        m -> {
                            w.attempts++;
                            return m.with(key, value);
                        });
        w.updates++;
        return result;
    }

    /** One writer: never retries. */
    @Benchmark
    @Threads(1)
    public PersistentHashMap<Object, Integer> update1Writer(Writer w) {
        return write(w);
    }

    /** Two writers on one map. */
    @Benchmark
    @Threads(2)
    public PersistentHashMap<Object, Integer> update2Writers(Writer w) {
        return write(w);
    }
}
