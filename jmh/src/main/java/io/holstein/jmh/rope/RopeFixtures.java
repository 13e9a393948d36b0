package io.holstein.jmh.rope;

import static io.holstein.jmh.TextKinds.LATIN1;
import static io.holstein.jmh.TextKinds.UTF16;

import io.holstein.string.Rope;
import java.util.SplittableRandom;

/**
 * Texts and index sequences shared by the rope benchmarks, so that a {@code Rope}, a {@code String}
 * and a {@code StringBuilder} start from the same chars and see the same accesses.
 */
final class RopeFixtures {

    /** Length of a precomputed index sequence; a power of two, so a cursor wraps with a mask. */
    static final int SEQUENCE_LENGTH = 1 << 10;

    /** Wraps a cursor into a precomputed sequence. */
    static final int SEQUENCE_MASK = SEQUENCE_LENGTH - 1;

    /** Fixed, so every run and every implementation reads the same text and indices. */
    private static final long SEED = 42L;

    private RopeFixtures() {}

    /**
     * {@code length} pseudo-random chars of kind {@code text}, the same every run: letters {@code
     * a..z}, and for {@code utf16} one char in 16 a CJK ideograph.
     */
    static String text(String text, int length) {
        SplittableRandom random = new SplittableRandom(SEED);
        boolean wide =
                switch (text) {
                    case LATIN1 -> false;
                    case UTF16 -> true;
                    default -> throw new IllegalArgumentException("unknown text kind: " + text);
                };
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] =
                    wide && random.nextInt(16) == 0
                            ? (char) (0x4E00 + random.nextInt(0x100))
                            : (char) ('a' + random.nextInt(26));
        }
        return new String(chars);
    }

    /** The text inserted by the edit benchmarks: one char of the same kind as the text. */
    static String piece(String text) {
        return text.equals(UTF16) ? "\u4e01" : "x";
    }

    /**
     * {@link #SEQUENCE_LENGTH} pseudo-random indices in {@code [0, length)}, the same every run.
     */
    static int[] randomIndices(int length) {
        SplittableRandom random = new SplittableRandom(SEED);
        int[] indices = new int[SEQUENCE_LENGTH];
        for (int k = 0; k < indices.length; k++) {
            indices[k] = random.nextInt(length);
        }
        return indices;
    }

    /** The number of edits {@link #edited} makes. */
    static final int EDITS = 10_000;

    /**
     * {@code rope} after {@link #EDITS} pseudo-random edits that keep its length about the same:
     * inserts, deletes and replaces of 1 to 16 chars at pseudo-random places, the inserted chars
     * cut from {@code pieces} (at least 64 chars), the same every run. The result holds the uneven
     * chunks that edits leave, as a rope in use does, where a fresh one holds full chunks.
     */
    static Rope edited(Rope rope, String pieces) {
        SplittableRandom random = new SplittableRandom(7);
        for (int k = 0; k < EDITS; k++) {
            int at = random.nextInt(rope.length() + 1);
            int n = random.nextInt(1, 17);
            int end = Math.min(rope.length(), at + n);
            int from = random.nextInt(0, 64 - n);
            String piece = pieces.substring(from, from + n);
            rope =
                    switch (random.nextInt(3)) {
                        case 0 -> rope.insert(at, piece);
                        case 1 -> rope.delete(at, end);
                        default -> rope.replace(at, end, piece);
                    };
        }
        return rope;
    }

    /** Collects garbage once at the end of a trial's set-up, so the fixture starts old. */
    static void promoteFixture() {
        System.gc();
    }
}
