package io.holstein.jmh.report;

import static io.holstein.jmh.report.Comparison.Scale.PARITY;
import static io.holstein.jmh.report.Comparison.Scale.SPEEDUP;
import static io.holstein.jmh.report.Series.byMethod;
import static io.holstein.jmh.report.Series.byType;

import java.util.List;

/** How the results of the list group pair into ratios: {@code CowArrayList} against its peers. */
final class ListComparisons {

    private static final String COW_ARRAY_LIST = "CowArrayList";
    private static final String ARRAY_LIST = "ArrayList";

    private static final Series FORK = byMethod("ForkVsCopyBenchmark.fork", "fork()");
    private static final Series FORK_THEN_SET =
            byMethod("ForkThenWriteBenchmark.forkThenSet", "fork() + set(i, e)");

    /** Package {@code io.holstein.jmh.list}: {@code CowArrayList}. */
    static final ReportGroup GROUP =
            new ReportGroup(
                    "list",
                    "Lists",
                    List.of(
                            unshared("get", "ListGetBenchmark.get", ARRAY_LIST),
                            unshared("set", "ListSetBenchmark.set", ARRAY_LIST),
                            unshared(
                                    "add + remove last",
                                    "ListAddBenchmark.addThenRemoveLast",
                                    ARRAY_LIST),
                            unshared("iterate", "ListIterateBenchmark.iterate", ARRAY_LIST),
                            new Comparison(
                                    "set",
                                    byType("ListSetBenchmark.set", COW_ARRAY_LIST),
                                    byType("ListSetBenchmark.set", "CopyOnWriteArrayList"),
                                    SPEEDUP),
                            new Comparison(
                                    "copy",
                                    FORK,
                                    byMethod(
                                            "ForkVsCopyBenchmark.newArrayList",
                                            "new ArrayList<>(list)"),
                                    SPEEDUP),
                            new Comparison(
                                    "copy",
                                    FORK,
                                    byMethod("ForkVsCopyBenchmark.listCopyOf", "List.copyOf(list)"),
                                    SPEEDUP),
                            new Comparison(
                                    "copy",
                                    FORK,
                                    byMethod(
                                            "ForkVsCopyBenchmark.immutableListCopyOf",
                                            "ImmutableList.copyOf(list)"),
                                    SPEEDUP),
                            new Comparison(
                                    "copy + first write",
                                    FORK_THEN_SET,
                                    byMethod(
                                            "ForkThenWriteBenchmark.copyThenSet",
                                            "new ArrayList<>(list) + set(i, e)"),
                                    PARITY)));

    private ListComparisons() {}

    /** An unshared {@code CowArrayList} against {@code peer}, through one benchmark method. */
    private static Comparison unshared(String operation, String benchmark, String peer) {
        return new Comparison(
                operation, byType(benchmark, COW_ARRAY_LIST), byType(benchmark, peer), PARITY);
    }
}
