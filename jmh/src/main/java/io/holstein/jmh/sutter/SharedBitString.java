package io.holstein.jmh.sutter;

import java.util.Arrays;

/**
 * A sticky "shared" bit instead of a count: JDK 1.2's {@code StringBuffer}, whose {@code
 * toString()} handed its array to the new {@code String} and set {@code shared}, so that the
 * buffer's next write copied first. The bit is never cleared by the other holders: once copied
 * from, a string copies on its next write even if every copy is long gone. A copy writes the
 * source's bit (a read that must write); the bit is a plain field, which is enough because it only
 * ever goes from false to true while the characters are not written.
 */
final class SharedBitString extends SharingString {

    private boolean shared;

    SharedBitString(byte[] data) {
        this(data, false);
    }

    private SharedBitString(byte[] data, boolean shared) {
        super(data);
        this.shared = shared;
    }

    @Override
    SharingString copy() {
        shared = true;
        return new SharedBitString(data, true);
    }

    @Override
    SharingString withCharAt(int index, byte c) {
        if (shared) {
            data = Arrays.copyOf(data, data.length);
            shared = false;
        }
        data[index] = c;
        return this;
    }
}
