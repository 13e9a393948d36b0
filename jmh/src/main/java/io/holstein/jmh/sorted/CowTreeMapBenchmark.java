package io.holstein.jmh.sorted;

import static io.holstein.jmh.Implementations.COW_TREE_MAP;
import static io.holstein.jmh.Implementations.TREE_MAP;

import io.holstein.jmh.BenchmarkName;
import io.holstein.jmh.RandomKeys;
import java.util.NavigableMap;
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
 * An unshared {@code CowTreeMap} against {@code TreeMap}, both filled by {@code put} in random
 * order ({@link SortedMapPeer#mapOf}): a lookup of a present key, replacing the value of a present
 * key, adding an absent key then removing it, removing a present key then putting it back, and
 * visiting every value.
 *
 * <p>Why: an unshared {@code CowTreeMap} writes its B+-tree's nodes in place, so its single-key
 * operations must cost no more than {@code TreeMap}'s (targets: get, put and remove at most 1.0
 * &times; at every size and at most 0.8 &times; at 1,000,000) and its iteration less (target:
 * values at most 0.5 &times;), since a leaf holds its values in an array where a red-black tree
 * follows a pointer per entry. The write pairs keep the size constant, so every iteration measures
 * the same map; a check after each iteration fails the run otherwise. Keys are fresh objects equal
 * to the stored ones (present) or keys never stored (absent), visited in a fixed pseudo-random
 * order; the written values are boxed in advance.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class CowTreeMapBenchmark extends SortedBenchmark {

    /** The name of {@link #get} in results and in the report. */
    public static final BenchmarkName GET = BenchmarkName.of(CowTreeMapBenchmark.class, "get");

    /** The name of {@link #putPresent} in results and in the report. */
    public static final BenchmarkName PUT_PRESENT =
            BenchmarkName.of(CowTreeMapBenchmark.class, "putPresent");

    /** The name of {@link #putAbsentThenRemove} in results and in the report. */
    public static final BenchmarkName PUT_ABSENT_THEN_REMOVE =
            BenchmarkName.of(CowTreeMapBenchmark.class, "putAbsentThenRemove");

    /** The name of {@link #removePresentThenPut} in results and in the report. */
    public static final BenchmarkName REMOVE_PRESENT_THEN_PUT =
            BenchmarkName.of(CowTreeMapBenchmark.class, "removePresentThenPut");

    /** The name of {@link #iterateValues} in results and in the report. */
    public static final BenchmarkName ITERATE_VALUES =
            BenchmarkName.of(CowTreeMapBenchmark.class, "iterateValues");

    /** The implementation under test: Holstein's mutable sorted map or the JDK's. */
    @Param({COW_TREE_MAP, TREE_MAP})
    public String type;

    private NavigableMap<Object, Object> map;
    private Object[] present;
    private Object[] absent;
    private Integer[] values;
    private int cursor;

    /** Fills the map and draws the key sequences and values, then promotes them. */
    @Setup(Level.Trial)
    public void setUp() {
        Object[] stored = start(type);
        map = SortedMapPeer.JavaNavigableMap.navigable(peer.mapOf(stored));
        present = RandomKeys.hitSequence(stored);
        absent = RandomKeys.missSequence(stored);
        values = SortedFixtures.preallocatedValues();
        SortedFixtures.promoteFixture();
    }

    /** Fails the run if the writes changed the map's size: each benchmark must leave it alone. */
    @TearDown(Level.Iteration)
    public void checkSize() {
        if (map.size() != size) {
            throw new IllegalStateException("map size " + map.size() + ", expected " + size);
        }
    }

    /** Looks up the next present key of the sequence. */
    @Benchmark
    public Object get() {
        return map.get(present[cursor++ & RandomKeys.SEQUENCE_MASK]);
    }

    /** Replaces the value of the next present key of the sequence. */
    @Benchmark
    public Object putPresent() {
        int c = cursor++;
        return map.put(
                present[c & RandomKeys.SEQUENCE_MASK], values[c & SortedFixtures.VALUE_MASK]);
    }

    /** Adds the next absent key of the sequence, then removes it. */
    @Benchmark
    public Object putAbsentThenRemove() {
        int c = cursor++;
        Object key = absent[c & RandomKeys.SEQUENCE_MASK];
        map.put(key, values[c & SortedFixtures.VALUE_MASK]);
        return map.remove(key);
    }

    /** Removes the next present key of the sequence, then puts it back. */
    @Benchmark
    public Object removePresentThenPut() {
        int c = cursor++;
        Object key = present[c & RandomKeys.SEQUENCE_MASK];
        Object old = map.remove(key);
        return map.put(key, old);
    }

    /** The sum of the values' hash codes, through {@code values()}. */
    @Benchmark
    public long iterateValues() {
        long sum = 0;
        for (Object v : map.values()) {
            sum += v.hashCode();
        }
        return sum;
    }
}
