package io.holstein.jmh.sorted;

import static io.holstein.jmh.Implementations.TREE_MAP;

import io.holstein.jmh.KeyTypes;
import io.holstein.jmh.RandomKeys;
import io.holstein.jmh.memory.Footprints;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Bytes per entry of every sorted map of the sorted group, keys excluded (each key is its own
 * value), each map made of random {@code Integer} keys as {@link SortedMapPeer#mapOf} makes it
 * (insertions in random order, Guava's by its builder), against {@code TreeMap}. Usage: {@code
 * Footprint OUTPUT.md}; {@code jmh/run --full sorted} (or {@code --memory sorted}) runs it and
 * commits {@code jmh/results/sorted.memory.md}.
 */
public final class Footprint {

    private static final int[] SIZES = {1_000, 100_000, 1_000_000};

    private Footprint() {}

    /**
     * Measures every implementation at every size and writes the table to {@code args[0]}.
     *
     * @param args the output file
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Footprints footprints = new Footprints("entry", TREE_MAP);
        for (String type : SortedMapPeer.ALL.names()) {
            SortedMapPeer peer = SortedMapPeer.of(type);
            for (int size : SIZES) {
                Object[] keys = RandomKeys.of(KeyTypes.INTEGER, size);
                footprints.add(type, size, Footprints.structureBytes(peer.mapOf(keys), keys));
            }
        }
        footprints.write(Path.of(args[0]));
    }
}
