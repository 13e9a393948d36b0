package io.holstein.jmh.champ;

import static io.holstein.jmh.Implementations.HASH_MAP;
import static io.holstein.jmh.Implementations.PERSISTENT_HASH_MAP;

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
 * Hash flooding: builds a map one key at a time from {@code String} keys that all share one hash
 * code, and looks them up, against the same number of equally long words whose hashes differ
 * ({@link ChampFixtures#nonCollidingWords}).
 *
 * <p>Why: target at most 3 &times; the build time of distinct keys at 100k. Only {@code HashMap}
 * runs beside Holstein: the persistent peers keep colliding keys in flat arrays, so their builds
 * are quadratic (the issue measured 1.7 to 5 s for 30k keys; 100k would take minutes per
 * operation).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
public class ChampCollisionBenchmark {

    /** The name of {@link #build} in results and in the report. */
    public static final BenchmarkName BUILD =
            BenchmarkName.of(ChampCollisionBenchmark.class, "build");

    /** The name of {@link #hit} in results and in the report. */
    public static final BenchmarkName HIT = BenchmarkName.of(ChampCollisionBenchmark.class, "hit");

    /** {@code keys} value: one hash code for all keys. */
    public static final String COLLIDING = "colliding";

    /** {@code keys} value: the same words with distinct hash codes. */
    public static final String DISTINCT = "distinct";

    /** Number of keys. */
    @Param({"10000", "100000"})
    public int size;

    /** Whether the keys collide. */
    @Param({COLLIDING, DISTINCT})
    public String keys;

    /** The implementation under test; see {@link HashMapPeer}. */
    @Param({PERSISTENT_HASH_MAP, HASH_MAP})
    public String type;

    private HashMapPeer peer;
    private Object[] stored;
    private Object map;
    private Object[] hits;
    private int cursor;

    @Setup
    public void setUp() {
        peer = HashMapPeer.of(type);
        stored =
                keys.equals(COLLIDING)
                        ? ChampFixtures.collidingKeys(size)
                        : ChampFixtures.nonCollidingWords(size);
        map = peer.insertOneByOne(stored);
        hits = RandomKeys.hitSequence(stored);
        ChampFixtures.promoteFixture();
    }

    /** Builds the map one key at a time ({@code HashMap}: in place). */
    @Benchmark
    public Object build() {
        return peer.insertOneByOne(stored);
    }

    /** One lookup of a present key (a fresh {@code String} equal to it). */
    @Benchmark
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public Object hit() {
        return peer.get(map, hits[cursor++ & RandomKeys.SEQUENCE_MASK]);
    }
}
