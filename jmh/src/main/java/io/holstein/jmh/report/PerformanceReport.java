package io.holstein.jmh.report;

import java.awt.AWTError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes the generated sections of {@code docs/performance.md} from JMH's JSON results.
 *
 * <p>Usage: {@code PerformanceReport --results DIR --doc FILE [--print]}. Every {@code
 * DIR/<group>.json} becomes the section between the markers {@code <!-- generated:<group>:begin
 * -->} and {@code <!-- generated:<group>:end -->} of {@code FILE}: the run's date, machine ({@code
 * DIR/<group>.machine.properties}), JDK and JMH settings, the ratios of Holstein to its peers
 * defined in {@link Comparisons}, the bytes allocated and the time per operation, and a chart,
 * {@code img/performance-<group>.png} beside {@code FILE}. Text outside the markers is left as it
 * is; a missing {@code FILE} starts from a prose skeleton. With {@code --print} the sections also
 * go to standard output. Run it headless ({@code -Djava.awt.headless=true}); if the chart cannot be
 * drawn, the section says so and the tables are written all the same. Every {@code
 * DIR/<group>.memory.md} (a footprint table, see {@code io.holstein.jmh.memory.Footprints}) goes
 * between the markers of {@code <group>-memory}.
 */
public final class PerformanceReport {

    private static final String SKELETON = "performance-skeleton.md";

    private PerformanceReport() {}

    /**
     * Runs the generator; exits with status 2 on bad arguments, 1 when there is no result or a
     * group's results lack a cell its tables name ({@link GroupReport}), in which case nothing is
     * written.
     */
    public static void main(String[] args) throws IOException {
        Path results = null;
        Path doc = null;
        boolean print = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--results" -> results = Path.of(args[++i]);
                case "--doc" -> doc = Path.of(args[++i]);
                case "--print" -> print = true;
                default -> usage("unknown argument: " + args[i]);
            }
        }
        if (results == null || doc == null) {
            usage("--results and --doc are required");
        }
        List<Path> files = resultFiles(results);
        if (files.isEmpty()) {
            System.err.println("no JMH results (*.json) in " + results);
            System.exit(1);
        }

        String document =
                Files.isRegularFile(doc)
                        ? Files.readString(doc, StandardCharsets.UTF_8)
                        : skeleton();
        // Every group is checked before anything is written, so a failure leaves no half-updated
        // document or chart behind.
        Map<String, GroupReport> reports = new LinkedHashMap<>();
        Map<String, List<BenchmarkResult>> measured = new LinkedHashMap<>();
        Map<String, MachineInfo> machines = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        for (Path file : files) {
            String name = groupName(file);
            ReportGroup group =
                    Comparisons.group(name).orElse(new ReportGroup(name, name, List.of()));
            measured.put(name, JmhResults.read(file));
            machines.put(name, MachineInfo.read(results.resolve(name + ".machine.properties")));
            try {
                reports.put(
                        name,
                        new GroupReport(
                                group,
                                measured.get(name),
                                RunScope.parse(machines.get(name).jmhOptions()),
                                slashes(file)));
            } catch (MissingResultsException e) {
                failures.add(e.getMessage());
            }
        }
        if (!failures.isEmpty()) {
            failures.forEach(System.err::println);
            System.err.println(doc + " not written.");
            System.exit(1);
        }
        for (Path file : files) {
            String name = groupName(file);
            GroupReport report = reports.get(name);
            String title = report.group().title();
            String chart = chart(report, doc, name);
            String section =
                    report.markdown(machines.get(name), "`" + slashes(file) + "`", chart)
                            + CadenceChart.markdown(measured.get(name), doc, name);
            document = MarkedSections.replace(document, name, title, section);
            if (print) {
                System.out.println("## " + title + " (" + name + ")\n");
                System.out.println(section);
            }
        }
        for (Path file : memoryFiles(results)) {
            String name = file.getFileName().toString().replaceFirst("\\.memory\\.md$", "");
            String title = Comparisons.group(name).map(ReportGroup::title).orElse(name);
            String section =
                    Files.readString(file, StandardCharsets.UTF_8)
                            + "\nSource: `"
                            + slashes(file)
                            + "`, written by `jmh/run --full "
                            + name
                            + "`.\n";
            document =
                    MarkedSections.replace(document, name + "-memory", title + ": memory", section);
        }
        Path parent = doc.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Files.writeString(doc, document, StandardCharsets.UTF_8);
        System.err.println("wrote " + doc);
    }

    /**
     * Draws the group's chart beside the document and returns the markdown that shows it, or a note
     * saying why there is none.
     */
    private static String chart(GroupReport report, Path doc, String name) {
        String relative = "img/performance-" + name + ".png";
        Path file = doc.toAbsolutePath().getParent().resolve(relative);
        String title = report.group().title();
        try {
            if (!RatioChart.draw(title, report.ratioLines(), file)) {
                return "_No chart: no comparison has results on both sides._\n";
            }
            System.err.println("wrote " + file);
            return "![" + title + ": Holstein time ÷ peer time by size](" + relative + ")\n";
        } catch (IOException | RuntimeException | LinkageError | AWTError | InternalError e) {
            // A JDK without fonts or native AWT libraries fails here with an Error, not an
            // exception; the tables are worth writing without the picture.
            System.err.println("chart not drawn: " + e);
            return "_Chart not drawn on this machine ("
                    + e.getClass().getSimpleName()
                    + "); the tables above are complete._\n";
        }
    }

    /** The group of a results file: {@code list} for {@code list.json}. */
    private static String groupName(Path resultFile) {
        return resultFile.getFileName().toString().replaceFirst("\\.json$", "");
    }

    private static List<Path> resultFiles(Path dir) throws IOException {
        return filesEndingWith(dir, ".json");
    }

    /** The footprint tables, {@code <group>.memory.md}, that {@code jmh/run --full} writes. */
    private static List<Path> memoryFiles(Path dir) throws IOException {
        return filesEndingWith(dir, ".memory.md");
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

    private static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: PerformanceReport --results DIR --doc FILE [--print]");
        System.exit(2);
    }
}
