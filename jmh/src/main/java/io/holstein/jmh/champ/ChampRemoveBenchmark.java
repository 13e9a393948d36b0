package io.holstein.jmh.champ;

import static io.holstein.jmh.champ.MapImpls.CLOJURE;
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
 * Removes every key of a map, one at a time, each removal returning a new version.
 *
 * <p>Why: target at most 0.8 &times; the fastest persistent peer.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
public class ChampRemoveBenchmark {

    /** Number of mappings; not powers of two on purpose. */
    @Param({"10", "1000", "100000", "1000000"})
    public int size;

    /** The implementation under test; see {@link MapImpls}. */
    @Param({HOLSTEIN, VAVR, SCALA, CLOJURE, PCOLLECTIONS, PAGURO, KOTLINX})
    public String type;

    private MapOps ops;
    private Object map;
    private Object[] keys;

    @Setup
    public void setUp() {
        ops = MapImpls.of(type);
        keys = ChampFixtures.randomKeys(size, 0);
        map = ops.insertOneByOne(keys);
        ChampFixtures.promoteFixture();
    }

    @Benchmark
    public Object removeOneByOne() {
        Object m = map;
        for (Object k : keys) {
            m = ops.without(m, k);
        }
        return m;
    }
}
