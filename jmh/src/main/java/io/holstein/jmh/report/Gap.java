package io.holstein.jmh.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * A cell of a group's tables that has no result on purpose, declared in the group's table
 * definition with the reason: the report prints "—" there and names the reason, and a target that
 * reads the cell says it instead of a verdict. Every other cell the tables and targets name must
 * have a result, and a declared gap that has one is an error too, so declarations cannot go stale.
 *
 * @param series the row
 * @param size the column, e.g. {@code 1000000}
 * @param reason why there is no result, as the pages print it
 */
record Gap(Series series, String size, String reason) {

    /** Whether this gap is the cell of {@code row} at {@code column}. */
    boolean covers(Series row, String column) {
        return series.sameResults(row) && size.equals(column);
    }

    /** The first of {@code gaps} declared for the cell of {@code row} at {@code column}. */
    static Optional<Gap> declared(List<Gap> gaps, Series row, String column) {
        return gaps.stream().filter(g -> g.covers(row, column)).findFirst();
    }

    /**
     * Every cell of {@code series} (each row once, whatever its label) at each size its benchmark
     * declares, declared empty with the reason {@code reason} gives for the row and size; a cell
     * for which it gives {@code null} is not declared.
     */
    static List<Gap> everyCell(List<Series> series, BiFunction<Series, String, String> reason) {
        Set<String> seen = new HashSet<>();
        List<Gap> gaps = new ArrayList<>();
        for (Series s : series) {
            if (!seen.add(s.describe())) {
                continue;
            }
            for (String size : RunScope.ALL.sizes(s.benchmark())) {
                String why = reason.apply(s, size);
                if (why != null) {
                    gaps.add(new Gap(s, size, why));
                }
            }
        }
        return gaps;
    }
}
