package io.holstein.jmh.champ;

import io.holstein.jmh.RandomKeys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.openjdk.jol.info.GraphLayout;
import org.openjdk.jol.vm.VM;

/**
 * Prints the structure bytes per entry of each map implementation, measured with JOL: the whole
 * object graph of a map of {@code n} random {@code Integer} keys (each key its own value), minus
 * the keys themselves, divided by {@code n}. Run as {@code java -cp jmh/target/benchmarks.jar
 * io.holstein.jmh.champ.ChampMemory [output file]} ({@code -Dchamp.memory.types=A,B} measures only
 * those implementations, appending to the file); the committed result is {@code
 * jmh/results/champ-memory.txt}.
 */
public final class ChampMemory {

    private static final int[] SIZES = {32, 1_000, 100_000, 1_000_000};

    /** Every implementation of the champ group, in the order it registers them. */
    private static final List<String> ALL_TYPES = List.copyOf(HashMapPeer.ALL.names());

    private ChampMemory() {}

    /**
     * Measures and prints the table, to standard output and to the file named by {@code args[0]} if
     * given.
     *
     * @param args optionally, the output file
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("# Structure bytes per entry (JOL ")
                .append("GraphLayout.totalSize, keys excluded)\n");
        out.append("# ")
                .append(Instant.now())
                .append(", JDK ")
                .append(System.getProperty("java.version"))
                .append(", ")
                .append(VM.current().details().lines().findFirst().orElse(""))
                .append('\n');
        out.append(String.format("%-26s", "implementation"));
        for (int n : SIZES) {
            out.append(String.format("%12d", n));
        }
        out.append('\n');
        String only = System.getProperty("champ.memory.types");
        List<String> types = only == null ? ALL_TYPES : List.of(only.split(","));
        for (String type : types) {
            out.append(String.format("%-26s", type));
            for (int n : SIZES) {
                out.append(String.format("%12.1f", bytesPerEntry(type, n)));
            }
            out.append('\n');
            System.out.print(out.substring(out.lastIndexOf(type)));
        }
        if (args.length > 0) {
            if (only == null) {
                Files.writeString(Path.of(args[0]), out);
            } else {
                Files.writeString(
                        Path.of(args[0]),
                        out.substring(out.indexOf(types.get(0))),
                        java.nio.file.StandardOpenOption.CREATE,
                        java.nio.file.StandardOpenOption.APPEND);
            }
        }
    }

    static double bytesPerEntry(String type, int n) {
        Object[] keys = RandomKeys.integers(n, 0);
        Object map = HashMapPeer.of(type).insertOneByOne(keys);
        long total = GraphLayout.parseInstance(map).totalSize();
        long data = GraphLayout.parseInstance((Object[]) keys).totalSize();
        return (double) (total - data) / n;
    }
}
