package io.holstein.jmh.map;

import static io.holstein.jmh.Implementations.HASH_MAP;
import static io.holstein.jmh.KeyTypes.INTEGER;

import io.holstein.jmh.memory.Footprints;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * Bytes per entry of {@code CowHashMap}, {@code HashMap} and {@code LinkedHashMap}, keys and values
 * excluded, each map filled one {@code put} at a time from its default capacity, as in the
 * benchmarks. Usage: {@code Footprint OUTPUT.md}; {@code jmh/run --full map} runs it.
 */
public final class Footprint {

    private static final int[] SIZES = {10, 1_000, 100_000, 1_000_000};

    private Footprint() {}

    /** Measures every implementation at every size and writes the table to {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        Footprints footprints = new Footprints("entry", HASH_MAP);
        for (String type : MapPeer.ALL.names()) {
            for (int size : SIZES) {
                Object[] keys = MapFixtures.distinctKeys(INTEGER, size);
                Map<Object, Integer> map = MapFixtures.filledMap(type, keys, size);
                Object[] contents = Arrays.copyOf(keys, 2 * size);
                int n = size;
                for (Integer value : map.values()) {
                    contents[n++] = value;
                }
                footprints.add(type, size, Footprints.structureBytes(map, contents));
            }
        }
        footprints.write(Path.of(args[0]));
    }
}
