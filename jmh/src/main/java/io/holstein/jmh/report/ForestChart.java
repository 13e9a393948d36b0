package io.holstein.jmh.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The headline chart: one row per headline comparison, each a point at Holstein ÷ alternative on a
 * logarithmic axis with its bounds as a bar, 1 × marked, rows coloured by kind of structure (at
 * most {@link ChartSpec#MAX_LINES} kinds) with the legend beside the plot. Drawn directly with Java
 * 2D: a chart library lays out category rows on a numeric axis poorly. Bars leaving the axis are
 * cut at its edge and marked with a triangle.
 */
final class ForestChart {

    /** One row: its label, its kind (the colour), and the ratio. */
    record Row(String label, String kind, Ratio ratio) {}

    private static final int WIDTH = 1300;
    private static final int ROW_HEIGHT = 24;
    private static final int TOP = 64;
    private static final int GAP = 24;
    private static final int AXIS_SPACE = 56;
    private static final int MIN_PLOT_WIDTH = 600;
    private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);

    private ForestChart() {}

    /** Draws {@code rows} under {@code title} into {@code file}, with {@code stamp} under it. */
    static void draw(String title, List<Row> rows, List<String> stamp, Path file)
            throws IOException {
        Map<String, Color> kinds = new LinkedHashMap<>();
        rows.forEach(r -> kinds.putIfAbsent(r.kind(), null));
        if (kinds.size() > RatioChart.COLORS.length) {
            throw new IllegalArgumentException(
                    "more than " + RatioChart.COLORS.length + " kinds: " + kinds);
        }
        int k = 0;
        for (String kind : kinds.keySet()) {
            kinds.put(kind, RatioChart.COLORS[k++]);
        }
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D pg = probe.createGraphics();
        FontMetrics fm = pg.getFontMetrics(FONT);
        pg.dispose();
        int labelWidth = rows.stream().mapToInt(r -> fm.stringWidth(r.label())).max().orElse(0);
        int legendWidth = kinds.keySet().stream().mapToInt(fm::stringWidth).max().orElse(0) + 40;
        int width = Math.max(WIDTH, GAP + labelWidth + GAP + MIN_PLOT_WIDTH + GAP + legendWidth);
        int plotLeft = GAP + labelWidth + GAP;
        int plotRight = width - GAP - legendWidth - GAP;
        int plotTop = TOP;
        int plotBottom = TOP + rows.size() * ROW_HEIGHT;
        double[] range = range(rows);
        Axis axis = new Axis(range[0], range[1], plotLeft, plotRight);

        BufferedImage image =
                new BufferedImage(width, plotBottom + AXIS_SPACE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(
                    RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setColor(Color.BLACK);
            g.setFont(TITLE_FONT);
            g.drawString(title, GAP, 30);
            g.setFont(FONT);
            drawAxis(g, fm, axis, plotTop, plotBottom);
            for (int i = 0; i < rows.size(); i++) {
                Row row = rows.get(i);
                int y = plotTop + i * ROW_HEIGHT + ROW_HEIGHT / 2;
                g.setColor(Color.BLACK);
                g.drawString(row.label(), plotLeft - GAP - fm.stringWidth(row.label()), y + 5);
                drawPoint(g, axis, row.ratio(), y, kinds.get(row.kind()));
            }
            drawLegend(g, fm, kinds, plotRight + GAP, plotTop);
        } finally {
            g.dispose();
        }
        StampedImage.write(StampedImage.withStamp(image, stamp), file);
    }

    /** A logarithmic axis from {@code min} to {@code max} onto pixels {@code left..right}. */
    private record Axis(double min, double max, int left, int right) {

        int pixel(double v) {
            double t = Math.log(v / min) / Math.log(max / min);
            return (int) Math.round(left + t * (right - left));
        }

        double clamp(double v) {
            return Math.max(min, Math.min(max, v));
        }
    }

    private static void drawAxis(Graphics2D g, FontMetrics fm, Axis axis, int top, int bottom) {
        int labelledUpTo = Integer.MIN_VALUE;
        for (double t : ticks(axis.min(), axis.max())) {
            int x = axis.pixel(t);
            g.setColor(GRID);
            g.drawLine(x, top, x, bottom);
            String label = RatioChart.ratioLabel(t);
            int left = x - fm.stringWidth(label) / 2;
            // A label that would touch the previous one is left out; its grid line stays.
            if (left > labelledUpTo + 8 || t == 1) {
                g.setColor(Color.DARK_GRAY);
                g.drawString(label, left, bottom + 18);
                labelledUpTo = left + fm.stringWidth(label);
            }
        }
        g.setColor(Color.GRAY);
        g.drawRect(axis.left(), top, axis.right() - axis.left(), bottom - top);
        int one = axis.pixel(1);
        g.setColor(Color.DARK_GRAY);
        g.setStroke(RatioChart.PARITY_STROKE);
        g.drawLine(one, top, one, bottom);
        g.setStroke(new BasicStroke(1f));
        String title =
                "Holstein time ÷ alternative's time (log scale; left of 1 × Holstein is faster)";
        g.drawString(title, (axis.left() + axis.right() - fm.stringWidth(title)) / 2, bottom + 42);
    }

    private static void drawPoint(Graphics2D g, Axis axis, Ratio r, int y, Color color) {
        g.setColor(color);
        if (r.hasBounds()) {
            int lo = axis.pixel(axis.clamp(r.lower()));
            int hi = axis.pixel(axis.clamp(r.upper()));
            g.setStroke(new BasicStroke(2f));
            g.drawLine(lo, y, hi, y);
            g.drawLine(lo, y - 4, lo, y + 4);
            g.drawLine(hi, y - 4, hi, y + 4);
            if (r.lower() < axis.min()) {
                g.fillPolygon(triangle(lo, y, -1));
            }
            if (r.upper() > axis.max()) {
                g.fillPolygon(triangle(hi, y, 1));
            }
            g.setStroke(new BasicStroke(1f));
        }
        int x = axis.pixel(axis.clamp(r.value()));
        g.fillOval(x - 5, y - 5, 10, 10);
    }

    /** A triangle at {@code x} pointing left ({@code direction} −1) or right (+1). */
    private static Polygon triangle(int x, int y, int direction) {
        return new Polygon(new int[] {x + 8 * direction, x, x}, new int[] {y, y - 6, y + 6}, 3);
    }

    private static void drawLegend(
            Graphics2D g, FontMetrics fm, Map<String, Color> kinds, int left, int top) {
        int y = top + 14;
        for (Map.Entry<String, Color> kind : kinds.entrySet()) {
            g.setColor(kind.getValue());
            g.fillOval(left, y - 9, 10, 10);
            g.setColor(Color.BLACK);
            g.drawString(kind.getKey(), left + 18, y);
            y += ROW_HEIGHT;
        }
    }

    /** Decades within the range, with 2 and 5 between them when the range is short. */
    private static List<Double> ticks(double min, double max) {
        List<Double> ticks = new ArrayList<>();
        boolean fine = Math.log10(max / min) <= 3;
        for (int e = (int) Math.floor(Math.log10(min)); e <= Math.ceil(Math.log10(max)); e++) {
            for (double m : fine ? new double[] {1, 2, 5} : new double[] {1}) {
                double t = m * Math.pow(10, e);
                if (t >= min && t <= max) {
                    ticks.add(t);
                }
            }
        }
        return ticks;
    }

    /** Every point and 1, with a margin; the bounds do not widen it. */
    private static double[] range(List<Row> rows) {
        double min = 1;
        double max = 1;
        for (Row r : rows) {
            min = Math.min(min, r.ratio().value());
            max = Math.max(max, r.ratio().value());
        }
        return new double[] {min / 2, max * 2};
    }
}
