package io.holstein.jmh.report;

import static io.holstein.jmh.Implementations.ARRAY_LIST;
import static io.holstein.jmh.Implementations.CLOJURE_VECTOR;
import static io.holstein.jmh.Implementations.CLOJURE_VECTOR_TRANSIENT;
import static io.holstein.jmh.Implementations.KOTLINX_VECTOR;
import static io.holstein.jmh.Implementations.KOTLINX_VECTOR_BUILDER;
import static io.holstein.jmh.Implementations.PAGURO_VECTOR;
import static io.holstein.jmh.Implementations.PERSISTENT_VECTOR;
import static io.holstein.jmh.Implementations.PERSISTENT_VECTOR_BUILDER;
import static io.holstein.jmh.Implementations.SCALA_VECTOR;
import static io.holstein.jmh.Implementations.SCALA_VECTOR_BUILDER;
import static io.holstein.jmh.Implementations.VAVR_VECTOR;
import static io.holstein.jmh.report.Comparison.Scale.PARITY;
import static io.holstein.jmh.report.Comparison.Scale.SPEEDUP;
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
import java.util.List;

/**
 * How the results of the vector group pair into ratios: {@code PersistentVector} (and its builder)
 * against each peer that has the operation, through one benchmark method per operation and a {@code
 * type} parameter.
 */
final class VectorComparisons {

    /** Package {@code io.holstein.jmh.vector}: {@code PersistentVector} against its peers. */
    static final ReportGroup GROUP =
            new ReportGroup(
                    "vector",
                    "Persistent vectors",
                    List.of(
                            vector(
                                    "append",
                                    VectorAppendBenchmark.APPEND,
                                    PERSISTENT_VECTOR,
                                    SCALA_VECTOR,
                                    PARITY),
                            vector(
                                    "append",
                                    VectorAppendBenchmark.APPEND,
                                    PERSISTENT_VECTOR,
                                    CLOJURE_VECTOR,
                                    PARITY),
                            vector(
                                    "append",
                                    VectorAppendBenchmark.APPEND,
                                    PERSISTENT_VECTOR,
                                    VAVR_VECTOR,
                                    PARITY),
                            vector(
                                    "append",
                                    VectorAppendBenchmark.APPEND,
                                    PERSISTENT_VECTOR,
                                    KOTLINX_VECTOR,
                                    PARITY),
                            vector(
                                    "append",
                                    VectorAppendBenchmark.APPEND,
                                    PERSISTENT_VECTOR,
                                    PAGURO_VECTOR,
                                    PARITY),
                            vector(
                                    "builder",
                                    VectorBuilderBenchmark.BUILD,
                                    PERSISTENT_VECTOR_BUILDER,
                                    ARRAY_LIST,
                                    PARITY),
                            vector(
                                    "builder",
                                    VectorBuilderBenchmark.BUILD,
                                    PERSISTENT_VECTOR_BUILDER,
                                    CLOJURE_VECTOR_TRANSIENT,
                                    PARITY),
                            vector(
                                    "builder",
                                    VectorBuilderBenchmark.BUILD,
                                    PERSISTENT_VECTOR_BUILDER,
                                    KOTLINX_VECTOR_BUILDER,
                                    PARITY),
                            vector(
                                    "builder",
                                    VectorBuilderBenchmark.BUILD,
                                    PERSISTENT_VECTOR_BUILDER,
                                    SCALA_VECTOR_BUILDER,
                                    PARITY),
                            vector(
                                    "prepend",
                                    VectorPrependBenchmark.PREPEND,
                                    PERSISTENT_VECTOR,
                                    SCALA_VECTOR,
                                    PARITY),
                            vector(
                                    "prepend",
                                    VectorPrependBenchmark.PREPEND,
                                    PERSISTENT_VECTOR,
                                    VAVR_VECTOR,
                                    PARITY),
                            vector(
                                    "prepend",
                                    VectorPrependBenchmark.PREPEND,
                                    PERSISTENT_VECTOR,
                                    PAGURO_VECTOR,
                                    PARITY),
                            vector(
                                    "get",
                                    VectorGetBenchmark.GET,
                                    PERSISTENT_VECTOR,
                                    SCALA_VECTOR,
                                    PARITY),
                            vector(
                                    "get",
                                    VectorGetBenchmark.GET,
                                    PERSISTENT_VECTOR,
                                    CLOJURE_VECTOR,
                                    PARITY),
                            vector(
                                    "get",
                                    VectorGetBenchmark.GET,
                                    PERSISTENT_VECTOR,
                                    VAVR_VECTOR,
                                    PARITY),
                            vector(
                                    "get",
                                    VectorGetBenchmark.GET,
                                    PERSISTENT_VECTOR,
                                    ARRAY_LIST,
                                    PARITY),
                            vector(
                                    "iterate",
                                    VectorIterateBenchmark.ITERATE,
                                    PERSISTENT_VECTOR,
                                    ARRAY_LIST,
                                    PARITY),
                            vector(
                                    "iterate",
                                    VectorIterateBenchmark.ITERATE,
                                    PERSISTENT_VECTOR,
                                    PAGURO_VECTOR,
                                    PARITY),
                            vector(
                                    "iterate",
                                    VectorIterateBenchmark.ITERATE,
                                    PERSISTENT_VECTOR,
                                    VAVR_VECTOR,
                                    PARITY),
                            vector(
                                    "with",
                                    VectorWithBenchmark.WITH,
                                    PERSISTENT_VECTOR,
                                    SCALA_VECTOR,
                                    PARITY),
                            vector(
                                    "with",
                                    VectorWithBenchmark.WITH,
                                    PERSISTENT_VECTOR,
                                    CLOJURE_VECTOR,
                                    PARITY),
                            vector(
                                    "with",
                                    VectorWithBenchmark.WITH,
                                    PERSISTENT_VECTOR,
                                    VAVR_VECTOR,
                                    PARITY),
                            vector(
                                    "with",
                                    VectorWithBenchmark.WITH,
                                    PERSISTENT_VECTOR,
                                    KOTLINX_VECTOR,
                                    PARITY),
                            vector(
                                    "insert middle",
                                    VectorInsertBenchmark.INSERT_MIDDLE,
                                    PERSISTENT_VECTOR,
                                    ARRAY_LIST,
                                    SPEEDUP),
                            vector(
                                    "insert middle",
                                    VectorInsertBenchmark.INSERT_MIDDLE,
                                    PERSISTENT_VECTOR,
                                    PAGURO_VECTOR,
                                    PARITY),
                            vector(
                                    "insert middle",
                                    VectorInsertBenchmark.INSERT_MIDDLE,
                                    PERSISTENT_VECTOR,
                                    VAVR_VECTOR,
                                    SPEEDUP),
                            vector(
                                    "slice",
                                    VectorSliceBenchmark.SLICE,
                                    PERSISTENT_VECTOR,
                                    SCALA_VECTOR,
                                    PARITY),
                            vector(
                                    "slice",
                                    VectorSliceBenchmark.SLICE,
                                    PERSISTENT_VECTOR,
                                    PAGURO_VECTOR,
                                    PARITY),
                            vector(
                                    "slice",
                                    VectorSliceBenchmark.SLICE,
                                    PERSISTENT_VECTOR,
                                    VAVR_VECTOR,
                                    PARITY),
                            vector(
                                    "concat",
                                    VectorConcatBenchmark.CONCAT,
                                    PERSISTENT_VECTOR,
                                    VAVR_VECTOR,
                                    SPEEDUP),
                            vector(
                                    "concat",
                                    VectorConcatBenchmark.CONCAT,
                                    PERSISTENT_VECTOR,
                                    SCALA_VECTOR,
                                    SPEEDUP),
                            vector(
                                    "concat",
                                    VectorConcatBenchmark.CONCAT,
                                    PERSISTENT_VECTOR,
                                    PAGURO_VECTOR,
                                    PARITY),
                            vector(
                                    "concat",
                                    VectorConcatBenchmark.CONCAT,
                                    PERSISTENT_VECTOR,
                                    ARRAY_LIST,
                                    SPEEDUP)));

    private VectorComparisons() {}

    /** {@code holstein} against {@code peer}, two {@code type}s of one benchmark method. */
    private static Comparison vector(
            String operation,
            BenchmarkName benchmark,
            String holstein,
            String peer,
            Comparison.Scale scale) {
        return new Comparison(
                operation, byType(benchmark, holstein), byType(benchmark, peer), scale);
    }
}
