package io.holstein.jmh.string;

import static io.holstein.jmh.TextKinds.LATIN1;
import static io.holstein.jmh.TextKinds.UTF16;

import io.holstein.string.CowString;
import java.util.SplittableRandom;

/**
 * Texts, index sequences and pieces shared by the string benchmarks, so that every implementation
 * under test starts from the same chars and sees the same accesses.
 *
 * <p>The benchmarks' parameters are {@code length} (chars) and {@code text}; JMH orders parameter
 * combinations by name, so the implementations of one length and text run back to back, and
 * drifting load on a shared machine hits both sides of a ratio alike.
 */
final class StringFixtures {

    /** Length of a precomputed index sequence; a power of two, so a cursor wraps with a mask. */
    static final int SEQUENCE_LENGTH = 1 << 10;

    /** Wraps a cursor into a precomputed sequence. */
    static final int SEQUENCE_MASK = SEQUENCE_LENGTH - 1;

    /** Fixed, so every run and every implementation sees the same text and indices. */
    private static final long SEED = 42L;

    private StringFixtures() {}

    /** The char appended and inserted: of the text's kind, so no write widens the storage. */
    static char charOf(String text) {
        return LATIN1.equals(text) ? '\u00e9' : '\u4e2d';
    }

    /** A 16-char piece of the text's kind, for {@code append(String)}. */
    static String pieceOf(String text) {
        return LATIN1.equals(text) ? "caf\u00e9 au lait, s'" : "caf\u00e9 \u4e2d\u6587 lait, s'";
    }

    /** A pseudo-random text of {@code length} chars of kind {@code text}, the same every run. */
    static String textOf(int length, String text) {
        SplittableRandom random = new SplittableRandom(SEED);
        boolean latin1 = LATIN1.equals(text);
        if (!latin1 && !UTF16.equals(text)) {
            throw new IllegalArgumentException("unknown text kind: " + text);
        }
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            int r = random.nextInt(64);
            // Mostly ASCII letters and spaces, some accented Latin-1, and for utf16 some CJK.
            chars[i] =
                    r == 0 ? (latin1 ? '\u00e9' : '\u4e2d') : r < 8 ? ' ' : (char) ('a' + r % 26);
        }
        if (!latin1) {
            chars[0] = '\u4e2d';
        }
        return new String(chars);
    }

    /**
     * A {@code CowString} holding {@code s}, with spare capacity as {@code new StringBuilder(s)}.
     */
    static CowString cowStringOf(String s) {
        return new CowString(s);
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

    /**
     * Collects garbage once, at the end of a trial's set-up, so the fixture starts in the old
     * generation, as a long-lived text would, and a young collection need not scan it.
     */
    static void promoteFixture() {
        System.gc();
    }
}
