package io.holstein.jmh.rope;

import static io.holstein.jmh.TextKinds.LATIN1;
import static io.holstein.jmh.TextKinds.UTF16;

import com.sun.management.HotSpotDiagnosticMXBean;
import io.holstein.string.Rope;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.openjdk.jol.info.GraphLayout;

/**
 * Measures memory per char with JOL ({@code GraphLayout.parseInstance(...).totalSize()}, every
 * object reachable from the text): a {@code String}, a rope built at once, and the same rope after
 * 10,000 random one-to-sixteen-char edits (inserts, deletes, replaces at pseudo-random places, the
 * length kept about the same), for Latin-1 and UTF-16 text.
 *
 * <p>Targets: for Latin-1 text of 1,000,000 chars and more, a fresh rope takes at most 1.1 × a
 * {@code String}'s bytes, and an edited one at most 2 ×.
 *
 * <p>Usage: {@code Footprint [OUTPUT.md]}; it prints a Markdown table and, given a file, writes it
 * there too. {@code jmh/run --full rope} runs it into {@code jmh/results/rope.memory.md}, which the
 * report copies into {@code docs/performance.md}. The table has columns of its own rather than
 * {@code io.holstein.jmh.memory.Footprints}' "structure only" bytes, since a rope's structure and
 * its text cannot be told apart: here the text's bytes are included on both sides.
 */
public final class Footprint {

    private static final int[] LENGTHS = {1_000, 1_000_000, 10_000_000};

    private Footprint() {}

    /**
     * Prints the table, and writes it to {@code args[0]} if given.
     *
     * @param args an optional output file
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("Bytes per char, measured with JOL ")
                .append("0.17")
                .append(" (`GraphLayout.totalSize()`), ")
                .append(
                        ZonedDateTime.now(ZoneOffset.UTC)
                                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")))
                .append(", JDK ")
                .append(System.getProperty("java.version"))
                .append(", ")
                .append("UseCompressedOops=")
                .append(compressedOops())
                .append(". Edited: ")
                .append(RopeFixtures.EDITS)
                .append(" random edits of 1 to 16 chars.\n\n");
        out.append(
                "| Text | Chars | `String` | `Rope` fresh | ÷ `String` | `Rope` edited | ÷ `String` | chunks fresh | chunks edited |\n");
        out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (String kind : new String[] {LATIN1, UTF16}) {
            for (int length : LENGTHS) {
                String string = RopeFixtures.text(kind, length);
                Rope fresh = Rope.of(string);
                Rope edited = RopeFixtures.edited(fresh, RopeFixtures.text(kind, 64));
                double s = perChar(string, string.length());
                double f = perChar(fresh, fresh.length());
                double e = perChar(edited, edited.length());
                out.append(
                        String.format(
                                Locale.ROOT,
                                "| %s | %,d | %.3f | %.3f | %.3f | %.3f | %.3f | %,d | %,d |%n",
                                kind,
                                length,
                                s,
                                f,
                                f / s,
                                e,
                                e / s,
                                chunks(fresh),
                                chunks(edited)));
            }
        }
        PrintStream console = System.out;
        console.print(out);
        if (args.length > 0) {
            Files.writeString(Path.of(args[0]), out, StandardCharsets.UTF_8);
        }
    }

    /** The JVM's {@code UseCompressedOops} flag, which decides the size of every reference. */
    private static String compressedOops() {
        return ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                .getVMOption("UseCompressedOops")
                .getValue();
    }

    private static double perChar(Object root, int length) {
        return (double) GraphLayout.parseInstance(root).totalSize() / length;
    }

    /** The number of chunks: JOL's count of byte[] and char[] objects in the rope. */
    private static long chunks(Rope rope) {
        GraphLayout layout = GraphLayout.parseInstance(rope);
        return layout.getClasses().stream()
                .filter(c -> c == byte[].class || c == char[].class)
                .mapToLong(c -> layout.getClassCounts().count(c))
                .sum();
    }
}
