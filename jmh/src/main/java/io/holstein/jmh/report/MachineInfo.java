package io.holstein.jmh.report;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The machine a run happened on, when, and with which JMH options. JMH's JSON records neither the
 * machine nor every option (not {@code -gc}, for one), so {@code jmh/run} writes this next to each
 * results file ({@code <group>.machine.properties}) just before running the group, and the report
 * reads it back later, possibly elsewhere.
 *
 * @param cores the processors available to the JVM
 * @param cpu the CPU model from {@code /proc/cpuinfo}, or {@code "unknown CPU"}
 * @param os the operating system, its kernel version and architecture
 * @param date when the run started, UTC, to the minute
 * @param jmhOptions the options {@code jmh/run} gave JMH, or {@code ""} if unknown
 */
public record MachineInfo(String cores, String cpu, String os, String date, String jmhOptions) {

    private static final String UNKNOWN = "unknown";

    /**
     * Writes the current machine's description to the file named by the first argument; the other
     * arguments are the JMH options of the run, recorded as given.
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: MachineInfo <out.properties> [JMH option...]");
            System.exit(2);
        }
        current(String.join(" ", List.of(args).subList(1, args.length))).write(Path.of(args[0]));
    }

    /** Describes the machine this JVM runs on, now, for a run with {@code jmhOptions}. */
    static MachineInfo current(String jmhOptions) {
        String os =
                System.getProperty("os.name")
                        + " "
                        + System.getProperty("os.version")
                        + " "
                        + System.getProperty("os.arch");
        Optional<String> distribution = firstValue(Path.of("/etc/os-release"), "PRETTY_NAME", '=');
        return new MachineInfo(
                String.valueOf(Runtime.getRuntime().availableProcessors()),
                firstValue(Path.of("/proc/cpuinfo"), "model name", ':').orElse("unknown CPU"),
                distribution.map(d -> d + ", " + os).orElse(os),
                OffsetDateTime.now(ZoneOffset.UTC)
                        .truncatedTo(ChronoUnit.MINUTES)
                        .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")),
                jmhOptions);
    }

    /** Reads what {@link #main} wrote; fields of a missing file or key read as unknown. */
    static MachineInfo read(Path file) throws IOException {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(reader);
            }
        }
        return new MachineInfo(
                p.getProperty("cores", UNKNOWN),
                p.getProperty("cpu", "unknown CPU"),
                p.getProperty("os", "unknown OS"),
                p.getProperty("date", "unknown date"),
                p.getProperty("jmhOptions", ""));
    }

    /** One phrase for the report, e.g. {@code 2 cores, AMD EPYC, Linux 6.1 amd64}. */
    String describe() {
        return cores + (cores.equals("1") ? " core, " : " cores, ") + cpu + ", " + os;
    }

    /** Writes this description to {@code file}, as {@link #read} reads it back. */
    void write(Path file) throws IOException {
        Properties p = new Properties();
        p.setProperty("cores", cores);
        p.setProperty("cpu", cpu);
        p.setProperty("os", os);
        p.setProperty("date", date);
        p.setProperty("jmhOptions", jmhOptions);
        StringWriter text = new StringWriter();
        p.store(text, null);
        // Properties.store begins with a time-stamp comment; the date key already says when.
        String body =
                text.toString()
                        .lines()
                        .filter(line -> !line.startsWith("#"))
                        .sorted()
                        .collect(Collectors.joining("\n", "", "\n"));
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.write(body);
        }
    }

    /** The value of the first line {@code key<separator>value} of a text file, trimmed. */
    private static Optional<String> firstValue(Path file, String key, char separator) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
        for (String line : lines) {
            int at = line.indexOf(separator);
            if (at > 0 && line.substring(0, at).trim().equals(key)) {
                String value = line.substring(at + 1).trim();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                return value.isEmpty() ? Optional.empty() : Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
