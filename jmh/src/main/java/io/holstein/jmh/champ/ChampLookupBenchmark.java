package io.holstein.jmh.champ;

import static io.holstein.jmh.Implementations.CLOJURE_HASH_MAP;
import static io.holstein.jmh.Implementations.HASH_MAP;
import static io.holstein.jmh.Implementations.IMMUTABLE_MAP;
import static io.holstein.jmh.Implementations.KOTLINX_HASH_MAP;
import static io.holstein.jmh.Implementations.MAP_COPY_OF;
import static io.holstein.jmh.Implementations.PAGURO_HASH_MAP;
import static io.holstein.jmh.Implementations.PCOLLECTIONS_HASH_MAP;
import static io.holstein.jmh.Implementations.PERSISTENT_HASH_MAP;
import static io.holstein.jmh.Implementations.SCALA_HASH_MAP;
import static io.holstein.jmh.Implementations.VAVR_HASH_MAP;

import io.holstein.jmh.BenchmarkName;
import io.holstein.jmh.KeyTypes;
import io.holstein.jmh.RandomKeys;
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
 * One lookup, {@code map.get(k)}, of a key present (a fresh object equal to it) or absent, in a map
 * of random {@code Integer} keys or the same numbers as {@code String}s.
 *
 * <p>Why: targets at most 0.8 &times; the fastest persistent peer at every size and at most 2.5
 * &times; {@code HashMap} at 100k and 1M; {@code Map.copyOf} and {@code ImmutableMap} are what
 * users pick for read-only maps.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class ChampLookupBenchmark {

    /** The name of {@link #hit} in results and in the report. */
    public static final BenchmarkName HIT = BenchmarkName.of(ChampLookupBenchmark.class, "hit");

    /** The name of {@link #miss} in results and in the report. */
    public static final BenchmarkName MISS = BenchmarkName.of(ChampLookupBenchmark.class, "miss");

    /** Number of mappings; not powers of two on purpose. */
    @Param({"10", "1000", "100000", "1000000"})
    public int size;

    /** The key type; see {@link RandomKeys#of(String, int)}. */
    @Param({KeyTypes.INTEGER, KeyTypes.STRING})
    public String keys;

    /** The implementation under test; see {@link HashMapPeer}. */
    @Param({
        PERSISTENT_HASH_MAP,
        HASH_MAP,
        VAVR_HASH_MAP,
        SCALA_HASH_MAP,
        CLOJURE_HASH_MAP,
        PCOLLECTIONS_HASH_MAP,
        PAGURO_HASH_MAP,
        KOTLINX_HASH_MAP,
        MAP_COPY_OF,
        IMMUTABLE_MAP
    })
    public String type;

    private HashMapPeer peer;
    private Object map;
    private Object[] hits;
    private Object[] misses;
    private int cursor;

    @Setup
    public void setUp() {
        peer = HashMapPeer.of(type);
        Object[] stored = RandomKeys.of(keys, size);
        map = peer.insertOneByOne(stored);
        hits = RandomKeys.hitSequence(stored);
        misses = RandomKeys.missSequence(stored);
        ChampFixtures.promoteFixture();
    }

    @Benchmark
    public Object hit() {
        return peer.get(map, hits[cursor++ & RandomKeys.SEQUENCE_MASK]);
    }

    @Benchmark
    public Object miss() {
        return peer.get(map, misses[cursor++ & RandomKeys.SEQUENCE_MASK]);
    }
}
