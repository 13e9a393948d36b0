package io.holstein.jmh.report;

import io.holstein.jmh.BenchmarkName;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One group's results arranged for the report: the sizes are the columns, the series the rows, and
 * each comparison a row of ratios. Renders the generated markdown section.
 *
 * <p>Every cell a row names must have a result, so that a renamed benchmark, implementation or
 * parameter stops the report rather than printing "—": the cells of a row are the sizes its
 * benchmark declares (or the run's {@code -p} option gave it), and a row lies outside the runs only
 * if the options of every run of the group ({@link ResultsFile}) left its benchmark or its
 * parameter values out ({@link RunScope}). The only other empty cells are those the group declares
 * ({@link Gap}), which the section names with their reasons.
 */
final class GroupReport {

    /**
     * The provenance of a group without results: its every cell is declared empty ({@link Gap}),
     * with the run that fills it.
     */
    static final String NO_RESULTS =
            "_No results yet: `jmh/results/` holds no run of this group; each cell says which run"
                    + " measures it._\n";

    private final ReportGroup group;
    private final List<BenchmarkResult> results;
    private final ResultIndex index;
    private final List<String> sizes;

    /** The comparisons whose two series the run covered. */
    private final List<Comparison> comparisons;

    /** Every row, mapped to the operation it performs; defined ones first. */
    private final Map<Series, String> rows;

    /** The reasons of the declared gaps among the cells, with how many cells each explains. */
    private final Map<String, Integer> declaredEmpty = new LinkedHashMap<>();

    /**
     * Arranges {@code results} and checks that they hold every cell the group's definitions name
     * within {@code scopes}.
     *
     * @param scopes what each run whose results these are set out to measure
     * @param source the results files, for messages
     * @throws MissingResultsException naming each missing cell and each definition that names a
     *     benchmark parameter or value the code does not declare
     */
    GroupReport(
            ReportGroup group,
            List<BenchmarkResult> results,
            List<RunScope> scopes,
            String source) {
        this.group = group;
        this.results = List.copyOf(results);
        this.index = new ResultIndex(results);
        Set<String> problems = new LinkedHashSet<>();
        Map<Series, List<String>> cells = new LinkedHashMap<>();
        this.comparisons = new ArrayList<>();
        this.rows = new LinkedHashMap<>();
        for (Comparison c : group.comparisons()) {
            Optional<List<String>> holstein = cellsInRun(c.holstein(), scopes, problems);
            Optional<List<String>> peer = cellsInRun(c.peer(), scopes, problems);
            if (holstein.isPresent() && peer.isPresent()) {
                comparisons.add(c);
                cells.putIfAbsent(c.holstein(), holstein.get());
                cells.putIfAbsent(c.peer(), peer.get());
                rows.putIfAbsent(c.holstein(), c.operation());
                rows.putIfAbsent(c.peer(), c.operation());
            }
        }
        for (BenchmarkResult r : results) {
            if (rows.keySet().stream().noneMatch(s -> s.matches(r))) {
                String label =
                        r.params().isEmpty()
                                ? Formats.MISSING
                                : r.params().entrySet().stream()
                                        .map(e -> e.getKey() + "=" + e.getValue())
                                        .collect(Collectors.joining(", "));
                Series row = unnamedRow(r, label, problems);
                if (row != null && !rows.containsKey(row)) {
                    rows.put(row, r.shortName());
                    cells.put(row, sizesInRun(row, scopes).orElse(List.of()));
                }
            }
        }
        Set<String> columns = new LinkedHashSet<>();
        results.forEach(r -> columns.add(r.size()));
        cells.values().forEach(columns::addAll);
        this.sizes =
                columns.stream()
                        .sorted(
                                Comparator.comparingLong(GroupReport::numericSize)
                                        .thenComparing(s -> s))
                        .collect(Collectors.toList());
        cells.forEach((row, expected) -> checkCells(row, expected, problems));
        if (!problems.isEmpty()) {
            throw new MissingResultsException(group.name(), source, problems);
        }
    }

    /**
     * Adds a problem for each size of {@code expected} at which {@code row} has no result and the
     * group declares no {@link Gap}, and for each declared gap that has a result.
     */
    private void checkCells(Series row, List<String> expected, Set<String> problems) {
        for (String size : expected) {
            boolean present = find(row, size).isPresent();
            Optional<Gap> gap = Gap.declared(group.gaps(), row, size);
            boolean declared = gap.isPresent();
            if (!present && declared) {
                declaredEmpty.merge(gap.get().reason(), 1, Integer::sum);
            }
            if (present && declared) {
                problems.add(
                        row.describe()
                                + " at size "
                                + size
                                + " has a result, but the group declares it missing ("
                                + gap.get().reason()
                                + "): remove that Gap");
            } else if (!present && !declared) {
                problems.add("no result for " + row.describe() + " at size " + size);
            }
        }
    }

    /**
     * The sizes at which {@code series} must have results, or empty if every run left it out; adds
     * a problem for each parameter or value the series names that its benchmark does not declare.
     */
    private static Optional<List<String>> cellsInRun(
            Series series, List<RunScope> scopes, Set<String> problems) {
        Map<String, List<String>> declared = series.benchmark().declaredParams();
        for (Map.Entry<String, String> p : series.params().entrySet()) {
            List<String> values = declared.get(p.getKey());
            if (values == null || !values.contains(p.getValue())) {
                problems.add(
                        series.describe()
                                + ": "
                                + series.benchmark().shortName()
                                + (values == null
                                        ? " has no parameter " + p.getKey()
                                        : " declares " + p.getKey() + " in " + values));
                return Optional.empty();
            }
        }
        return sizesInRun(series, scopes);
    }

    /**
     * The sizes at which the runs whose {@code scopes} include {@code series} measured it ({@code
     * ""} if its benchmark has no size), or empty if none includes it.
     */
    private static Optional<List<String>> sizesInRun(Series series, List<RunScope> scopes) {
        Set<String> sizes = new LinkedHashSet<>();
        boolean inRun = false;
        for (RunScope scope : scopes) {
            if (scope.includes(series)) {
                inRun = true;
                sizes.addAll(scope.sizes(series.benchmark()));
            }
        }
        return inRun ? Optional.of(List.copyOf(sizes)) : Optional.empty();
    }

    /** The row of a result no comparison names, or {@code null} if its benchmark is gone. */
    private static Series unnamedRow(BenchmarkResult r, String label, Set<String> problems) {
        try {
            return new Series(BenchmarkName.parse(r.benchmark()), r.params(), label);
        } catch (IllegalArgumentException e) {
            problems.add(r.benchmark() + " has results, but the code no longer has it");
            return null;
        }
    }

    ReportGroup group() {
        return group;
    }

    /**
     * The generated section: provenance, the ratio table, the allocation table, the time table and
     * the chart (or why there is none).
     *
     * @param files the group's results files that supply a result, the group's own first, with the
     *     runs' stamps, which say whether the results may decide verdicts
     * @param superseded the group's results files none of whose results is shown, since parts
     *     measured every one of them again; named, without a stamp
     * @param chart the chart's markdown, or a note saying why it is missing
     */
    String markdown(List<ResultsFile> files, List<ResultsFile> superseded, String chart) {
        StringBuilder out = new StringBuilder();
        out.append("<!-- Generated by jmh/run from ")
                .append(
                        files.isEmpty()
                                ? "the group's definitions alone (no results yet)"
                                : files.stream()
                                        .map(f -> "`" + f.source() + "`")
                                        .collect(Collectors.joining(", ")))
                .append("; edits between these markers are overwritten. -->\n\n");
        if (files.isEmpty()) {
            out.append(NO_RESULTS).append('\n');
        }
        if (files.stream().anyMatch(ResultsFile::isPart)) {
            boolean groupRunShown = files.stream().anyMatch(f -> !f.isPart());
            out.append(
                            groupRunShown
                                    ? "Results of a run of part of the group stand in for those of"
                                            + " the group's run at the same benchmark, parameters"
                                            + " and size: "
                                    : "Every result comes from runs of parts of the group: ")
                    .append(
                            files.stream()
                                    .filter(ResultsFile::isPart)
                                    .map(f -> "`" + f.source() + "`")
                                    .collect(Collectors.joining(", ")))
                    .append(".\n\n");
        }
        superseded.forEach(
                f ->
                        out.append('`')
                                .append(f.source())
                                .append("` supplies no result here: runs of parts measured each of")
                                .append(" its cells again.\n\n"));
        out.append(files.stream().map(GroupReport::provenance).collect(Collectors.joining("\n")));
        declaredEmpty.forEach(
                (reason, cells) ->
                        out.append("- **Without a result on purpose (—):** ")
                                .append(cells)
                                .append(cells == 1 ? " cell, " : " cells, ")
                                .append(reason)
                                .append('\n'));
        // A group without results yet shows the allocation table its full run will fill.
        boolean allocation =
                results.isEmpty() || results.stream().anyMatch(r -> r.allocation() != null);

        if (!comparisons.isEmpty()) {
            out.append("\n#### Time ratio, Holstein ÷ peer\n\n");
            out.append(
                    "Below 1 Holstein is faster; `1/N` means N times faster. ± is the 99.9 %"
                            + " confidence half-width of both scores, combined in quadrature; the"
                            + " verdicts in the targets above use the bounds instead.\n\n");
            out.append(ratioTable());
        }
        if (allocation) {
            out.append("\n#### Bytes allocated per operation (`gc.alloc.rate.norm`)\n\n");
            out.append(seriesTable(r -> Formats.bytes(r.allocation())));
        }
        String unit = results.isEmpty() ? "" : results.get(0).timeUnit();
        out.append("\n#### Time per operation")
                .append(unit.isEmpty() ? "" : " (" + unit + ")")
                .append("\n\n");
        out.append(
                seriesTable(
                        r ->
                                Formats.time(r.time())
                                        + (r.timeUnit().equals(unit) ? "" : " " + r.timeUnit())));
        if (!chart.isEmpty()) {
            out.append('\n').append(chart).append('\n');
        }
        return out.toString();
    }

    /** One run's stamp, then where, when and how it ran, as a list. */
    private static String provenance(ResultsFile file) {
        StringBuilder out = new StringBuilder();
        out.append(file.stamp().markdown()).append('\n');
        Set<RunSettings> settings =
                file.results().stream()
                        .map(BenchmarkResult::settings)
                        .collect(Collectors.toCollection(LinkedHashSet::new));
        boolean allocation = file.results().stream().anyMatch(r -> r.allocation() != null);
        MachineInfo machine = file.machine();
        out.append("- **Date:** ").append(machine.date()).append('\n');
        out.append("- **Machine:** ").append(machine.describe()).append('\n');
        out.append("- **JDK:** ")
                .append(
                        settings.stream()
                                .map(RunSettings::describeJdk)
                                .distinct()
                                .collect(Collectors.joining("; ")))
                .append('\n');
        out.append("- **JMH:** ")
                .append(
                        settings.stream()
                                .map(RunSettings::describeJmh)
                                .distinct()
                                .collect(Collectors.joining("; ")))
                .append(allocation ? ", profiler `gc`" : "")
                .append('\n');
        if (!machine.jmhOptions().isEmpty()) {
            out.append("- **JMH options:** `").append(machine.jmhOptions()).append("`\n");
        }
        out.append("- **Results:** `").append(file.source()).append("`\n");
        return out.toString();
    }

    private String ratioTable() {
        List<String> header = new ArrayList<>(List.of("Operation", "Holstein", "Peer"));
        sizes.forEach(s -> header.add(Formats.size(s)));
        List<List<String>> lines = new ArrayList<>();
        for (Comparison c : comparisons) {
            List<String> line =
                    new ArrayList<>(
                            List.of(
                                    c.operation(),
                                    Formats.code(c.holstein().label()),
                                    Formats.code(c.peer().label())));
            sizes.forEach(s -> line.add(Formats.ratio(ratio(c, s))));
            lines.add(line);
        }
        return Formats.table(header, 3, lines);
    }

    private String seriesTable(Function<BenchmarkResult, String> cell) {
        List<String> header = new ArrayList<>(List.of("Operation", "Implementation"));
        sizes.forEach(s -> header.add(Formats.size(s)));
        List<List<String>> lines = new ArrayList<>();
        rows.forEach(
                (series, operation) -> {
                    List<String> line =
                            new ArrayList<>(List.of(operation, Formats.code(series.label())));
                    sizes.forEach(s -> line.add(find(series, s).map(cell).orElse(Formats.MISSING)));
                    lines.add(line);
                });
        return Formats.table(header, 2, lines);
    }

    /** Holstein's time divided by the peer's at {@code size}, or {@code null} if one is missing. */
    Estimate ratio(Comparison c, String size) {
        Optional<BenchmarkResult> holstein = find(c.holstein(), size);
        Optional<BenchmarkResult> peer = find(c.peer(), size);
        if (holstein.isEmpty() || peer.isEmpty()) {
            return null;
        }
        return holstein.get().time().dividedBy(peer.get().time());
    }

    private Optional<BenchmarkResult> find(Series series, String size) {
        return index.find(series, size);
    }

    /** Numeric sizes sort as numbers; anything else sorts last. */
    private static long numericSize(String size) {
        try {
            return Long.parseLong(size);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
