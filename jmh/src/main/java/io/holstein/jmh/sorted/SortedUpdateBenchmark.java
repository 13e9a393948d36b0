package io.holstein.jmh.sorted;

import static io.holstein.jmh.Implementations.*;

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
 * One new version of a map with a present key's value replaced, {@code with(k, v)}, at a random key
 * (a fresh object equal to the stored one); run with {@code -prof gc} for the bytes each update
 * allocates ({@code gc.alloc.rate.norm}), the write amplification of copying one path.
 *
 * <p>Why: target at 1M at most 0.8 &times; the fastest persistent peer's time; a B+-tree copies
 * fewer but wider nodes than a binary tree.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class SortedUpdateBenchmark extends SortedBenchmark {

    /** The name of {@link #updatePresent} in results and in the report. */
    public static final BenchmarkName UPDATE_PRESENT =
            BenchmarkName.of(SortedUpdateBenchmark.class, "updatePresent");

    /** The implementation under test; see {@link SortedMapPeer}. */
    @Param({
        PERSISTENT_TREE_MAP,
        SCALA_TREE_MAP,
        VAVR_TREE_MAP,
        CLOJURE_TREE_MAP,
        PCOLLECTIONS_TREE_MAP,
        PAGURO_TREE_MAP
    })
    public String type;

    private Object map;
    private Object[] updates;
    private Integer[] values;
    private int cursor;

    @Setup
    public void setUp() {
        Object[] stored = start(type);
        map = peer.mapOf(stored);
        updates = RandomKeys.hitSequence(stored);
        values = SortedFixtures.preallocatedValues();
        SortedFixtures.promoteFixture();
    }

    /** The version with the next key of the sequence mapped to a new value. */
    @Benchmark
    public Object updatePresent() {
        int c = cursor++;
        return peer.with(
                map, updates[c & RandomKeys.SEQUENCE_MASK], values[c & SortedFixtures.VALUE_MASK]);
    }
}
