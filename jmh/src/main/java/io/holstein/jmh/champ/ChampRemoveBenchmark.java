package io.holstein.jmh.champ;

import static io.holstein.jmh.Implementations.CLOJURE_HASH_MAP;
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
 * Removes every key of a map, one at a time, each removal returning a new version.
 *
 * <p>Why: target at most 0.8 &times; the fastest persistent peer.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
public class ChampRemoveBenchmark {

    /** The name of {@link #removeOneByOne} in results and in the report. */
    public static final BenchmarkName REMOVE_ONE_BY_ONE =
            BenchmarkName.of(ChampRemoveBenchmark.class, "removeOneByOne");

    /** Number of mappings; not powers of two on purpose. */
    @Param({"10", "1000", "100000", "1000000"})
    public int size;

    /** The implementation under test; see {@link HashMapPeer}. */
    @Param({
        PERSISTENT_HASH_MAP,
        VAVR_HASH_MAP,
        SCALA_HASH_MAP,
        CLOJURE_HASH_MAP,
        PCOLLECTIONS_HASH_MAP,
        PAGURO_HASH_MAP,
        KOTLINX_HASH_MAP
    })
    public String type;

    private HashMapPeer peer;
    private Object map;
    private Object[] keys;

    @Setup
    public void setUp() {
        peer = HashMapPeer.of(type);
        keys = RandomKeys.integers(size, 0);
        map = peer.insertOneByOne(keys);
        ChampFixtures.promoteFixture();
    }

    @Benchmark
    public Object removeOneByOne() {
        Object m = map;
        for (Object k : keys) {
            m = peer.without(m, k);
        }
        return m;
    }
}
