package io.holstein.jmh.champ;

import static io.holstein.jmh.Implementations.CLOJURE_HASH_MAP;
import static io.holstein.jmh.Implementations.HASH_MAP;
import static io.holstein.jmh.Implementations.KOTLINX_HASH_MAP;
import static io.holstein.jmh.Implementations.PAGURO_HASH_MAP;
import static io.holstein.jmh.Implementations.PERSISTENT_HASH_MAP;
import static io.holstein.jmh.Implementations.SCALA_HASH_MAP;

import io.holstein.jmh.BenchmarkName;
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

    /** The name of {@link #build} in results and in the report. */
    public static final BenchmarkName BUILD =
            BenchmarkName.of(ChampBuilderBenchmark.class, "build");

    /** Number of mappings; not powers of two on purpose. */
    @Param({"10", "1000", "100000", "1000000"})
    public int size;

    /** The implementation under test; see {@link HashMapPeer}. */
    @Param({
        PERSISTENT_HASH_MAP,
        HASH_MAP,
        SCALA_HASH_MAP,
        CLOJURE_HASH_MAP,
        PAGURO_HASH_MAP,
        KOTLINX_HASH_MAP
    })
    public String type;

    private HashMapPeer peer;
    private Object[] keys;

    @Setup
    public void setUp() {
        peer = HashMapPeer.of(type);
        keys = RandomKeys.integers(size, 0);
        ChampFixtures.promoteFixture();
    }

    @Benchmark
    public Object build() {
        return peer.buildWithBuilder(keys);
    }
}
