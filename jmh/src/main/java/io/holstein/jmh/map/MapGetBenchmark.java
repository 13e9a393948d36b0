package io.holstein.jmh.map;

import static io.holstein.jmh.Implementations.COW_HASH_MAP;
import static io.holstein.jmh.Implementations.HASH_MAP;
import static io.holstein.jmh.Implementations.LINKED_HASH_MAP;
import static io.holstein.jmh.KeyTypes.INTEGER;
import static io.holstein.jmh.KeyTypes.STRING;
import static io.holstein.jmh.map.MapFixtures.SEQUENCE_LENGTH;
import static io.holstein.jmh.map.MapFixtures.SEQUENCE_MASK;

import io.holstein.jmh.BenchmarkName;
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
 * Looking keys up, {@code map.get(key)}, in an unshared {@code CowHashMap} against {@code HashMap}
 * and {@code LinkedHashMap}: keys that are present (hit) and keys that are not (miss).
 *
 * <p>Why: an unshared {@code CowHashMap} is meant to replace a {@code HashMap} outright, so a
 * lookup must cost no more (target: at most 1.0 × {@code HashMap} at every size). Its table is open
 * addressing over flat arrays, where {@code HashMap} follows a pointer to a node per probe; a miss,
 * which must see an empty slot, is where linear probing pays. Lookup keys are equal copies of the
 * stored keys, visited in a fixed pseudo-random order.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class MapGetBenchmark {

    /** The name of {@link #getHit} in results and in the report. */
    public static final BenchmarkName GET_HIT = BenchmarkName.of(MapGetBenchmark.class, "getHit");

    /** The name of {@link #getMiss} in results and in the report. */
    public static final BenchmarkName GET_MISS = BenchmarkName.of(MapGetBenchmark.class, "getMiss");

    /** Number of entries; not powers of two on purpose. */
    @Param({"10", "1000", "100000", "1000000"})
    public int size;

    /** The key type; see {@link MapFixtures#distinctKeys}. */
    @Param({INTEGER, STRING})
    public String keys;

    /** The map implementation under test; see {@link MapFixtures#emptyMap}. */
    @Param({COW_HASH_MAP, HASH_MAP, LINKED_HASH_MAP})
    public String type;

    private Map<Object, Integer> map;
    private Object[] hits;
    private Object[] misses;
    private int cursor;

    /**
     * Fills the map, draws the sequences of present and absent lookup keys, then promotes them to
     * the old generation ({@link MapFixtures#promoteFixture}).
     */
    @Setup
    public void setUp() {
        Object[] stored = MapFixtures.distinctKeys(keys, size);
        map = MapFixtures.filledMap(type, stored, size);
        Object[] copies = MapFixtures.equalCopies(keys, stored);
        int[] positions = MapFixtures.randomPositions(size);
        hits = new Object[SEQUENCE_LENGTH];
        misses = new Object[SEQUENCE_LENGTH];
        for (int k = 0; k < SEQUENCE_LENGTH; k++) {
            hits[k] = copies[positions[k]];
            misses[k] = copies[size + k];
        }
        MapFixtures.promoteFixture();
    }

    /** Looks up the next present key of the sequence. */
    @Benchmark
    public Integer getHit() {
        return map.get(hits[cursor++ & SEQUENCE_MASK]);
    }

    /** Looks up the next absent key of the sequence. */
    @Benchmark
    public Integer getMiss() {
        return map.get(misses[cursor++ & SEQUENCE_MASK]);
    }
}
