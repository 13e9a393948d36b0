package io.holstein.jmh.sutter;

import java.util.Arrays;

/** No sharing: every copy copies the characters, every write is in place. */
final class DeepCopyString extends SharingString {

    DeepCopyString(byte[] data) {
        super(data);
    }

    @Override
    SharingString copy() {
        return new DeepCopyString(Arrays.copyOf(data, data.length));
    }

    @Override
    SharingString withCharAt(int index, byte c) {
        data[index] = c;
        return this;
    }
}
