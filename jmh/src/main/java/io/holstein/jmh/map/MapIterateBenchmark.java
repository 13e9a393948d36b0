package io.holstein.jmh.map;

import static io.holstein.jmh.Implementations.COW_HASH_MAP;
import static io.holstein.jmh.Implementations.HASH_MAP;
import static io.holstein.jmh.Implementations.LINKED_HASH_MAP;
import static io.holstein.jmh.KeyTypes.INTEGER;
import static io.holstein.jmh.KeyTypes.STRING;

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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Iterating every entry of an unshared {@code CowHashMap}, through its {@code entrySet} iterator,
 * against {@code HashMap} and {@code LinkedHashMap}.
 *
 * <p>Why: the target is at most 1.0 × {@code HashMap} at every size. {@code CowHashMap} scans a
 * flat table that is mostly empty at its default load factor of 0.5; {@code HashMap} scans a
 * smaller table of pointers and follows one to a node per entry; {@code LinkedHashMap} follows its
 * list. The entries' keys and values are consumed so that neither side can skip the loads.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class MapIterateBenchmark {

    /** The name of {@link #iterate} in results and in the report. */
    public static final BenchmarkName ITERATE =
            BenchmarkName.of(MapIterateBenchmark.class, "iterate");

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

    /** Fills the map and promotes it to the old generation ({@link MapFixtures#promoteFixture}). */
    @Setup
    public void setUp() {
        map = MapFixtures.filledMap(type, MapFixtures.distinctKeys(keys, size), size);
        MapFixtures.promoteFixture();
    }

    /** One pass over every entry. */
    @Benchmark
    public void iterate(Blackhole blackhole) {
        for (Map.Entry<Object, Integer> entry : map.entrySet()) {
            blackhole.consume(entry.getKey());
            blackhole.consume(entry.getValue());
        }
    }
}
