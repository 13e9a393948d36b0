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
 * The union of two maps that each hold one half of {@code size} random keys, by each
 * implementation's best means (structural merges where they exist, else a transient fold).
 *
 * <p>Why: shows what merging node by node buys over adding mappings one at a time.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
public class ChampUnionBenchmark {

    /** Number of mappings; not powers of two on purpose. */
    @Param({"10", "1000", "100000", "1000000"})
    public int size;

    /** The implementation under test; see {@link MapImpls}. */
    @Param({HOLSTEIN, HASH_MAP, VAVR, SCALA, CLOJURE, PCOLLECTIONS, PAGURO, KOTLINX})
    public String type;

    private MapOps ops;
    private Object first;
    private Object second;

    @Setup
    public void setUp() {
        ops = MapImpls.of(type);
        Object[] keys = ChampFixtures.randomKeys(size, 0);
        int half = keys.length / 2;
        first = ops.insertOneByOne(java.util.Arrays.copyOfRange(keys, 0, half));
        second = ops.insertOneByOne(java.util.Arrays.copyOfRange(keys, half, keys.length));
        ChampFixtures.promoteFixture();
    }

    @Benchmark
    public Object unionOfHalves() {
        return ops.union(first, second);
    }
}
