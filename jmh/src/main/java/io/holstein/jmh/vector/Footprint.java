package io.holstein.jmh.vector;

import static io.holstein.jmh.Implementations.ARRAY_LIST;
import static io.holstein.jmh.Implementations.CLOJURE_VECTOR;
import static io.holstein.jmh.Implementations.KOTLINX_VECTOR;
import static io.holstein.jmh.Implementations.PAGURO_VECTOR;
import static io.holstein.jmh.Implementations.PCOLLECTIONS_VECTOR;
import static io.holstein.jmh.Implementations.PERSISTENT_VECTOR;
import static io.holstein.jmh.Implementations.PERSISTENT_VECTOR_BUILDER;
import static io.holstein.jmh.Implementations.SCALA_VECTOR;
import static io.holstein.jmh.Implementations.VAVR_VECTOR;

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
        ARRAY_LIST,
        PERSISTENT_VECTOR,
        PERSISTENT_VECTOR_BUILDER,
        SCALA_VECTOR,
        VAVR_VECTOR,
        CLOJURE_VECTOR,
        PCOLLECTIONS_VECTOR,
        PAGURO_VECTOR,
        KOTLINX_VECTOR,
    };

    private Footprint() {}

    /**
     * Measures every implementation at every size and writes the table to {@code args[0]}.
     *
     * @param args the output file
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Footprints footprints = new Footprints("element", ARRAY_LIST);
        for (String type : TYPES) {
            for (int size : SIZES) {
                Integer[] elements = VectorFixtures.elements(size);
                VectorPeer peer = VectorPeer.of(type);
                Object vector =
                        type.equals(PERSISTENT_VECTOR_BUILDER)
                                ? peer.build(elements)
                                : peer.appendAll(elements);
                footprints.add(type, size, Footprints.structureBytes(vector, (Object[]) elements));
            }
        }
        footprints.write(Path.of(args[0]));
    }
}
