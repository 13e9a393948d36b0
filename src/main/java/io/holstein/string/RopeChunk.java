package io.holstein.string;

import java.io.IOException;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A leaf of a rope: a flat, exactly sized, immutable run of 1 to {@link #MAX_LENGTH} chars, stored
 * one byte per char when every char is at most U+00FF (Latin-1) and in a {@code char[]} otherwise,
 * as {@code java.lang.String} chooses its coder.
 *
 * <p>The form is canonical: a chunk holds a {@code char[]} only if some char needs it, so slicing a
 * UTF-16 chunk may compress the slice. A {@code char[]} rather than a UTF-16 {@code byte[]} takes
 * the same memory and reads a char with one load instead of two.
 */
final class RopeChunk extends RopeNode {

    /**
     * The most chars one chunk holds: 2 KB of Latin-1 or 4 KB of UTF-16. Large enough that the
     * tree's nodes cost a few percent of the text, small enough that copying the one or two chunks
     * an edit touches costs less than walking the tree.
     */
    static final int MAX_LENGTH = 2048;

    /** The largest char stored in one byte. */
    static final char LATIN1_MAX = '\u00ff';

    /** The chars, one byte each, or {@code null} if the chunk is UTF-16. */
    final byte[] latin1;

    /** The chars, or {@code null} if the chunk is Latin-1. */
    final char[] utf16;

    private RopeChunk(byte[] latin1) {
        super(latin1.length);
        this.latin1 = latin1;
        this.utf16 = null;
    }

    private RopeChunk(char[] utf16) {
        super(utf16.length);
        this.latin1 = null;
        this.utf16 = utf16;
    }

    /** Takes ownership of {@code chars}, 1 to {@link #MAX_LENGTH} Latin-1 chars. */
    static RopeChunk ofLatin1(byte[] chars) {
        return new RopeChunk(chars);
    }

    /**
     * Takes ownership of {@code chars}, 1 to {@link #MAX_LENGTH} chars of which at least one is
     * above U+00FF.
     */
    static RopeChunk ofUtf16(char[] chars) {
        return new RopeChunk(chars);
    }

    /** A chunk of {@code chars[from, to)}, compressed if it fits Latin-1; copies. */
    static RopeChunk copyOf(char[] chars, int from, int to) {
        for (int i = from; i < to; i++) {
            if (chars[i] > LATIN1_MAX) {
                return new RopeChunk(Arrays.copyOfRange(chars, from, to));
            }
        }
        byte[] bytes = new byte[to - from];
        for (int i = from; i < to; i++) {
            bytes[i - from] = (byte) chars[i];
        }
        return new RopeChunk(bytes);
    }

    /**
     * A chunk of the 1 to {@link #MAX_LENGTH} chars of {@code text}, compressed if they fit
     * Latin-1.
     */
    static RopeChunk copyOf(CharSequence text) {
        int n = text.length();
        byte[] bytes = new byte[n];
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c > LATIN1_MAX) {
                char[] chars = new char[n];
                inflate(bytes, 0, chars, 0, i);
                for (int j = i; j < n; j++) {
                    chars[j] = text.charAt(j);
                }
                return new RopeChunk(chars);
            }
            bytes[i] = (byte) c;
        }
        return new RopeChunk(bytes);
    }

    @Override
    int height() {
        return 0;
    }

    boolean isLatin1() {
        return latin1 != null;
    }

    char charAt(int index) {
        byte[] bytes = latin1;
        return bytes != null ? (char) (bytes[index] & 0xff) : utf16[index];
    }

    /** The chars {@code [from, to)} as a new chunk, compressed to Latin-1 if they fit; copies. */
    RopeChunk slice(int from, int to) {
        if (from == 0 && to == length) {
            return this;
        }
        return latin1 != null
                ? new RopeChunk(Arrays.copyOfRange(latin1, from, to))
                : copyOf(utf16, from, to);
    }

    /** One chunk holding {@code a} then {@code b}, at most {@link #MAX_LENGTH} chars; copies. */
    static RopeChunk concat(RopeChunk a, RopeChunk b) {
        int n = a.length + b.length;
        if (a.latin1 != null && b.latin1 != null) {
            byte[] bytes = Arrays.copyOf(a.latin1, n);
            System.arraycopy(b.latin1, 0, bytes, a.length, b.length);
            return new RopeChunk(bytes);
        }
        char[] chars = new char[n];
        a.getChars(chars, 0);
        b.getChars(chars, a.length);
        return new RopeChunk(chars);
    }

    /** Copies every char into {@code dst} from {@code dstPos}. */
    void getChars(char[] dst, int dstPos) {
        if (latin1 != null) {
            inflate(latin1, 0, dst, dstPos, length);
        } else {
            System.arraycopy(utf16, 0, dst, dstPos, length);
        }
    }

    /** Continues {@code String.hashCode}'s polynomial from {@code h} over this chunk's chars. */
    int hash(int h) {
        if (latin1 != null) {
            for (byte b : latin1) {
                h = 31 * h + (b & 0xff);
            }
        } else {
            for (char c : utf16) {
                h = 31 * h + c;
            }
        }
        return h;
    }

    /** Appends every char to {@code out}, through one bulk call for UTF-16 chunks. */
    void appendTo(Appendable out) throws IOException {
        if (latin1 != null) {
            out.append(new String(latin1, StandardCharsets.ISO_8859_1));
        } else {
            out.append(CharBuffer.wrap(utf16));
        }
    }

    /** Widens {@code n} Latin-1 bytes from {@code src[srcPos]} into {@code dst[dstPos]}. */
    static void inflate(byte[] src, int srcPos, char[] dst, int dstPos, int n) {
        for (int i = 0; i < n; i++) {
            dst[dstPos + i] = (char) (src[srcPos + i] & 0xff);
        }
    }

    @Override
    public String toString() {
        return latin1 != null ? new String(latin1, StandardCharsets.ISO_8859_1) : new String(utf16);
    }
}
