package io.holstein.jmh.report;

import java.util.List;

/**
 * The benchmarks of one package {@code io.holstein.jmh.<name>}, their results file {@code
 * <name>.json} and their section {@code generated:<name>} in the report.
 *
 * @param name the package's last segment, e.g. {@code list}
 * @param title the section's heading when the report has to add it
 * @param comparisons the ratios to show, in order
 */
record ReportGroup(String name, String title, List<Comparison> comparisons) {}
