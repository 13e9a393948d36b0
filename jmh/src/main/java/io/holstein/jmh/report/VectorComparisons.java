package io.holstein.jmh.report;

import static io.holstein.jmh.report.Comparison.Scale.PARITY;
import static io.holstein.jmh.report.Comparison.Scale.SPEEDUP;
import static io.holstein.jmh.report.Series.byType;

import java.util.List;

/**
 * How the results of the vector group pair into ratios: {@code PersistentVector} (and its builder)
 * against each peer that has the operation, through one benchmark method per operation and a {@code
 * type} parameter.
 */
final class VectorComparisons {

    private static final String PERSISTENT_VECTOR = "PersistentVector";

    /** Package {@code io.holstein.jmh.vector}: {@code PersistentVector} against its peers. */
    static final ReportGroup GROUP =
            new ReportGroup(
                    "vector",
                    "Persistent vectors",
                    List.of(
                            vector(
                                    "append",
                                    "VectorAppendBenchmark.append",
                                    PERSISTENT_VECTOR,
                                    "Scala",
                                    PARITY),
                            vector(
                                    "append",
                                    "VectorAppendBenchmark.append",
                                    PERSISTENT_VECTOR,
                                    "Clojure",
                                    PARITY),
                            vector(
                                    "append",
                                    "VectorAppendBenchmark.append",
                                    PERSISTENT_VECTOR,
                                    "Vavr",
                                    PARITY),
                            vector(
                                    "append",
                                    "VectorAppendBenchmark.append",
                                    PERSISTENT_VECTOR,
                                    "kotlinx",
                                    PARITY),
                            vector(
                                    "append",
                                    "VectorAppendBenchmark.append",
                                    PERSISTENT_VECTOR,
                                    "Paguro",
                                    PARITY),
                            vector(
                                    "builder",
                                    "VectorBuilderBenchmark.build",
                                    "PersistentVector.Builder",
                                    "ArrayList",
                                    PARITY),
                            vector(
                                    "builder",
                                    "VectorBuilderBenchmark.build",
                                    "PersistentVector.Builder",
                                    "Clojure.transient",
                                    PARITY),
                            vector(
                                    "builder",
                                    "VectorBuilderBenchmark.build",
                                    "PersistentVector.Builder",
                                    "kotlinx.builder",
                                    PARITY),
                            vector(
                                    "builder",
                                    "VectorBuilderBenchmark.build",
                                    "PersistentVector.Builder",
                                    "Scala.newBuilder",
                                    PARITY),
                            vector(
                                    "prepend",
                                    "VectorPrependBenchmark.prepend",
                                    PERSISTENT_VECTOR,
                                    "Scala",
                                    PARITY),
                            vector(
                                    "prepend",
                                    "VectorPrependBenchmark.prepend",
                                    PERSISTENT_VECTOR,
                                    "Vavr",
                                    PARITY),
                            vector(
                                    "prepend",
                                    "VectorPrependBenchmark.prepend",
                                    PERSISTENT_VECTOR,
                                    "Paguro",
                                    PARITY),
                            vector(
                                    "get",
                                    "VectorGetBenchmark.get",
                                    PERSISTENT_VECTOR,
                                    "Scala",
                                    PARITY),
                            vector(
                                    "get",
                                    "VectorGetBenchmark.get",
                                    PERSISTENT_VECTOR,
                                    "Clojure",
                                    PARITY),
                            vector(
                                    "get",
                                    "VectorGetBenchmark.get",
                                    PERSISTENT_VECTOR,
                                    "Vavr",
                                    PARITY),
                            vector(
                                    "get",
                                    "VectorGetBenchmark.get",
                                    PERSISTENT_VECTOR,
                                    "ArrayList",
                                    PARITY),
                            vector(
                                    "iterate",
                                    "VectorIterateBenchmark.iterate",
                                    PERSISTENT_VECTOR,
                                    "ArrayList",
                                    PARITY),
                            vector(
                                    "iterate",
                                    "VectorIterateBenchmark.iterate",
                                    PERSISTENT_VECTOR,
                                    "Paguro",
                                    PARITY),
                            vector(
                                    "iterate",
                                    "VectorIterateBenchmark.iterate",
                                    PERSISTENT_VECTOR,
                                    "Vavr",
                                    PARITY),
                            vector(
                                    "with",
                                    "VectorWithBenchmark.with",
                                    PERSISTENT_VECTOR,
                                    "Scala",
                                    PARITY),
                            vector(
                                    "with",
                                    "VectorWithBenchmark.with",
                                    PERSISTENT_VECTOR,
                                    "Clojure",
                                    PARITY),
                            vector(
                                    "with",
                                    "VectorWithBenchmark.with",
                                    PERSISTENT_VECTOR,
                                    "Vavr",
                                    PARITY),
                            vector(
                                    "with",
                                    "VectorWithBenchmark.with",
                                    PERSISTENT_VECTOR,
                                    "kotlinx",
                                    PARITY),
                            vector(
                                    "insert middle",
                                    "VectorInsertBenchmark.insertMiddle",
                                    PERSISTENT_VECTOR,
                                    "ArrayList",
                                    SPEEDUP),
                            vector(
                                    "insert middle",
                                    "VectorInsertBenchmark.insertMiddle",
                                    PERSISTENT_VECTOR,
                                    "Paguro",
                                    PARITY),
                            vector(
                                    "insert middle",
                                    "VectorInsertBenchmark.insertMiddle",
                                    PERSISTENT_VECTOR,
                                    "Vavr",
                                    SPEEDUP),
                            vector(
                                    "slice",
                                    "VectorSliceBenchmark.slice",
                                    PERSISTENT_VECTOR,
                                    "Scala",
                                    PARITY),
                            vector(
                                    "slice",
                                    "VectorSliceBenchmark.slice",
                                    PERSISTENT_VECTOR,
                                    "Paguro",
                                    PARITY),
                            vector(
                                    "slice",
                                    "VectorSliceBenchmark.slice",
                                    PERSISTENT_VECTOR,
                                    "Vavr",
                                    PARITY),
                            vector(
                                    "concat",
                                    "VectorConcatBenchmark.concat",
                                    PERSISTENT_VECTOR,
                                    "Vavr",
                                    SPEEDUP),
                            vector(
                                    "concat",
                                    "VectorConcatBenchmark.concat",
                                    PERSISTENT_VECTOR,
                                    "Scala",
                                    SPEEDUP),
                            vector(
                                    "concat",
                                    "VectorConcatBenchmark.concat",
                                    PERSISTENT_VECTOR,
                                    "Paguro",
                                    PARITY),
                            vector(
                                    "concat",
                                    "VectorConcatBenchmark.concat",
                                    PERSISTENT_VECTOR,
                                    "ArrayList",
                                    SPEEDUP)));

    private VectorComparisons() {}

    /** {@code holstein} against {@code peer}, two {@code type}s of one benchmark method. */
    private static Comparison vector(
            String operation,
            String benchmark,
            String holstein,
            String peer,
            Comparison.Scale scale) {
        return new Comparison(
                operation, byType(benchmark, holstein), byType(benchmark, peer), scale);
    }
}
