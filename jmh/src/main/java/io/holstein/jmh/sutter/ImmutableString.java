package io.holstein.jmh.sutter;

import java.util.Arrays;

/**
 * Immutable sharing, as {@code java.lang.String}: a copy is the same object, and every write makes
 * a new string with its own characters. No counts, nothing to check.
 */
final class ImmutableString extends SharingString {

    ImmutableString(byte[] data) {
        super(data);
    }

    @Override
    SharingString copy() {
        return this;
    }

    @Override
    SharingString withCharAt(int index, byte c) {
        byte[] copy = Arrays.copyOf(data, data.length);
        copy[index] = c;
        return new ImmutableString(copy);
    }
}
