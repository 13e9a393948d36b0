package io.holstein.jmh.concurrent;

import static io.holstein.jmh.Implementations.CONCURRENT_SKIP_LIST_MAP;
import static io.holstein.jmh.Implementations.SNAPSHOT_TREE_MAP;
import static io.holstein.jmh.map.MapFixtures.SEQUENCE_MASK;
import static io.holstein.jmh.map.MapFixtures.VALUE_MASK;

import io.holstein.jmh.BenchmarkName;
import io.holstein.jmh.KeyTypes;
import io.holstein.jmh.map.MapFixtures;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentNavigableMap;
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

/**
 * {@link SnapshotMapMixBenchmark}'s 95/5 read/write mix with the sorted maps, on two threads and
 * one shared map: of every twenty operations of a thread, nineteen are {@code get} and one is
 * {@code put} of a present key to a new value.
 *
 * <p>Why: every {@code SnapshotTreeMap} write copies a root-to-leaf path and installs it by
 * compare-and-set, so a write costs more than {@code ConcurrentSkipListMap}'s in-place update and
 * two writers may retry. Target: at least 0.5 &times; {@code ConcurrentSkipListMap}'s throughput (a
 * time ratio of at most 2). The values written are allocated once in set-up.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
public class SnapshotTreeMapMixBenchmark {

    /** The name of {@link #mix95to5_2Threads} in results and in the report. */
    public static final BenchmarkName MIX95TO5_2_THREADS =
            BenchmarkName.of(SnapshotTreeMapMixBenchmark.class, "mix95to5_2Threads");

    /** Number of entries. */
    @Param({"1000", "100000", "1000000"})
    public int size;

    /** The implementation under test. */
    @Param({SNAPSHOT_TREE_MAP, CONCURRENT_SKIP_LIST_MAP})
    public String type;

    private ConcurrentNavigableMap<Object, Integer> map;
    private Object[] keys;
    private Integer[] values;

    /** Fills the shared map and draws the keys to read and write. */
    @Setup
    public void setUp() {
        Object[] stored = MapFixtures.distinctKeys(KeyTypes.INTEGER, size);
        TreeMap<Object, Integer> sorted = new TreeMap<>();
        for (int k = 0; k < size; k++) {
            sorted.put(stored[k], k);
        }
        map = SnapshotTreeMapBenchmark.filledMap(type, sorted);
        Object[] copies = MapFixtures.equalCopies(KeyTypes.INTEGER, stored);
        int[] positions = MapFixtures.randomPositions(size);
        keys = new Object[positions.length];
        for (int k = 0; k < positions.length; k++) {
            keys[k] = copies[positions[k]];
        }
        values = MapFixtures.preallocatedValues();
        MapFixtures.promoteFixture();
    }

    /** Two threads at once; the score is the time per operation of each. */
    @Benchmark
    @Threads(2)
    public Integer mix95to5_2Threads(SnapshotMapMixBenchmark.Cursor c) {
        int n = c.next++;
        Object key = keys[n & SEQUENCE_MASK];
        return n % 20 == 0 ? map.put(key, values[n & VALUE_MASK]) : map.get(key);
    }
}
