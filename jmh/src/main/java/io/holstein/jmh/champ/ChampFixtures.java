package io.holstein.jmh.champ;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Keys and lookup sequences shared by the CHAMP benchmarks, so every implementation holds the same
 * keys and sees the same accesses: distinct random {@code Integer}s (outside the small cache, each
 * its own object), as the reference measurements use, or the same numbers as decimal {@code
 * String}s, whose {@code equals} costs more and which cache their hash; and, for hash flooding,
 * {@code String}s that all share one hash code.
 */
final class ChampFixtures {

    /** {@code keys} parameter value: boxed random {@code int}s. */
    static final String INTEGER_KEYS = "Integer";

    /** {@code keys} parameter value: the same numbers as decimal {@code String}s. */
    static final String STRING_KEYS = "String";

    /** Length of a precomputed lookup sequence; a power of two, wrapped with a mask. */
    static final int SEQUENCE_LENGTH = 1 << 10;

    static final int SEQUENCE_MASK = SEQUENCE_LENGTH - 1;

    private static final long SEED = 42L;

    private ChampFixtures() {}

    /** {@code size} distinct random {@code Integer}s; {@code salt} gives another draw. */
    static Object[] randomKeys(int size, long salt) {
        SplittableRandom random = new SplittableRandom(SEED + salt);
        Set<Integer> seen = new HashSet<>(2 * size);
        Object[] keys = new Object[size];
        int n = 0;
        while (n < size) {
            int k = random.nextInt();
            if (seen.add(k)) {
                keys[n++] = k;
            }
        }
        return keys;
    }

    /** The keys of {@link #randomKeys(int, long)} (salt 0) as type {@code keys}. */
    static Object[] randomKeys(String keys, int size) {
        Object[] drawn = randomKeys(size, 0);
        switch (keys) {
            case INTEGER_KEYS -> {}
            case STRING_KEYS -> {
                for (int i = 0; i < size; i++) {
                    drawn[i] = drawn[i].toString();
                }
            }
            default -> throw new IllegalArgumentException("unknown key type: " + keys);
        }
        return drawn;
    }

    /**
     * {@code size} distinct {@code String}s with one hash code: words of 2-char blocks, each "Aa"
     * or "BB" (which hash alike, so all words of as many blocks do), the {@code i}-th spelling
     * {@code i} in binary. They are {@code Comparable}, so a map may order a collision bucket by
     * {@code compareTo}.
     */
    static Object[] collidingKeys(int size) {
        return binaryWords(size, "BB");
    }

    /**
     * The words of {@link #collidingKeys} with "Ab" for "BB": as long and as costly to compare, but
     * with (almost all) distinct hash codes, the baseline a collision costs against.
     */
    static Object[] nonCollidingWords(int size) {
        return binaryWords(size, "Ab");
    }

    private static Object[] binaryWords(int size, String one) {
        int blocks = Math.max(1, 32 - Integer.numberOfLeadingZeros(size - 1));
        Object[] keys = new Object[size];
        StringBuilder word = new StringBuilder(2 * blocks);
        for (int i = 0; i < size; i++) {
            word.setLength(0);
            for (int b = blocks - 1; b >= 0; b--) {
                word.append((i >>> b & 1) == 0 ? "Aa" : one);
            }
            keys[i] = word.toString();
        }
        return keys;
    }

    /** Keys of a fixed pseudo-random sequence over {@code keys}, for lookups that hit. */
    static Object[] hitSequence(Object[] keys) {
        SplittableRandom random = new SplittableRandom(SEED ^ 0x5DEECE66DL);
        Object[] seq = new Object[SEQUENCE_LENGTH];
        for (int i = 0; i < seq.length; i++) {
            // A fresh key equal to the stored one: a lookup must call equals, not stop at ==.
            seq[i] = copyOf(keys[random.nextInt(keys.length)]);
        }
        return seq;
    }

    /** Keys of the type of {@code keys} that are absent from them, for lookups that miss. */
    static Object[] missSequence(Object[] keys) {
        Set<Object> present = Set.of(keys);
        boolean strings = keys[0] instanceof String;
        SplittableRandom random = new SplittableRandom(SEED + 7);
        Object[] seq = new Object[SEQUENCE_LENGTH];
        for (int i = 0; i < seq.length; ) {
            int k = random.nextInt();
            Object key = strings ? Integer.toString(k) : Integer.valueOf(k);
            if (!present.contains(key)) {
                seq[i++] = key;
            }
        }
        return seq;
    }

    /** A key equal to {@code key} but another object (a {@code String} copy has no hash yet). */
    private static Object copyOf(Object key) {
        return key instanceof String s ? new String(s) : Integer.valueOf((Integer) key);
    }

    /** Moves the fixture to the old generation before measuring, as the list group does. */
    static void promoteFixture() {
        System.gc();
    }
}
