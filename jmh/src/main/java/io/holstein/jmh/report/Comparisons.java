package io.holstein.jmh.report;

import static io.holstein.jmh.report.Comparison.Scale.PARITY;
import static io.holstein.jmh.report.Comparison.Scale.SPEEDUP;
import static io.holstein.jmh.report.Series.byType;
import static io.holstein.jmh.report.Series.byMethod;

import java.util.List;
import java.util.Optional;

/**
 * The one place that says which benchmark results are Holstein's, which are peers', and how
 * they pair: each {@link Comparison} names a Holstein series and a peer series, and the
 * report divides their scores at equal {@code size}.
 *
 * <p>Benchmarks that compare implementations through one method tell them apart by their
 * {@code type} parameter ({@link Series#byType}); benchmarks whose peers cannot share code
 * (a fork against a copy) give each side a method of its own ({@link Series#byMethod}). A
 * benchmark no comparison names still appears in the time and allocation tables.
 */
final class Comparisons {

    private static final String COW_ARRAY_LIST = "CowArrayList";
    private static final String ARRAY_LIST = "ArrayList";

    private static final Series FORK = byMethod("ForkVsCopyBenchmark.fork", "fork()");
    private static final Series FORK_THEN_SET =
            byMethod("ForkThenWriteBenchmark.forkThenSet", "fork() + set(i, e)");

    /** Package {@code io.holstein.jmh.list}: {@code CowArrayList}. */
    static final ReportGroup LIST = new ReportGroup("list", "Lists", List.of(
            unshared("get", "ListGetBenchmark.get", ARRAY_LIST),
            unshared("set", "ListSetBenchmark.set", ARRAY_LIST),
            unshared("add + remove last", "ListAddBenchmark.addThenRemoveLast", ARRAY_LIST),
            unshared("iterate", "ListIterateBenchmark.iterate", ARRAY_LIST),
            new Comparison("set",
                    byType("ListSetBenchmark.set", COW_ARRAY_LIST),
                    byType("ListSetBenchmark.set", "CopyOnWriteArrayList"),
                    SPEEDUP),
            new Comparison("copy", FORK,
                    byMethod("ForkVsCopyBenchmark.newArrayList", "new ArrayList<>(list)"), SPEEDUP),
            new Comparison("copy", FORK,
                    byMethod("ForkVsCopyBenchmark.listCopyOf", "List.copyOf(list)"), SPEEDUP),
            new Comparison("copy", FORK,
                    byMethod("ForkVsCopyBenchmark.immutableListCopyOf",
                            "ImmutableList.copyOf(list)"),
                    SPEEDUP),
            new Comparison("copy + first write", FORK_THEN_SET,
                    byMethod("ForkThenWriteBenchmark.copyThenSet",
                            "new ArrayList<>(list) + set(i, e)"),
                    PARITY)));

    private static final String PERSISTENT_VECTOR = "PersistentVector";

    /** Package {@code io.holstein.jmh.vector}: {@code PersistentVector} against its peers. */
    static final ReportGroup VECTOR = new ReportGroup("vector", "Persistent vectors", List.of(
            vector("append", "VectorAppendBenchmark.append", PERSISTENT_VECTOR, "Scala", PARITY),
            vector("append", "VectorAppendBenchmark.append", PERSISTENT_VECTOR, "Clojure", PARITY),
            vector("append", "VectorAppendBenchmark.append", PERSISTENT_VECTOR, "Vavr", PARITY),
            vector("append", "VectorAppendBenchmark.append", PERSISTENT_VECTOR, "kotlinx", PARITY),
            vector("append", "VectorAppendBenchmark.append", PERSISTENT_VECTOR, "Paguro", PARITY),
            vector("builder", "VectorBuilderBenchmark.build", "PersistentVector.Builder", "ArrayList", PARITY),
            vector("builder", "VectorBuilderBenchmark.build", "PersistentVector.Builder", "Clojure.transient", PARITY),
            vector("builder", "VectorBuilderBenchmark.build", "PersistentVector.Builder", "kotlinx.builder", PARITY),
            vector("builder", "VectorBuilderBenchmark.build", "PersistentVector.Builder", "Scala.newBuilder", PARITY),
            vector("prepend", "VectorPrependBenchmark.prepend", PERSISTENT_VECTOR, "Scala", PARITY),
            vector("prepend", "VectorPrependBenchmark.prepend", PERSISTENT_VECTOR, "Vavr", PARITY),
            vector("prepend", "VectorPrependBenchmark.prepend", PERSISTENT_VECTOR, "Paguro", PARITY),
            vector("get", "VectorGetBenchmark.get", PERSISTENT_VECTOR, "Scala", PARITY),
            vector("get", "VectorGetBenchmark.get", PERSISTENT_VECTOR, "Clojure", PARITY),
            vector("get", "VectorGetBenchmark.get", PERSISTENT_VECTOR, "Vavr", PARITY),
            vector("get", "VectorGetBenchmark.get", PERSISTENT_VECTOR, "ArrayList", PARITY),
            vector("iterate", "VectorIterateBenchmark.iterate", PERSISTENT_VECTOR, "ArrayList", PARITY),
            vector("iterate", "VectorIterateBenchmark.iterate", PERSISTENT_VECTOR, "Paguro", PARITY),
            vector("iterate", "VectorIterateBenchmark.iterate", PERSISTENT_VECTOR, "Vavr", PARITY),
            vector("with", "VectorWithBenchmark.with", PERSISTENT_VECTOR, "Scala", PARITY),
            vector("with", "VectorWithBenchmark.with", PERSISTENT_VECTOR, "Clojure", PARITY),
            vector("with", "VectorWithBenchmark.with", PERSISTENT_VECTOR, "Vavr", PARITY),
            vector("with", "VectorWithBenchmark.with", PERSISTENT_VECTOR, "kotlinx", PARITY),
            vector("insert middle", "VectorInsertBenchmark.insertMiddle", PERSISTENT_VECTOR, "ArrayList", SPEEDUP),
            vector("insert middle", "VectorInsertBenchmark.insertMiddle", PERSISTENT_VECTOR, "Paguro", PARITY),
            vector("insert middle", "VectorInsertBenchmark.insertMiddle", PERSISTENT_VECTOR, "Vavr", SPEEDUP),
            vector("slice", "VectorSliceBenchmark.slice", PERSISTENT_VECTOR, "Scala", PARITY),
            vector("slice", "VectorSliceBenchmark.slice", PERSISTENT_VECTOR, "Paguro", PARITY),
            vector("slice", "VectorSliceBenchmark.slice", PERSISTENT_VECTOR, "Vavr", PARITY),
            vector("concat", "VectorConcatBenchmark.concat", PERSISTENT_VECTOR, "Vavr", SPEEDUP),
            vector("concat", "VectorConcatBenchmark.concat", PERSISTENT_VECTOR, "Scala", SPEEDUP),
            vector("concat", "VectorConcatBenchmark.concat", PERSISTENT_VECTOR, "Paguro", PARITY),
            vector("concat", "VectorConcatBenchmark.concat", PERSISTENT_VECTOR, "ArrayList", SPEEDUP)));

    private static final List<ReportGroup> GROUPS = List.of(LIST, VECTOR);

    private Comparisons() {
    }

    /** The definitions of group {@code name}, if there are any. */
    static Optional<ReportGroup> group(String name) {
        return GROUPS.stream().filter(g -> g.name().equals(name)).findFirst();
    }

    /** {@code holstein} against {@code peer}, two {@code type}s of one benchmark method. */
    private static Comparison vector(String operation, String benchmark, String holstein, String peer,
            Comparison.Scale scale) {
        return new Comparison(operation, byType(benchmark, holstein), byType(benchmark, peer), scale);
    }

    /** An unshared {@code CowArrayList} against {@code peer}, through one benchmark method. */
    private static Comparison unshared(String operation, String benchmark, String peer) {
        return new Comparison(operation,
                byType(benchmark, COW_ARRAY_LIST), byType(benchmark, peer), PARITY);
    }
}
