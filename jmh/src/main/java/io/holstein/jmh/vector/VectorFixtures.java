package io.holstein.jmh.vector;

import java.util.SplittableRandom;

/** Elements and index sequences shared by the vector benchmarks, the same for every peer. */
final class VectorFixtures {

    /** Length of a precomputed sequence; a power of two, so a cursor wraps with a mask. */
    static final int SEQUENCE_LENGTH = 1 << 10;

    static final int SEQUENCE_MASK = SEQUENCE_LENGTH - 1;

    private static final long SEED = 42L;

    /** Elements and written values start above the {@code Integer} cache: distinct objects. */
    private static final int FIRST_ELEMENT = 1 << 20;

    private VectorFixtures() {}

    /** {@code size} distinct boxed elements. */
    static Integer[] elements(int size) {
        Integer[] a = new Integer[size];
        for (int i = 0; i < size; i++) {
            a[i] = FIRST_ELEMENT + i;
        }
        return a;
    }

    /** {@link #SEQUENCE_LENGTH} pseudo-random indices in {@code [0, size)}, the same every run. */
    static int[] randomIndices(int size) {
        SplittableRandom random = new SplittableRandom(SEED);
        int[] indices = new int[SEQUENCE_LENGTH];
        for (int k = 0; k < indices.length; k++) {
            indices[k] = random.nextInt(size);
        }
        return indices;
    }

    /** Moves the fixture to the old generation before measuring, as a long-lived vector is. */
    static void promoteFixture() {
        System.gc();
    }
}
