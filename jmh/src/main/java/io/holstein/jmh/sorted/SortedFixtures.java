package io.holstein.jmh.sorted;

import io.holstein.jmh.RandomKeys;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;

/**
 * What the sorted benchmarks share beyond {@link RandomKeys}: the keys in other orders, the halves
 * and ranges they split into, and the values written. Maps map each key to itself.
 */
final class SortedFixtures {

    /**
     * Wraps the cursor of a benchmark into the written values, twice as many as the keys of a
     * sequence, so a write never stores the value already present.
     */
    static final int VALUE_MASK = 2 * RandomKeys.SEQUENCE_LENGTH - 1;

    private static final long SEED = 42L;

    private SortedFixtures() {}

    /** {@code keys} in their natural order, a new array. */
    static Object[] ascending(Object[] keys) {
        Object[] sorted = keys.clone();
        Arrays.sort(sorted);
        return sorted;
    }

    /** {@code keys} in another fixed pseudo-random order, a new array. */
    static Object[] shuffled(Object[] keys) {
        Object[] shuffled = keys.clone();
        SplittableRandom random = new SplittableRandom(SEED + 3);
        for (int i = shuffled.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Object t = shuffled[i];
            shuffled[i] = shuffled[j];
            shuffled[j] = t;
        }
        return shuffled;
    }

    /** The keys of {@code keys} below their median, in the order they come in {@code keys}. */
    static Object[] lowerHalf(Object[] keys) {
        return byRank(keys, rank -> rank < keys.length / 2);
    }

    /** The keys of {@code keys} from their median up, in the order they come in {@code keys}. */
    static Object[] upperHalf(Object[] keys) {
        return byRank(keys, rank -> rank >= keys.length / 2);
    }

    /**
     * The keys of even rank in {@code keys}' natural order (the first, third, ...), in the order
     * they come in {@code keys}: one of two interleaved halves.
     */
    static Object[] evenRanks(Object[] keys) {
        return byRank(keys, rank -> rank % 2 == 0);
    }

    /** The keys of odd rank, the other interleaved half; see {@link #evenRanks}. */
    static Object[] oddRanks(Object[] keys) {
        return byRank(keys, rank -> rank % 2 == 1);
    }

    /**
     * The bounds of the middle half of {@code keys}: the key of rank {@code n / 4} (inclusive) and
     * the key of rank {@code 3n / 4} (exclusive).
     */
    static Object[] middleHalfBounds(Object[] keys) {
        Object[] sorted = ascending(keys);
        return new Object[] {sorted[keys.length / 4], sorted[3 * keys.length / 4]};
    }

    /**
     * {@code VALUE_MASK + 1} distinct boxed values, each a new object, allocated once so that
     * writing them allocates nothing in the measured code.
     */
    static Integer[] preallocatedValues() {
        Integer[] values = new Integer[VALUE_MASK + 1];
        for (int k = 0; k < values.length; k++) {
            values[k] = Integer.valueOf(-1 - k - 1_000);
        }
        return values;
    }

    /** Moves the fixture to the old generation before measuring, as the other groups do. */
    static void promoteFixture() {
        System.gc();
    }

    private static Object[] byRank(Object[] keys, IntPredicate rank) {
        Object[] sorted = ascending(keys);
        return Arrays.stream(keys).filter(k -> rank.test(Arrays.binarySearch(sorted, k))).toArray();
    }
}
