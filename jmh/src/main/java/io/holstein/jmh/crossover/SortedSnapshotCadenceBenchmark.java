package io.holstein.jmh.crossover;

import static io.holstein.jmh.Implementations.COW_HASH_MAP;
import static io.holstein.jmh.Implementations.COW_TREE_MAP;
import static io.holstein.jmh.Implementations.PERSISTENT_TREE_MAP;
import static io.holstein.jmh.Implementations.TREE_MAP;
import static io.holstein.jmh.KeyTypes.INTEGER;
import static io.holstein.jmh.map.MapFixtures.VALUE_MASK;

import io.holstein.jmh.BenchmarkName;
import io.holstein.jmh.map.MapFixtures;
import io.holstein.map.CowHashMap;
import io.holstein.sorted.CowTreeMap;
import io.holstein.sorted.PersistentTreeMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
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
 * {@link MapSnapshotCadenceBenchmark} with the sorted maps: {@code writes} puts (values of present
 * keys), then one snapshot handed out, on 100,000 {@code Integer} keys; the report divides by
 * {@code writes} to get the cost per write.
 *
 * <p>Why: it shows where node-level sharing sits between the two disciplines. A {@code CowTreeMap}
 * snapshot is a {@code fork()}, after which each write copies only the nodes of its path that are
 * still shared (one path for the first, a leaf and sometimes a branch for most later ones, nothing
 * once its leaf is copied); a {@code CowHashMap} fork's first write copies the whole table, so its
 * cost per write falls as {@code 1 / writes}; a {@code PersistentTreeMap} copies a path on every
 * write and nothing to snapshot; copying a {@code TreeMap} at every snapshot costs O(n) per round.
 * {@code writes} runs from 1 to 100,000, far enough that {@code CowHashMap}'s whole-table copy,
 * spread over the writes, undercuts the path copies, and that {@code CowTreeMap}, whose writes turn
 * in place once their leaves are copied, overtakes {@code PersistentTreeMap}: those lines cross
 * inside the measured range. Against a {@code TreeMap} copied per snapshot the ratio tends, as the
 * writes grow, to that of their unshared puts. The written keys are drawn from a sequence longer
 * than the largest {@code writes}, so that a round of writes does not revisit the same few leaves.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class SortedSnapshotCadenceBenchmark {

    /** The name of {@link #round} in results and in the report. */
    public static final BenchmarkName ROUND =
            BenchmarkName.of(SortedSnapshotCadenceBenchmark.class, "round");

    /** Length of the sequence of written keys: above the largest {@link #writes}. */
    private static final int KEY_SEQUENCE = 1 << 17;

    /** Number of entries, fixed: the question is how the cost changes with {@link #writes}. */
    @Param({"100000"})
    public int size;

    /** The implementation under test; see {@link #round()}. */
    @Param({COW_TREE_MAP, COW_HASH_MAP, PERSISTENT_TREE_MAP, TREE_MAP})
    public String type;

    /** Writes between two snapshots. */
    @Param({"1", "10", "100", "1000", "10000", "100000"})
    public int writes;

    private Map<Object, Integer> live;
    private Map<Object, Integer> lastSnapshot;
    private Object[] present;
    private Integer[] values;
    private int cursor;

    /** Fills the live map and draws the keys and values to write, then promotes them. */
    @Setup
    public void setUp() {
        Object[] stored = MapFixtures.distinctKeys(INTEGER, size);
        TreeMap<Object, Integer> sorted = new TreeMap<>();
        for (int k = 0; k < size; k++) {
            sorted.put(stored[k], k);
        }
        live =
                switch (type) {
                    case COW_TREE_MAP -> new CowTreeMap<>(sorted);
                    case COW_HASH_MAP -> new CowHashMap<>(sorted);
                    case PERSISTENT_TREE_MAP -> PersistentTreeMap.copyOf(sorted);
                    case TREE_MAP -> sorted;
                    default -> throw new IllegalArgumentException("unknown map: " + type);
                };
        SplittableRandom random = new SplittableRandom(7);
        present = new Object[KEY_SEQUENCE];
        for (int k = 0; k < KEY_SEQUENCE; k++) {
            present[k] = stored[random.nextInt(size)];
        }
        values = MapFixtures.preallocatedValues();
        MapFixtures.promoteFixture();
    }

    /**
     * {@link #writes} puts on the live map (for the persistent map, {@code with}, each returning
     * the next version), then a snapshot that stays reachable until the next round replaces it, as
     * one handed to a reader would: a fork, the version itself, or a copy.
     */
    @Benchmark
    public Map<Object, Integer> round() {
        if (live instanceof PersistentTreeMap<Object, Integer> persistent) {
            for (int w = 0; w < writes; w++) {
                int c = cursor++;
                persistent =
                        persistent.with(present[c & (KEY_SEQUENCE - 1)], values[c & VALUE_MASK]);
            }
            live = persistent;
            lastSnapshot = persistent;
            return lastSnapshot;
        }
        Map<Object, Integer> map = live;
        for (int w = 0; w < writes; w++) {
            int c = cursor++;
            map.put(present[c & (KEY_SEQUENCE - 1)], values[c & VALUE_MASK]);
        }
        if (map instanceof CowTreeMap<Object, Integer> cow) {
            lastSnapshot = cow.fork();
        } else if (map instanceof CowHashMap<Object, Integer> cow) {
            lastSnapshot = cow.fork();
        } else {
            lastSnapshot = new TreeMap<>((TreeMap<Object, Integer>) map);
        }
        return lastSnapshot;
    }
}
