package io.holstein.jmh.champ;

import static io.holstein.jmh.Implementations.CLOJURE_HASH_MAP;
import static io.holstein.jmh.Implementations.HASH_MAP;
import static io.holstein.jmh.Implementations.KOTLINX_HASH_MAP;
import static io.holstein.jmh.Implementations.PAGURO_HASH_MAP;
import static io.holstein.jmh.Implementations.PCOLLECTIONS_HASH_MAP;
import static io.holstein.jmh.Implementations.PERSISTENT_HASH_MAP;
import static io.holstein.jmh.Implementations.SCALA_HASH_MAP;
import static io.holstein.jmh.Implementations.VAVR_HASH_MAP;

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
 * The union of two maps that each hold one half of {@code size} random keys, by each
 * implementation's best means (structural merges where they exist, else a transient fold).
 *
 * <p>Why: shows what merging node by node buys over adding mappings one at a time.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
public class ChampUnionBenchmark {

    /** The name of {@link #unionOfHalves} in results and in the report. */
    public static final BenchmarkName UNION_OF_HALVES =
            BenchmarkName.of(ChampUnionBenchmark.class, "unionOfHalves");

    /** Number of mappings; not powers of two on purpose. */
    @Param({"10", "1000", "100000", "1000000"})
    public int size;

    /** The implementation under test; see {@link HashMapPeer}. */
    @Param({
        PERSISTENT_HASH_MAP,
        HASH_MAP,
        VAVR_HASH_MAP,
        SCALA_HASH_MAP,
        CLOJURE_HASH_MAP,
        PCOLLECTIONS_HASH_MAP,
        PAGURO_HASH_MAP,
        KOTLINX_HASH_MAP
    })
    public String type;

    private HashMapPeer peer;
    private Object first;
    private Object second;

    @Setup
    public void setUp() {
        peer = HashMapPeer.of(type);
        Object[] keys = RandomKeys.integers(size, 0);
        int half = keys.length / 2;
        first = peer.insertOneByOne(java.util.Arrays.copyOfRange(keys, 0, half));
        second = peer.insertOneByOne(java.util.Arrays.copyOfRange(keys, half, keys.length));
        ChampFixtures.promoteFixture();
    }

    @Benchmark
    public Object unionOfHalves() {
        return peer.union(first, second);
    }
}
