package io.holstein.jmh.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A markdown table read back, to show some of its rows and columns elsewhere: the performance page
 * shows a few rows of each memory table that {@code jmh/run --full} commits.
 *
 * @param header the header cells
 * @param rows the body rows' cells
 */
record MarkdownTable(List<String> header, List<List<String>> rows) {

    /** The first table in {@code markdown}. */
    static MarkdownTable parse(String markdown) {
        List<List<String>> lines = new ArrayList<>();
        for (String line : markdown.lines().toList()) {
            if (line.startsWith("|")) {
                lines.add(cells(line));
            } else if (!lines.isEmpty()) {
                break;
            }
        }
        if (lines.size() < 2) {
            throw new IllegalArgumentException("no markdown table in:\n" + markdown);
        }
        return new MarkdownTable(lines.get(0), lines.subList(2, lines.size()));
    }

    /**
     * The rows whose first cell is one of {@code firstCells}, with the first column and {@code
     * columns} (by header; every column if empty), as markdown.
     *
     * @throws IllegalArgumentException naming a row or column the table lacks
     */
    String select(Set<String> firstCells, List<String> columns) {
        if (columns.isEmpty()) {
            return select(firstCells, header.subList(1, header.size()));
        }
        int[] picked = new int[columns.size() + 1];
        for (int c = 0; c < columns.size(); c++) {
            int at = header.indexOf(columns.get(c));
            if (at < 0) {
                throw new IllegalArgumentException(
                        "no column '" + columns.get(c) + "' in " + header);
            }
            picked[c + 1] = at;
        }
        List<List<String>> kept = new ArrayList<>();
        for (List<String> row : rows) {
            if (firstCells.contains(row.get(0))) {
                kept.add(Arrays.stream(picked).mapToObj(row::get).toList());
            }
        }
        List<String> found = kept.stream().map(r -> r.get(0)).toList();
        for (String wanted : firstCells) {
            if (!found.contains(wanted)) {
                throw new IllegalArgumentException("no row '" + wanted + "' in the table");
            }
        }
        return Formats.table(Arrays.stream(picked).mapToObj(header::get).toList(), 1, kept);
    }

    /**
     * The cell of the row whose first cell is {@code firstCell} in the column headed {@code
     * column}, if the table has both.
     */
    Optional<String> cell(String firstCell, String column) {
        int at = header.indexOf(column);
        return rows.stream()
                .filter(r -> r.get(0).equals(firstCell) && at > 0 && at < r.size())
                .map(r -> r.get(at))
                .findFirst();
    }

    private static List<String> cells(String line) {
        String inner = line.trim();
        inner = inner.substring(1, inner.endsWith("|") ? inner.length() - 1 : inner.length());
        return Arrays.stream(inner.split("\\|", -1)).map(String::trim).toList();
    }
}
