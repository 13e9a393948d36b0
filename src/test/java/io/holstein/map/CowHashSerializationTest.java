package io.holstein.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamConstants;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Serialization of {@link CowHashMap} and {@link CowHashSet} through their proxies, including
 * streams tampered with: sizes, load factors and repeated keys are validated, and a declared
 * size is never trusted for allocation.
 */
public class CowHashSerializationTest {

    /** TC_BLOCKDATA of four bytes: how ObjectOutputStream writes the size int. */
    private static final byte BLOCK_DATA = 0x77;

    /** The load factor the tests serialize, easy to find in a stream: 0x3EA00000. */
    private static final float LOAD_FACTOR = 0.3125f;

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

    private static int indexOf(byte[] haystack, byte[] needle) {
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

    private static byte[] withLoadFactor(byte[] stream, float loadFactor) {
        byte[] b = stream.clone();
        int bits = Float.floatToRawIntBits(LOAD_FACTOR);
        int at = indexOf(b, new byte[] {(byte) (bits >>> 24), (byte) (bits >>> 16), (byte) (bits >>> 8), (byte) bits});
        int nb = Float.floatToRawIntBits(loadFactor);
        b[at] = (byte) (nb >>> 24);
        b[at + 1] = (byte) (nb >>> 16);
        b[at + 2] = (byte) (nb >>> 8);
        b[at + 3] = (byte) nb;
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
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assertTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());
        return threads.getThreadAllocatedBytes(Thread.currentThread().getId());
    }

    private static CowHashMap<String, String> sampleMap() {
        CowHashMap<String, String> map = new CowHashMap<>(4, LOAD_FACTOR);
        map.put("key-a", "1");
        map.put("key-b", "2");
        map.put(null, "3");
        return map;
    }

    private static CowHashSet<String> sampleSet() {
        CowHashSet<String> set = new CowHashSet<>(4, LOAD_FACTOR);
        set.add("elem-a");
        set.add("elem-b");
        set.add(null);
        return set;
    }

    @Test
    void map_roundTrip_restoresMappingsAndLoadFactor() throws Exception {
        CowHashMap<String, String> map = sampleMap();
        Object back = deserialize(serialize(map.fork()));
        CowHashMap<?, ?> copy = assertInstanceOf(CowHashMap.class, back);
        assertEquals(map, copy);
        assertEquals(LOAD_FACTOR, copy.loadFactor);
        assertFalse(copy.isShared());
        copy.checkInvariants();
    }

    @Test
    void map_serializedForm_isTheProxy() throws Exception {
        String text = new String(serialize(sampleMap()), StandardCharsets.ISO_8859_1);
        assertTrue(text.contains("io.holstein.map.CowHashMapForm"));
        for (String internal : new String[] {"hashes", "tombstones", "TOMBSTONE", "CollisionBucket"}) {
            assertFalse(text.contains(internal), "the stream shows " + internal);
        }
    }

    @Test
    void map_declaredSizeBeyondTheStream_failsWithoutAllocatingIt() throws Exception {
        assertForgedSizeFailsCheaply(serialize(sampleMap()), 3);
    }

    /**
     * Checks that {@code stream}, whose declared size is {@code size}, fails with an
     * {@link IOException} and allocates little when its size is patched far beyond the
     * mappings it holds: a proxy must not allocate from a declared length it cannot trust.
     */
    public static void assertForgedSizeFailsCheaply(byte[] stream, int size) {
        for (int declared : new int[] {Integer.MAX_VALUE, 100_000_000}) {
            byte[] forged = withSize(stream, size, declared);
            long before = allocatedBytes();
            Exception e = assertThrows(Exception.class, () -> deserialize(forged));
            long allocated = allocatedBytes() - before;
            assertInstanceOf(IOException.class, e, "the stream runs out of mappings: " + e);
            assertTrue(allocated < 16 << 20, "allocated " + allocated + " bytes for a declared size of " + declared);
        }
    }

    @Test
    void map_declaredSizeSmallerThanTheStream_readsThatManyOnly() throws Exception {
        // Control for the patching: the size is where the tests above patch it.
        CowHashMap<?, ?> two = (CowHashMap<?, ?>) deserialize(withSize(serialize(sampleMap()), 3, 2));
        assertEquals(2, two.size());
        two.checkInvariants();
    }

    @Test
    void map_streamNamingTheRealClass_isRejected() throws Exception {
        // CowHashMap's first non-serializable superclass has no no-argument constructor, so the
        // stream is refused before any object exists; its readObject would refuse it too.
        assertThrows(InvalidClassException.class, () -> deserialize(streamNaming(CowHashMap.class)));
    }

    @Test
    void map_negativeSize_isRejected() throws Exception {
        byte[] forged = withSize(serialize(sampleMap()), 3, -1);
        assertThrows(InvalidObjectException.class, () -> deserialize(forged));
    }

    @Test
    void map_repeatedKey_isRejected() throws Exception {
        byte[] forged = replaceString(serialize(sampleMap()), "key-b", "key-a");
        InvalidObjectException e = assertThrows(InvalidObjectException.class, () -> deserialize(forged));
        assertTrue(e.getMessage().contains("twice"), e.getMessage());
    }

    @Test
    void map_illegalLoadFactor_isRejectedAndLargeOneClamped() throws Exception {
        byte[] stream = serialize(sampleMap());
        assertThrows(InvalidObjectException.class, () -> deserialize(withLoadFactor(stream, Float.NaN)));
        assertThrows(InvalidObjectException.class, () -> deserialize(withLoadFactor(stream, 0f)));
        assertThrows(InvalidObjectException.class, () -> deserialize(withLoadFactor(stream, -2f)));
        CowHashMap<?, ?> clamped = (CowHashMap<?, ?>) deserialize(withLoadFactor(stream, 9f));
        assertEquals(CowHashMap.MAX_LOAD_FACTOR, clamped.loadFactor);
        assertEquals(sampleMap(), clamped);
    }

    @Test
    void map_readObjectOfTheRealClass_throwsInvalidObject() throws Exception {
        Method readObject = CowHashMap.class.getDeclaredMethod("readObject", ObjectInputStream.class);
        readObject.setAccessible(true);
        InvocationTargetException e = assertThrows(InvocationTargetException.class,
                () -> readObject.invoke(new CowHashMap<>(), (Object) null));
        assertInstanceOf(InvalidObjectException.class, e.getCause());
    }

    @Test
    void set_roundTrip_restoresElements() throws Exception {
        CowHashSet<String> set = sampleSet();
        CowHashSet<?> copy = assertInstanceOf(CowHashSet.class, deserialize(serialize(set.fork())));
        assertEquals(set, copy);
        assertEquals(Set.of("elem-a", "elem-b"), Set.copyOf(copy.stream().filter(e -> e != null).toList()));
        assertEquals(LOAD_FACTOR, copy.map().loadFactor);
        copy.checkInvariants();
    }

    @Test
    void set_tamperedStreams_areRejected() throws Exception {
        byte[] stream = serialize(sampleSet());
        assertThrows(IOException.class, () -> deserialize(withSize(stream, 3, Integer.MAX_VALUE)));
        assertEquals(2, ((CowHashSet<?>) deserialize(withSize(stream, 3, 2))).size());
        assertThrows(InvalidObjectException.class, () -> deserialize(withSize(stream, 3, -5)));
        assertThrows(InvalidObjectException.class, () -> deserialize(replaceString(stream, "elem-b", "elem-a")));
        assertThrows(InvalidObjectException.class, () -> deserialize(withLoadFactor(stream, Float.NaN)));
    }

    @Test
    void set_streamNamingTheRealClass_throwsInvalidObject() throws Exception {
        assertThrows(InvalidObjectException.class, () -> deserialize(streamNaming(CowHashSet.class)));
    }

    @Test
    void set_readObjectOfTheRealClass_throwsInvalidObject() throws Exception {
        Method readObject = CowHashSet.class.getDeclaredMethod("readObject", ObjectInputStream.class);
        readObject.setAccessible(true);
        InvocationTargetException e = assertThrows(InvocationTargetException.class,
                () -> readObject.invoke(new CowHashSet<>(), (Object) null));
        assertInstanceOf(InvalidObjectException.class, e.getCause());
    }

    @Test
    void views_areNotSerializable() {
        CowHashMap<String, String> map = sampleMap();
        assertFalse(map.keySet() instanceof java.io.Serializable);
        assertFalse(map.values() instanceof java.io.Serializable);
        assertFalse(map.entrySet() instanceof java.io.Serializable);
    }
}
