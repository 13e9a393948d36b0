package io.holstein.jmh;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Keys and lookup sequences shared by the benchmarks of persistent maps (the champ and sorted
 * groups), so every implementation holds the same keys and sees the same accesses: distinct random
 * {@code Integer}s (outside the small cache, each its own object), or the same numbers as decimal
 * {@code String}s, whose {@code equals} and {@code compareTo} cost more and which cache their hash.
 * Every draw has a fixed seed, so every run and every implementation sees the same keys.
 */
public final class RandomKeys {

    /** Length of a precomputed lookup sequence; a power of two, wrapped with a mask. */
    public static final int SEQUENCE_LENGTH = 1 << 10;

    /** Wraps a cursor into a precomputed sequence: {@code sequence[cursor++ & SEQUENCE_MASK]}. */
    public static final int SEQUENCE_MASK = SEQUENCE_LENGTH - 1;

    private static final long SEED = 42L;

    private RandomKeys() {}

    /** {@code size} distinct random {@code Integer}s; {@code salt} gives another draw. */
    public static Object[] integers(int size, long salt) {
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

    /**
     * The keys of {@link #integers(int, long)} (salt 0) as key type {@code keys} ({@link
     * KeyTypes}).
     */
    public static Object[] of(String keys, int size) {
        Object[] drawn = integers(size, 0);
        switch (keys) {
            case KeyTypes.INTEGER -> {}
            case KeyTypes.STRING -> {
                for (int i = 0; i < size; i++) {
                    drawn[i] = drawn[i].toString();
                }
            }
            default -> throw new IllegalArgumentException("unknown key type: " + keys);
        }
        return drawn;
    }

    /** Keys of a fixed pseudo-random sequence over {@code keys}, for lookups that hit. */
    public static Object[] hitSequence(Object[] keys) {
        SplittableRandom random = new SplittableRandom(SEED ^ 0x5DEECE66DL);
        Object[] seq = new Object[SEQUENCE_LENGTH];
        for (int i = 0; i < seq.length; i++) {
            // A fresh key equal to the stored one: a lookup must call equals, not stop at ==.
            seq[i] = copyOf(keys[random.nextInt(keys.length)]);
        }
        return seq;
    }

    /** Keys of the type of {@code keys} that are absent from them, for lookups that miss. */
    public static Object[] missSequence(Object[] keys) {
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
}
