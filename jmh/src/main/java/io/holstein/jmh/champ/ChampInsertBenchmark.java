package io.holstein.jmh.champ;

import static io.holstein.jmh.champ.MapImpls.CLOJURE;
import static io.holstein.jmh.champ.MapImpls.HASH_MAP;
import static io.holstein.jmh.champ.MapImpls.HOLSTEIN;
import static io.holstein.jmh.champ.MapImpls.KOTLINX;
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
 * Builds a map of {@code size} random keys ({@code Integer} or {@code String}) by inserting one key
 * at a time into successive versions ({@code HashMap}: one map, in place, as a reference).
 *
 * <p>Why: target at most 0.8 &times; the fastest persistent peer.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
public class ChampInsertBenchmark {

    /** Number of mappings; not powers of two on purpose. */
    @Param({"10", "1000", "100000", "1000000"})
    public int size;

    /** The key type; see {@link ChampFixtures#INTEGER_KEYS}, {@link ChampFixtures#STRING_KEYS}. */
    @Param({ChampFixtures.INTEGER_KEYS, ChampFixtures.STRING_KEYS})
    public String keys;

    /** The implementation under test; see {@link MapImpls}. */
    @Param({HOLSTEIN, HASH_MAP, VAVR, SCALA, CLOJURE, PCOLLECTIONS, PAGURO, KOTLINX})
    public String type;

    private MapOps ops;
    private Object[] stored;

    @Setup
    public void setUp() {
        ops = MapImpls.of(type);
        stored = ChampFixtures.randomKeys(keys, size);
        ChampFixtures.promoteFixture();
    }

    @Benchmark
    public Object insertOneByOne() {
        return ops.insertOneByOne(stored);
    }
}
