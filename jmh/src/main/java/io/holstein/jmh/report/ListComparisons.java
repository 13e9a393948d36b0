package io.holstein.jmh.report;

import static io.holstein.jmh.Implementations.ARRAY_LIST;
import static io.holstein.jmh.Implementations.COPY_ON_WRITE_ARRAY_LIST;
import static io.holstein.jmh.Implementations.COW_ARRAY_LIST;
import static io.holstein.jmh.report.Series.byMethod;
import static io.holstein.jmh.report.Series.byType;

import io.holstein.jmh.BenchmarkName;
import io.holstein.jmh.list.ForkThenWriteBenchmark;
import io.holstein.jmh.list.ForkVsCopyBenchmark;
import io.holstein.jmh.list.ListAddBenchmark;
import io.holstein.jmh.list.ListGetBenchmark;
import io.holstein.jmh.list.ListIterateBenchmark;
import io.holstein.jmh.list.ListSetBenchmark;
import java.util.ArrayList;
import java.util.List;

/** How the results of the list group pair into ratios: {@code CowArrayList} against its peers. */
final class ListComparisons {

    static final String TYPE = COW_ARRAY_LIST;

    static final Comparison GET = unshared("get(i)", ListGetBenchmark.GET);
    static final Comparison SET = unshared("set(i, e)", ListSetBenchmark.SET);
    static final Comparison ADD =
            unshared("add + remove last", ListAddBenchmark.ADD_THEN_REMOVE_LAST);
    static final Comparison ITERATE = unshared("iterate", ListIterateBenchmark.ITERATE);

    static final Series FORK = byMethod(ForkVsCopyBenchmark.FORK, "fork()");
    static final Series NEW_ARRAY_LIST =
            byMethod(ForkVsCopyBenchmark.NEW_ARRAY_LIST, "new ArrayList<>(list)");
    static final Series LIST_COPY_OF =
            byMethod(ForkVsCopyBenchmark.LIST_COPY_OF, "List.copyOf(list)");
    static final Series IMMUTABLE_LIST_COPY_OF =
            byMethod(ForkVsCopyBenchmark.IMMUTABLE_LIST_COPY_OF, "ImmutableList.copyOf(list)");

    static final Comparison FORK_THEN_SET =
            new Comparison(
                    "fork() + first set(i, e)",
                    byMethod(ForkThenWriteBenchmark.FORK_THEN_SET, "fork() + set(i, e)"),
                    byMethod(
                            ForkThenWriteBenchmark.COPY_THEN_SET,
                            "new ArrayList<>(list) + set(i, e)"));

    static final String WHY_WRITE =
            "a write first reads the storage's share count (two dependent loads) to learn whether"
                    + " it must copy; fork() may not write the source, so a list cannot remember"
                    + " that it owns its array";
    static final String WHY_FORK_THEN_WRITE =
            "the fork's own objects (a list and a count) and two compare-and-set operations come"
                    + " on top of the same array copy, and weigh most on short lists";

    /** Package {@code io.holstein.jmh.list}: {@code CowArrayList}. */
    static final ReportGroup GROUP =
            new ReportGroup(
                            "list",
                            "Lists: CowArrayList",
                            List.of(
                                    GET,
                                    SET,
                                    ADD,
                                    ITERATE,
                                    new Comparison(
                                            "set",
                                            byType(ListSetBenchmark.SET, COW_ARRAY_LIST),
                                            byType(ListSetBenchmark.SET, COPY_ON_WRITE_ARRAY_LIST)),
                                    new Comparison("copy", FORK, NEW_ARRAY_LIST),
                                    new Comparison("copy", FORK, LIST_COPY_OF),
                                    new Comparison("copy", FORK, IMMUTABLE_LIST_COPY_OF),
                                    FORK_THEN_SET.named("copy + first write")))
                    .withTargets(targets())
                    .withChart(
                            ChartSpec.bySize(
                                    "CowArrayList ÷ ArrayList, by size",
                                    "elements",
                                    List.of(
                                            GET,
                                            SET,
                                            ADD,
                                            ITERATE,
                                            FORK_THEN_SET.named(
                                                    "fork() + first set ÷ copy + set"))));

    private ListComparisons() {}

    /** The targets of the issue that introduced {@code CowArrayList}. */
    private static List<Target> targets() {
        List<Target> t = new ArrayList<>();
        for (Comparison c : List.of(GET, SET, ADD, ITERATE)) {
            t.addAll(
                    Target.against(
                            TYPE,
                            c.operation() + ", unshared",
                            c.holstein(),
                            c.peer(),
                            1.10,
                            c == SET || c == ADD ? WHY_WRITE : "",
                            Sizes.COLLECTIONS));
        }
        for (Series copy : List.of(NEW_ARRAY_LIST, LIST_COPY_OF, IMMUTABLE_LIST_COPY_OF)) {
            t.addAll(Target.against(TYPE, "fork()", FORK, copy, 1e-4, "", Sizes.MILLION));
        }
        t.addAll(
                Target.against(
                        TYPE,
                        FORK_THEN_SET.operation(),
                        FORK_THEN_SET.holstein(),
                        FORK_THEN_SET.peer(),
                        1.2,
                        WHY_FORK_THEN_WRITE,
                        Sizes.COLLECTIONS));
        t.addAll(
                Target.against(
                        TYPE,
                        "set(i, e)",
                        byType(ListSetBenchmark.SET, COW_ARRAY_LIST),
                        byType(ListSetBenchmark.SET, COPY_ON_WRITE_ARRAY_LIST),
                        1e-3,
                        "",
                        Sizes.HUNDRED_THOUSAND));
        return t;
    }

    /** An unshared {@code CowArrayList} against {@code ArrayList}, through one benchmark method. */
    private static Comparison unshared(String operation, BenchmarkName benchmark) {
        return new Comparison(
                operation, byType(benchmark, COW_ARRAY_LIST), byType(benchmark, ARRAY_LIST));
    }
}
