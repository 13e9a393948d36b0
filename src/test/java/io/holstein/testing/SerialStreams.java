package io.holstein.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.holstein.list.PersistentVector;
import io.holstein.map.PersistentHashMap;
import io.holstein.map.PersistentHashSet;
import io.holstein.sorted.PersistentTreeMap;
import io.holstein.sorted.PersistentTreeSet;
import io.holstein.string.Rope;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.ObjectStreamConstants;
import java.io.OutputStream;
import java.io.Serial;
import java.io.Serializable;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Serialized streams for the serialization tests: round trips, the golden streams, streams tampered
 * with (an int or a byte patched, a string replaced, objects replaced while writing, a stream cut
 * short) and streams forged from scratch, with the check that reading a forged stream fails with an
 * {@link IOException} and allocates at most {@link #ALLOCATION_FACTOR} times the stream's length
 * plus {@link #ALLOCATION_SLACK}.
 *
 * <p><b>Golden streams.</b> {@link #assertGolden} compares what a value serializes to today with
 * {@code src/test/resources/io/holstein/serial/<name>.ser}, byte for byte, and reads that file
 * back. After an intended change of the serialized form (which also raises the format version),
 * rewrite the files by running the serialization tests with the system property {@value
 * #REGENERATE}:
 *
 * <pre>mvn -B test -Dtest='*SerializationTest' -Dholstein.serial.regenerate=true</pre>
 *
 * <p>then check the new bytes with {@code xxd} and commit them.
 */
public final class SerialStreams {

    /**
     * Reading a stream may allocate at most this many bytes per byte of the stream... Reading one
     * object costs at most three references of the reader's own (twice in the growing array, once
     * in the container), and {@code ObjectInputStream} itself allocates some 80 bytes of
     * temporaries per five-byte back-reference until its code is compiled: together about 19 bytes
     * per byte for a stream of back-references alone, where text written as objects allowed
     * thousands.
     */
    public static final int ALLOCATION_FACTOR = 32;

    /** ... plus this many, for {@code ObjectInputStream}'s own buffers, tables and exceptions. */
    public static final long ALLOCATION_SLACK = 256 << 10;

    /** The format version {@code SerialProxy} writes first; part of the wire format. */
    public static final int PROXY_VERSION = 1;

    /** The type tags {@code SerialProxy} writes second; part of the wire format. */
    public static final int VECTOR_TAG = 1;

    public static final int HASH_SET_TAG = 2;

    public static final int HASH_MAP_TAG = 3;

    public static final int ROPE_TAG = 4;

    public static final int TREE_MAP_TAG = 5;

    public static final int TREE_SET_TAG = 6;

    /** The type each tag stands for. */
    private static final Map<Integer, Class<?>> TAGGED =
            Map.of(
                    VECTOR_TAG,
                    PersistentVector.class,
                    HASH_SET_TAG,
                    PersistentHashSet.class,
                    HASH_MAP_TAG,
                    PersistentHashMap.class,
                    ROPE_TAG,
                    Rope.class,
                    TREE_MAP_TAG,
                    PersistentTreeMap.class,
                    TREE_SET_TAG,
                    PersistentTreeSet.class);

    /**
     * What a sorted type's stream holds between its tag and its count when its order is natural:
     * the null comparator ({@code TC_NULL}), then the header of the block of primitive data that
     * holds the count ({@code TC_BLOCKDATA}, four bytes).
     */
    public static final byte[] NATURAL_ORDER =
            bytes(ObjectStreamConstants.TC_NULL, ObjectStreamConstants.TC_BLOCKDATA, 4);

    /** The system property that makes {@link #assertGolden} rewrite the golden streams. */
    public static final String REGENERATE = "holstein.serial.regenerate";

    /** Where the golden streams are, on the class path and in the source tree. */
    private static final String GOLDEN_DIRECTORY = "io/holstein/serial/";

    private SerialStreams() {}

    /** What a forged object writes as its data, after its (absent) fields. */
    @FunctionalInterface
    public interface Payload {
        void write(ObjectOutputStream out) throws IOException;
    }

    public static byte[] serialize(Object o) throws IOException {
        return serializeReplacing(o, UnaryOperator.identity());
    }

    public static Object deserialize(byte[] bytes) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return in.readObject();
        }
    }

    /** Serializes and reads back. */
    @SuppressWarnings("unchecked")
    public static <T> T roundTrip(T o) throws IOException, ClassNotFoundException {
        return (T) deserialize(serialize(o));
    }

    /**
     * Serializes {@code o}, writing {@code replace}'s result in place of every object the stream
     * meets (the root, its replacement, every element): a stream a writer never produces, such as
     * one that repeats a back-reference to one object or holds null where a type forbids it.
     */
    public static byte[] serializeReplacing(Object o, UnaryOperator<Object> replace)
            throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new Replacing(bytes, replace)) {
            out.writeObject(o);
        }
        return bytes.toByteArray();
    }

    private static final class Replacing extends ObjectOutputStream {
        private final UnaryOperator<Object> replace;

        Replacing(OutputStream out, UnaryOperator<Object> replace) throws IOException {
            super(out);
            this.replace = replace;
            enableReplaceObject(true);
        }

        @Override
        protected Object replaceObject(Object obj) {
            return replace.apply(obj);
        }
    }

    /**
     * A stream of one object of class {@code target}, whose data is whatever {@code payload}
     * writes: the class descriptor is {@code target}'s own (name, serialVersionUID, flags), so the
     * reader runs {@code target}'s {@code readObject} on that data. {@code target} must declare no
     * serializable field.
     */
    public static byte[] forge(Class<?> target, Payload payload) throws IOException {
        ObjectStreamClass targetDescriptor = ObjectStreamClass.lookup(target);
        assertEquals(0, targetDescriptor.getFields().length, "fields of " + target);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out =
                new ObjectOutputStream(bytes) {
                    @Override
                    protected void writeClassDescriptor(ObjectStreamClass descriptor)
                            throws IOException {
                        super.writeClassDescriptor(
                                descriptor.forClass() == Forged.class
                                        ? targetDescriptor
                                        : descriptor);
                    }
                }) {
            out.writeObject(new Forged(payload));
        }
        return bytes.toByteArray();
    }

    /** The object {@link #forge} writes under another class's descriptor. */
    private static final class Forged implements Serializable {
        @Serial private static final long serialVersionUID = 1L;

        private final transient Payload payload;

        Forged(Payload payload) {
            this.payload = payload;
        }

        @Serial
        private void writeObject(ObjectOutputStream out) throws IOException {
            out.defaultWriteObject();
            payload.write(out);
        }
    }

    /** A hand-written stream holding an instance of {@code c} itself, with no data. */
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

    /**
     * Checks that the {@code readObject} of {@code instance}'s class, called reflectively as a
     * stream naming that class would call it, throws {@link InvalidObjectException}: a persistent
     * type is read only through its proxy.
     */
    public static void assertReadObjectRefused(Object instance)
            throws ReflectiveOperationException {
        Method readObject =
                instance.getClass().getDeclaredMethod("readObject", ObjectInputStream.class);
        readObject.setAccessible(true);
        InvocationTargetException e =
                assertThrows(
                        InvocationTargetException.class,
                        () -> readObject.invoke(instance, (Object) null));
        assertInstanceOf(InvalidObjectException.class, e.getCause());
    }

    /** {@code values} as bytes, for the patterns below. */
    public static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    /** {@code first} followed by {@code second}. */
    public static byte[] concat(byte[] first, byte[] second) {
        byte[] b = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, b, first.length, second.length);
        return b;
    }

    /** {@code prefix} followed by {@code value} as a big-endian int. */
    public static byte[] withIntAfter(byte[] prefix, int value) {
        byte[] b = Arrays.copyOf(prefix, prefix.length + 4);
        for (int i = 0; i < 4; i++) {
            b[prefix.length + i] = (byte) (value >>> (24 - 8 * i));
        }
        return b;
    }

    /** Where {@code needle} occurs in {@code haystack}, checking that it occurs exactly once. */
    public static int indexOf(byte[] haystack, byte[] needle) {
        int found = -1;
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            assertEquals(-1, found, "the pattern occurs twice: " + Arrays.toString(needle));
            found = i;
        }
        assertTrue(found >= 0, "the pattern is not in the stream: " + Arrays.toString(needle));
        return found;
    }

    /**
     * Replaces the int {@code value}, found once in {@code stream} right after {@code prefix}, with
     * {@code newValue}.
     */
    public static byte[] withInt(byte[] stream, byte[] prefix, int value, int newValue) {
        byte[] b = stream.clone();
        int at = indexOf(b, withIntAfter(prefix, value)) + prefix.length;
        byte[] v = withIntAfter(new byte[0], newValue);
        System.arraycopy(v, 0, b, at, 4);
        return b;
    }

    /** Replaces the bytes {@code from}, found once in {@code stream}, with {@code to}. */
    public static byte[] withBytes(byte[] stream, byte[] from, byte[] to) {
        assertEquals(from.length, to.length);
        byte[] b = stream.clone();
        System.arraycopy(to, 0, b, indexOf(b, from), to.length);
        return b;
    }

    /** Replaces the string {@code from}, found once in {@code stream}, with one as long. */
    public static byte[] replaceString(byte[] stream, String from, String to) {
        return withBytes(
                stream, from.getBytes(StandardCharsets.UTF_8), to.getBytes(StandardCharsets.UTF_8));
    }

    public static long allocatedBytes() {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assertTrue(
                threads.isThreadAllocatedMemorySupported()
                        && threads.isThreadAllocatedMemoryEnabled());
        return threads.getCurrentThreadAllocatedBytes();
    }

    /**
     * Checks that reading {@code stream} fails with an {@link IOException} (an {@link
     * InvalidObjectException}, or the stream's own, such as {@code EOFException}) and allocates at
     * most {@link #ALLOCATION_FACTOR} times the stream's length plus {@link #ALLOCATION_SLACK}.
     *
     * @return the exception, for further checks
     */
    public static IOException assertRejected(byte[] stream) {
        long before = allocatedBytes();
        Throwable thrown = assertThrows(Throwable.class, () -> deserialize(stream));
        long allocated = allocatedBytes() - before;
        IOException e = assertInstanceOf(IOException.class, thrown, "not an IOException");
        assertAllocationBounded(allocated, stream.length, e.toString());
        return e;
    }

    /** {@link #assertRejected}, and the exception is an {@link InvalidObjectException}. */
    public static InvalidObjectException assertInvalid(byte[] stream) {
        IOException e = assertRejected(stream);
        return assertInstanceOf(InvalidObjectException.class, e, "not an InvalidObjectException");
    }

    /**
     * Reads {@code stream}, which must be valid, checking that it allocates at most {@link
     * #ALLOCATION_FACTOR} times its length plus {@link #ALLOCATION_SLACK}.
     */
    public static Object readBounded(byte[] stream) throws IOException, ClassNotFoundException {
        long before = allocatedBytes();
        Object o = deserialize(stream);
        assertAllocationBounded(allocatedBytes() - before, stream.length, "a valid stream");
        return o;
    }

    private static void assertAllocationBounded(long allocated, int length, String what) {
        assertTrue(
                allocated <= (long) ALLOCATION_FACTOR * length + ALLOCATION_SLACK,
                "reading a stream of " + length + " bytes allocated " + allocated + ": " + what);
    }

    /**
     * Checks every forgery of the count {@code count}, which {@code stream} holds once right after
     * {@code prefix}: a negative one, huge ones (around the largest array and past it) and one too
     * many fail (the negative and too large ones with {@link InvalidObjectException}), and one too
     * few fails too, all with bounded allocation. {@code count} must be at least 1.
     */
    public static void assertCountForgeriesRejected(byte[] stream, byte[] prefix, int count) {
        for (int forged : new int[] {-1, Integer.MIN_VALUE, -count}) {
            assertInvalid(withInt(stream, prefix, count, forged));
        }
        for (int forged :
                new int[] {
                    Integer.MAX_VALUE,
                    Integer.MAX_VALUE - 8,
                    Integer.MAX_VALUE / 2 + 1,
                    100_000_000,
                    count + 1,
                    count - 1
                }) {
            assertRejected(withInt(stream, prefix, count, forged));
        }
    }

    /**
     * Checks that a stream of {@code SerialProxy} fails when its version byte, found once before
     * the size {@code count}, is replaced by any other byte ({@link InvalidObjectException}), and
     * likewise its tag byte by any unknown tag. Another known tag makes the reader take the
     * contents as that type's: it either fails with an {@link IOException} or, where the two
     * layouts agree (a vector's elements, if distinct, are a set's), reads a value of that type;
     * either way with bounded allocation.
     */
    public static void assertWrongVersionAndTagRejected(byte[] stream, int tag, int count)
            throws ClassNotFoundException {
        assertWrongVersionAndTagRejected(stream, tag, withIntAfter(new byte[0], count));
    }

    /**
     * {@link #assertWrongVersionAndTagRejected(byte[], int, int)} for a stream whose version and
     * tag bytes are followed by {@code following}, found once in the stream right after them (a
     * sorted type's: {@link #NATURAL_ORDER}, then the count).
     */
    public static void assertWrongVersionAndTagRejected(byte[] stream, int tag, byte[] following)
            throws ClassNotFoundException {
        byte[] header = concat(bytes(PROXY_VERSION, tag), following);
        for (int b = 0; b < 256; b++) {
            if (b != PROXY_VERSION) {
                assertInvalid(withBytes(stream, header, concat(bytes(b, tag), following)));
            }
            byte[] retagged = withBytes(stream, header, concat(bytes(PROXY_VERSION, b), following));
            Class<?> type = TAGGED.get(b);
            if (type == null) {
                assertInvalid(retagged);
            } else if (b != tag) {
                long before = allocatedBytes();
                try {
                    assertInstanceOf(type, deserialize(retagged));
                } catch (IOException e) {
                    // As assertRejected expects.
                }
                assertAllocationBounded(
                        allocatedBytes() - before, retagged.length, "tag " + b + " for " + tag);
            }
        }
    }

    /**
     * Checks that a text of {@code target} cannot be declared by back-references, the attack on
     * text written as objects: a forged stream whose data is {@code header}, a length of 20,000
     * chunks of 8,192 chars, then one such chunk as a {@code String} and 19,999 five-byte
     * references to it. Text is primitive data, so the reader meets an object where chars should be
     * and stops ({@link EOFException}), having allocated next to nothing.
     */
    public static void assertTextOfBackReferencesRejected(Class<?> target, Payload header)
            throws IOException {
        String chunk = "x".repeat(8192);
        byte[] forged =
                forge(
                        target,
                        out -> {
                            header.write(out);
                            out.writeInt(20_000 * 8192);
                            out.writeByte(0);
                            for (int i = 0; i < 20_000; i++) {
                                out.writeObject(chunk);
                            }
                        });
        assertTrue(forged.length < 120_000, "a short stream: " + forged.length);
        assertInstanceOf(EOFException.class, assertRejected(forged));
    }

    /**
     * Checks that a text of {@code target} declared longer than the chars that follow, in either
     * coder, fails with allocation in proportion to those chars: a forged stream whose data is
     * {@code header}, the length {@link Integer#MAX_VALUE}, then 100,000 chars.
     */
    public static void assertTextShorterThanDeclaredRejected(Class<?> target, Payload header)
            throws IOException {
        for (int coder = 0; coder < 2; coder++) {
            boolean latin1 = coder == 0;
            byte[] forged =
                    forge(
                            target,
                            out -> {
                                header.write(out);
                                out.writeInt(Integer.MAX_VALUE);
                                out.writeByte(latin1 ? 0 : 1);
                                if (latin1) {
                                    out.writeBytes("y".repeat(100_000));
                                } else {
                                    out.writeChars("\u4e2d".repeat(100_000));
                                }
                            });
            assertInstanceOf(EOFException.class, assertRejected(forged));
        }
    }

    /**
     * Checks that {@code stream} cut short after each of its bytes but the last fails with an
     * {@link IOException} and bounded allocation.
     */
    public static void assertTruncationsRejected(byte[] stream) {
        for (int length = 0; length < stream.length; length++) {
            assertRejected(Arrays.copyOf(stream, length));
        }
    }

    /**
     * Checks that {@code value} serializes today to exactly the golden stream {@code name}, and
     * that the golden stream reads back to a value equal to {@code value}, which it returns. With
     * the system property {@value #REGENERATE} set to {@code true}, writes the golden stream
     * instead.
     */
    public static Object assertGolden(String name, Object value) throws Exception {
        byte[] today = serialize(value);
        String resource = GOLDEN_DIRECTORY + name + ".ser";
        if (Boolean.getBoolean(REGENERATE)) {
            Path file = Path.of("src/test/resources", resource);
            Files.createDirectories(file.getParent());
            Files.write(file, today);
        }
        byte[] golden = Boolean.getBoolean(REGENERATE) ? today : readResource(resource);
        assertArrayEquals(
                golden, today, "the serialized form of " + name + " changed; see SerialStreams");
        Object back = deserialize(golden);
        assertEquals(value, back);
        return back;
    }

    private static byte[] readResource(String resource) throws IOException {
        try (InputStream in = SerialStreams.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, "no golden stream " + resource + "; see SerialStreams to write it");
            return in.readAllBytes();
        }
    }
}
