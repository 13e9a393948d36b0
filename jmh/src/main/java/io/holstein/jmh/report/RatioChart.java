package io.holstein.jmh.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws a {@link ChartSpec} with XChart: one panel, Holstein ÷ peer on a logarithmic axis with 1 ×
 * marked, the x values on a logarithmic axis, the legend outside the plot, and each point's bounds
 * (DESIGN.md §6) as a bar. A bar that would leave the axis is cut at its edge and marked there with
 * a triangle pointing on, so that one wide bar cannot flatten the others. The run's stamp is
 * printed under the plot.
 */
final class RatioChart {

    private static final int WIDTH = 1100;
    private static final int HEIGHT = 600;

    /** The axis reaches this factor beyond the outermost point (and at least this far from 1). */
    private static final double Y_MARGIN = 1.8;

    private static final double X_MARGIN = 1.6;

    /** How far, in decades, neighbouring lines are shifted sideways so their bars do not hide. */
    private static final double DODGE_DECADES = 0.035;

    /** The bars are drawn translucent, so that overlapping bars leave the lines readable. */
    private static final int BAR_ALPHA = 110;

    /** Okabe and Ito's palette, told apart by colour-blind readers too; one colour a line. */
    static final Color[] COLORS = {
        new Color(0x00, 0x72, 0xB2),
        new Color(0xD5, 0x5E, 0x00),
        new Color(0x00, 0x9E, 0x73),
        new Color(0xCC, 0x79, 0xA7),
        new Color(0xE6, 0x9F, 0x00),
        new Color(0x56, 0xB4, 0xE9)
    };

    /** The dashed line at 1 ×. */
    static final BasicStroke PARITY_STROKE =
            new BasicStroke(
                    1.5f,
                    BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER,
                    10f,
                    new float[] {6f, 4f},
                    0f);

    private static final Marker[] MARKERS = {
        SeriesMarkers.CIRCLE,
        SeriesMarkers.SQUARE,
        SeriesMarkers.DIAMOND,
        SeriesMarkers.OVAL,
        SeriesMarkers.RECTANGLE,
        SeriesMarkers.TRAPEZOID
    };

    private RatioChart() {}

    /**
     * Draws {@code lines}, the data of {@code spec}, into {@code file} with the stamps of the runs
     * they come from; at least one line must have a point.
     */
    static void draw(ChartSpec spec, List<RatioLine> lines, List<RunStamp> stamps, Path file)
            throws IOException {
        double[] y = yRange(lines);
        double[] x = xRange(lines);
        XYChart chart =
                new XYChartBuilder()
                        .width(WIDTH)
                        .height(HEIGHT)
                        .title(spec.title())
                        .xAxisTitle(spec.xAxis() + " (log scale)")
                        .yAxisTitle("Holstein time ÷ alternative's time (log scale)")
                        .build();
        style(chart.getStyler(), x, y);
        XYSeries parity =
                chart.addSeries("1 ×: same time", new double[] {x[0], x[1]}, new double[] {1, 1});
        parity.setMarker(SeriesMarkers.NONE);
        parity.setLineColor(Color.DARK_GRAY);
        parity.setLineStyle(PARITY_STROKE);
        parity.setShowInLegend(false);
        for (int i = 0; i < lines.size(); i++) {
            // A line whose cells are all declared empty has nothing to draw yet; the others keep
            // their colours.
            if (lines.get(i).x().length > 0) {
                addLine(chart, lines.get(i), i, lines.size(), y);
            }
        }
        boolean bars = lines.stream().flatMap(l -> l.ratios().stream()).anyMatch(Ratio::hasBounds);
        StampedImage.write(
                StampedImage.withStamp(
                        BitmapEncoder.getBufferedImage(chart), stampLines(stamps, bars)),
                file);
    }

    private static List<String> stampLines(List<RunStamp> stamps, boolean bars) {
        List<String> lines = new ArrayList<>();
        stamps.forEach(s -> lines.addAll(s.imageLines()));
        lines.add(
                "Below 1 × Holstein is faster. "
                        + (bars
                                ? "Bars: bounds (a ± ea) / (b ∓ eb) from JMH's 99.9 % intervals;"
                                        + " a triangle marks a bar cut at the edge of the axis."
                                : "No bars: the run had too few iterations for JMH to give an"
                                        + " error."));
        return lines;
    }

    private static void style(XYStyler styler, double[] x, double[] y) {
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotGridLinesColor(new Color(0xDD, 0xDD, 0xDD));
        styler.setPlotBorderColor(Color.GRAY);
        styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        styler.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        styler.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        styler.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        styler.setLegendPosition(Styler.LegendPosition.OutsideE);
        styler.setLegendBorderColor(Color.WHITE);
        styler.setXAxisLogarithmic(true);
        styler.setYAxisLogarithmic(true);
        styler.setXAxisMin(x[0]);
        styler.setXAxisMax(x[1]);
        styler.setYAxisMin(y[0]);
        styler.setYAxisMax(y[1]);
        styler.setYAxisLogarithmicDecadeOnly(Math.log10(y[1] / y[0]) > 2.5);
        // Decimal patterns, not formatting functions: XChart places the labels of a formatting
        // function as on a linear axis, whatever the axis is.
        styler.setXAxisDecimalPattern("#,###");
        styler.setYAxisDecimalPattern("#,##0.######");
    }

    /** An axis label: {@code 1 ×}, {@code 2.5 ×}, {@code 0.5 ×}, {@code 1/100 ×}. */
    static String ratioLabel(double v) {
        if (v >= 0.1) {
            String digits = String.format(Locale.ROOT, v >= 10 ? "%,.0f" : "%.2f", v);
            digits =
                    digits.contains(".")
                            ? digits.replaceAll("0+$", "").replaceAll("\\.$", "")
                            : digits;
            return digits + " ×";
        }
        return "1/" + String.format(Locale.ROOT, "%,d", Math.round(1 / v)) + " ×";
    }

    private static void addLine(XYChart chart, RatioLine line, int index, int count, double[] y) {
        Color color = COLORS[index];
        double shift = Math.pow(10, DODGE_DECADES * (index - (count - 1) / 2.0));
        double[] xs = new double[line.x().length];
        double[] ys = new double[line.x().length];
        for (int p = 0; p < xs.length; p++) {
            xs[p] = line.x()[p] * shift;
            ys[p] = clamp(line.ratios().get(p).value(), y);
        }
        XYSeries series = chart.addSeries(line.legend(), xs, ys);
        series.setLineColor(color);
        series.setMarkerColor(color);
        series.setMarker(MARKERS[index]);
        series.setLineWidth(2f);
        series.setLineStyle(SeriesLines.SOLID);
        for (int p = 0; p < xs.length; p++) {
            Ratio r = line.ratios().get(p);
            if (!r.hasBounds()) {
                continue;
            }
            double low = clamp(r.lower(), y);
            double high = clamp(r.upper(), y);
            Color bar = new Color(color.getRed(), color.getGreen(), color.getBlue(), BAR_ALPHA);
            hidden(chart, line.legend() + " bar " + p, xs[p], low, high, bar, SeriesMarkers.NONE);
            if (r.upper() > y[1]) {
                hidden(chart, line.legend() + " up " + p, xs[p], high, high, color, TRIANGLE_UP);
            }
            if (r.lower() < y[0]) {
                hidden(chart, line.legend() + " down " + p, xs[p], low, low, color, TRIANGLE_DOWN);
            }
        }
    }

    private static final Marker TRIANGLE_UP = SeriesMarkers.TRIANGLE_UP;
    private static final Marker TRIANGLE_DOWN = SeriesMarkers.TRIANGLE_DOWN;

    /** A vertical segment (or a single marker) that the legend does not list. */
    private static void hidden(
            XYChart chart, String name, double x, double y0, double y1, Color color, Marker mark) {
        XYSeries s = chart.addSeries(name, new double[] {x, x}, new double[] {y0, y1});
        s.setShowInLegend(false);
        s.setLineColor(color);
        s.setMarkerColor(color);
        s.setMarker(mark);
        s.setLineWidth(1.5f);
        s.setLineStyle(SeriesLines.SOLID);
    }

    private static double clamp(double v, double[] range) {
        return Math.max(range[0], Math.min(range[1], v));
    }

    /** The y axis: every point and 1, with a margin; bounds do not widen it. */
    private static double[] yRange(List<RatioLine> lines) {
        double min = 1;
        double max = 1;
        for (RatioLine line : lines) {
            for (Ratio r : line.ratios()) {
                min = Math.min(min, r.value());
                max = Math.max(max, r.value());
            }
        }
        return new double[] {min / Y_MARGIN, max * Y_MARGIN};
    }

    private static double[] xRange(List<RatioLine> lines) {
        double min = Double.MAX_VALUE;
        double max = 0;
        for (RatioLine line : lines) {
            for (double x : line.x()) {
                min = Math.min(min, x);
                max = Math.max(max, x);
            }
        }
        return new double[] {min / X_MARGIN, max * X_MARGIN};
    }
}
