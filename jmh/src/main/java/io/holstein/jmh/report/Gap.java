package io.holstein.jmh.report;

/**
 * A cell of a group's tables that has no result on purpose, declared in the group's table
 * definition with the reason: the report prints "—" there. Every other cell the tables name must
 * have a result, and a declared gap that has one is an error too, so declarations cannot go stale.
 *
 * @param series the row
 * @param size the column, e.g. {@code 1000000}
 * @param reason why there is no result, for whoever reads the definition
 */
record Gap(Series series, String size, String reason) {

    /** Whether this gap is the cell of {@code row} at {@code column}. */
    boolean covers(Series row, String column) {
        return series.sameResults(row) && size.equals(column);
    }
}
