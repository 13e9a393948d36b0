package io.holstein.jmh.concurrent;

import io.holstein.concurrent.SnapshotVector;
import io.holstein.jmh.list.ListFixtures;
import io.holstein.list.PersistentVector;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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

    /** Sequences, values and fixture handling are the list group's: see {@link ListFixtures}. */
    static final int SEQUENCE_LENGTH = ListFixtures.SEQUENCE_LENGTH;

    static final int SEQUENCE_MASK = ListFixtures.SEQUENCE_MASK;
    static final int VALUE_MASK = ListFixtures.VALUE_MASK;

    private SnapshotListFixtures() {}

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

    /** {@link ListFixtures#randomIndices(int, long)}: one fixed index sequence per {@code seed}. */
    static int[] randomIndices(int size, long seed) {
        return ListFixtures.randomIndices(size, seed);
    }

    /**
     * {@link ListFixtures#preallocatedValues()}: distinct boxed values, none equal to an element.
     */
    static Integer[] preallocatedValues() {
        return ListFixtures.preallocatedValues();
    }

    /** {@link ListFixtures#promoteFixture()}. */
    static void promoteFixture() {
        ListFixtures.promoteFixture();
    }
}
