package io.holstein.jmh.champ;

import static io.holstein.jmh.champ.MapImpls.CLOJURE;
import static io.holstein.jmh.champ.MapImpls.HASH_MAP;
import static io.holstein.jmh.champ.MapImpls.HOLSTEIN;
import static io.holstein.jmh.champ.MapImpls.IMMUTABLE_MAP;
import static io.holstein.jmh.champ.MapImpls.KOTLINX;
import static io.holstein.jmh.champ.MapImpls.MAP_COPY_OF;
import static io.holstein.jmh.champ.MapImpls.PAGURO;
import static io.holstein.jmh.champ.MapImpls.PCOLLECTIONS;
import static io.holstein.jmh.champ.MapImpls.SCALA;
import static io.holstein.jmh.champ.MapImpls.VAVR;

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

    /** Number of mappings; not powers of two on purpose. */
    @Param({"10", "1000", "100000", "1000000"})
    public int size;

    /** The key type; see {@link ChampFixtures#INTEGER_KEYS}, {@link ChampFixtures#STRING_KEYS}. */
    @Param({ChampFixtures.INTEGER_KEYS, ChampFixtures.STRING_KEYS})
    public String keys;

    /** The implementation under test; see {@link MapImpls}. */
    @Param({
        HOLSTEIN,
        HASH_MAP,
        VAVR,
        SCALA,
        CLOJURE,
        PCOLLECTIONS,
        PAGURO,
        KOTLINX,
        MAP_COPY_OF,
        IMMUTABLE_MAP
    })
    public String type;

    private MapOps ops;
    private Object map;
    private Object[] hits;
    private Object[] misses;
    private int cursor;

    @Setup
    public void setUp() {
        ops = MapImpls.of(type);
        Object[] stored = ChampFixtures.randomKeys(keys, size);
        map = ops.insertOneByOne(stored);
        hits = ChampFixtures.hitSequence(stored);
        misses = ChampFixtures.missSequence(stored);
        ChampFixtures.promoteFixture();
    }

    @Benchmark
    public Object hit() {
        return ops.get(map, hits[cursor++ & ChampFixtures.SEQUENCE_MASK]);
    }

    @Benchmark
    public Object miss() {
        return ops.get(map, misses[cursor++ & ChampFixtures.SEQUENCE_MASK]);
    }
}
