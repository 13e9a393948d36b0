package io.holstein.jmh.vector;

import io.holstein.jmh.memory.Footprints;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Bytes per element of {@code PersistentVector} (built by appends and by its builder) and of its
 * peers, elements excluded, against an {@code ArrayList} grown by {@code add}. Usage: {@code
 * Footprint OUTPUT.md}; {@code jmh/run --full vector} runs it and commits {@code
 * jmh/results/vector.memory.md}.
 */
public final class Footprint {

    private static final int[] SIZES = {32, 1_000, 100_000, 1_000_000};

    private static final String[] TYPES = {
        Peer.ARRAY_LIST,
        Peer.PERSISTENT_VECTOR,
        Peer.PERSISTENT_VECTOR_BUILDER,
        Peer.SCALA,
        Peer.VAVR,
        Peer.CLOJURE,
        Peer.PCOLLECTIONS,
        Peer.PAGURO,
        Peer.KOTLINX,
    };

    private Footprint() {}

    /**
     * Measures every implementation at every size and writes the table to {@code args[0]}.
     *
     * @param args the output file
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Footprints footprints = new Footprints("element", Peer.ARRAY_LIST);
        for (String type : TYPES) {
            for (int size : SIZES) {
                Integer[] elements = VectorFixtures.elements(size);
                Peer peer = Peer.of(type);
                Object vector =
                        type.equals(Peer.PERSISTENT_VECTOR_BUILDER)
                                ? peer.build(elements)
                                : peer.appendAll(elements);
                footprints.add(type, size, Footprints.structureBytes(vector, (Object[]) elements));
            }
        }
        footprints.write(Path.of(args[0]));
    }
}
