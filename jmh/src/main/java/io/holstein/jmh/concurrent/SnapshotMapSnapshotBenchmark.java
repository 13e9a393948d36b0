package io.holstein.jmh.concurrent;

import static io.holstein.jmh.Implementations.CONCURRENT_HASH_MAP;
import static io.holstein.jmh.Implementations.SNAPSHOT_HASH_MAP;

import io.holstein.concurrent.SnapshotHashMap;
import io.holstein.jmh.BenchmarkName;
import io.holstein.jmh.map.MapFixtures;
import io.holstein.map.PersistentHashMap;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 * A consistent copy of a live concurrent map: {@code SnapshotHashMap.snapshot()} hands out the
 * current version, where {@code ConcurrentHashMap} has to be copied, {@code new HashMap<>(map)}
 * (and even that copy is only weakly consistent under concurrent writes).
 *
 * <p>Target: at 1,000,000 entries, {@code snapshot()} at least 10,000 × faster than the copy.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
public class SnapshotMapSnapshotBenchmark {

    /** The name of {@link #snapshot} in results and in the report. */
    public static final BenchmarkName SNAPSHOT =
            BenchmarkName.of(SnapshotMapSnapshotBenchmark.class, "snapshot");

    /** The name of {@link #newHashMapOfConcurrentHashMap} in results and in the report. */
    public static final BenchmarkName NEW_HASH_MAP_OF_CONCURRENT_HASH_MAP =
            BenchmarkName.of(SnapshotMapSnapshotBenchmark.class, "newHashMapOfConcurrentHashMap");

    /** Number of entries. */
    @Param({"1000", "1000000"})
    public int size;

    private SnapshotHashMap<Object, Integer> snapshotMap;
    private ConcurrentHashMap<Object, Integer> concurrentMap;

    /** Fills one map of each kind. */
    @Setup
    @SuppressWarnings("unchecked")
    public void setUp() {
        Object[] keys = SnapshotMapFixtures.keys(size);
        snapshotMap =
                (SnapshotHashMap<Object, Integer>)
                        SnapshotMapFixtures.filledMap(SNAPSHOT_HASH_MAP, keys, size);
        concurrentMap =
                (ConcurrentHashMap<Object, Integer>)
                        SnapshotMapFixtures.filledMap(CONCURRENT_HASH_MAP, keys, size);
        MapFixtures.promoteFixture();
    }

    /** O(1): the current version. */
    @Benchmark
    public PersistentHashMap<Object, Integer> snapshot() {
        return snapshotMap.snapshot();
    }

    /**
     * O(n): what a {@code ConcurrentHashMap} user does for a copy that later writes do not change.
     */
    @Benchmark
    public Map<Object, Integer> newHashMapOfConcurrentHashMap() {
        return new HashMap<>(concurrentMap);
    }
}
