package io.holstein.jmh.report;

import java.util.List;
import java.util.Set;

/**
 * One section of the performance page and of {@code jmh/run}'s headline table: a structure family,
 * the few operations that decide whether to use it, each against the alternative users would pick,
 * and its memory per element.
 *
 * @param group the benchmark group whose results the rows read, e.g. {@code list}
 * @param title the section's heading
 * @param kind the kind of structure, which colours the headline chart (at most {@link
 *     ChartSpec#MAX_LINES} kinds)
 * @param rows the page's rows, each at one size
 * @param memory the rows and columns of the group's memory table to show, or {@code null}
 * @param pending why the family has no rows yet, or {@code ""} if it has rows
 * @param headlineRows the rows {@code jmh/run}'s headline measures; the page shows the others from
 *     the group's run only, as too slow for a quick run (large sizes, many peers)
 */
record Family(
        String group,
        String title,
        String kind,
        List<Target> rows,
        Memory memory,
        String pending,
        Set<Target> headlineRows) {

    Family {
        rows = List.copyOf(rows);
        headlineRows = Set.copyOf(headlineRows);
        if (rows.isEmpty() == pending.isEmpty()) {
            throw new IllegalArgumentException(
                    "family " + group + ": give rows, or the reason it has none, not both");
        }
        if (!rows.containsAll(headlineRows)) {
            throw new IllegalArgumentException(
                    "family " + group + ": a headline row is not one of the page's rows");
        }
    }

    /** A family whose every row is in {@code jmh/run}'s headline. */
    Family(
            String group,
            String title,
            String kind,
            List<Target> rows,
            Memory memory,
            String pending) {
        this(group, title, kind, rows, memory, pending, Set.copyOf(rows));
    }

    /** The rows {@code jmh/run}'s headline measures, in the page's order. */
    List<Target> headline() {
        return rows.stream().filter(headlineRows::contains).toList();
    }

    /**
     * Which part of {@code <group>.memory.md} the page shows.
     *
     * @param rows the first cells of the rows to show
     * @param columns the headers of the columns to show after the first, or none for all
     */
    record Memory(Set<String> rows, List<String> columns) {

        /** The rows whose first cells are {@code rows}, with every column. */
        static Memory of(String... rows) {
            return new Memory(Set.of(rows), List.of());
        }
    }
}
