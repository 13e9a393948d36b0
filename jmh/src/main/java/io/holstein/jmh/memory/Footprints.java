package io.holstein.jmh.memory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.openjdk.jol.info.GraphLayout;
import org.openjdk.jol.vm.VM;

/**
 * Measures what a structure costs in memory beyond its contents, with JOL, and writes the figures
 * as a markdown table that {@code jmh/run} commits as {@code jmh/results/GROUP.memory.md} and the
 * report copies into {@code docs/performance.md}.
 *
 * <p>A structure's bytes are those of every object reachable from it ({@link
 * GraphLayout#parseInstance}) except its elements, keys and values, which every implementation
 * holds alike; objects shared by several elements (small cached {@code Integer}s) are subtracted
 * once, as they are counted once. A group's footprint tool adds one row per implementation and one
 * column per size, then calls {@link #write}.
 */
public final class Footprints {

    /** Row label, then per size label the bytes per element. */
    private final Map<String, Map<String, Double>> rows = new LinkedHashMap<>();

    private final List<String> sizes = new ArrayList<>();
    private final String unit;
    private final UnaryOperator<String> referenceOf;

    /**
     * @param unit what one element is called in the table, e.g. {@code entry}
     * @param reference the row every other row is divided by, e.g. {@code HashMap}
     */
    public Footprints(String unit, String reference) {
        this(unit, row -> reference);
    }

    /**
     * @param unit what one element is called in the table, e.g. {@code char}
     * @param referenceOf the row each row is divided by, e.g. the {@code StringBuilder} row of the
     *     same kind of text
     */
    public Footprints(String unit, UnaryOperator<String> referenceOf) {
        this.unit = unit;
        this.referenceOf = referenceOf;
    }

    /**
     * The bytes of {@code structure} beyond {@code contents}: every object reachable from the
     * structure but not from the contents.
     */
    public static long structureBytes(Object structure, Object... contents) {
        GraphLayout all = GraphLayout.parseInstance(structure);
        if (contents.length == 0) {
            return all.totalSize();
        }
        return all.subtract(GraphLayout.parseInstance(contents)).totalSize();
    }

    /** Records {@code bytes} for {@code elements} elements of implementation {@code label}. */
    public void add(String label, int elements, long bytes) {
        String size = String.format(Locale.ROOT, "%,d", elements);
        if (!sizes.contains(size)) {
            sizes.add(size);
        }
        rows.computeIfAbsent(label, l -> new LinkedHashMap<>())
                .put(size, elements == 0 ? bytes : (double) bytes / elements);
        System.err.printf(
                Locale.ROOT,
                "%-28s %12s: %,d bytes, %.1f per %s%n",
                label,
                size,
                bytes,
                (double) bytes / Math.max(1, elements),
                unit);
    }

    /** The table, with the JVM's object layout (compressed references or not) under it. */
    public String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("| Bytes per ").append(unit).append(" (structure only) | ");
        out.append(String.join(" | ", sizes)).append(" |\n");
        out.append("| --- |").append(" ---: |".repeat(sizes.size())).append('\n');
        for (Map.Entry<String, Map<String, Double>> row : rows.entrySet()) {
            Map<String, Double> ref = rows.get(referenceOf.apply(row.getKey()));
            out.append("| ").append(row.getKey());
            for (String size : sizes) {
                Double v = row.getValue().get(size);
                out.append(" | ");
                if (v == null) {
                    out.append('–');
                    continue;
                }
                out.append(String.format(Locale.ROOT, "%.1f", v));
                if (ref != null && ref != row.getValue() && ref.get(size) != null) {
                    out.append(String.format(Locale.ROOT, " (%.2f ×)", v / ref.get(size)));
                }
            }
            out.append(" |\n");
        }
        out.append('\n')
                .append("Ratios in brackets are to ")
                .append(referenceOf.apply(rows.keySet().iterator().next()))
                .append(" (of the same kind, where rows differ in kind). Measured with JOL ")
                .append("(`GraphLayout`) on ")
                .append(System.getProperty("java.vm.name"))
                .append(' ')
                .append(System.getProperty("java.version"))
                .append(", ")
                .append(
                        compressedReferences()
                                ? "compressed references"
                                : "uncompressed references")
                .append(".\n");
        return out.toString();
    }

    /** Writes {@link #markdown()} to {@code file}. */
    public void write(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Files.writeString(file, markdown(), StandardCharsets.UTF_8);
        System.err.println("wrote " + file);
    }

    private static boolean compressedReferences() {
        return VM.current().sizeOfField("java.lang.Object") == 4;
    }
}
