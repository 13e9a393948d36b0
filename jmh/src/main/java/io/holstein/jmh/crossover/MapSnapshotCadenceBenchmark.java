package io.holstein.jmh.crossover;

import static io.holstein.jmh.Implementations.COW_HASH_MAP;
import static io.holstein.jmh.Implementations.HASH_MAP;
import static io.holstein.jmh.Implementations.PERSISTENT_HASH_MAP;
import static io.holstein.jmh.KeyTypes.INTEGER;
import static io.holstein.jmh.map.MapFixtures.SEQUENCE_LENGTH;
import static io.holstein.jmh.map.MapFixtures.SEQUENCE_MASK;
import static io.holstein.jmh.map.MapFixtures.VALUE_MASK;

import io.holstein.jmh.BenchmarkName;
import io.holstein.jmh.map.MapFixtures;
import io.holstein.map.CowHashMap;
import io.holstein.map.PersistentHashMap;
import java.util.HashMap;
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

/**
 * A map that is written and snapshotted in turn: {@code writes} puts (values of present keys), then
 * one snapshot handed out, on 100,000 {@code Integer} keys. One operation is one such round; the
 * report divides by {@code writes} to get the cost per write.
 *
 * <p>Why: it shows where each discipline wins. A {@code CowHashMap} snapshot is a {@code fork()},
 * and the first write after it copies the whole table, so its cost per write falls as {@code 1 /
 * writes}; copying a {@code HashMap} at each snapshot costs the same everywhere but more per copy;
 * a persistent map pays a path copy on every write and nothing to snapshot, so its cost per write
 * is flat. The performance page ("Which type when") says which is cheaper at each measured {@code
 * writes}, and no further.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class MapSnapshotCadenceBenchmark {

    /** The name of {@link #round} in results and in the report. */
    public static final BenchmarkName ROUND =
            BenchmarkName.of(MapSnapshotCadenceBenchmark.class, "round");

    /** Number of entries, fixed: the question is how the cost changes with {@link #writes}. */
    @Param({"100000"})
    public int size;

    /** The implementation under test; see {@link #round()}. */
    @Param({COW_HASH_MAP, HASH_MAP, PERSISTENT_HASH_MAP})
    public String type;

    /** Writes between two snapshots. */
    @Param({"1", "10", "100", "1000"})
    public int writes;

    private Map<Object, Integer> live;
    private Map<Object, Integer> lastSnapshot;
    private Object[] present;
    private Integer[] values;
    private int cursor;

    /**
     * Fills the live map and draws the keys and values to write, then promotes them to the old
     * generation ({@link MapFixtures#promoteFixture}).
     */
    @Setup
    public void setUp() {
        Object[] stored = MapFixtures.distinctKeys(INTEGER, size);
        Map<Object, Integer> filled =
                MapFixtures.filledMap(
                        type.equals(PERSISTENT_HASH_MAP) ? HASH_MAP : type, stored, size);
        live = type.equals(PERSISTENT_HASH_MAP) ? PersistentHashMap.copyOf(filled) : filled;
        int[] positions = MapFixtures.randomPositions(size);
        present = new Object[SEQUENCE_LENGTH];
        for (int k = 0; k < SEQUENCE_LENGTH; k++) {
            present[k] = stored[positions[k]];
        }
        values = MapFixtures.preallocatedValues();
        MapFixtures.promoteFixture();
    }

    /**
     * {@link #writes} puts on the live map (for the persistent map, {@code with}, each returning
     * the next version), then a snapshot that stays reachable until the next round replaces it, as
     * one handed to a reader would.
     */
    @Benchmark
    public Map<Object, Integer> round() {
        if (live instanceof PersistentHashMap<Object, Integer> persistent) {
            for (int w = 0; w < writes; w++) {
                int c = cursor++;
                persistent = persistent.with(present[c & SEQUENCE_MASK], values[c & VALUE_MASK]);
            }
            live = persistent;
            lastSnapshot = persistent;
            return lastSnapshot;
        }
        Map<Object, Integer> map = live;
        for (int w = 0; w < writes; w++) {
            int c = cursor++;
            map.put(present[c & SEQUENCE_MASK], values[c & VALUE_MASK]);
        }
        lastSnapshot =
                map instanceof CowHashMap<Object, Integer> cow ? cow.fork() : new HashMap<>(map);
        return lastSnapshot;
    }
}
