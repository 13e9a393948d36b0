package io.holstein.jmh.sutter;

import io.holstein.internal.RefCount;
import java.util.Arrays;

/**
 * Holstein's discipline: copy-on-write with the library's atomic, saturating {@link RefCount}
 * ({@code CowString}, {@code CowArrayList} and {@code CowHashMap} share it). A copy retains; a
 * write copies first while the count says shared; dispose releases.
 */
final class AtomicCountString extends SharingString {

    private RefCount shares;

    AtomicCountString(byte[] data) {
        this(data, new RefCount());
    }

    private AtomicCountString(byte[] data, RefCount shares) {
        super(data);
        this.shares = shares;
    }

    @Override
    SharingString copy() {
        RefCount s = shares;
        s.retain();
        return new AtomicCountString(data, s);
    }

    @Override
    SharingString withCharAt(int index, byte c) {
        if (shares.isShared()) {
            data = Arrays.copyOf(data, data.length);
            shares = shares.moveToCopy();
        }
        data[index] = c;
        return this;
    }

    @Override
    void dispose() {
        shares.release();
    }
}
