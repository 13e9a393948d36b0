package io.holstein.jmh.report;

import java.util.List;

/**
 * The benchmarks of one package {@code io.holstein.jmh.<name>}, their results file {@code
 * <name>.json} and their section {@code generated:<name>} in the report.
 *
 * @param name the package's last segment, e.g. {@code list}
 * @param title the section's heading when the report has to add it
 * @param comparisons the ratios to show, in order
 * @param gaps the cells of those ratios' series that have no result on purpose
 */
record ReportGroup(String name, String title, List<Comparison> comparisons, List<Gap> gaps) {

    /** A group whose every named cell must have a result. */
    ReportGroup(String name, String title, List<Comparison> comparisons) {
        this(name, title, comparisons, List.of());
    }
}
