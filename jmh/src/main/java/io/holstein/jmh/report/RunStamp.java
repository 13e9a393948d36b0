package io.holstein.jmh.report;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a set of results comes from, in the words every generated section and every chart carries:
 * date, CPU model and cores, JDK and JMH settings, read from JMH's JSON and the run's {@link
 * MachineInfo}, and whether the results may decide verdicts.
 *
 * @param date when the run started
 * @param machine the CPU model and the number of cores
 * @param jdk the JDK version(s)
 * @param jmh JMH's version and iteration settings
 * @param decides whether every result may decide a verdict
 * @param rawData whether every result is JMH's own output (with its raw iteration data)
 * @param source the results file, as the reader finds it
 */
record RunStamp(
        String date,
        String machine,
        String jdk,
        String jmh,
        boolean decides,
        boolean rawData,
        String source) {

    /** The stamp of {@code results}, run on {@code machine}, read from {@code source}. */
    static RunStamp of(List<BenchmarkResult> results, MachineInfo machine, String source) {
        Set<RunSettings> settings =
                results.stream()
                        .map(BenchmarkResult::settings)
                        .collect(Collectors.toCollection(LinkedHashSet::new));
        return new RunStamp(
                machine.date(),
                machine.cpu() + ", " + machine.cores() + " cores",
                settings.stream()
                        .map(RunSettings::jdk)
                        .distinct()
                        .collect(Collectors.joining("; ")),
                settings.stream()
                        .map(s -> "JMH " + s.jmhVersion() + ", " + s.describeIterations())
                        .distinct()
                        .collect(Collectors.joining("; ")),
                !results.isEmpty() && results.stream().allMatch(BenchmarkResult::decidesVerdicts),
                results.stream().allMatch(BenchmarkResult::rawData),
                source);
    }

    /** One markdown paragraph: the provenance, then whether verdicts are given and why not. */
    String markdown() {
        return provenance()
                + " "
                + (decides
                        ? "Verdicts given: the run has " + rule() + "."
                        : "**Indicative**: " + whyNot())
                + "\n";
    }

    /** Where, when and how the run was made, in italics, for results that decide nothing. */
    String provenance() {
        return "_Run of "
                + date
                + " on "
                + machine
                + ", "
                + jdk
                + ", "
                + jmh
                + "; results `"
                + source
                + "`._";
    }

    /** The lines a chart prints under its plot. */
    List<String> imageLines() {
        return List.of(
                "Run of " + date + " on " + machine + ", " + jdk + ", " + jmh + "; " + source + ".",
                decides
                        ? "Verdicts given: the run has " + rule() + "."
                        : "Indicative, no verdict: " + whyNot());
    }

    private String whyNot() {
        StringBuilder why = new StringBuilder();
        if (!rawData) {
            why.append("the file lacks JMH's raw iteration data, so it is not JMH's own output; ");
        }
        why.append("a verdict needs a run of ").append(rule()).append(" on a quiet machine.");
        return why.toString();
    }

    private static String rule() {
        return "at least "
                + RunSettings.MIN_FORKS
                + " forks × "
                + RunSettings.MIN_ITERATIONS
                + " measured iterations";
    }
}
