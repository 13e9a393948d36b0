package io.holstein.jmh.report;

import static io.holstein.jmh.Implementations.CLOJURE_TREE_MAP;
import static io.holstein.jmh.Implementations.CONCURRENT_SKIP_LIST_MAP;
import static io.holstein.jmh.Implementations.IMMUTABLE_SORTED_MAP;
import static io.holstein.jmh.Implementations.PAGURO_TREE_MAP;
import static io.holstein.jmh.Implementations.PCOLLECTIONS_TREE_MAP;
import static io.holstein.jmh.Implementations.PERSISTENT_TREE_MAP;
import static io.holstein.jmh.Implementations.SCALA_TREE_MAP;
import static io.holstein.jmh.Implementations.TREE_MAP;
import static io.holstein.jmh.Implementations.VAVR_TREE_MAP;
import static io.holstein.jmh.report.Series.byTypeAndKeys;

import io.holstein.jmh.BenchmarkName;
import io.holstein.jmh.KeyTypes;
import io.holstein.jmh.sorted.SortedBuildBenchmark;
import io.holstein.jmh.sorted.SortedConcatBenchmark;
import io.holstein.jmh.sorted.SortedGetBenchmark;
import io.holstein.jmh.sorted.SortedInsertBenchmark;
import io.holstein.jmh.sorted.SortedIterateBenchmark;
import io.holstein.jmh.sorted.SortedRankBenchmark;
import io.holstein.jmh.sorted.SortedRemoveBenchmark;
import io.holstein.jmh.sorted.SortedSubMapBenchmark;
import io.holstein.jmh.sorted.SortedUnionBenchmark;
import io.holstein.jmh.sorted.SortedUpdateBenchmark;
import java.util.ArrayList;
import java.util.List;

/**
 * How the results of the sorted group pair into ratios: {@code PersistentTreeMap} against {@code
 * TreeMap}, {@code ConcurrentSkipListMap}, Guava's {@code ImmutableSortedMap} (reads) and the
 * persistent peers, per key type, for each operation the peer has.
 */
final class SortedComparisons {

    private static final List<String> PERSISTENT =
            List.of(
                    SCALA_TREE_MAP,
                    VAVR_TREE_MAP,
                    CLOJURE_TREE_MAP,
                    PCOLLECTIONS_TREE_MAP,
                    PAGURO_TREE_MAP);
    private static final List<String> TREE_MAP_AND_PERSISTENT = with(List.of(TREE_MAP), PERSISTENT);
    private static final List<String> READERS =
            with(
                    with(List.of(TREE_MAP, CONCURRENT_SKIP_LIST_MAP), PERSISTENT),
                    List.of(IMMUTABLE_SORTED_MAP));

    /** The peers whose sub-map is a range of their own tree, in O(log n); the others copy. */
    private static final List<String> RANGES =
            List.of(SCALA_TREE_MAP, PCOLLECTIONS_TREE_MAP, IMMUTABLE_SORTED_MAP);

    /** Package {@code io.holstein.jmh.sorted}: {@code PersistentTreeMap}. */
    static final ReportGroup GROUP = new ReportGroup("sorted", "Sorted maps", sortedComparisons());

    private SortedComparisons() {}

    private static List<Comparison> sortedComparisons() {
        List<Comparison> c = new ArrayList<>();
        for (String keys : List.of(KeyTypes.INTEGER, KeyTypes.STRING)) {
            c.addAll(against("get hit", SortedGetBenchmark.HIT, keys, READERS));
            c.addAll(against("get miss", SortedGetBenchmark.MISS, keys, READERS));
            c.addAll(
                    against(
                            "insert one by one",
                            SortedInsertBenchmark.INSERT_ONE_BY_ONE,
                            keys,
                            TREE_MAP_AND_PERSISTENT));
            c.addAll(
                    against(
                            "remove one by one",
                            SortedRemoveBenchmark.REMOVE_ONE_BY_ONE,
                            keys,
                            PERSISTENT));
            c.addAll(
                    against(
                            "update a present key",
                            SortedUpdateBenchmark.UPDATE_PRESENT,
                            keys,
                            PERSISTENT));
            for (BenchmarkName build :
                    List.of(SortedBuildBenchmark.RANDOM, SortedBuildBenchmark.ASCENDING)) {
                c.addAll(
                        against(
                                "build, " + build.method() + " input",
                                build,
                                keys,
                                List.of(TREE_MAP, SCALA_TREE_MAP)));
            }
            c.addAll(against("iterate values()", SortedIterateBenchmark.VALUES, keys, READERS));
            c.addAll(against("iterate entrySet()", SortedIterateBenchmark.ENTRIES, keys, READERS));
            List<String> copies = new ArrayList<>(READERS);
            copies.removeAll(RANGES);
            c.addAll(
                    against(
                            "subMap of the middle half",
                            SortedSubMapBenchmark.MIDDLE_HALF,
                            keys,
                            with(RANGES, copies)));
            c.addAll(against("rank", SortedRankBenchmark.RANK, keys, RANGES));
            c.addAll(
                    against(
                            "concat of two halves",
                            SortedConcatBenchmark.CONCAT_HALVES,
                            keys,
                            TREE_MAP_AND_PERSISTENT));
            c.addAll(
                    against(
                            "union of interleaved halves",
                            SortedUnionBenchmark.UNION_OF_INTERLEAVED_HALVES,
                            keys,
                            TREE_MAP_AND_PERSISTENT));
        }
        return List.copyOf(c);
    }

    /** {@code PersistentTreeMap} against each of {@code peers} on one benchmark and key type. */
    private static List<Comparison> against(
            String operation, BenchmarkName benchmark, String keys, List<String> peers) {
        List<Comparison> c = new ArrayList<>();
        for (String peer : peers) {
            c.add(
                    new Comparison(
                            operation + ", " + keys + " keys",
                            byTypeAndKeys(benchmark, PERSISTENT_TREE_MAP, keys),
                            byTypeAndKeys(benchmark, peer, keys)));
        }
        return c;
    }

    private static List<String> with(List<String> a, List<String> b) {
        List<String> both = new ArrayList<>(a);
        both.addAll(b);
        return List.copyOf(both);
    }
}
