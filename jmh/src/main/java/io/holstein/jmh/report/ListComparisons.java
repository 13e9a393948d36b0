package io.holstein.jmh.report;

import static io.holstein.jmh.Implementations.ARRAY_LIST;
import static io.holstein.jmh.Implementations.COPY_ON_WRITE_ARRAY_LIST;
import static io.holstein.jmh.Implementations.COW_ARRAY_LIST;
import static io.holstein.jmh.report.Comparison.Scale.PARITY;
import static io.holstein.jmh.report.Comparison.Scale.SPEEDUP;
import static io.holstein.jmh.report.Series.byMethod;
import static io.holstein.jmh.report.Series.byType;

import io.holstein.jmh.BenchmarkName;
import io.holstein.jmh.list.ForkThenWriteBenchmark;
import io.holstein.jmh.list.ForkVsCopyBenchmark;
import io.holstein.jmh.list.ListAddBenchmark;
import io.holstein.jmh.list.ListGetBenchmark;
import io.holstein.jmh.list.ListIterateBenchmark;
import io.holstein.jmh.list.ListSetBenchmark;
import java.util.List;

/** How the results of the list group pair into ratios: {@code CowArrayList} against its peers. */
final class ListComparisons {

    private static final Series FORK = byMethod(ForkVsCopyBenchmark.FORK, "fork()");
    private static final Series FORK_THEN_SET =
            byMethod(ForkThenWriteBenchmark.FORK_THEN_SET, "fork() + set(i, e)");

    /** Package {@code io.holstein.jmh.list}: {@code CowArrayList}. */
    static final ReportGroup GROUP =
            new ReportGroup(
                    "list",
                    "Lists",
                    List.of(
                            unshared("get", ListGetBenchmark.GET, ARRAY_LIST),
                            unshared("set", ListSetBenchmark.SET, ARRAY_LIST),
                            unshared(
                                    "add + remove last",
                                    ListAddBenchmark.ADD_THEN_REMOVE_LAST,
                                    ARRAY_LIST),
                            unshared("iterate", ListIterateBenchmark.ITERATE, ARRAY_LIST),
                            new Comparison(
                                    "set",
                                    byType(ListSetBenchmark.SET, COW_ARRAY_LIST),
                                    byType(ListSetBenchmark.SET, COPY_ON_WRITE_ARRAY_LIST),
                                    SPEEDUP),
                            new Comparison(
                                    "copy",
                                    FORK,
                                    byMethod(
                                            ForkVsCopyBenchmark.NEW_ARRAY_LIST,
                                            "new ArrayList<>(list)"),
                                    SPEEDUP),
                            new Comparison(
                                    "copy",
                                    FORK,
                                    byMethod(ForkVsCopyBenchmark.LIST_COPY_OF, "List.copyOf(list)"),
                                    SPEEDUP),
                            new Comparison(
                                    "copy",
                                    FORK,
                                    byMethod(
                                            ForkVsCopyBenchmark.IMMUTABLE_LIST_COPY_OF,
                                            "ImmutableList.copyOf(list)"),
                                    SPEEDUP),
                            new Comparison(
                                    "copy + first write",
                                    FORK_THEN_SET,
                                    byMethod(
                                            ForkThenWriteBenchmark.COPY_THEN_SET,
                                            "new ArrayList<>(list) + set(i, e)"),
                                    PARITY)));

    private ListComparisons() {}

    /** An unshared {@code CowArrayList} against {@code peer}, through one benchmark method. */
    private static Comparison unshared(String operation, BenchmarkName benchmark, String peer) {
        return new Comparison(
                operation, byType(benchmark, COW_ARRAY_LIST), byType(benchmark, peer), PARITY);
    }
}
