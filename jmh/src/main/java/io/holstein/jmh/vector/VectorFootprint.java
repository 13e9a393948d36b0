package io.holstein.jmh.vector;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jol.info.GraphLayout;
import org.openjdk.jol.vm.VM;

/**
 * Bytes per element of each vector, measured with JOL: the size of everything reachable from
 * the vector, less the elements themselves, divided by the number of elements. Vectors are built
 * by appends one by one ({@code ArrayList} by {@code add}, so with its growth slack), plus
 * {@code PersistentVector} built by its builder.
 *
 * <p>Run: {@code java -cp jmh/target/benchmarks.jar io.holstein.jmh.vector.VectorFootprint
 * [OUTPUT_FILE]}; the committed output is {@code jmh/results/vector-memory.md}.
 */
public final class VectorFootprint {

    private static final int[] SIZES = {32, 1_000, 100_000, 1_000_000};

    private static final String[] TYPES = {
        Peer.ARRAY_LIST, Peer.PERSISTENT_VECTOR, Peer.PERSISTENT_VECTOR_BUILDER, Peer.SCALA, Peer.VAVR,
        Peer.CLOJURE, Peer.PCOLLECTIONS, Peer.PAGURO, Peer.KOTLINX,
    };

    private VectorFootprint() {
    }

    /**
     * Prints the table, and writes it to {@code args[0]} if given.
     *
     * @param args an optional output file
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("Bytes per element (JOL " + "GraphLayout.totalSize(), elements subtracted), "
                + "JDK " + System.getProperty("java.version") + ", " + VM.current().details().split("\n")[0].trim());
        lines.add("");
        StringBuilder header = new StringBuilder("| implementation |");
        StringBuilder rule = new StringBuilder("|---|");
        for (int size : SIZES) {
            header.append(' ').append(String.format("%,d", size)).append(" |");
            rule.append("---:|");
        }
        lines.add(header.toString());
        lines.add(rule.toString());
        for (String type : TYPES) {
            StringBuilder row = new StringBuilder("| ").append(type).append(" |");
            for (int size : SIZES) {
                Integer[] elements = VectorFixtures.elements(size);
                Peer peer = Peer.of(type);
                Object vector = type.endsWith("Builder") ? peer.build(elements) : peer.appendAll(elements);
                long total = GraphLayout.parseInstance(vector).totalSize();
                long payload = GraphLayout.parseInstance((Object[]) elements).totalSize();
                row.append(' ').append(String.format("%.2f", (double) (total - payload) / size)).append(" |");
            }
            lines.add(row.toString());
        }
        lines.forEach(System.out::println);
        if (args.length > 0) {
            Files.write(Path.of(args[0]), lines);
        }
    }
}
