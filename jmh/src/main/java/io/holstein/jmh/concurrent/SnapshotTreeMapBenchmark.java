package io.holstein.jmh.concurrent;

import static io.holstein.jmh.Implementations.CONCURRENT_SKIP_LIST_MAP;
import static io.holstein.jmh.Implementations.SNAPSHOT_TREE_MAP;
import static io.holstein.jmh.map.MapFixtures.SEQUENCE_MASK;
import static io.holstein.jmh.map.MapFixtures.VALUE_MASK;

import io.holstein.concurrent.SnapshotTreeMap;
import io.holstein.jmh.BenchmarkName;
import io.holstein.jmh.KeyTypes;
import io.holstein.jmh.map.MapFixtures;
import io.holstein.sorted.PersistentTreeMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
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
 * {@code SnapshotTreeMap} against {@code ConcurrentSkipListMap} on one thread: a lookup of a
 * present key, a {@code put} of a present key to a new value, a scan of 1,000 consecutive keys
 * through {@code subMap}, and a consistent copy: {@code snapshot()}, O(1), against {@code new
 * TreeMap<>(map)} for the skip list (which is only weakly consistent under concurrent writes).
 *
 * <p>Why: targets get at most 1.0 &times; {@code ConcurrentSkipListMap} at 100,000 and 1,000,000 (a
 * B+-tree reads one node array per level where a skip list chases a pointer per comparison), and
 * {@code snapshot()} at 1,000,000 at least 10,000 &times; faster than the copy. A {@code put}
 * copies one path and compare-and-sets the root, so it costs more than the skip list's in-place
 * update; the range scan reads one version, cut out in O(log n), then leaf arrays. {@link
 * SnapshotTreeMapMixBenchmark} measures the two threads' mix.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class SnapshotTreeMapBenchmark {

    /** The name of {@link #get} in results and in the report. */
    public static final BenchmarkName GET = BenchmarkName.of(SnapshotTreeMapBenchmark.class, "get");

    /** The name of {@link #put} in results and in the report. */
    public static final BenchmarkName PUT = BenchmarkName.of(SnapshotTreeMapBenchmark.class, "put");

    /** The name of {@link #rangeScan} in results and in the report. */
    public static final BenchmarkName RANGE_SCAN =
            BenchmarkName.of(SnapshotTreeMapBenchmark.class, "rangeScan");

    /** The name of {@link #consistentCopy} in results and in the report. */
    public static final BenchmarkName CONSISTENT_COPY =
            BenchmarkName.of(SnapshotTreeMapBenchmark.class, "consistentCopy");

    /** Keys per range scan, fewer in a smaller map. */
    private static final int SCAN = 1_000;

    /** Number of entries; not powers of two on purpose. */
    @Param({"1000", "100000", "1000000"})
    public int size;

    /** The implementation under test. */
    @Param({SNAPSHOT_TREE_MAP, CONCURRENT_SKIP_LIST_MAP})
    public String type;

    private ConcurrentNavigableMap<Object, Integer> map;
    private Object[] present;
    private Object[] scanFrom;
    private Object[] scanTo;
    private Integer[] values;
    private int cursor;

    /** Fills the map and draws the keys to read and write and the ranges to scan. */
    @Setup
    public void setUp() {
        Object[] stored = MapFixtures.distinctKeys(KeyTypes.INTEGER, size);
        TreeMap<Object, Integer> sorted = new TreeMap<>();
        for (int k = 0; k < size; k++) {
            sorted.put(stored[k], k);
        }
        map = filledMap(type, sorted);
        int[] positions = MapFixtures.randomPositions(size);
        Object[] ascending = sorted.keySet().toArray();
        int scan = Math.min(SCAN, size - 1);
        present = new Object[positions.length];
        scanFrom = new Object[positions.length];
        scanTo = new Object[positions.length];
        for (int k = 0; k < positions.length; k++) {
            present[k] = stored[positions[k]];
            int from = positions[k] % (size - scan);
            scanFrom[k] = ascending[from];
            scanTo[k] = ascending[from + scan];
        }
        values = MapFixtures.preallocatedValues();
        MapFixtures.promoteFixture();
    }

    /** A map of implementation {@code type} holding the mappings of {@code sorted}. */
    static ConcurrentNavigableMap<Object, Integer> filledMap(
            String type, NavigableMap<Object, Integer> sorted) {
        return switch (type) {
            case SNAPSHOT_TREE_MAP -> new SnapshotTreeMap<>(PersistentTreeMap.copyOf(sorted));
            case CONCURRENT_SKIP_LIST_MAP -> new ConcurrentSkipListMap<>(sorted);
            default -> throw new IllegalArgumentException("unknown sorted map: " + type);
        };
    }

    /** Looks up the next present key of the sequence. */
    @Benchmark
    public Integer get() {
        return map.get(present[cursor++ & SEQUENCE_MASK]);
    }

    /** Maps the next present key of the sequence to a new value. */
    @Benchmark
    public Integer put() {
        int c = cursor++;
        return map.put(present[c & SEQUENCE_MASK], values[c & VALUE_MASK]);
    }

    /** The sum of the values of 1,000 consecutive keys, from the next start of the sequence. */
    @Benchmark
    public long rangeScan() {
        int c = cursor++ & SEQUENCE_MASK;
        long sum = 0;
        for (Integer v : map.subMap(scanFrom[c], scanTo[c]).values()) {
            sum += v;
        }
        return sum;
    }

    /** A copy that later writes do not change: the current version, or a copied skip list. */
    @Benchmark
    public Map<Object, Integer> consistentCopy() {
        return map instanceof SnapshotTreeMap<Object, Integer> snapshots
                ? snapshots.snapshot()
                : new TreeMap<>(map);
    }
}
