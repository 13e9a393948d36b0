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
 * One lookup, {@code map.get(k)}, of a key present (a fresh object equal to it) or absent, in a map
 * built by random insertions of random {@code Integer} keys or the same numbers as {@code String}s.
 *
 * <p>Why: target at most 0.8 &times; {@code TreeMap} and at most 0.8 &times; the fastest persistent
 * peer at 100k and 1M. Every peer is a binary tree that reads one node per comparison; a B+-tree
 * makes as many comparisons but reads one node array per level.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class SortedGetBenchmark extends SortedBenchmark {

    /** The name of {@link #hit} in results and in the report. */
    public static final BenchmarkName HIT = BenchmarkName.of(SortedGetBenchmark.class, "hit");

    /** The name of {@link #miss} in results and in the report. */
    public static final BenchmarkName MISS = BenchmarkName.of(SortedGetBenchmark.class, "miss");

    /** The implementation under test; see {@link SortedMapPeer}. */
    @Param({
        PERSISTENT_TREE_MAP,
        TREE_MAP,
        CONCURRENT_SKIP_LIST_MAP,
        SCALA_TREE_MAP,
        VAVR_TREE_MAP,
        CLOJURE_TREE_MAP,
        PCOLLECTIONS_TREE_MAP,
        PAGURO_TREE_MAP,
        IMMUTABLE_SORTED_MAP
    })
    public String type;

    private Object map;
    private Object[] hits;
    private Object[] misses;
    private int cursor;

    @Setup
    public void setUp() {
        Object[] stored = start(type);
        map = peer.mapOf(stored);
        hits = RandomKeys.hitSequence(stored);
        misses = RandomKeys.missSequence(stored);
        SortedFixtures.promoteFixture();
    }

    /** Looks up the next present key of the sequence. */
    @Benchmark
    public Object hit() {
        return peer.get(map, hits[cursor++ & RandomKeys.SEQUENCE_MASK]);
    }

    /** Looks up the next absent key of the sequence. */
    @Benchmark
    public Object miss() {
        return peer.get(map, misses[cursor++ & RandomKeys.SEQUENCE_MASK]);
    }
}
