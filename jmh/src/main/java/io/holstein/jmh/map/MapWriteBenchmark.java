package io.holstein.jmh.map;

import static io.holstein.jmh.Implementations.COW_HASH_MAP;
import static io.holstein.jmh.Implementations.HASH_MAP;
import static io.holstein.jmh.Implementations.LINKED_HASH_MAP;
import static io.holstein.jmh.KeyTypes.INTEGER;
import static io.holstein.jmh.KeyTypes.STRING;
import static io.holstein.jmh.map.MapFixtures.SEQUENCE_LENGTH;
import static io.holstein.jmh.map.MapFixtures.SEQUENCE_MASK;
import static io.holstein.jmh.map.MapFixtures.VALUE_MASK;

import io.holstein.jmh.BenchmarkName;
import java.util.Map;
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
 * Writing an unshared {@code CowHashMap} against {@code HashMap} and {@code LinkedHashMap}:
 * replacing the value of a present key, putting back the value a present key already maps to, and
 * adding an absent key then removing it again.
 *
 * <p>Why: an unshared {@code CowHashMap} writes in place, so its writes must cost no more than
 * {@code HashMap}'s (target: at most 1.0 × at every size) and allocate nothing, where {@code
 * HashMap} allocates a node per added key (run with {@code -prof gc}). Adding and removing the same
 * key keeps the size constant, so every iteration measures the same map; for {@code CowHashMap} it
 * also measures the cost of its deletion markers, which pile up until a rebuild clears them. Keys
 * are equal copies of the stored ones (present keys) or keys never stored (absent keys), visited in
 * a fixed pseudo-random order; the written values are boxed in advance.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class MapWriteBenchmark {

    /** The name of {@link #putPresent} in results and in the report. */
    public static final BenchmarkName PUT_PRESENT =
            BenchmarkName.of(MapWriteBenchmark.class, "putPresent");

    /** The name of {@link #putPresentSameValue} in results and in the report. */
    public static final BenchmarkName PUT_PRESENT_SAME_VALUE =
            BenchmarkName.of(MapWriteBenchmark.class, "putPresentSameValue");

    /** The name of {@link #putAbsentThenRemove} in results and in the report. */
    public static final BenchmarkName PUT_ABSENT_THEN_REMOVE =
            BenchmarkName.of(MapWriteBenchmark.class, "putAbsentThenRemove");

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
    private Object[] present;
    private Object[] absent;
    private Integer[] presentValues;
    private Integer[] values;
    private int cursor;

    /**
     * Fills the map, draws the sequences of present and absent keys and the values to write, then
     * promotes them to the old generation ({@link MapFixtures#promoteFixture}).
     */
    @Setup(Level.Trial)
    public void setUp() {
        Object[] stored = MapFixtures.distinctKeys(keys, size);
        map = MapFixtures.filledMap(type, stored, size);
        Object[] copies = MapFixtures.equalCopies(keys, stored);
        int[] positions = MapFixtures.randomPositions(size);
        present = new Object[SEQUENCE_LENGTH];
        absent = new Object[SEQUENCE_LENGTH];
        for (int k = 0; k < SEQUENCE_LENGTH; k++) {
            present[k] = copies[positions[k]];
            absent[k] = copies[size + k];
        }
        values = MapFixtures.preallocatedValues();
        presentValues = new Integer[SEQUENCE_LENGTH];
        for (int k = 0; k < SEQUENCE_LENGTH; k++) {
            presentValues[k] = map.get(present[k]);
        }
        MapFixtures.promoteFixture();
    }

    /** Fails the run if the writes changed the map's size: each benchmark must leave it alone. */
    @TearDown(Level.Iteration)
    public void checkSize() {
        if (map.size() != size) {
            throw new IllegalStateException("map size " + map.size() + ", expected " + size);
        }
    }

    /** Replaces the value of the next present key of the sequence. */
    @Benchmark
    public Integer putPresent() {
        int c = cursor++;
        return map.put(present[c & SEQUENCE_MASK], values[c & VALUE_MASK]);
    }

    /**
     * Puts the next present key of the sequence with the value it already maps to (the same
     * object): a refresh that changes nothing, where {@code HashMap} pays its lookup and one store.
     */
    @Benchmark
    public Integer putPresentSameValue() {
        int c = cursor++ & SEQUENCE_MASK;
        return map.put(present[c], presentValues[c]);
    }

    /** Adds the next absent key of the sequence, then removes it. */
    @Benchmark
    public Integer putAbsentThenRemove() {
        int c = cursor++;
        Object key = absent[c & SEQUENCE_MASK];
        map.put(key, values[c & VALUE_MASK]);
        return map.remove(key);
    }
}
