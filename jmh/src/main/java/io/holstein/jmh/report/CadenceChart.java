package io.holstein.jmh.report;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;

/**
 * The crossover view of benchmarks that alternate {@code writes} writes with one snapshot (a {@code
 * writes} parameter and a {@code type} parameter): the cost per write, the round's time divided by
 * {@code writes}, as a table and as a chart with {@code writes} on a logarithmic axis, one line per
 * implementation. Where the lines cross, the cheaper discipline changes.
 */
final class CadenceChart {

    static final String WRITES_PARAM = "writes";
    private static final int WIDTH = 1000;
    private static final int HEIGHT = 560;

    private CadenceChart() {}

    /**
     * The section for the cadence results among {@code results}: a table of time per write by
     * {@code writes} and implementation, and the chart drawn beside {@code doc} as {@code
     * img/performance-<group>-cadence.png}; empty if no result has a {@code writes} parameter.
     */
    static String markdown(List<BenchmarkResult> results, Path doc, String group) {
        Map<String, Map<Long, Double>> perWrite = new TreeMap<>();
        TreeSet<Long> writes = new TreeSet<>();
        for (BenchmarkResult r : results) {
            String w = r.params().get(WRITES_PARAM);
            String type = r.params().get("type");
            if (w == null || type == null) {
                continue;
            }
            long k = Long.parseLong(w);
            writes.add(k);
            String label =
                    type + (r.size().isEmpty() ? "" : ", " + Formats.size(r.size()) + " elements");
            perWrite.computeIfAbsent(label, t -> new TreeMap<>()).put(k, r.time().value() / k);
        }
        if (perWrite.isEmpty()) {
            return "";
        }
        String unit = results.get(0).timeUnit().replace("/op", "");
        List<String> header = new ArrayList<>(List.of("Implementation"));
        writes.forEach(k -> header.add(k + " writes"));
        List<List<String>> lines = new ArrayList<>();
        perWrite.forEach(
                (label, points) -> {
                    List<String> line = new ArrayList<>(List.of(Formats.code(label)));
                    writes.forEach(
                            k ->
                                    line.add(
                                            points.containsKey(k)
                                                    ? String.format(
                                                            Locale.ROOT, "%,.0f", points.get(k))
                                                    : Formats.MISSING));
                    lines.add(line);
                });
        StringBuilder out = new StringBuilder();
        out.append("\n#### Cost per write between snapshots (")
                .append(unit)
                .append(" per write: a round's time ÷ its writes)\n\n");
        out.append(Formats.table(header, 1, lines));
        String relative = "img/performance-" + group + "-cadence.png";
        try {
            draw(perWrite, doc.toAbsolutePath().getParent().resolve(relative), unit);
            out.append("\n![cost per write by writes between snapshots](")
                    .append(relative)
                    .append(")\n");
        } catch (IOException | RuntimeException | LinkageError | java.awt.AWTError e) {
            out.append("\n_Cadence chart not drawn on this machine (")
                    .append(e.getClass().getSimpleName())
                    .append(")._\n");
        }
        return out.toString();
    }

    private static void draw(Map<String, Map<Long, Double>> perWrite, Path file, String unit)
            throws IOException {
        XYChart chart =
                new XYChartBuilder()
                        .width(WIDTH)
                        .height(HEIGHT)
                        .title("Cost per write, by writes between two snapshots")
                        .xAxisTitle("writes between snapshots")
                        .yAxisTitle(unit + " per write (lower is better)")
                        .build();
        Styler styler = chart.getStyler();
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setLegendPosition(Styler.LegendPosition.OutsideS);
        styler.setLegendBorderColor(Color.WHITE);
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setXAxisDecimalPattern("#,###");
        chart.getStyler().setYAxisDecimalPattern("#,##0.#");
        perWrite.forEach(
                (label, points) ->
                        chart.addSeries(
                                label,
                                points.keySet().stream().mapToDouble(Long::doubleValue).toArray(),
                                points.values().stream()
                                        .mapToDouble(Double::doubleValue)
                                        .toArray()));
        Files.createDirectories(file.toAbsolutePath().getParent());
        BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
        System.err.println("wrote " + file);
    }
}
