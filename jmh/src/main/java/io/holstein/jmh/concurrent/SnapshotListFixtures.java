package io.holstein.jmh.concurrent;

import io.holstein.jmh.list.ListFixtures;
import java.util.List;

/**
 * Contents, index sequences and values shared by the thread-safe list benchmarks, so that every
 * implementation starts from the same elements and sees the same accesses.
 */
final class SnapshotListFixtures {

    /** Sequences, values and fixture handling are the list group's: see {@link ListFixtures}. */
    static final int SEQUENCE_LENGTH = ListFixtures.SEQUENCE_LENGTH;

    static final int SEQUENCE_MASK = ListFixtures.SEQUENCE_MASK;
    static final int VALUE_MASK = ListFixtures.VALUE_MASK;

    private SnapshotListFixtures() {}

    /**
     * A list of implementation {@code type} ({@link ConcurrentListPeer}) holding {@code 0, 1, ...,
     * size - 1}.
     */
    static List<Integer> newList(String type, int size) {
        return ConcurrentListPeer.ALL.get(type).from(ListFixtures.arrayListOf(size));
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
