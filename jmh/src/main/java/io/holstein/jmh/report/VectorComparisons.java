package io.holstein.jmh.report;

import static io.holstein.jmh.Implementations.ARRAY_LIST;
import static io.holstein.jmh.Implementations.CLOJURE_VECTOR;
import static io.holstein.jmh.Implementations.CLOJURE_VECTOR_TRANSIENT;
import static io.holstein.jmh.Implementations.KOTLINX_VECTOR;
import static io.holstein.jmh.Implementations.KOTLINX_VECTOR_BUILDER;
import static io.holstein.jmh.Implementations.PAGURO_VECTOR;
import static io.holstein.jmh.Implementations.PCOLLECTIONS_VECTOR;
import static io.holstein.jmh.Implementations.PERSISTENT_VECTOR;
import static io.holstein.jmh.Implementations.PERSISTENT_VECTOR_BUILDER;
import static io.holstein.jmh.Implementations.SCALA_VECTOR;
import static io.holstein.jmh.Implementations.SCALA_VECTOR_BUILDER;
import static io.holstein.jmh.Implementations.VAVR_VECTOR;
import static io.holstein.jmh.report.Series.byType;

import io.holstein.jmh.BenchmarkName;
import io.holstein.jmh.vector.VectorAppendBenchmark;
import io.holstein.jmh.vector.VectorBuilderBenchmark;
import io.holstein.jmh.vector.VectorConcatBenchmark;
import io.holstein.jmh.vector.VectorGetBenchmark;
import io.holstein.jmh.vector.VectorInsertBenchmark;
import io.holstein.jmh.vector.VectorIterateBenchmark;
import io.holstein.jmh.vector.VectorPrependBenchmark;
import io.holstein.jmh.vector.VectorSliceBenchmark;
import io.holstein.jmh.vector.VectorWithBenchmark;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * How the results of the vector group pair into ratios: {@code PersistentVector} (and its builder)
 * against each peer that has the operation, through one benchmark method per operation and a {@code
 * type} parameter.
 */
final class VectorComparisons {

    static final String TYPE = PERSISTENT_VECTOR;

    /** The persistent peers of every vector benchmark, the candidates for "the fastest". */
    static final List<String> PERSISTENT_PEERS =
            List.of(
                    SCALA_VECTOR,
                    CLOJURE_VECTOR,
                    KOTLINX_VECTOR,
                    VAVR_VECTOR,
                    PAGURO_VECTOR,
                    PCOLLECTIONS_VECTOR);

    static final String WHY_GET =
            "a lookup reads one array per level of the trie, then the leaf, plus a few loads and"
                    + " tests outside the trie (its bounds, the strict flag, the height)";
    static final String WHY_ITERATE =
            "one more test per element (the end of the current leaf) and a descent per leaf; past"
                    + " the caches, the leaves are separate arrays wherever the collector put them,"
                    + " where ArrayList streams one array that the hardware prefetches";
    static final String WHY_APPEND =
            "an append claims the spare slot of the tail it shares with one compare-and-set";
    static final String WHY_WITH =
            "a with copies the root and one path down to the leaf, as every persistent peer does";

    /** Package {@code io.holstein.jmh.vector}: {@code PersistentVector} against its peers. */
    static final ReportGroup GROUP =
            new ReportGroup(
                            "vector",
                            "Persistent lists: PersistentVector",
                            Stream.of(
                                            against(
                                                    "append",
                                                    VectorAppendBenchmark.APPEND,
                                                    PERSISTENT_VECTOR,
                                                    SCALA_VECTOR,
                                                    CLOJURE_VECTOR,
                                                    VAVR_VECTOR,
                                                    KOTLINX_VECTOR,
                                                    PAGURO_VECTOR),
                                            against(
                                                    "builder",
                                                    VectorBuilderBenchmark.BUILD,
                                                    PERSISTENT_VECTOR_BUILDER,
                                                    ARRAY_LIST,
                                                    CLOJURE_VECTOR_TRANSIENT,
                                                    KOTLINX_VECTOR_BUILDER,
                                                    SCALA_VECTOR_BUILDER),
                                            against(
                                                    "prepend",
                                                    VectorPrependBenchmark.PREPEND,
                                                    PERSISTENT_VECTOR,
                                                    SCALA_VECTOR,
                                                    VAVR_VECTOR,
                                                    PAGURO_VECTOR),
                                            against(
                                                    "get",
                                                    VectorGetBenchmark.GET,
                                                    PERSISTENT_VECTOR,
                                                    SCALA_VECTOR,
                                                    CLOJURE_VECTOR,
                                                    VAVR_VECTOR,
                                                    ARRAY_LIST),
                                            against(
                                                    "iterate",
                                                    VectorIterateBenchmark.ITERATE,
                                                    PERSISTENT_VECTOR,
                                                    ARRAY_LIST,
                                                    PAGURO_VECTOR,
                                                    VAVR_VECTOR),
                                            against(
                                                    "with",
                                                    VectorWithBenchmark.WITH,
                                                    PERSISTENT_VECTOR,
                                                    SCALA_VECTOR,
                                                    CLOJURE_VECTOR,
                                                    VAVR_VECTOR,
                                                    KOTLINX_VECTOR),
                                            against(
                                                    "insert middle",
                                                    VectorInsertBenchmark.INSERT_MIDDLE,
                                                    PERSISTENT_VECTOR,
                                                    ARRAY_LIST,
                                                    PAGURO_VECTOR,
                                                    VAVR_VECTOR),
                                            against(
                                                    "slice",
                                                    VectorSliceBenchmark.SLICE,
                                                    PERSISTENT_VECTOR,
                                                    SCALA_VECTOR,
                                                    PAGURO_VECTOR,
                                                    VAVR_VECTOR),
                                            against(
                                                    "concat",
                                                    VectorConcatBenchmark.CONCAT,
                                                    PERSISTENT_VECTOR,
                                                    VAVR_VECTOR,
                                                    SCALA_VECTOR,
                                                    PAGURO_VECTOR,
                                                    ARRAY_LIST))
                                    .flatMap(List::stream)
                                    .toList())
                    .withTargets(targets())
                    .withChart(
                            ChartSpec.bySize(
                                    "PersistentVector ÷ Scala's immutable Vector, by size",
                                    "elements",
                                    List.of(
                                            vector(
                                                    "append",
                                                    VectorAppendBenchmark.APPEND,
                                                    TYPE,
                                                    SCALA_VECTOR),
                                            vector(
                                                    "get(i)",
                                                    VectorGetBenchmark.GET,
                                                    TYPE,
                                                    SCALA_VECTOR),
                                            vector(
                                                    "iterate",
                                                    VectorIterateBenchmark.ITERATE,
                                                    TYPE,
                                                    SCALA_VECTOR),
                                            vector(
                                                    "with(i, e)",
                                                    VectorWithBenchmark.WITH,
                                                    TYPE,
                                                    SCALA_VECTOR),
                                            vector(
                                                    "prepend",
                                                    VectorPrependBenchmark.PREPEND,
                                                    TYPE,
                                                    SCALA_VECTOR),
                                            vector(
                                                    "slice",
                                                    VectorSliceBenchmark.SLICE,
                                                    TYPE,
                                                    SCALA_VECTOR))));

    private VectorComparisons() {}

    /** The peers of {@code benchmark} among {@link #PERSISTENT_PEERS}, as series. */
    static List<Series> persistentPeers(BenchmarkName benchmark) {
        List<String> declared = benchmark.declaredParams().get("type");
        return PERSISTENT_PEERS.stream()
                .filter(declared::contains)
                .map(p -> byType(benchmark, p))
                .toList();
    }

    /** The targets of the issue that introduced {@code PersistentVector}. */
    private static List<Target> targets() {
        List<Target> t = new ArrayList<>();
        Series append = byType(VectorAppendBenchmark.APPEND, TYPE);
        t.addAll(
                Target.fastestOf(
                        TYPE,
                        "append, one by one",
                        append,
                        persistentPeers(VectorAppendBenchmark.APPEND),
                        0.8,
                        WHY_APPEND,
                        Sizes.THOUSAND,
                        Sizes.HUNDRED_THOUSAND,
                        Sizes.MILLION));
        t.addAll(
                Target.byType(
                        PERSISTENT_VECTOR_BUILDER,
                        "build with the builder",
                        VectorBuilderBenchmark.BUILD,
                        ARRAY_LIST,
                        2.0,
                        "the builder fills leaves of the trie and links each into a branch, where"
                                + " ArrayList writes into one array",
                        Sizes.HUNDRED_THOUSAND,
                        Sizes.MILLION));
        Series get = byType(VectorGetBenchmark.GET, TYPE);
        List<Series> getPeers = persistentPeers(VectorGetBenchmark.GET);
        t.addAll(Target.fastestOf(TYPE, "get(i)", get, getPeers, 1.0, WHY_GET, Sizes.TEN));
        t.addAll(
                Target.fastestOf(
                        TYPE,
                        "get(i)",
                        get,
                        getPeers,
                        0.8,
                        WHY_GET,
                        Sizes.THOUSAND,
                        Sizes.HUNDRED_THOUSAND,
                        Sizes.MILLION));
        t.addAll(
                Target.byType(
                        TYPE,
                        "iterate",
                        VectorIterateBenchmark.ITERATE,
                        ARRAY_LIST,
                        1.3,
                        WHY_ITERATE,
                        Sizes.HUNDRED_THOUSAND,
                        Sizes.MILLION));
        t.addAll(
                Target.fastestOf(
                        TYPE,
                        "with(i, e)",
                        byType(VectorWithBenchmark.WITH, TYPE),
                        persistentPeers(VectorWithBenchmark.WITH),
                        1.0,
                        WHY_WITH,
                        Sizes.COLLECTIONS));
        t.addAll(
                Target.byType(
                        TYPE,
                        "concat of two halves",
                        VectorConcatBenchmark.CONCAT,
                        VAVR_VECTOR,
                        0.01,
                        "",
                        Sizes.MILLION));
        t.addAll(
                Target.byType(
                        TYPE,
                        "insert in the middle",
                        VectorInsertBenchmark.INSERT_MIDDLE,
                        ARRAY_LIST,
                        0.2,
                        "",
                        Sizes.MILLION));
        return t;
    }

    /** {@code holstein} against each of {@code peers}, {@code type}s of one benchmark method. */
    private static List<Comparison> against(
            String operation, BenchmarkName benchmark, String holstein, String... peers) {
        return Stream.of(peers).map(p -> vector(operation, benchmark, holstein, p)).toList();
    }

    /** {@code holstein} against {@code peer}, two {@code type}s of one benchmark method. */
    static Comparison vector(
            String operation, BenchmarkName benchmark, String holstein, String peer) {
        return new Comparison(operation, byType(benchmark, holstein), byType(benchmark, peer));
    }
}
