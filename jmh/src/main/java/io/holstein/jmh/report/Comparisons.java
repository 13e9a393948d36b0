package io.holstein.jmh.report;

import java.util.List;
import java.util.Optional;

/**
 * The one place that lists the report's groups; each group's file ({@code ListComparisons}, {@code
 * MapComparisons}, ...) says which benchmark results are Holstein's, which are peers', and how they
 * pair: each {@link Comparison} names a Holstein series and a peer series, and the report divides
 * their scores at equal {@code size}.
 *
 * <p>Benchmarks that compare implementations through one method tell them apart by their {@code
 * type} parameter ({@link Series#byType}); benchmarks whose peers cannot share code (a fork against
 * a copy) give each side a method of its own ({@link Series#byMethod}). A benchmark no comparison
 * names still appears in the time and allocation tables.
 */
final class Comparisons {

    /**
     * Package {@code io.holstein.jmh.crossover}: writes alternating with snapshots, shown as the
     * cost per write by writes between snapshots ({@link Crossover}), and the sorted maps' rounds
     * as ratios.
     */
    private static final ReportGroup CROSSOVER =
            new ReportGroup(
                            "crossover",
                            "Crossover: refcount against persistent, by writes between snapshots",
                            Crossover.SORTED)
                    .withGaps(
                            Crossover.SORTED_NOT_MEASURED_YET
                                    ? Crossover.sortedNotMeasured()
                                    : List.of())
                    .withChart(Crossover.CHART);

    private static final List<ReportGroup> GROUPS =
            List.of(
                    ListComparisons.GROUP,
                    MapComparisons.GROUP,
                    CROSSOVER,
                    SutterComparisons.GROUP,
                    StringComparisons.GROUP,
                    RopeComparisons.GROUP,
                    VectorComparisons.GROUP,
                    ChampComparisons.GROUP,
                    ConcurrentComparisons.GROUP,
                    SortedComparisons.GROUP);

    private Comparisons() {}

    /** The cells every group declares empty, with their reasons. */
    static List<Gap> gaps() {
        return GROUPS.stream().flatMap(g -> g.gaps().stream()).toList();
    }

    /** Every group with definitions, in the report's order. */
    static List<ReportGroup> all() {
        return GROUPS;
    }

    /** The definitions of group {@code name}, if there are any. */
    static Optional<ReportGroup> group(String name) {
        return GROUPS.stream().filter(g -> g.name().equals(name)).findFirst();
    }
}
