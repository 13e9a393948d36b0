package io.holstein.string;

import io.holstein.internal.SerialArrays;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.io.Serializable;

/**
 * The serialized form of a {@link CowString}: its text as {@code String} chunks of at most {@value
 * #CHUNK} chars, in the layout of {@link SerialArrays} (a count, then the chunks).
 *
 * <p>Chunks rather than one {@code String}: a reader allocates only as chunks arrive, and no single
 * object in the stream is larger than one chunk, so a forged stream cannot make the reader allocate
 * much more than it holds. Capacity and sharing are not kept: a deserialized string holds exactly
 * its chars, in a buffer of its own.
 */
final class CowStringForm implements Serializable {

    @Serial private static final long serialVersionUID = 1L;

    /** The most chars per chunk. */
    static final int CHUNK = 8192;

    private transient Object[] chunks;

    CowStringForm(CowString s) {
        int n = s.length();
        Object[] a = new Object[(n + CHUNK - 1) / CHUNK];
        for (int i = 0; i < a.length; i++) {
            a[i] = s.substring(i * CHUNK, Math.min(n, (i + 1) * CHUNK));
        }
        chunks = a;
    }

    @Serial
    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        SerialArrays.write(out, chunks, 1);
    }

    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        chunks = SerialArrays.read(in, 1);
    }

    @Serial
    private Object readResolve() throws InvalidObjectException {
        long total = 0;
        for (Object chunk : chunks) {
            if (!(chunk instanceof String)) {
                throw new InvalidObjectException(
                        "not a text chunk: "
                                + (chunk == null ? "null" : chunk.getClass().getName()));
            }
            int n = ((String) chunk).length();
            if (n == 0 || n > CHUNK) {
                throw new InvalidObjectException(
                        "chunk of " + n + " chars, not in [1, " + CHUNK + "]");
            }
            total += n;
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw new InvalidObjectException("text of " + total + " chars is too long");
        }
        StringBuilder text = new StringBuilder((int) total);
        for (Object chunk : chunks) {
            text.append((String) chunk);
        }
        return CowString.exactly(text);
    }
}
