package io.holstein.jmh.report;

import java.awt.AWTError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes the generated sections of the performance page and of the group pages from JMH's JSON
 * results.
 *
 * <p>Usage: {@code PerformanceReport --results DIR --doc FILE [--print]}. {@code FILE} is the
 * performance page ({@code docs/performance.md}); the group pages are {@code benchmarks/<group>.md}
 * and the charts {@code img/performance-<group>.png} beside it. From every {@code DIR/<group>.json}
 * and {@code DIR/<group>-<part>.json}, the runs of a group and of parts of it ({@link ResultsFile},
 * each with its {@code .machine.properties}), and {@code DIR/<group>.memory.md} it writes, between
 * markers {@code <!-- generated:NAME:begin -->} and {@code <!-- generated:NAME:end -->}:
 *
 * <ul>
 *   <li>in the performance page, each {@link Family}'s section {@code <group>}: the run's stamp,
 *       the headline rows with their verdicts, a few rows of the memory table and the chart; and
 *       the crossover's summary, section {@code crossover};
 *   <li>in the group's page, its targets and memory targets ({@code <group>-targets}), its full
 *       tables of ratios, allocation and time ({@code <group>}), its memory table ({@code
 *       <group>-memory}) and its experiment over a benchmark-only property, if it has one ({@code
 *       <group>-sweep}, read from {@code DIR/<folder>/}, see {@link PropertySweep}).
 * </ul>
 *
 * <p>A group that has no results file yet is reported all the same if it declares its cells empty
 * ({@link Gap}): every cell its tables name must then be declared, with the run that measures it.
 *
 * <p>Text outside the markers is left as it is; a missing page starts from a skeleton. Nothing is
 * written unless every table and chart finds every result it names. Run it headless ({@code
 * -Djava.awt.headless=true}); if a chart cannot be drawn, the section says so and the tables are
 * written all the same.
 */
public final class PerformanceReport {

    private static final String SKELETON = "performance-skeleton.md";

    /**
     * One group's committed results, read and checked.
     *
     * @param files the group's results files that supply a result, its own first
     * @param superseded the group's results files none of whose results is shown, since parts
     *     measured every one of them again
     * @param index the results of every file, a part's standing in for the group's
     */
    private record Loaded(
            ReportGroup group,
            List<ResultsFile> files,
            List<ResultsFile> superseded,
            ResultIndex index,
            GroupReport report,
            MarkdownTable memory,
            PropertySweep.Measured sweep) {

        List<RunStamp> stamps() {
            return files.stream().map(ResultsFile::stamp).toList();
        }

        /** Each run's stamp, one paragraph each; or that the group has no results yet. */
        String stampMarkdown() {
            if (files.isEmpty()) {
                return GroupReport.NO_RESULTS;
            }
            return stamps().stream().map(RunStamp::markdown).collect(Collectors.joining("\n"));
        }
    }

    private PerformanceReport() {}

    /**
     * Runs the generator; exits with status 2 on bad arguments, 1 when there is no result or a
     * table or chart names a result that is missing, in which case nothing is written.
     */
    public static void main(String[] args) throws IOException {
        Path resultsDir = null;
        Path doc = null;
        boolean print = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--results" -> resultsDir = Path.of(args[++i]);
                case "--doc" -> doc = Path.of(args[++i]);
                case "--print" -> print = true;
                default -> usage("unknown argument: " + args[i]);
            }
        }
        if (resultsDir == null || doc == null) {
            usage("--results and --doc are required");
        }
        List<Path> files = filesEndingWith(resultsDir, ".json");
        if (files.isEmpty()) {
            System.err.println("no JMH results (*.json) in " + resultsDir);
            System.exit(1);
        }

        // Every table and chart is checked before anything is written, so a failure leaves no
        // half-updated page or chart behind.
        Set<String> problems = new LinkedHashSet<>();
        Map<String, List<ResultsFile>> filesByGroup = new LinkedHashMap<>();
        for (Path file : files) {
            ResultsFile read = ResultsFile.read(file);
            filesByGroup.computeIfAbsent(read.group(), g -> new ArrayList<>()).add(read);
        }
        // A group not measured yet has no file; it is reported if it declares its cells empty.
        for (ReportGroup group : Comparisons.all()) {
            if (!filesByGroup.containsKey(group.name()) && !group.gaps().isEmpty()) {
                filesByGroup.put(group.name(), List.of());
            }
        }
        Map<String, Loaded> groups = new LinkedHashMap<>();
        for (Map.Entry<String, List<ResultsFile>> e : filesByGroup.entrySet()) {
            Loaded loaded = load(resultsDir, e.getKey(), e.getValue(), problems);
            if (loaded != null) {
                groups.put(e.getKey(), loaded);
            }
        }
        for (Family family : Families.ALL) {
            if (family.rows().isEmpty()) {
                continue;
            }
            Loaded loaded = groups.get(family.group());
            if (loaded == null && filesByGroup.containsKey(family.group())) {
                continue; // its results failed their checks, named above
            }
            if (loaded == null) {
                problems.add(
                        "the performance page's section "
                                + family.group()
                                + " names results, but "
                                + resultsDir.resolve(family.group() + ".json")
                                + " does not exist");
                continue;
            }
            family.rows().forEach(t -> t.check(loaded.index(), loaded.group().gaps(), problems));
            if (family.memory() != null) {
                checkMemory(loaded, family, problems);
            }
        }
        if (!problems.isEmpty()) {
            problems.forEach(p -> System.err.println("  - " + p));
            System.err.println(
                    "Nothing written. Run the group again (jmh/run --full GROUP) or correct the"
                            + " definitions in io.holstein.jmh.report; a cell an implementation"
                            + " cannot have is declared there as a Gap.");
            System.exit(1);
        }

        Path docsDir = doc.toAbsolutePath().getParent();
        Set<String> charts = new LinkedHashSet<>();
        for (Loaded loaded : groups.values()) {
            if (drawChart(docsDir, loaded)) {
                charts.add(loaded.group().name());
            }
            writeGroupPage(resultsDir, docsDir, loaded, charts);
        }
        String page =
                Files.isRegularFile(doc)
                        ? Files.readString(doc, StandardCharsets.UTF_8)
                        : skeleton();
        for (Family family : Families.ALL) {
            String section = familySection(family, groups.get(family.group()), charts);
            page = MarkedSections.replace(page, family.group(), family.title(), section);
            if (print) {
                System.out.println("## " + family.title() + "\n\n" + section);
            }
        }
        Loaded crossover = groups.get("crossover");
        if (crossover != null) {
            String section =
                    crossover.stampMarkdown()
                            + "\n"
                            + Crossover.summary(crossover.index())
                            + "\n"
                            + chartLink(crossover, "img/", charts)
                            + "\nThe cost per write of each discipline: [benchmarks/crossover.md]"
                            + "(benchmarks/crossover.md).\n";
            page = MarkedSections.replace(page, "crossover", "Which type when", section);
            if (print) {
                System.out.println("## Which type when\n\n" + section);
            }
        }
        Files.writeString(doc, page, StandardCharsets.UTF_8);
        System.err.println("wrote " + doc);
    }

    /**
     * Checks the results of group {@code name}, read from {@code files} (none: the group is not
     * measured yet, and every cell it names must be declared empty), its memory table and its
     * experiment; adds problems and returns null if they fail.
     */
    private static Loaded load(
            Path resultsDir, String name, List<ResultsFile> files, Set<String> problems)
            throws IOException {
        ReportGroup group = Comparisons.group(name).orElse(new ReportGroup(name, name, List.of()));
        List<ResultsFile> ordered = files.stream().sorted(ResultsFile.GROUP_FIRST).toList();
        List<BenchmarkResult> results = ResultsFile.combine(ordered, problems);
        // A run whose every result its parts measured again shows nothing, so the pages name it
        // without its stamp: its settings would seem to describe figures it no longer supplies.
        Set<BenchmarkResult> shown = Collections.newSetFromMap(new IdentityHashMap<>());
        shown.addAll(results);
        Map<Boolean, List<ResultsFile>> bySupply =
                ordered.stream()
                        .collect(
                                Collectors.partitioningBy(
                                        f -> f.results().stream().anyMatch(shown::contains)));
        List<ResultsFile> showing = bySupply.get(true);
        List<ResultsFile> superseded = bySupply.get(false);
        ResultIndex index = new ResultIndex(results);
        group.targets().forEach(t -> t.check(index, group.gaps(), problems));
        group.allocationTargets().forEach(t -> t.check(index, group.gaps(), problems));
        if (group.chart() != null) {
            group.chart().check(index, group.gaps(), problems);
        }
        MarkdownTable memory = readMemory(resultsDir, group, problems);
        PropertySweep.Measured sweep =
                group.sweep() == null ? null : group.sweep().read(resultsDir, problems);
        try {
            GroupReport report =
                    new GroupReport(
                            group,
                            results,
                            ordered.isEmpty()
                                    ? List.of(RunScope.ALL)
                                    : ordered.stream().map(ResultsFile::scope).toList(),
                            ordered.isEmpty()
                                    ? "no results file (" + resultsDir.resolve(name + ".json") + ")"
                                    : ordered.stream()
                                            .map(ResultsFile::source)
                                            .collect(Collectors.joining(" and ")));
            return new Loaded(group, showing, superseded, index, report, memory, sweep);
        } catch (MissingResultsException e) {
            problems.add(e.getMessage());
            return null;
        }
    }

    /**
     * The group's memory table, {@code <group>.memory.md}, or {@code null} if it has none; adds a
     * problem if the group's memory targets name what it lacks, if it is missing but not declared
     * so, or if it exists but is declared missing.
     */
    private static MarkdownTable readMemory(
            Path resultsDir, ReportGroup group, Set<String> problems) throws IOException {
        Path file = memoryFile(resultsDir, group.name());
        if (!Files.isRegularFile(file)) {
            if (!group.memoryTargets().isEmpty() && group.memoryMissing().isEmpty()) {
                problems.add(
                        "group "
                                + group.name()
                                + " has memory targets, but "
                                + file
                                + " is missing");
            }
            return null;
        }
        if (!group.memoryMissing().isEmpty()) {
            problems.add(
                    file
                            + " exists, but group "
                            + group.name()
                            + " declares it missing ("
                            + group.memoryMissing()
                            + "): remove that declaration");
        }
        MarkdownTable table;
        try {
            table = MarkdownTable.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            problems.add(file + ": " + e.getMessage());
            return null;
        }
        String source = slashes(file);
        group.memoryTargets().forEach(t -> t.check(table, source, problems));
        return table;
    }

    private static Path memoryFile(Path resultsDir, String group) {
        return resultsDir.resolve(group + ".memory.md");
    }

    /** Writes the generated sections of {@code benchmarks/<group>.md} and draws its chart. */
    private static void writeGroupPage(
            Path resultsDir, Path docsDir, Loaded loaded, Set<String> charts) throws IOException {
        ReportGroup group = loaded.group();
        Path file = docsDir.resolve("benchmarks").resolve(group.name() + ".md");
        String page =
                Files.isRegularFile(file)
                        ? Files.readString(file, StandardCharsets.UTF_8)
                        : "# "
                                + group.title()
                                + "\n\n[Back to the performance page](../performance.md)\n";
        if (!group.targets().isEmpty()
                || !group.allocationTargets().isEmpty()
                || !group.memoryTargets().isEmpty()) {
            String targets = loaded.stampMarkdown() + "\n";
            if (!group.targets().isEmpty()) {
                targets += TargetTable.markdown(group.targets(), loaded.index(), group.gaps());
            }
            if (!group.allocationTargets().isEmpty()) {
                targets +=
                        "\nBytes allocated by one step of an operation, from"
                                + " `gc.alloc.rate.norm`:\n\n"
                                + AllocationTarget.markdown(
                                        group.allocationTargets(), loaded.index(), group.gaps());
            }
            if (!group.memoryTargets().isEmpty()) {
                targets +=
                        "\nMemory, from the JOL table below (exact counts: met or not met):\n\n"
                                + MemoryTarget.markdown(
                                        group.memoryTargets(),
                                        loaded.memory(),
                                        group.memoryMissing());
            }
            page = MarkedSections.replace(page, group.name() + "-targets", "Targets", targets);
        }
        String chart = chartLink(loaded, "../img/", charts);
        String tables = loaded.report().markdown(loaded.files(), loaded.superseded(), chart);
        String cost = Crossover.costTable(loaded.index());
        if (!cost.isEmpty()) {
            tables += "\n#### Time per write (a round's time ÷ its writes)\n\n" + cost;
        }
        page = MarkedSections.replace(page, group.name(), "Results", tables);
        Path memory = memoryFile(resultsDir, group.name());
        if (Files.isRegularFile(memory)) {
            String section =
                    Files.readString(memory, StandardCharsets.UTF_8)
                            + "\nSource: `"
                            + slashes(memory)
                            + "`, written by `jmh/run --full "
                            + group.name()
                            + "`.\n";
            page = MarkedSections.replace(page, group.name() + "-memory", "Memory", section);
        } else if (!group.memoryMissing().isEmpty()) {
            page =
                    MarkedSections.replace(
                            page,
                            group.name() + "-memory",
                            "Memory",
                            "`" + slashes(memory) + "`: " + group.memoryMissing() + ".\n");
        }
        if (loaded.sweep() != null) {
            page =
                    MarkedSections.replace(
                            page,
                            group.name() + "-sweep",
                            "Experiment",
                            group.sweep().markdown(loaded.sweep()));
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, page, StandardCharsets.UTF_8);
        System.err.println("wrote " + file);
    }

    /** The performance page's section of {@code family}. */
    private static String familySection(Family family, Loaded loaded, Set<String> charts) {
        if (!family.pending().isEmpty()) {
            return family.pending() + "\n";
        }
        StringBuilder out = new StringBuilder();
        out.append(loaded.stampMarkdown()).append('\n');
        out.append(TargetTable.markdown(family.rows(), loaded.index(), loaded.group().gaps()))
                .append('\n');
        if (family.memory() != null) {
            out.append(
                            loaded.memory() == null
                                    ? "Memory per entry: " + loaded.group().memoryMissing() + ".\n"
                                    : memoryTable(loaded.memory(), family))
                    .append('\n');
        }
        String chart = chartLink(loaded, "img/", charts);
        if (!chart.isEmpty()) {
            out.append(chart).append('\n');
        }
        out.append("Every operation, size and peer, with the targets: [benchmarks/")
                .append(family.group())
                .append(".md](benchmarks/")
                .append(family.group())
                .append(".md).\n");
        return out.toString();
    }

    private static String memoryTable(MarkdownTable memory, Family family) {
        return memory.select(family.memory().rows(), family.memory().columns());
    }

    /**
     * Adds a problem if the group's memory table lacks what {@code family} shows of it, or is
     * missing without a declared reason.
     */
    private static void checkMemory(Loaded loaded, Family family, Set<String> problems) {
        if (loaded.memory() == null) {
            if (loaded.group().memoryMissing().isEmpty()) {
                problems.add(
                        "the performance page shows memory of "
                                + family.group()
                                + ", but its "
                                + family.group()
                                + ".memory.md does not exist or is not a table");
            }
            return;
        }
        try {
            memoryTable(loaded.memory(), family);
        } catch (IllegalArgumentException e) {
            problems.add(family.group() + ".memory.md: " + e.getMessage());
        }
    }

    /**
     * Draws the group's chart into {@code img/} beside the pages; false (with the reason on
     * standard error) if the group has none or it cannot be drawn here.
     */
    private static boolean drawChart(Path docsDir, Loaded loaded) {
        ChartSpec chart = loaded.group().chart();
        if (chart == null) {
            return false;
        }
        Path file = docsDir.resolve("img").resolve(chartFile(loaded));
        List<RatioLine> data = chart.data(loaded.index());
        if (data.stream().allMatch(l -> l.x().length == 0)) {
            System.err.println("chart of " + loaded.group().name() + " not drawn: no results yet");
            return false;
        }
        try {
            RatioChart.draw(chart, data, loaded.stamps(), file);
            System.err.println("wrote " + file);
            return true;
        } catch (IOException | RuntimeException | LinkageError | AWTError | InternalError e) {
            // A JDK without fonts or native AWT libraries fails here with an Error, not an
            // exception; the tables are worth writing without the picture.
            System.err.println("chart not drawn: " + e);
            return false;
        }
    }

    private static String chartFile(Loaded loaded) {
        return "performance-" + loaded.group().name() + ".png";
    }

    /** The markdown that shows the group's chart from {@code folder}, if it was drawn. */
    private static String chartLink(Loaded loaded, String folder, Set<String> charts) {
        if (!charts.contains(loaded.group().name())) {
            return "";
        }
        return "![" + loaded.group().chart().title() + "](" + folder + chartFile(loaded) + ")\n";
    }

    private static List<Path> filesEndingWith(Path dir, String suffix) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return new ArrayList<>(
                    files.filter(f -> f.getFileName().toString().endsWith(suffix))
                            .sorted()
                            .toList());
        }
    }

    private static String skeleton() throws IOException {
        try (InputStream in = PerformanceReport.class.getResourceAsStream(SKELETON)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + SKELETON);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: PerformanceReport --results DIR --doc FILE [--print]");
        System.exit(2);
    }
}
