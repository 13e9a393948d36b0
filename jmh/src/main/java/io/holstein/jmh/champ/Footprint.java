package io.holstein.jmh.champ;

import static io.holstein.jmh.Implementations.HASH_MAP;

import io.holstein.jmh.RandomKeys;
import io.holstein.jmh.memory.Footprints;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Bytes per entry of {@code PersistentHashMap} and of every other map of the champ group, each
 * built by inserting {@code n} random {@code Integer} keys one at a time (each key its own value),
 * keys excluded, against {@code HashMap}. Usage: {@code Footprint OUTPUT.md}; {@code jmh/run --full
 * champ} runs it and commits {@code jmh/results/champ.memory.md}.
 */
public final class Footprint {

    private static final int[] SIZES = {32, 1_000, 100_000, 1_000_000};

    private Footprint() {}

    /**
     * Measures every implementation at every size and writes the table to {@code args[0]}.
     *
     * @param args the output file
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Footprints footprints = new Footprints("entry", HASH_MAP);
        for (String type : HashMapPeer.ALL.names()) {
            for (int size : SIZES) {
                Object[] keys = RandomKeys.integers(size, 0);
                Object map = HashMapPeer.of(type).insertOneByOne(keys);
                footprints.add(type, size, Footprints.structureBytes(map, keys));
            }
        }
        footprints.write(Path.of(args[0]));
    }
}
