package io.holstein.jmh.list;

import static io.holstein.jmh.Implementations.ARRAY_LIST;
import static io.holstein.jmh.Implementations.COW_ARRAY_LIST;

import io.holstein.jmh.memory.Footprints;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Bytes per element of {@code CowArrayList} against {@code ArrayList}, both grown by {@code add}
 * from empty, elements excluded. Usage: {@code Footprint OUTPUT.md}; {@code jmh/run --full list}
 * runs it and commits {@code jmh/results/list.memory.md}.
 */
public final class Footprint {

    private static final int[] SIZES = {32, 1_000, 100_000, 1_000_000};

    private static final String[] TYPES = {ARRAY_LIST, COW_ARRAY_LIST};

    private Footprint() {}

    /**
     * Measures both lists at every size and writes the table to {@code args[0]}.
     *
     * @param args the output file
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Footprints footprints = new Footprints("element", ARRAY_LIST);
        for (String type : TYPES) {
            for (int size : SIZES) {
                ArrayList<Integer> elements = ListFixtures.arrayListOf(size);
                List<Integer> list = ListPeer.ALL.get(type).from(new ArrayList<>());
                elements.forEach(list::add);
                footprints.add(type, size, Footprints.structureBytes(list, elements.toArray()));
            }
        }
        footprints.write(Path.of(args[0]));
    }
}
