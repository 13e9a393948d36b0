package io.holstein.string;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Text stored compactly in a {@code byte[]}: one byte per char while every char is Latin-1 (at most
 * U+00FF), two bytes per char otherwise, as {@code java.lang.String} stores its text. {@link
 * CowString}, {@link RopeChunk} and {@link Rope.Builder} keep their chars this way, and every read,
 * write, widening, narrowing and copy of such storage is one of the methods here.
 *
 * <p>A buffer is a {@code byte[]} with a coder: with {@link #LATIN1}, char {@code i} is byte {@code
 * i}; with {@link #UTF16}, char {@code i} is the two bytes from {@code 2i}, in the platform's byte
 * order. A coder is also the log2 of the bytes per char, so {@code n << coder} is the byte length
 * of {@code n} chars. Indices and lengths count chars. The methods check nothing beyond the arrays'
 * own bounds: callers check indices against their own lengths.
 */
final class CompactChars {

    /*
     * Implementation notes.
     *
     * Why one byte[] and a coder for both forms, in every holder of text:
     * - Latin-1 text, the common case, takes one byte per char.
     * - One layout for the whole package: text moves between buffers (string to string,
     *   builder to chunk, chunk to chunk) by copy(), with no conversion of its own.
     * - A holder has one array field of one type beside a coder byte, so a read tests the coder
     *   and loads once, with no second field to test and no cast; widening or narrowing
     *   replaces the array and the coder together.
     * - A UTF-16 char is read and written as one two-byte access through a byte-array view
     *   VarHandle, so the wide form needs no char[] to be read in one access.
     * - Copies between buffers of one coder are one System.arraycopy, and the array limit of the
     *   JVM applies to the byte length, as for String and StringBuilder; newBuffer() says when
     *   a UTF-16 buffer would pass it.
     * Every method is static and small, so that the JIT inlines it into the caller's loop; the
     * VarHandle is a constant, so its accesses compile to plain loads and stores.
     */

    /** The coder of one byte per char. */
    static final byte LATIN1 = 0;

    /** The coder of two bytes per char. */
    static final byte UTF16 = 1;

    /** The largest char stored in one byte. */
    static final char LATIN1_MAX = '\u00ff';

    /** Reads and writes one UTF-16 char as two bytes in the platform's order. */
    private static final VarHandle UTF16_CHARS =
            MethodHandles.byteArrayViewVarHandle(char[].class, ByteOrder.nativeOrder());

    private CompactChars() {}

    /**
     * A zeroed buffer for {@code length} chars in {@code coder}.
     *
     * @throws OutOfMemoryError if its byte length would pass {@code Integer.MAX_VALUE}, as {@code
     *     StringBuilder} throws when it widens to UTF-16
     */
    static byte[] newBuffer(int length, byte coder) {
        if (length > Integer.MAX_VALUE >> coder) {
            throw new OutOfMemoryError(
                    "UTF-16 text of "
                            + length
                            + " chars exceeds the implementation limit of "
                            + (Integer.MAX_VALUE >> UTF16));
        }
        return new byte[length << coder];
    }

    /** The char at {@code index}. */
    static char charAt(byte[] value, byte coder, int index) {
        return coder == LATIN1
                ? (char) (value[index] & 0xFF)
                : (char) UTF16_CHARS.get(value, index << 1);
    }

    /** Writes {@code c} at {@code index}; {@code c} must fit {@code coder}. */
    static void putChar(byte[] value, byte coder, int index, char c) {
        if (coder == LATIN1) {
            value[index] = (byte) c;
        } else {
            UTF16_CHARS.set(value, index << 1, c);
        }
    }

    /** Whether chars [from, from + n) are all Latin-1. */
    static boolean isLatin1(byte[] value, byte coder, int from, int n) {
        if (coder == LATIN1) {
            return true;
        }
        for (int i = from; i < from + n; i++) {
            if ((char) UTF16_CHARS.get(value, i << 1) > LATIN1_MAX) {
                return false;
            }
        }
        return true;
    }

    /**
     * Copies {@code n} chars between buffers, widening Latin-1 to UTF-16 or narrowing UTF-16 to
     * Latin-1 when the coders differ; narrowed chars must all be Latin-1. The ranges may overlap
     * only when the coders are the same.
     */
    static void copy(
            byte[] src,
            byte srcCoder,
            int srcIndex,
            byte[] dst,
            byte dstCoder,
            int dstIndex,
            int n) {
        if (srcCoder == dstCoder) {
            System.arraycopy(src, srcIndex << srcCoder, dst, dstIndex << dstCoder, n << srcCoder);
        } else if (srcCoder == LATIN1) {
            for (int i = 0; i < n; i++) {
                UTF16_CHARS.set(dst, (dstIndex + i) << 1, (char) (src[srcIndex + i] & 0xFF));
            }
        } else {
            for (int i = 0; i < n; i++) {
                char c = (char) UTF16_CHARS.get(src, (srcIndex + i) << 1);
                assert c <= LATIN1_MAX : "narrowing U+" + Integer.toHexString(c);
                dst[dstIndex + i] = (byte) c;
            }
        }
    }

    /**
     * The first {@code i < n} at which char {@code aFrom + i} of {@code a} and char {@code bFrom +
     * i} of {@code b} differ, or -1 if the {@code n} chars are equal. Buffers of one coder are
     * compared as bytes ({@code Arrays.mismatch}, vectorized); the same range of one buffer is
     * equal at once.
     */
    static int mismatch(byte[] a, byte aCoder, int aFrom, byte[] b, byte bCoder, int bFrom, int n) {
        if (aCoder == bCoder) {
            if (a == b && aFrom == bFrom) {
                return -1;
            }
            int k =
                    Arrays.mismatch(
                            a,
                            aFrom << aCoder,
                            (aFrom + n) << aCoder,
                            b,
                            bFrom << bCoder,
                            (bFrom + n) << bCoder);
            return k < 0 ? -1 : k >> aCoder;
        }
        for (int i = 0; i < n; i++) {
            if (charAt(a, aCoder, aFrom + i) != charAt(b, bCoder, bFrom + i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Writes chars [start, end) of {@code s} from {@code dstIndex} on, as far as they fit {@code
     * dstCoder}.
     *
     * @return {@code end}, or the index in {@code s} of the first char above Latin-1 when {@code
     *     dstCoder} is Latin-1: the chars before it are written, that one and the rest are not
     */
    static int put(CharSequence s, int start, int end, byte[] dst, byte dstCoder, int dstIndex) {
        if (dstCoder == LATIN1 && s instanceof String) {
            return putIntoLatin1((String) s, start, end, dst, dstIndex);
        }
        int shift = dstIndex - start;
        if (dstCoder == UTF16) {
            for (int i = start; i < end; i++) {
                UTF16_CHARS.set(dst, (shift + i) << 1, s.charAt(i));
            }
            return end;
        }
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c > LATIN1_MAX) {
                return i;
            }
            dst[shift + i] = (byte) c;
        }
        return end;
    }

    /**
     * {@link #put(CharSequence, int, int, byte[], byte, int)} from a {@code String} into Latin-1
     * storage: finds the first wide char, then copies the chars before it in one call. For a {@code
     * String} held in Latin-1, every char it returns is at most U+00FF, so C2 can fold the test and
     * drop the scan, and {@code getBytes} is one array copy.
     */
    @SuppressWarnings("deprecation") // getBytes(int, int, byte[], int) copies each char's low byte
    private static int putIntoLatin1(String s, int start, int end, byte[] dst, int dstIndex) {
        int narrowEnd = start;
        while (narrowEnd < end && s.charAt(narrowEnd) <= LATIN1_MAX) {
            narrowEnd++;
        }
        s.getBytes(start, narrowEnd, dst, dstIndex);
        return narrowEnd;
    }

    /** As {@link #put(CharSequence, int, int, byte[], byte, int)}, from a char array. */
    static int put(char[] s, int start, int end, byte[] dst, byte dstCoder, int dstIndex) {
        int shift = dstIndex - start;
        if (dstCoder == UTF16) {
            for (int i = start; i < end; i++) {
                UTF16_CHARS.set(dst, (shift + i) << 1, s[i]);
            }
            return end;
        }
        for (int i = start; i < end; i++) {
            char c = s[i];
            if (c > LATIN1_MAX) {
                return i;
            }
            dst[shift + i] = (byte) c;
        }
        return end;
    }

    /** Copies chars [from, from + n) into {@code dst} from {@code dstIndex}. */
    static void getChars(byte[] value, byte coder, int from, int n, char[] dst, int dstIndex) {
        for (int i = 0; i < n; i++) {
            dst[dstIndex + i] = charAt(value, coder, from + i);
        }
    }

    /**
     * Chars [from, from + n) as a new {@code String}. Latin-1 storage goes through the constructor
     * that takes a high byte: with a high byte of zero each byte is the char of the same value, and
     * that constructor is one array copy, small enough for the JIT to inline, where the one that
     * takes a {@code Charset} first tests for other charsets and, in JDK 17, is too large to
     * inline.
     */
    @SuppressWarnings("deprecation") // String(byte[], int, int, int) maps each byte b to char b
    static String newString(byte[] value, byte coder, int from, int n) {
        if (coder == LATIN1) {
            return new String(value, 0, from, n);
        }
        char[] chars = new char[n];
        getChars(value, UTF16, from, n, chars, 0);
        return new String(chars);
    }

    /**
     * Continues {@code String.hashCode}'s polynomial from {@code h} over chars [from, from + n).
     */
    static int hash(int h, byte[] value, byte coder, int from, int n) {
        for (int i = from; i < from + n; i++) {
            h = 31 * h + charAt(value, coder, i);
        }
        return h;
    }
}
