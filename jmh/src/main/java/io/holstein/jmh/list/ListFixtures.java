package io.holstein.jmh.list;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Contents, index sequences and values shared by the list benchmarks, so that every implementation
 * under test starts from the same elements and sees the same accesses.
 */
public final class ListFixtures {

    /** Length of a precomputed sequence; a power of two, so a cursor wraps with a mask. */
    public static final int SEQUENCE_LENGTH = 1 << 10;

    /** Wraps a cursor into a precomputed sequence: {@code sequence[cursor++ & SEQUENCE_MASK]}. */
    public static final int SEQUENCE_MASK = SEQUENCE_LENGTH - 1;

    /**
     * Wraps the same cursor into the written values, which are twice as many as the indices: each
     * pass over the index sequence writes the other half of the values, so a write never stores the
     * element already at its index, a write that {@code CopyOnWriteArrayList.set} would skip
     * without copying.
     */
    public static final int VALUE_MASK = 2 * SEQUENCE_LENGTH - 1;

    /** Fixed, so every run and every implementation reads the same index sequence. */
    private static final long SEED = 42L;

    /** Written values start far above the elements, outside the {@code Integer} cache. */
    private static final int FIRST_VALUE = 1 << 30;

    private ListFixtures() {}

    /** An {@link ArrayList} of {@code 0, 1, ..., size - 1}, with capacity equal to its size. */
    public static ArrayList<Integer> arrayListOf(int size) {
        ArrayList<Integer> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(i);
        }
        return list;
    }

    /**
     * A list of implementation {@code type} ({@link ListPeer}) holding {@code 0, 1, ..., size - 1},
     * unshared.
     *
     * <p>The benchmarks' parameter is named {@code type} because JMH orders parameter combinations
     * by parameter name, the first name outermost: with {@code size} before {@code type}, the
     * implementations of one size run back to back, so drifting load on a shared machine hits both
     * sides of a ratio alike.
     */
    static List<Integer> newList(String type, int size) {
        return ListPeer.ALL.get(type).from(arrayListOf(size));
    }

    /**
     * Collects garbage once, at the end of a trial's set-up, so the fixture starts in the old
     * generation, as a long-lived list would. Otherwise the first young collection of a benchmark
     * that copies the list ({@code CopyOnWriteArrayList.set}, the defensive copies) has to scan
     * every copy made so far, since each points into the young generation: at 1,000,000 elements a
     * pause of seconds, charged to a single iteration.
     */
    public static void promoteFixture() {
        System.gc();
    }

    /** {@link #SEQUENCE_LENGTH} pseudo-random indices in {@code [0, size)}, the same every run. */
    static int[] randomIndices(int size) {
        return randomIndices(size, 0);
    }

    /**
     * {@link #randomIndices(int)} drawn with {@code salt} added to the seed: another fixed
     * sequence, for a benchmark whose threads each walk their own.
     */
    public static int[] randomIndices(int size, long salt) {
        SplittableRandom random = new SplittableRandom(SEED + salt);
        int[] indices = new int[SEQUENCE_LENGTH];
        for (int k = 0; k < indices.length; k++) {
            indices[k] = random.nextInt(size);
        }
        return indices;
    }

    /**
     * {@code VALUE_MASK + 1} distinct boxed values, none equal to an element, allocated once so
     * that writing them allocates nothing in the measured code.
     */
    public static Integer[] preallocatedValues() {
        Integer[] values = new Integer[VALUE_MASK + 1];
        for (int k = 0; k < values.length; k++) {
            values[k] = FIRST_VALUE + k;
        }
        return values;
    }
}
