package io.holstein.jmh.champ;

import static io.holstein.jmh.champ.MapImpls.CLOJURE;
import static io.holstein.jmh.champ.MapImpls.HASH_MAP;
import static io.holstein.jmh.champ.MapImpls.HOLSTEIN;
import static io.holstein.jmh.champ.MapImpls.KOTLINX;
import static io.holstein.jmh.champ.MapImpls.PAGURO;
import static io.holstein.jmh.champ.MapImpls.SCALA;

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
 * Builds a map of {@code size} random keys with the implementation's builder or transient ({@code
 * HashMap}: filling a new one).
 *
 * <p>Why: target at most 2.0 &times; filling a {@code HashMap} at 100k and 1M (Clojure's transient:
 * 2.3 &times;).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
public class ChampBuilderBenchmark {

    /** Number of mappings; not powers of two on purpose. */
    @Param({"10", "1000", "100000", "1000000"})
    public int size;

    /** The implementation under test; see {@link MapImpls}. */
    @Param({HOLSTEIN, HASH_MAP, SCALA, CLOJURE, PAGURO, KOTLINX})
    public String type;

    private MapOps ops;
    private Object[] keys;

    @Setup
    public void setUp() {
        ops = MapImpls.of(type);
        keys = ChampFixtures.randomKeys(size, 0);
        ChampFixtures.promoteFixture();
    }

    @Benchmark
    public Object build() {
        return ops.buildWithBuilder(keys);
    }
}
