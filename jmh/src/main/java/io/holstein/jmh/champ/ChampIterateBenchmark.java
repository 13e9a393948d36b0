package io.holstein.jmh.champ;

import static io.holstein.jmh.Implementations.CLOJURE_HASH_MAP;
import static io.holstein.jmh.Implementations.HASH_MAP;
import static io.holstein.jmh.Implementations.IMMUTABLE_MAP;
import static io.holstein.jmh.Implementations.KOTLINX_HASH_MAP;
import static io.holstein.jmh.Implementations.MAP_COPY_OF;
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
 * Visits every mapping, summing the values, by each implementation's cheapest whole-map traversal
 * ({@code forEach} where it has one that allocates nothing per entry, else its iterator).
 *
 * <p>Why: target at most 0.8 &times; {@code HashMap}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
public class ChampIterateBenchmark {

    /** The name of {@link #iterate} in results and in the report. */
    public static final BenchmarkName ITERATE =
            BenchmarkName.of(ChampIterateBenchmark.class, "iterate");

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
        KOTLINX_HASH_MAP,
        MAP_COPY_OF,
        IMMUTABLE_MAP
    })
    public String type;

    private HashMapPeer peer;
    private Object map;

    @Setup
    public void setUp() {
        peer = HashMapPeer.of(type);
        map = peer.insertOneByOne(RandomKeys.integers(size, 0));
        ChampFixtures.promoteFixture();
    }

    @Benchmark
    public long iterate() {
        return peer.iterate(map);
    }
}
