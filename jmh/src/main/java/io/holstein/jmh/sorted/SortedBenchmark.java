package io.holstein.jmh.sorted;

import io.holstein.jmh.KeyTypes;
import io.holstein.jmh.RandomKeys;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The parameters every sorted benchmark shares: the number of mappings and the key type. Each
 * benchmark adds its {@code type} parameter, the implementations that have its operation.
 */
@State(Scope.Thread)
public abstract class SortedBenchmark {

    /** Number of mappings; not powers of two on purpose. */
    @Param({"10", "1000", "100000", "1000000"})
    public int size;

    /** The key type; see {@link RandomKeys#of(String, int)}. */
    @Param({KeyTypes.INTEGER, KeyTypes.STRING})
    public String keys;

    /** The adapter of the implementation under test, set by {@link #start}. */
    SortedMapPeer peer;

    /** Looks up implementation {@code type} and returns this benchmark's keys, in random order. */
    Object[] start(String type) {
        peer = SortedMapPeer.of(type);
        return RandomKeys.of(keys, size);
    }
}
