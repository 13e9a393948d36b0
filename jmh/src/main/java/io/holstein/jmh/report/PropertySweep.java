package io.holstein.jmh.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An experiment that runs a few of a group's benchmarks once per value of a benchmark-only system
 * property, each fork started with {@code -D<property>=<value>} (the B+-tree's fanout, before the
 * library fixed it). Its results lie in a folder of their own under {@code jmh/results/}, one JMH
 * JSON file per run with its machine beside it ({@link ResultsFile}), apart from the group's runs
 * and parts; the value of each result is read from the JVM options JMH recorded with it. The page
 * shows one table: a row per value, a column per measured cell. Every cell must have a result or a
 * declared {@link Gap}, whose series carries the property as a parameter ({@link #cell}).
 *
 * @param folder the folder under {@code jmh/results/}, e.g. {@code sorted-fanout}
 * @param property the system property, e.g. {@code holstein.sorted.fanout}
 * @param values the values run, in the table's order
 * @param libraryValue the value the library uses when the property is not set
 * @param columns what the table shows of each value's results
 * @param gaps the cells without a result on purpose
 */
record PropertySweep(
        String folder,
        String property,
        List<String> values,
        String libraryValue,
        List<Column> columns,
        List<Gap> gaps) {

    /**
     * One column of the table.
     *
     * @param heading the column's heading
     * @param series the results, without the property
     * @param size the size
     * @param allocation whether the column shows bytes allocated per operation rather than time
     */
    record Column(String heading, Series series, String size, boolean allocation) {}

    /**
     * The results of the sweep's runs, read and checked.
     *
     * @param source the folder they were read from, as the reader finds it
     */
    record Measured(String source, List<ResultsFile> files, ResultIndex index) {}

    PropertySweep {
        values = List.copyOf(values);
        columns = List.copyOf(columns);
        gaps = List.copyOf(gaps);
    }

    /** The series of column {@code c}'s results at {@code value} of the property. */
    Series cell(Column c, String value) {
        Map<String, String> params = new TreeMap<>(c.series().params());
        params.put(property, value);
        return new Series(c.series().benchmark(), Map.copyOf(params), c.series().label());
    }

    /**
     * Reads the sweep's results from {@code resultsDir/folder}; adds a problem for each result
     * whose value is not one of {@link #values}, each cell without a result or a declared gap, and
     * each declared gap that has a result.
     */
    Measured read(Path resultsDir, Set<String> problems) throws IOException {
        List<ResultsFile> files = new ArrayList<>();
        Path dir = resultsDir.resolve(folder);
        if (Files.isDirectory(dir)) {
            try (Stream<Path> listed = Files.list(dir)) {
                for (Path json :
                        listed.filter(f -> f.getFileName().toString().endsWith(".json"))
                                .sorted()
                                .toList()) {
                    files.add(ResultsFile.read(json));
                }
            }
        }
        List<BenchmarkResult> results = new ArrayList<>();
        Map<String, String> measuredIn = new HashMap<>();
        for (ResultsFile file : files) {
            for (BenchmarkResult r : file.results()) {
                Optional<String> value = valueOf(r);
                if (value.isEmpty() || !values.contains(value.get())) {
                    problems.add(
                            file.source()
                                    + ": "
                                    + r.shortName()
                                    + " ran without -D"
                                    + property
                                    + " set to one of "
                                    + values);
                    continue;
                }
                Map<String, String> params = new TreeMap<>(r.params());
                params.put(property, value.get());
                BenchmarkResult withValue =
                        new BenchmarkResult(
                                r.benchmark(),
                                Map.copyOf(params),
                                r.size(),
                                r.time(),
                                r.timeUnit(),
                                r.allocation(),
                                r.settings(),
                                r.rawData());
                String cell = r.shortName() + " " + params + " at size " + r.size();
                String other = measuredIn.putIfAbsent(cell, file.source());
                if (other != null) {
                    problems.add(cell + " is in both " + other + " and " + file.source());
                }
                results.add(withValue);
            }
        }
        ResultIndex index = new ResultIndex(results);
        for (String value : values) {
            for (Column c : columns) {
                Series s = cell(c, value);
                boolean present = find(index, c, value).isPresent();
                Optional<Gap> gap = Gap.declared(gaps, s, c.size());
                if (present && gap.isPresent()) {
                    problems.add(
                            s.describe()
                                    + " at size "
                                    + c.size()
                                    + " has a result in "
                                    + dir
                                    + ", but the sweep declares it missing ("
                                    + gap.get().reason()
                                    + "): remove that declaration");
                } else if (!present && gap.isEmpty()) {
                    problems.add(
                            "no result for "
                                    + s.describe()
                                    + " at size "
                                    + c.size()
                                    + " in "
                                    + dir);
                }
            }
        }
        return new Measured(PerformanceReport.slashes(dir) + "/", List.copyOf(files), index);
    }

    /** The table of {@code measured}, under the runs' stamps. */
    String markdown(Measured measured) {
        StringBuilder out = new StringBuilder();
        if (measured.files().isEmpty()) {
            out.append("_No results yet: no run in `").append(measured.source()).append("`._\n");
        } else {
            List<BenchmarkResult> all =
                    measured.files().stream().flatMap(f -> f.results().stream()).toList();
            // The runs followed each other in one experiment: the first one's machine and
            // date stand for all. The sweep informs a choice and has no targets to judge.
            out.append(
                            RunStamp.of(all, measured.files().get(0).machine(), measured.source())
                                    .provenance())
                    .append('\n');
        }
        out.append('\n');
        List<String> header = new ArrayList<>(List.of(shortName()));
        columns.forEach(c -> header.add(c.heading()));
        List<List<String>> lines = new ArrayList<>();
        Map<String, Integer> declaredEmpty = new LinkedHashMap<>();
        for (String value : values) {
            List<String> line = new ArrayList<>();
            line.add(value + (value.equals(libraryValue) ? " (the library's)" : ""));
            for (Column c : columns) {
                Optional<BenchmarkResult> r = find(measured.index(), c, value);
                if (r.isEmpty()) {
                    String reason =
                            Gap.declared(gaps, cell(c, value), c.size()).orElseThrow().reason();
                    declaredEmpty.merge(reason, 1, Integer::sum);
                }
                line.add(
                        r.map(
                                        x ->
                                                c.allocation()
                                                        ? Formats.bytes(x.allocation())
                                                        : Formats.time(x.time())
                                                                + " "
                                                                + x.timeUnit())
                                .orElse(Formats.MISSING));
            }
            lines.add(line);
        }
        out.append(Formats.table(header, 1, lines));
        declaredEmpty.forEach(
                (reason, cells) ->
                        out.append("\n- **Without a result on purpose (—):** ")
                                .append(cells)
                                .append(cells == 1 ? " cell, " : " cells, ")
                                .append(reason)
                                .append('\n'));
        return out.toString();
    }

    /** The property's last segment, as the table's first heading: {@code fanout}. */
    private String shortName() {
        String name = property.substring(property.lastIndexOf('.') + 1);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private Optional<BenchmarkResult> find(ResultIndex index, Column c, String value) {
        return index.find(cell(c, value), c.size());
    }

    /** The property's value in the JVM options of the fork that measured {@code r}. */
    private Optional<String> valueOf(BenchmarkResult r) {
        String prefix = "-D" + property + "=";
        List<String> set =
                r.settings().jvmArgs().stream()
                        .filter(a -> a.startsWith(prefix))
                        .map(a -> a.substring(prefix.length()))
                        .collect(Collectors.toList());
        return set.isEmpty() ? Optional.empty() : Optional.of(set.get(set.size() - 1));
    }
}
