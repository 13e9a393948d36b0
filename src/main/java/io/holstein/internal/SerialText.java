package io.holstein.internal;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.CharBuffer;
import java.util.function.Consumer;

/**
 * The one serialized layout of text ({@code CowString}, and {@code Rope} through {@link
 * SerialProxy}): its length in chars ({@code int}), its coder ({@code byte}: {@link #LATIN1} when
 * every char is at most U+00FF, else {@link #UTF16}), the chars as primitive data (one byte each
 * for Latin-1; two bytes each, high byte first, for UTF-16), then {@link SerialArrays#END}.
 *
 * <p>Text is never written as {@code String} objects: a stream could then repeat a five-byte
 * back-reference to one long string and declare gigabytes of text. Here every char read is a char
 * the stream holds, and the reader takes the text in pieces of at most {@value #PIECE} chars into
 * one small buffer, whatever the length says, so what it and its sink allocate is a small multiple
 * of the stream's length. As with {@link SerialArrays}, the layout is the last of its object's
 * data, and reading checks that no more text follows.
 */
public final class SerialText {

    /** The coder of text whose every char is at most U+00FF: one byte per char. */
    static final byte LATIN1 = 0;

    /** The coder of any other text: two bytes per char, high byte first. */
    static final byte UTF16 = 1;

    /** The most chars the reader takes at once. */
    private static final int PIECE = 8192;

    private static final int LATIN1_MAX = 0xFF;

    private SerialText() {}

    /**
     * Writes {@code text}, which must not change meanwhile. O(n): one pass over the chars to choose
     * the coder, one to write them.
     *
     * @param out the stream
     * @param text the text
     * @throws IOException if the stream fails
     */
    public static void write(ObjectOutputStream out, CharSequence text) throws IOException {
        int n = text.length();
        boolean latin1 = text.chars().allMatch(c -> c <= LATIN1_MAX);
        out.writeInt(n);
        out.writeByte(latin1 ? LATIN1 : UTF16);
        for (int from = 0; from < n; from += PIECE) {
            String piece = text.subSequence(from, Math.min(n, from + PIECE)).toString();
            if (latin1) {
                out.writeBytes(piece);
            } else {
                out.writeChars(piece);
            }
        }
        SerialArrays.writeEnd(out);
    }

    /**
     * Reads what {@link #write} wrote and hands the text to {@code sink} in pieces of at most
     * {@value #PIECE} chars, in order. Each piece is a view of the reader's one buffer, valid only
     * during the call: the sink copies it (as an {@code append} does). O(n) plus the sink's work.
     *
     * @param in the stream
     * @param sink takes each piece
     * @throws InvalidObjectException if the length is negative, the coder unknown, or more text
     *     follows the declared length
     * @throws IOException if the stream fails or ends before the declared length
     */
    public static void read(ObjectInputStream in, Consumer<? super CharSequence> sink)
            throws IOException {
        int n = in.readInt();
        int coder = in.readByte();
        if (n < 0) {
            throw new InvalidObjectException("negative text length: " + n);
        }
        if (coder != LATIN1 && coder != UTF16) {
            throw new InvalidObjectException("unknown text coder: " + coder);
        }
        char[] buffer = new char[Math.min(n, PIECE)];
        for (int done = 0; done < n; ) {
            int k = Math.min(PIECE, n - done);
            for (int i = 0; i < k; i++) {
                buffer[i] = coder == LATIN1 ? (char) in.readUnsignedByte() : in.readChar();
            }
            sink.accept(CharBuffer.wrap(buffer, 0, k));
            done += k;
        }
        SerialArrays.readEnd(in, n + " chars");
    }
}
