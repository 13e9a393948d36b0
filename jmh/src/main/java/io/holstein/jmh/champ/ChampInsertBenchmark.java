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
 * Builds a map of {@code size} random keys ({@code Integer} or {@code String}) by inserting one key
 * at a time into successive versions ({@code HashMap}: one map, in place, as a reference).
 *
 * <p>Why: target at most 0.8 &times; the fastest persistent peer.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
public class ChampInsertBenchmark {

    /** The name of {@link #insertOneByOne} in results and in the report. */
    public static final BenchmarkName INSERT_ONE_BY_ONE =
            BenchmarkName.of(ChampInsertBenchmark.class, "insertOneByOne");

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
        KOTLINX_HASH_MAP
    })
    public String type;

    private HashMapPeer peer;
    private Object[] stored;

    @Setup
    public void setUp() {
        peer = HashMapPeer.of(type);
        stored = RandomKeys.of(keys, size);
        ChampFixtures.promoteFixture();
    }

    @Benchmark
    public Object insertOneByOne() {
        return peer.insertOneByOne(stored);
    }
}
