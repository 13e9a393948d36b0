package io.holstein.jmh.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How numbers and tables are written in the report. */
final class Formats {

    /** Written where a result is missing. */
    static final String MISSING = "—";

    /** Below this, a ratio is written as a fraction {@code 1/N}: "N times faster". */
    private static final double FRACTION_BELOW = 0.01;

    private static final MathContext THREE_DIGITS = new MathContext(3);

    private Formats() {}

    /**
     * A ratio: {@code 1.02 ± 0.03}, or for ratios far below 1 the fraction {@code 1/19,600 ± 4 %};
     * without {@code ±} when the error is unknown.
     */
    static String ratio(Estimate ratio) {
        if (ratio == null || !Double.isFinite(ratio.value()) || ratio.value() <= 0) {
            return MISSING;
        }
        if (ratio.value() < FRACTION_BELOW) {
            String fraction = "1/" + grouped(threeDigits(1 / ratio.value()));
            return ratio.hasError()
                    ? fraction + " ± " + Math.round(100 * ratio.relativeError()) + " %"
                    : fraction;
        }
        return ratio.hasError()
                ? String.format(Locale.ROOT, "%.2f ± %.2f", ratio.value(), ratio.error())
                : String.format(Locale.ROOT, "%.2f", ratio.value());
    }

    /**
     * A ratio with its bounds (DESIGN.md §6): {@code 0.87 [0.80, 0.95]}, {@code 1/2,130 [1/9,700,
     * 1/410]}; an upper bound the error makes infinite is {@code ∞}; without bounds when the errors
     * are unknown.
     */
    static String bounded(Ratio ratio) {
        if (!Double.isFinite(ratio.value()) || ratio.value() <= 0) {
            return MISSING;
        }
        String value = ratioValue(ratio.value());
        if (!ratio.hasBounds()) {
            return value;
        }
        return value + " [" + ratioValue(ratio.lower()) + ", " + ratioValue(ratio.upper()) + "]";
    }

    /**
     * One ratio, to three significant digits or so: {@code 0.87}, {@code 16.3}, {@code 1,643}, and
     * below 0.01 {@code 1/2,130}; {@code ∞}, and {@code 0} at zero.
     */
    static String ratioValue(double ratio) {
        if (Double.isInfinite(ratio)) {
            return "∞";
        }
        if (ratio <= 0) {
            return "0";
        }
        if (ratio < FRACTION_BELOW) {
            return "1/" + grouped(threeDigits(1 / ratio));
        }
        String pattern = ratio >= 100 ? "%,.0f" : ratio >= 10 ? "%.1f" : "%.2f";
        return String.format(Locale.ROOT, pattern, ratio);
    }

    /** A target's limit: {@code ≤ 1.10}, and as a fraction below 0.1, {@code ≤ 1/10,000}. */
    static String limit(double limit) {
        if (limit < 0.1) {
            return "≤ 1/" + grouped(Math.round(1 / limit));
        }
        return String.format(Locale.ROOT, "≤ %.2f", limit);
    }

    /**
     * A plain-text table for a terminal: columns padded to their widest cell, the first {@code
     * textColumns} left-aligned and the rest right-aligned.
     */
    static String textTable(List<String> header, int textColumns, List<List<String>> rows) {
        int[] widths = new int[header.size()];
        for (List<String> row : concatRows(header, rows)) {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> row : concatRows(header, rows)) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.size(); c++) {
                String cell = row.get(c);
                String pad = " ".repeat(widths[c] - cell.length());
                line.append(c < textColumns ? cell + pad : pad + cell).append("  ");
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    private static List<List<String>> concatRows(List<String> header, List<List<String>> rows) {
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        return all;
    }

    /**
     * A time, with fewer decimals the larger it is: {@code 2.31 ± 0.04}, {@code 1,204,311 ± 9,210}.
     */
    static String time(Estimate time) {
        if (time == null || !Double.isFinite(time.value())) {
            return MISSING;
        }
        String pattern = time.value() >= 1000 ? "%,.0f" : time.value() >= 10 ? "%,.1f" : "%,.2f";
        String value = String.format(Locale.ROOT, pattern, time.value());
        return time.hasError()
                ? value + " ± " + String.format(Locale.ROOT, pattern, time.error())
                : value;
    }

    /** Bytes per operation, rounded to whole bytes ({@code 0.002} is measurement noise). */
    static String bytes(Estimate allocation) {
        if (allocation == null || !Double.isFinite(allocation.value())) {
            return MISSING;
        }
        return grouped(Math.round(allocation.value()));
    }

    /** A size parameter with thousands separators: {@code 1000000} to {@code 1,000,000}. */
    static String size(String size) {
        try {
            return grouped(Long.parseLong(size));
        } catch (NumberFormatException e) {
            return size.isEmpty() ? MISSING : size;
        }
    }

    /** Wraps a label in backticks, for code in a markdown table. */
    static String code(String label) {
        return label.equals(MISSING) ? label : "`" + label + "`";
    }

    /**
     * A markdown table whose first {@code textColumns} columns are left-aligned and the rest,
     * numbers, right-aligned.
     */
    static String table(List<String> header, int textColumns, List<List<String>> rows) {
        StringBuilder alignment = new StringBuilder();
        for (int c = 0; c < header.size(); c++) {
            alignment.append(c < textColumns ? 'l' : 'r');
        }
        return table(header, alignment.toString(), rows);
    }

    /**
     * A markdown table whose column {@code c} is left-aligned where {@code alignment.charAt(c)} is
     * {@code l} and right-aligned where it is {@code r}.
     */
    static String table(List<String> header, String alignment, List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        out.append(line(header));
        StringBuilder rule = new StringBuilder("|");
        for (int c = 0; c < header.size(); c++) {
            rule.append(alignment.charAt(c) == 'l' ? " --- |" : " ---: |");
        }
        out.append(rule).append('\n');
        rows.forEach(row -> out.append(line(row)));
        return out.toString();
    }

    private static String line(List<String> cells) {
        StringBuilder line = new StringBuilder("|");
        cells.forEach(cell -> line.append(' ').append(cell.replace("|", "\\|")).append(" |"));
        return line.append('\n').toString();
    }

    private static long threeDigits(double x) {
        return new BigDecimal(x).round(THREE_DIGITS).longValue();
    }

    private static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
