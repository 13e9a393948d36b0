package io.holstein.jmh.report;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws one group's ratios as a PNG with XChart: one panel with a linear axis for the ratios
 * expected near 1 (with their error bars and a line at 1), one with a logarithmic axis for those
 * orders of magnitude apart, drawn as "times faster". Sizes are on a logarithmic axis.
 */
final class RatioChart {

    private static final int WIDTH = 1000;
    private static final int PANEL_HEIGHT = 560;

    /**
     * The x axis spans the benchmark sizes with a margin: at least 10 to 1,000,000 elements, wider
     * when a group measures larger sizes (the string group goes to 10,000,000 chars).
     */
    private static final double MIN_SIZE = 5;

    private static final double MAX_SIZE = 2_000_000;

    private RatioChart() {}

    /**
     * Draws {@code lines} into {@code file}, stacking one panel per scale that has lines.
     *
     * @return whether anything was drawn ({@code false} when there is no line)
     */
    static boolean draw(String title, List<RatioLine> lines, Path file) throws IOException {
        List<XYChart> panels = new ArrayList<>();
        double maxSize =
                Math.max(
                        MAX_SIZE,
                        2
                                * lines.stream()
                                        .flatMapToDouble(l -> Arrays.stream(l.sizes()))
                                        .max()
                                        .orElse(0));
        List<RatioLine> parity =
                lines.stream().filter(l -> l.scale() == Comparison.Scale.PARITY).toList();
        List<RatioLine> speedup =
                lines.stream().filter(l -> l.scale() == Comparison.Scale.SPEEDUP).toList();
        if (!parity.isEmpty()) {
            panels.add(parityPanel(title, parity, maxSize));
        }
        if (!speedup.isEmpty()) {
            panels.add(speedupPanel(title, speedup, maxSize));
        }
        if (panels.isEmpty()) {
            return false;
        }
        BufferedImage image =
                new BufferedImage(WIDTH, PANEL_HEIGHT * panels.size(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            for (int i = 0; i < panels.size(); i++) {
                BufferedImage panel = BitmapEncoder.getBufferedImage(panels.get(i));
                g.drawImage(panel, 0, i * PANEL_HEIGHT, null);
            }
        } finally {
            g.dispose();
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(image, "png", file.toFile());
        return true;
    }

    private static XYChart parityPanel(String title, List<RatioLine> lines, double maxSize) {
        XYChart chart =
                panel(
                        title + ": ratios near 1 (linear)",
                        "Holstein time ÷ peer time (lower is better)",
                        maxSize);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisDecimalPattern("0.00");
        chart.getStyler().setErrorBarsColorSeriesColor(true);
        XYSeries parity =
                chart.addSeries(
                        "parity (1.0)", new double[] {MIN_SIZE, maxSize}, new double[] {1, 1});
        parity.setMarker(SeriesMarkers.NONE);
        parity.setLineStyle(SeriesLines.DASH_DASH);
        parity.setLineColor(Color.GRAY);
        for (RatioLine line : lines) {
            chart.addSeries(line.legend(), line.sizes(), line.ratios(), line.errors());
        }
        return chart;
    }

    /**
     * The ratios orders of magnitude below 1, drawn inverted as "times faster" (peer time ÷
     * Holstein time), so that the axis reads 10, 100, 1,000 as the targets are phrased.
     */
    private static XYChart speedupPanel(String title, List<RatioLine> lines, double maxSize) {
        XYChart chart =
                panel(
                        title + ": orders of magnitude (logarithmic)",
                        "times faster: peer time ÷ Holstein time (higher is better)",
                        maxSize);
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setYAxisDecimalPattern("#,##0.##");
        for (RatioLine line : lines) {
            double[] speedups = new double[line.ratios().length];
            for (int i = 0; i < speedups.length; i++) {
                speedups[i] = 1 / line.ratios()[i];
            }
            chart.addSeries(line.legend(), line.sizes(), speedups);
        }
        return chart;
    }

    private static XYChart panel(String title, String yAxisTitle, double maxSize) {
        XYChart chart =
                new XYChartBuilder()
                        .width(WIDTH)
                        .height(PANEL_HEIGHT)
                        .title(title)
                        .xAxisTitle("elements")
                        .yAxisTitle(yAxisTitle)
                        .build();
        Styler styler = chart.getStyler();
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setLegendPosition(Styler.LegendPosition.OutsideS);
        styler.setLegendBorderColor(Color.WHITE);
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setXAxisMin(MIN_SIZE);
        chart.getStyler().setXAxisMax(maxSize);
        chart.getStyler().setXAxisDecimalPattern("#,###");
        return chart;
    }
}
