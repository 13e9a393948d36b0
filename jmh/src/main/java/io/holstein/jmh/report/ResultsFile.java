package io.holstein.jmh.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One results file of a group, as {@code jmh/run --full} writes it into {@code jmh/results/}: JMH's
 * JSON of one run ({@code NAME.json}) and the machine it ran on, with the run's JMH options ({@code
 * NAME.machine.properties}). A run of the whole group writes {@code GROUP.json}; a run narrowed to
 * part of the group ({@code jmh/run --full GROUP-PART}) writes {@code GROUP-PART.json}, whose
 * results stand in for those of {@code GROUP.json} at the same benchmark, parameters and size. So
 * measuring part of a group, a benchmark added since its run or a few cells again, leaves the rest
 * of its committed results as they are, and each file keeps its own provenance.
 *
 * @param name the file's name without {@code .json}, e.g. {@code rope} or {@code rope-charsequence}
 * @param source the file as the reader finds it, e.g. {@code jmh/results/rope.json}
 * @param results its results, in file order
 * @param machine where and when they were measured, and with which JMH options
 */
record ResultsFile(String name, String source, List<BenchmarkResult> results, MachineInfo machine) {

    /**
     * Ends a group's name and begins a part's in a file name; a group's name, a package's last
     * segment, never holds it.
     */
    static final char PART_SEPARATOR = '-';

    /** The group's own file first, then its parts by name. */
    static final Comparator<ResultsFile> GROUP_FIRST =
            Comparator.comparing(ResultsFile::isPart).thenComparing(ResultsFile::name);

    ResultsFile {
        results = List.copyOf(results);
    }

    /** Reads {@code json} and the machine properties beside it. */
    static ResultsFile read(Path json) throws IOException {
        String name = json.getFileName().toString().replaceFirst("\\.json$", "");
        return new ResultsFile(
                name,
                PerformanceReport.slashes(json),
                JmhResults.read(json),
                MachineInfo.read(json.resolveSibling(name + ".machine.properties")));
    }

    /** The group the file belongs to: its name up to the first {@link #PART_SEPARATOR}. */
    String group() {
        int at = name.indexOf(PART_SEPARATOR);
        return at < 0 ? name : name.substring(0, at);
    }

    /** Whether the file holds a run of part of its group. */
    boolean isPart() {
        return !name.equals(group());
    }

    RunStamp stamp() {
        return RunStamp.of(results, machine, source);
    }

    /** What the run set out to measure. */
    RunScope scope() {
        return RunScope.parse(machine.jmhOptions());
    }

    /**
     * The results of one group's {@code files}: those of the group's own file that no part measured
     * again, then those of each part. Adds a problem for each cell that two parts both measured,
     * since neither can say which run is the later.
     */
    static List<BenchmarkResult> combine(List<ResultsFile> files, Set<String> problems) {
        Map<String, String> measuredInPart = new HashMap<>();
        List<BenchmarkResult> fromParts = new ArrayList<>();
        for (ResultsFile file : files) {
            if (!file.isPart()) {
                continue;
            }
            for (BenchmarkResult r : file.results()) {
                String other = measuredInPart.putIfAbsent(cell(r), file.source());
                if (other == null) {
                    fromParts.add(r);
                } else {
                    problems.add(
                            cell(r)
                                    + " is in both "
                                    + other
                                    + " and "
                                    + file.source()
                                    + ": delete the older file (a run of the whole group replaces"
                                    + " both)");
                }
            }
        }
        List<BenchmarkResult> combined = new ArrayList<>();
        for (ResultsFile file : files) {
            if (!file.isPart()) {
                file.results().stream()
                        .filter(r -> !measuredInPart.containsKey(cell(r)))
                        .forEach(combined::add);
            }
        }
        combined.addAll(fromParts);
        return combined;
    }

    /**
     * A result's benchmark, parameters and size, e.g. {@code RopeReadBenchmark.ropeChars [...]}.
     */
    private static String cell(BenchmarkResult r) {
        return r.shortName() + " " + r.params() + " at size " + r.size();
    }
}
