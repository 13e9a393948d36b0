package io.holstein.string;

import static io.holstein.string.CompactChars.LATIN1;
import static io.holstein.string.CompactChars.UTF16;

import java.io.IOException;

/**
 * A leaf of a rope: a flat, exactly sized, immutable run of 1 to {@link #MAX_LENGTH} chars in
 * {@link CompactChars} storage.
 *
 * <p>The form is canonical: a chunk is UTF-16 only if some char is above U+00FF, so slicing a
 * UTF-16 chunk may give a Latin-1 one.
 */
final class RopeChunk extends RopeNode {

    /**
     * The most chars one chunk holds. A larger chunk makes the tree smaller beside the text; a
     * smaller one makes each edit copy less, since an edit copies the one or two chunks it cuts.
     */
    static final int MAX_LENGTH = 2048;

    /** The chars, exactly {@code length} of them, in {@link CompactChars} storage. */
    final byte[] value;

    /** {@link CompactChars#LATIN1} or {@link CompactChars#UTF16}. */
    final byte coder;

    private RopeChunk(byte[] value, byte coder) {
        super(value.length >> coder);
        this.value = value;
        this.coder = coder;
    }

    /**
     * Takes ownership of {@code value}, 1 to {@link #MAX_LENGTH} chars filling it exactly, in the
     * canonical coder (UTF-16 only if a char needs it).
     */
    static RopeChunk of(byte[] value, byte coder) {
        return new RopeChunk(value, coder);
    }

    /** A chunk of chars [from, to) of a buffer, in the canonical coder; copies. */
    static RopeChunk copyOf(byte[] value, byte coder, int from, int to) {
        int n = to - from;
        byte compact = CompactChars.isLatin1(value, coder, from, n) ? LATIN1 : coder;
        byte[] chars = CompactChars.newBuffer(n, compact);
        CompactChars.copy(value, coder, from, chars, compact, 0, n);
        return new RopeChunk(chars, compact);
    }

    /** A chunk of the 1 to {@link #MAX_LENGTH} chars of {@code text}, in the canonical coder. */
    static RopeChunk copyOf(CharSequence text) {
        int n = text.length();
        byte[] latin1 = new byte[n];
        int wide = CompactChars.put(text, 0, n, latin1, LATIN1, 0);
        if (wide == n) {
            return new RopeChunk(latin1, LATIN1);
        }
        byte[] utf16 = CompactChars.newBuffer(n, UTF16);
        CompactChars.copy(latin1, LATIN1, 0, utf16, UTF16, 0, wide);
        CompactChars.put(text, wide, n, utf16, UTF16, wide);
        return new RopeChunk(utf16, UTF16);
    }

    @Override
    int height() {
        return 0;
    }

    boolean isLatin1() {
        return coder == LATIN1;
    }

    char charAt(int index) {
        return CompactChars.charAt(value, coder, index);
    }

    /** The chars {@code [from, to)} as a new chunk in the canonical coder; copies. */
    RopeChunk slice(int from, int to) {
        return from == 0 && to == length ? this : copyOf(value, coder, from, to);
    }

    /** Copies every char into {@code dst} from {@code dstPos}. */
    void getChars(char[] dst, int dstPos) {
        CompactChars.getChars(value, coder, 0, length, dst, dstPos);
    }

    /** Continues {@code String.hashCode}'s polynomial from {@code h} over this chunk's chars. */
    int hash(int h) {
        return CompactChars.hash(h, value, coder, 0, length);
    }

    /**
     * Appends every char to {@code out} in one call, as a {@code String}: a copy, since a chunk is
     * shared by every rope that holds it, and one that {@code StringBuilder} and {@code Writer}
     * copy as an array.
     */
    void appendTo(Appendable out) throws IOException {
        out.append(toString());
    }

    @Override
    public String toString() {
        return CompactChars.newString(value, coder, 0, length);
    }
}
