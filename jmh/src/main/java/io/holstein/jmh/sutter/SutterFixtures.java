package io.holstein.jmh.sutter;

import java.util.Arrays;

/** Sources, padding and checks shared by the Sutter benchmarks. */
final class SutterFixtures {

    /** Copies made per operation; the {@code written} parameter says how many are written. */
    static final int COPIES = 3;

    /** Characters written into each written copy: one edit is several writes, not one. */
    static final int WRITES_PER_COPY = 4;

    /**
     * Bytes of padding allocated before and after each source: two 64-byte cache lines, so that no
     * object another thread writes lands on the lines of a source and its count.
     */
    private static final int PAD_LONGS = 16;

    private SutterFixtures() {}

    /** The source text: {@code length} letters, a to z repeating. */
    static byte[] text(int length) {
        byte[] data = new byte[length];
        for (int i = 0; i < length; i++) {
            data[i] = (byte) ('a' + i % 26);
        }
        return data;
    }

    /** A padding block to keep referenced beside a source (see {@link #PAD_LONGS}). */
    static long[] pad() {
        return new long[PAD_LONGS];
    }

    /** The index of the {@code w}-th write, spread over the string. */
    static int position(int length, int w) {
        return (int) ((long) length * (2 * w + 1) / (2 * WRITES_PER_COPY));
    }

    /** Fails the run if a write on a copy reached the source. */
    static void checkUntouched(SharingString source, Discipline type) {
        if (!Arrays.equals(source.data, text(source.length()))) {
            throw new IllegalStateException(type + ": a write on a copy reached the source");
        }
    }
}
