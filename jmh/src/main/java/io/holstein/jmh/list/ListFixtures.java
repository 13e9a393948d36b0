package io.holstein.jmh.list;

import io.holstein.list.CowArrayList;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Contents, index sequences and values shared by the list benchmarks, so that every
 * implementation under test starts from the same elements and sees the same accesses.
 */
final class ListFixtures {

    /** {@code impl} parameter value: Holstein's refcount list. */
    static final String COW_ARRAY_LIST = "CowArrayList";
    /** {@code impl} parameter value: the JDK's {@link ArrayList}. */
    static final String ARRAY_LIST = "ArrayList";
    /** {@code impl} parameter value: the JDK's {@link CopyOnWriteArrayList}. */
    static final String COPY_ON_WRITE_ARRAY_LIST = "CopyOnWriteArrayList";

    /** Length of a precomputed sequence; a power of two, so a cursor wraps with a mask. */
    static final int SEQUENCE_LENGTH = 1 << 10;
    /** Wraps a cursor into a precomputed sequence: {@code sequence[cursor++ & SEQUENCE_MASK]}. */
    static final int SEQUENCE_MASK = SEQUENCE_LENGTH - 1;

    /** Fixed, so every run and every implementation reads the same index sequence. */
    private static final long SEED = 42L;

    /** Written values start far above the elements, outside the {@code Integer} cache. */
    private static final int FIRST_VALUE = 1 << 30;

    private ListFixtures() {
    }

    /** An {@link ArrayList} of {@code 0, 1, ..., size - 1}, with capacity equal to its size. */
    static ArrayList<Integer> arrayListOf(int size) {
        ArrayList<Integer> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(i);
        }
        return list;
    }

    /** A list of implementation {@code impl} holding {@code 0, 1, ..., size - 1}, unshared. */
    static List<Integer> newList(String impl, int size) {
        ArrayList<Integer> elements = arrayListOf(size);
        return switch (impl) {
            case COW_ARRAY_LIST -> new CowArrayList<>(elements);
            case ARRAY_LIST -> elements;
            case COPY_ON_WRITE_ARRAY_LIST -> new CopyOnWriteArrayList<>(elements);
            default -> throw new IllegalArgumentException("unknown list implementation: " + impl);
        };
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

    /**
     * {@link #SEQUENCE_LENGTH} distinct boxed values, allocated once, so that writing them
     * allocates nothing in the measured code.
     */
    static Integer[] preallocatedValues() {
        Integer[] values = new Integer[SEQUENCE_LENGTH];
        for (int k = 0; k < values.length; k++) {
            values[k] = FIRST_VALUE + k;
        }
        return values;
    }
}
