package io.holstein.jmh.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One chart of ratios, asking one question: up to {@link #MAX_LINES} comparisons, each drawn as
 * Holstein ÷ peer along the sizes (or along another parameter, e.g. the writes between two
 * snapshots).
 *
 * @param title the question the chart answers
 * @param xAxis the x axis's title, e.g. {@code elements}
 * @param xParam the parameter along the x axis, or {@code null} for the size
 * @param lines the comparisons, each a line; its operation is the legend
 */
record ChartSpec(String title, String xAxis, String xParam, List<Comparison> lines) {

    /** More lines than this are not told apart by colour and marker at a glance. */
    static final int MAX_LINES = 6;

    ChartSpec {
        if (lines.isEmpty() || lines.size() > MAX_LINES) {
            throw new IllegalArgumentException(
                    "chart '" + title + "' has " + lines.size() + " lines; 1 to " + MAX_LINES);
        }
        lines = List.copyOf(lines);
    }

    /** A chart along the size. */
    static ChartSpec bySize(String title, String xAxis, List<Comparison> lines) {
        return new ChartSpec(title, xAxis, null, lines);
    }

    /** Each line's points in {@code results}, in the order of {@link #lines}. */
    List<RatioLine> data(ResultIndex results) {
        List<RatioLine> data = new ArrayList<>();
        for (Comparison c : lines) {
            List<Map.Entry<Double, Ratio>> points = new ArrayList<>();
            for (BenchmarkResult r : results.all()) {
                if (!c.holstein().matches(r)) {
                    continue;
                }
                String x = xParam == null ? r.size() : r.params().get(xParam);
                Map<String, String> free = xParam == null ? Map.of() : Map.of(xParam, x);
                Optional<Ratio> ratio = results.ratio(c.holstein(), c.peer(), r.size(), free);
                if (x != null && ratio.isPresent()) {
                    points.add(Map.entry(Double.parseDouble(x), ratio.get()));
                }
            }
            points.sort(Map.Entry.comparingByKey(Comparator.naturalOrder()));
            data.add(
                    new RatioLine(
                            c.operation(),
                            points.stream().mapToDouble(Map.Entry::getKey).toArray(),
                            points.stream().map(Map.Entry::getValue).toList()));
        }
        return data;
    }

    /**
     * Adds a problem for each line without a single point in {@code results}, unless {@code gaps}
     * declares cells of its series empty.
     */
    void check(ResultIndex results, List<Gap> gaps, Set<String> problems) {
        List<RatioLine> data = data(results);
        for (int i = 0; i < lines.size(); i++) {
            Comparison line = lines.get(i);
            boolean declared =
                    gaps.stream()
                            .anyMatch(
                                    g ->
                                            g.series().sameResults(line.holstein())
                                                    || g.series().sameResults(line.peer()));
            if (data.get(i).x().length == 0 && !declared) {
                problems.add(
                        "chart '"
                                + title
                                + "': no result pairs "
                                + line.holstein().describe()
                                + " with "
                                + line.peer().describe());
            }
        }
    }
}
