package io.holstein.jmh.champ;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Keys and lookup sequences shared by the CHAMP benchmarks, so every implementation holds the
 * same keys and sees the same accesses: distinct random {@code Integer}s (outside the small
 * cache, each its own object), as the reference measurements use.
 */
final class ChampFixtures {

    /** Length of a precomputed lookup sequence; a power of two, wrapped with a mask. */
    static final int SEQUENCE_LENGTH = 1 << 10;
    static final int SEQUENCE_MASK = SEQUENCE_LENGTH - 1;

    private static final long SEED = 42L;

    private ChampFixtures() {
    }

    /** {@code size} distinct random keys; {@code salt} gives a disjoint-looking second draw. */
    static Integer[] randomKeys(int size, long salt) {
        SplittableRandom random = new SplittableRandom(SEED + salt);
        Set<Integer> seen = new HashSet<>(2 * size);
        Integer[] keys = new Integer[size];
        int n = 0;
        while (n < size) {
            int k = random.nextInt();
            if (seen.add(k)) {
                keys[n++] = k;
            }
        }
        return keys;
    }

    /** Keys of a fixed pseudo-random sequence over {@code keys}, for lookups that hit. */
    static Integer[] hitSequence(Integer[] keys) {
        SplittableRandom random = new SplittableRandom(SEED ^ 0x5DEECE66DL);
        Integer[] seq = new Integer[SEQUENCE_LENGTH];
        for (int i = 0; i < seq.length; i++) {
            // A fresh Integer equal to the key: a lookup must call equals, not stop at ==.
            seq[i] = Integer.valueOf(keys[random.nextInt(keys.length)].intValue());
        }
        return seq;
    }

    /** Keys absent from {@code keys}, for lookups that miss. */
    static Integer[] missSequence(Integer[] keys) {
        Set<Integer> present = Set.of(keys);
        SplittableRandom random = new SplittableRandom(SEED + 7);
        Integer[] seq = new Integer[SEQUENCE_LENGTH];
        for (int i = 0; i < seq.length; ) {
            int k = random.nextInt();
            if (!present.contains(k)) {
                seq[i++] = k;
            }
        }
        return seq;
    }

    /** Moves the fixture to the old generation before measuring, as the list group does. */
    static void promoteFixture() {
        System.gc();
    }
}
