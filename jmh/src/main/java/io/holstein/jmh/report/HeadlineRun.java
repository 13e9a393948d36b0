package io.holstein.jmh.report;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * {@code jmh/run}'s default job: measures the performance page's headline rows ({@link Families})
 * with quick settings, then prints them as one table and draws them as one chart.
 *
 * <p>Usage:
 *
 * <ul>
 *   <li>{@code HeadlineRun --out DIR -- JMH_OPTION...}: runs every benchmark the rows name, at the
 *       rows' sizes only, with the given JMH options (forks, iterations, JVM arguments), writes
 *       JMH's JSON to {@code DIR/headline.json} and the machine to {@code
 *       DIR/headline.machine.properties}, then prints the table and draws {@code DIR/headline.png};
 *   <li>{@code HeadlineRun --plan [-- JMH_OPTION...]}: prints the JMH runs and an estimate of their
 *       time, and checks that every row pins every parameter of its benchmark (CI runs it);
 *   <li>{@code HeadlineRun --table RESULTS_DIR --out DIR}: the table and chart from results already
 *       measured (every {@code *.json} in {@code RESULTS_DIR}), without running anything.
 * </ul>
 *
 * <p>Quick settings cannot meet DESIGN.md §6's rule for verdicts, so the table marks every verdict
 * "(indicative)": it only says where the quick run's bounds fall.
 */
public final class HeadlineRun {

    /** The results file of a headline run, in its output folder. */
    static final String RESULTS = "headline.json";

    /**
     * Roughly what a fork costs beyond its iterations (JVM start, heap, the fixture's set-up), on 2
     * cores; for the estimate printed before a run.
     */
    private static final double FORK_SECONDS = 1.5;

    private static final String SIZE = "size";
    private static final String LENGTH = "length";
    private static final String TYPE = "type";

    /**
     * One JMH run: a benchmark method at one size and fixed parameters, over one or more {@code
     * type}s.
     *
     * @param series one of the series it measures, for the benchmark and its parameters
     * @param size the size (or length)
     * @param params the parameters other than size and type
     * @param types the {@code type} values, empty if the benchmark has no {@code type}
     */
    private record JmhRun(
            Series series, String size, Map<String, String> params, List<String> types) {

        String sizeParam() {
            return series.benchmark().declaredParams().containsKey(SIZE) ? SIZE : LENGTH;
        }

        int benchmarks() {
            return Math.max(1, types.size());
        }

        String describe() {
            StringBuilder d = new StringBuilder(series.benchmark().shortName());
            d.append(" [").append(sizeParam()).append('=').append(Formats.size(size));
            params.forEach((k, v) -> d.append(", ").append(k).append('=').append(v));
            if (!types.isEmpty()) {
                d.append(", type=").append(String.join(",", types));
            }
            return d.append(']').toString();
        }

        Options options(Options parent) {
            ChainedOptionsBuilder b =
                    new OptionsBuilder()
                            .parent(parent)
                            .include("^" + Pattern.quote(series.benchmark().fullName()) + "$")
                            .param(sizeParam(), size)
                            .shouldFailOnError(true);
            params.forEach(b::param);
            if (!types.isEmpty()) {
                b.param(TYPE, types.toArray(String[]::new));
            }
            return b.build();
        }
    }

    private HeadlineRun() {}

    /** Runs as the class comment says; exits with status 2 on bad arguments, 1 on failure. */
    public static void main(String[] args) throws IOException {
        int dashes = Arrays.asList(args).indexOf("--");
        String[] own = dashes < 0 ? args : Arrays.copyOfRange(args, 0, dashes);
        String[] jmh =
                dashes < 0 ? new String[0] : Arrays.copyOfRange(args, dashes + 1, args.length);
        Path out = null;
        Path table = null;
        boolean plan = false;
        for (int i = 0; i < own.length; i++) {
            switch (own[i]) {
                case "--out" -> out = Path.of(own[++i]);
                case "--table" -> table = Path.of(own[++i]);
                case "--plan" -> plan = true;
                default -> usage("unknown argument: " + own[i]);
            }
        }
        CommandLineOptions cli = null;
        try {
            cli = new CommandLineOptions(jmh);
        } catch (CommandLineOptionException e) {
            usage("JMH options: " + e.getMessage());
        }
        List<JmhRun> runs = plan(Families.headline());
        if (plan) {
            printPlan(runs, cli, System.out);
            return;
        }
        if (out == null) {
            usage("--out is required");
        }
        if (table != null) {
            printTable(readAll(table), out, "every *.json in " + PerformanceReport.slashes(table));
            return;
        }
        printPlan(runs, cli, System.err);
        Files.createDirectories(out);
        MachineInfo.current(String.join(" ", jmh))
                .write(out.resolve("headline.machine.properties"));
        List<RunResult> results = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < runs.size(); i++) {
            JmhRun run = runs.get(i);
            System.err.printf(
                    Locale.ROOT,
                    "==> headline run %d of %d, %.0f s so far: %s%n",
                    i + 1,
                    runs.size(),
                    (System.nanoTime() - start) / 1e9,
                    run.describe());
            try {
                results.addAll(new Runner(run.options(cli)).run());
            } catch (RunnerException e) {
                System.err.println("benchmark failed: " + run.describe() + ": " + e.getMessage());
                System.exit(1);
            }
        }
        Path json = out.resolve(RESULTS);
        try (PrintStream file =
                new PrintStream(Files.newOutputStream(json), true, StandardCharsets.UTF_8)) {
            ResultFormatFactory.getInstance(ResultFormatType.JSON, file).writeOut(results);
        }
        System.err.println("wrote " + json);
        printTable(JmhResults.read(json), out, PerformanceReport.slashes(json));
    }

    /**
     * The JMH runs that measure {@code rows}: one per benchmark method, size and parameters other
     * than {@code type}, with the {@code type}s it needs.
     *
     * @throws IllegalStateException if a row leaves a parameter of its benchmark open (JMH would
     *     run every value) or names a value the benchmark does not declare
     */
    static List<JmhRun> plan(List<Target> rows) {
        Map<String, JmhRun> runs = new LinkedHashMap<>();
        Set<String> problems = new LinkedHashSet<>();
        for (Target row : rows) {
            for (Series s :
                    Stream.concat(Stream.of(row.holstein()), row.peers().stream()).toList()) {
                Map<String, String> params = new TreeMap<>(s.params());
                String type = params.remove(TYPE);
                checkPinned(s, params, type, problems);
                String key = s.benchmark().fullName() + " " + row.size() + " " + params;
                JmhRun run = runs.get(key);
                List<String> types = new ArrayList<>(run == null ? List.of() : run.types());
                if (type != null && !types.contains(type)) {
                    types.add(type);
                }
                runs.put(key, new JmhRun(s, row.size(), Map.copyOf(params), List.copyOf(types)));
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("headline rows: " + String.join("; ", problems));
        }
        return List.copyOf(runs.values());
    }

    /** Adds a problem for each parameter of the series' benchmark that the row leaves open. */
    private static void checkPinned(
            Series s, Map<String, String> params, String type, Set<String> problems) {
        Map<String, List<String>> declared = s.benchmark().declaredParams();
        for (Map.Entry<String, List<String>> p : declared.entrySet()) {
            String name = p.getKey();
            String value = name.equals(TYPE) ? type : params.get(name);
            boolean sizeParam = name.equals(SIZE) || name.equals(LENGTH);
            if (sizeParam) {
                continue;
            }
            if (value == null && p.getValue().size() > 1) {
                problems.add(s.describe() + " leaves " + name + " open: " + p.getValue());
            } else if (value != null && !p.getValue().contains(value)) {
                problems.add(s.describe() + ": " + name + " is one of " + p.getValue());
            }
        }
    }

    private static void printPlan(List<JmhRun> runs, Options cli, PrintStream out) {
        int benchmarks = runs.stream().mapToInt(JmhRun::benchmarks).sum();
        int forks = Math.max(1, cli.getForkCount().orElse(1));
        double perFork =
                cli.getWarmupIterations().orElse(0) * seconds(cli.getWarmupTime().orElse(null))
                        + cli.getMeasurementIterations().orElse(0)
                                * seconds(cli.getMeasurementTime().orElse(null));
        double estimate = benchmarks * forks * (perFork + FORK_SECONDS);
        out.printf(
                Locale.ROOT,
                "Headline: %d benchmarks in %d JMH runs, %d fork(s) each; estimated from the"
                        + " settings, about %.0f s of benchmarking (a fork's start and set-up"
                        + " counted as %.1f s).%n",
                benchmarks,
                runs.size(),
                forks,
                estimate,
                FORK_SECONDS);
        if (out == System.out) {
            runs.forEach(r -> out.println("  " + r.describe()));
        }
    }

    private static double seconds(TimeValue t) {
        return t == null ? 0 : t.convertTo(TimeUnit.MILLISECONDS) / 1000.0;
    }

    /** Prints the headline table of {@code results} and draws its chart into {@code out}. */
    private static void printTable(List<BenchmarkResult> results, Path out, String source)
            throws IOException {
        ResultIndex index = new ResultIndex(results);
        Set<String> problems = new LinkedHashSet<>();
        List<Target> rows = Families.headline();
        List<Gap> gaps = Comparisons.gaps();
        rows.forEach(t -> t.check(index, gaps, problems));
        if (!problems.isEmpty()) {
            problems.forEach(p -> System.err.println("  - " + p));
            System.exit(1);
        }
        MachineInfo machine = MachineInfo.read(out.resolve("headline.machine.properties"));
        RunStamp stamp = RunStamp.of(results, machine, source);
        System.out.println();
        System.out.println(
                "Holstein's time ÷ the alternative's, per operation: below 1 Holstein is faster.");
        stamp.imageLines().forEach(System.out::println);
        System.out.println(
                "Verdict: where the bounds fall against the target (met: all below; not met: all"
                        + " above; level: across it).");
        System.out.println();
        System.out.print(TargetTable.text(rows, index, gaps));
        for (Family f : Families.ALL) {
            if (!f.pending().isEmpty()) {
                System.out.println(
                        f.title().replace("`", "") + ": " + f.pending().replace("`", ""));
            }
        }
        Path chart = out.resolve("headline.png");
        List<ForestChart.Row> points = new ArrayList<>();
        for (TargetTable.Row row : TargetTable.rows(rows, index, gaps)) {
            if (!row.measured()) {
                continue;
            }
            Target t = row.target();
            points.add(
                    new ForestChart.Row(
                            t.type()
                                    + " "
                                    + t.operation()
                                    + " vs "
                                    + row.peerLabel()
                                    + ", "
                                    + Formats.size(t.size()),
                            Families.of(t).kind(),
                            row.ratio()));
        }
        try {
            List<String> lines = new ArrayList<>(stamp.imageLines());
            lines.add(
                    "Bars: bounds (a ± ea) / (b ∓ eb) from JMH's 99.9 % intervals; a triangle"
                            + " marks a bar cut at the edge of the axis.");
            ForestChart.draw(
                    "Holstein ÷ the alternative users would pick: headline operations",
                    points,
                    lines,
                    chart);
            System.out.println();
            System.out.println("Chart: " + PerformanceReport.slashes(chart));
        } catch (IOException | RuntimeException | LinkageError | java.awt.AWTError e) {
            System.err.println("chart not drawn: " + e);
        }
        System.out.println(
                "Why the slower rows are slower, memory, and every peer: docs/performance.md.");
    }

    private static List<BenchmarkResult> readAll(Path dir) throws IOException {
        List<BenchmarkResult> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                all.addAll(JmhResults.read(f));
            }
        }
        return all;
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println(
                "usage: HeadlineRun --out DIR -- JMH_OPTION... | --plan [-- JMH_OPTION...]"
                        + " | --table RESULTS_DIR --out DIR");
        System.exit(2);
    }
}
