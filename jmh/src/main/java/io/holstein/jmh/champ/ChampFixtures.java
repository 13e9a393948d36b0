package io.holstein.jmh.champ;

import io.holstein.jmh.RandomKeys;

/**
 * The keys of the CHAMP benchmarks beyond {@link RandomKeys}: for hash flooding, {@code String}s
 * that all share one hash code, and as many equally long words with distinct hashes.
 */
final class ChampFixtures {

    private ChampFixtures() {}

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

    /** Moves the fixture to the old generation before measuring, as the list group does. */
    static void promoteFixture() {
        System.gc();
    }
}
