package io.holstein.jmh.report;

import java.math.BigDecimal;
import java.math.MathContext;
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
        StringBuilder out = new StringBuilder();
        out.append(line(header));
        StringBuilder rule = new StringBuilder("|");
        for (int c = 0; c < header.size(); c++) {
            rule.append(c < textColumns ? " --- |" : " ---: |");
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
