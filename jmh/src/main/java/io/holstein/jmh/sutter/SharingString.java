package io.holstein.jmh.sutter;

/**
 * The skeleton every string of the Sutter experiment shares: Latin-1 text in a {@code byte[]}, a
 * copy, a one-character write and a disposal. The subclasses differ only in the sharing discipline,
 * which decides what {@link #copy()} shares and what a write must check first.
 *
 * <p>A write returns the string to use afterwards: the mutable disciplines return {@code this}; the
 * immutable one returns a new string. {@link #dispose()} plays the part of a C++ destructor: the
 * refcount disciplines count one holder fewer, so that a source copied millions of times keeps a
 * small count (as in Sutter's C++ test) instead of saturating.
 */
abstract class SharingString {

    /** The characters, one byte each; shared between copies where the discipline allows. */
    byte[] data;

    SharingString(byte[] data) {
        this.data = data;
    }

    /** A copy with its own identity, which may share {@link #data} with this string. */
    abstract SharingString copy();

    /** Writes {@code c} at {@code index}; returns the string holding the result. */
    abstract SharingString withCharAt(int index, byte c);

    /** Ends this holder's use of its characters. */
    void dispose() {}

    final byte charAt(int index) {
        return data[index];
    }

    final int length() {
        return data.length;
    }
}
