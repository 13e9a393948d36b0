package io.holstein.jmh.concurrent;

import io.holstein.concurrent.SnapshotVector;
import io.holstein.list.PersistentVector;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Contents, index sequences and values shared by the thread-safe list benchmarks, so that every
 * implementation starts from the same elements and sees the same accesses.
 */
final class SnapshotListFixtures {

    /** {@code type} value: Holstein's {@link SnapshotVector}. */
    static final String SNAPSHOT_VECTOR = "SnapshotVector";
    /** {@code type} value: the JDK's {@link CopyOnWriteArrayList}. */
    static final String COPY_ON_WRITE_ARRAY_LIST = "CopyOnWriteArrayList";
    /** {@code type} value: {@code Collections.synchronizedList(new ArrayList<>())}. */
    static final String SYNCHRONIZED_LIST = "SynchronizedList";
    /** {@code type} value: the immutable {@link PersistentVector} (reads only). */
    static final String PERSISTENT_VECTOR = "PersistentVector";

    /** Length of a precomputed sequence; a power of two, so a cursor wraps with a mask. */
    static final int SEQUENCE_LENGTH = 1 << 10;
    /** Wraps a cursor into a precomputed sequence. */
    static final int SEQUENCE_MASK = SEQUENCE_LENGTH - 1;
    /**
     * Wraps the same cursor into the written values, twice as many as the indices, so a write
     * never stores the element already at its index (which {@code CopyOnWriteArrayList.set}
     * would skip without copying).
     */
    static final int VALUE_MASK = 2 * SEQUENCE_LENGTH - 1;

    private static final long SEED = 42L;

    /** Written values start far above the elements, outside the {@code Integer} cache. */
    private static final int FIRST_VALUE = 1 << 30;

    private SnapshotListFixtures() {
    }

    /** A list of implementation {@code type} holding {@code 0, 1, ..., size - 1}. */
    static List<Integer> newList(String type, int size) {
        ArrayList<Integer> elements = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            elements.add(i);
        }
        return switch (type) {
            case SNAPSHOT_VECTOR -> new SnapshotVector<>(PersistentVector.copyOf(elements));
            case COPY_ON_WRITE_ARRAY_LIST -> new CopyOnWriteArrayList<>(elements);
            case SYNCHRONIZED_LIST -> Collections.synchronizedList(elements);
            case PERSISTENT_VECTOR -> PersistentVector.copyOf(elements);
            default -> throw new IllegalArgumentException("unknown list implementation: " + type);
        };
    }

    /** {@link #SEQUENCE_LENGTH} pseudo-random indices in {@code [0, size)}, from {@code seed}. */
    static int[] randomIndices(int size, long seed) {
        SplittableRandom random = new SplittableRandom(SEED + seed);
        int[] indices = new int[SEQUENCE_LENGTH];
        for (int k = 0; k < indices.length; k++) {
            indices[k] = random.nextInt(size);
        }
        return indices;
    }

    /** {@code VALUE_MASK + 1} distinct boxed values, none equal to an element. */
    static Integer[] preallocatedValues() {
        Integer[] values = new Integer[VALUE_MASK + 1];
        for (int k = 0; k < values.length; k++) {
            values[k] = FIRST_VALUE + k;
        }
        return values;
    }

    /** Moves the fixture to the old generation, as for a long-lived list (see the list group). */
    static void promoteFixture() {
        System.gc();
    }
}
