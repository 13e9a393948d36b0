package io.holstein.jmh.sutter;

import java.util.Arrays;

/**
 * UNSOUND, benchmark code only: copy-on-write with a plain {@code int} count updated by {@code
 * count++}/{@code count--}, the C++98 string without atomic operations. It prices the atomic
 * instructions of {@link AtomicCountString}. From one thread it is correct; when two threads copy
 * one shared source, increments are lost, the count drifts, and writes may land in the shared
 * characters (the teardown check does not run for this type). jcstress's {@code UnsoundForksWrite}
 * shows the same race as cross-talk.
 */
final class PlainCountString extends SharingString {

    /** A plain count: no atomicity, no ordering. */
    private static final class Count {
        int value = 1;
    }

    private Count shares;

    PlainCountString(byte[] data) {
        this(data, new Count());
    }

    private PlainCountString(byte[] data, Count shares) {
        super(data);
        this.shares = shares;
    }

    @Override
    SharingString copy() {
        Count s = shares;
        s.value++;
        return new PlainCountString(data, s);
    }

    @Override
    SharingString withCharAt(int index, byte c) {
        if (shares.value != 1) {
            data = Arrays.copyOf(data, data.length);
            shares.value--;
            shares = new Count();
        }
        data[index] = c;
        return this;
    }

    @Override
    void dispose() {
        shares.value--;
    }
}
