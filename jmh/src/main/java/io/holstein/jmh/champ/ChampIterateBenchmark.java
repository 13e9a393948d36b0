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
 * Visits every mapping, summing the values, by each implementation's cheapest whole-map traversal
 * ({@code forEach} where it has one that allocates nothing per entry, else its iterator).
 *
 * <p>Why: target at most 0.8 &times; {@code HashMap}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
public class ChampIterateBenchmark {

    /** Number of mappings; not powers of two on purpose. */
    @Param({"10", "1000", "100000", "1000000"})
    public int size;

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

    @Setup
    public void setUp() {
        ops = MapImpls.of(type);
        map = ops.insertOneByOne(ChampFixtures.randomKeys(size, 0));
        ChampFixtures.promoteFixture();
    }

    @Benchmark
    public long iterate() {
        return ops.iterate(map);
    }
}
