package io.holstein.jmh.sutter;

import java.util.Arrays;

/**
 * Copy-on-write with a count guarded by a monitor: Sutter's "critical section" variant, in Java's
 * terms. Correct from any number of threads; every copy, check and release takes the count's lock.
 */
final class SynchronizedCountString extends SharingString {

    /** The count and its lock. */
    private static final class Count {
        private int value = 1;

        synchronized void retain() {
            value++;
        }

        synchronized void release() {
            value--;
        }

        synchronized boolean isShared() {
            return value != 1;
        }
    }

    private Count shares;

    SynchronizedCountString(byte[] data) {
        this(data, new Count());
    }

    private SynchronizedCountString(byte[] data, Count shares) {
        super(data);
        this.shares = shares;
    }

    @Override
    SharingString copy() {
        Count s = shares;
        s.retain();
        return new SynchronizedCountString(data, s);
    }

    @Override
    SharingString withCharAt(int index, byte c) {
        if (shares.isShared()) {
            data = Arrays.copyOf(data, data.length);
            shares.release();
            shares = new Count();
        }
        data[index] = c;
        return this;
    }

    @Override
    void dispose() {
        shares.release();
    }
}
