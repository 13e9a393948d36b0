package io.holstein.testing;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamConstants;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;

/**
 * Serialized streams for the serialization tests: round trips, and streams tampered with (a
 * declared size patched, a string replaced, a stream naming a real class instead of its proxy),
 * with the check that a forged size fails without allocating from it.
 */
public final class SerialStreams {

    /** TC_BLOCKDATA of four bytes: how ObjectOutputStream writes the size int. */
    private static final byte BLOCK_DATA = 0x77;

    private SerialStreams() {}

    public static byte[] serialize(Object o) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        return bytes.toByteArray();
    }

    public static Object deserialize(byte[] bytes) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return in.readObject();
        }
    }

    public static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("pattern not in the stream");
    }

    /** Replaces the size written as block data ({@code size} before) with {@code newSize}. */
    public static byte[] withSize(byte[] stream, int size, int newSize) {
        byte[] b = stream.clone();
        int at = indexOf(b, new byte[] {BLOCK_DATA, 4, 0, 0, 0, (byte) size}) + 2;
        b[at] = (byte) (newSize >>> 24);
        b[at + 1] = (byte) (newSize >>> 16);
        b[at + 2] = (byte) (newSize >>> 8);
        b[at + 3] = (byte) newSize;
        return b;
    }

    public static byte[] replaceString(byte[] stream, String from, String to) {
        byte[] b = stream.clone();
        byte[] f = from.getBytes(StandardCharsets.UTF_8);
        byte[] t = to.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(t, 0, b, indexOf(b, f), t.length);
        return b;
    }

    /** A hand-written stream holding an instance of {@code c} itself, not its proxy. */
    public static byte[] streamNaming(Class<?> c) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeShort(ObjectStreamConstants.STREAM_MAGIC);
        out.writeShort(ObjectStreamConstants.STREAM_VERSION);
        out.writeByte(ObjectStreamConstants.TC_OBJECT);
        out.writeByte(ObjectStreamConstants.TC_CLASSDESC);
        out.writeUTF(c.getName());
        out.writeLong(1L); // serialVersionUID
        out.writeByte(ObjectStreamConstants.SC_SERIALIZABLE);
        out.writeShort(0); // no serializable fields
        out.writeByte(ObjectStreamConstants.TC_ENDBLOCKDATA);
        out.writeByte(ObjectStreamConstants.TC_NULL); // no serializable superclass
        out.flush();
        return bytes.toByteArray();
    }

    public static long allocatedBytes() {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assertTrue(
                threads.isThreadAllocatedMemorySupported()
                        && threads.isThreadAllocatedMemoryEnabled());
        return threads.getThreadAllocatedBytes(Thread.currentThread().getId());
    }

    /**
     * Checks that {@code stream}, whose declared size is {@code size}, fails with an {@link
     * IOException} and allocates little when its size is patched far beyond the mappings it holds:
     * a proxy must not allocate from a declared length it cannot trust.
     */
    public static void assertForgedSizeFailsCheaply(byte[] stream, int size) {
        for (int declared : new int[] {Integer.MAX_VALUE, 100_000_000}) {
            byte[] forged = withSize(stream, size, declared);
            long before = allocatedBytes();
            Exception e = assertThrows(Exception.class, () -> deserialize(forged));
            long allocated = allocatedBytes() - before;
            assertInstanceOf(IOException.class, e, "the stream runs out of items: " + e);
            assertTrue(
                    allocated < 16 << 20,
                    "allocated " + allocated + " bytes for a declared size of " + declared);
        }
    }
}
