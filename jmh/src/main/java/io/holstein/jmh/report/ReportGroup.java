package io.holstein.jmh.report;

import java.util.List;

/**
 * The benchmarks of one package {@code io.holstein.jmh.<name>}, their results file {@code
 * <name>.json}, their page {@code docs/benchmarks/<name>.md} and their chart {@code
 * docs/img/performance-<name>.png}.
 *
 * @param name the package's last segment, e.g. {@code list}
 * @param title the page's heading
 * @param comparisons the ratios of the full table, in order
 * @param gaps the cells of those ratios' series that have no result on purpose
 * @param targets the targets the group's issue set, each judged by DESIGN.md §6's rule
 * @param chart the group's chart, or {@code null} if it has none
 * @param memoryTargets the targets on the group's JOL table, {@code <name>.memory.md}
 * @param memoryMissing why {@code <name>.memory.md} does not exist yet, or {@code ""} if it must
 * @param sweep the group's experiment over a benchmark-only property, or {@code null}
 * @param allocationTargets the targets on the bytes one step of an operation allocates
 */
record ReportGroup(
        String name,
        String title,
        List<Comparison> comparisons,
        List<Gap> gaps,
        List<Target> targets,
        ChartSpec chart,
        List<MemoryTarget> memoryTargets,
        String memoryMissing,
        PropertySweep sweep,
        List<AllocationTarget> allocationTargets) {

    ReportGroup {
        comparisons = List.copyOf(comparisons);
        gaps = List.copyOf(gaps);
        targets = List.copyOf(targets);
        memoryTargets = List.copyOf(memoryTargets);
        allocationTargets = List.copyOf(allocationTargets);
    }

    /** A group whose every named cell must have a result, without targets or chart yet. */
    ReportGroup(String name, String title, List<Comparison> comparisons) {
        this(name, title, comparisons, List.of(), List.of(), null, List.of(), "", null, List.of());
    }

    /** This group with {@code targets}. */
    ReportGroup withTargets(List<Target> targets) {
        return new ReportGroup(
                name,
                title,
                comparisons,
                gaps,
                targets,
                chart,
                memoryTargets,
                memoryMissing,
                sweep,
                allocationTargets);
    }

    /** This group with {@code chart}. */
    ReportGroup withChart(ChartSpec chart) {
        return new ReportGroup(
                name,
                title,
                comparisons,
                gaps,
                targets,
                chart,
                memoryTargets,
                memoryMissing,
                sweep,
                allocationTargets);
    }

    /** This group with the cells that have no result on purpose. */
    ReportGroup withGaps(List<Gap> gaps) {
        return new ReportGroup(
                name,
                title,
                comparisons,
                gaps,
                targets,
                chart,
                memoryTargets,
                memoryMissing,
                sweep,
                allocationTargets);
    }

    /**
     * This group with targets on its memory table, and why that table does not exist yet ({@code
     * ""} if it must).
     */
    ReportGroup withMemoryTargets(List<MemoryTarget> memoryTargets, String memoryMissing) {
        return new ReportGroup(
                name,
                title,
                comparisons,
                gaps,
                targets,
                chart,
                memoryTargets,
                memoryMissing,
                sweep,
                allocationTargets);
    }

    /** This group with an experiment over a benchmark-only property. */
    ReportGroup withSweep(PropertySweep sweep) {
        return new ReportGroup(
                name,
                title,
                comparisons,
                gaps,
                targets,
                chart,
                memoryTargets,
                memoryMissing,
                sweep,
                allocationTargets);
    }

    /** This group with targets on the bytes one step of an operation allocates. */
    ReportGroup withAllocationTargets(List<AllocationTarget> allocationTargets) {
        return new ReportGroup(
                name,
                title,
                comparisons,
                gaps,
                targets,
                chart,
                memoryTargets,
                memoryMissing,
                sweep,
                allocationTargets);
    }
}
