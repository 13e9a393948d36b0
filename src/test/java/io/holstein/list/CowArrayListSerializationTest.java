package io.holstein.list;

import static io.holstein.testing.SerialStreams.deserialize;
import static io.holstein.testing.SerialStreams.serialize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.NotSerializableException;
import java.io.ObjectInputStream;
import java.io.ObjectStreamConstants;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class CowArrayListSerializationTest {

    private static final String PROXY_CLASS = "io.holstein.list.CowArrayList$SerializedForm";

    @Test
    void roundTrip_ofListWithNulls_equalsAndSharesNothing() throws Exception {
        CowArrayList<String> x = new CowArrayList<>(Arrays.asList("a", null, "c"));
        CowArrayList<String> fork = x.fork();

        Object back = deserialize(serialize(fork));

        CowArrayList<?> y = assertInstanceOf(CowArrayList.class, back);
        assertEquals(x, y);
        assertEquals(Arrays.asList("a", null, "c"), y);
        assertFalse(y.isShared(), "sharing is not preserved across serialization");
        assertNotSame(x.elementData, y.elementData);
        y.checkInvariants();
        assertTrue(x.isShared(), "serializing a fork does not write it");
    }

    @Test
    void roundTrip_ofEmptyList_isEmptyWithCapacityZeroLikeArrayList() throws Exception {
        CowArrayList<?> y = (CowArrayList<?>) deserialize(serialize(new CowArrayList<String>()));
        ArrayList<?> model = (ArrayList<?>) deserialize(serialize(new ArrayList<String>()));
        assertTrue(y.isEmpty());
        y.checkInvariants();
        // A deserialized empty ArrayList has capacity 0, so ensureCapacity(5) grows it, which
        // counts as a structural modification; a deserialized CowArrayList must do the same.
        assertEquals(
                ensureCapacityIsStructural(model::ensureCapacity, model.iterator()),
                ensureCapacityIsStructural(((CowArrayList<?>) y)::ensureCapacity, y.iterator()));
    }

    private static boolean ensureCapacityIsStructural(
            java.util.function.IntConsumer ensure, Iterator<?> probe) {
        ensure.accept(5);
        try {
            probe.next();
            return false;
        } catch (NoSuchElementException e) {
            return false;
        } catch (ConcurrentModificationException e) {
            return true;
        }
    }

    @Test
    void roundTrip_ofForksInOneStream_givesIndependentLists() throws Exception {
        CowArrayList<String> x = new CowArrayList<>(List.of("a", "b"));
        List<Object> pair = new ArrayList<>(List.of(x, x.fork()));

        @SuppressWarnings("unchecked")
        List<CowArrayList<String>> back = (List<CowArrayList<String>>) deserialize(serialize(pair));

        assertNotSame(back.get(0).elementData, back.get(1).elementData);
        back.get(0).set(0, "z");
        assertEquals(List.of("a", "b"), back.get(1));
    }

    @Test
    void subList_isNotSerializable() {
        CowArrayList<String> x = new CowArrayList<>(List.of("a", "b"));
        assertThrows(NotSerializableException.class, () -> serialize(x.subList(0, 1)));
    }

    @Test
    void readObject_ofRealClassCalledReflectively_throwsInvalidObject() throws Exception {
        Method readObject =
                CowArrayList.class.getDeclaredMethod("readObject", ObjectInputStream.class);
        readObject.setAccessible(true);
        ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(serialize("unused")));
        InvocationTargetException e =
                assertThrows(
                        InvocationTargetException.class,
                        () -> readObject.invoke(new CowArrayList<String>(), in));
        assertInstanceOf(InvalidObjectException.class, e.getCause());
    }

    @Test
    void readObject_ofStreamNamingRealClass_throwsInvalidObject() throws Exception {
        // A hand-written stream holding a CowArrayList itself, not its proxy.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeShort(ObjectStreamConstants.STREAM_MAGIC);
        out.writeShort(ObjectStreamConstants.STREAM_VERSION);
        out.writeByte(ObjectStreamConstants.TC_OBJECT);
        out.writeByte(ObjectStreamConstants.TC_CLASSDESC);
        out.writeUTF(CowArrayList.class.getName());
        out.writeLong(1L); // serialVersionUID
        out.writeByte(ObjectStreamConstants.SC_SERIALIZABLE);
        out.writeShort(0); // no serializable fields
        out.writeByte(ObjectStreamConstants.TC_ENDBLOCKDATA);
        out.writeByte(ObjectStreamConstants.TC_NULL); // no serializable superclass
        out.flush();

        assertThrows(InvalidObjectException.class, () -> deserialize(bytes.toByteArray()));
    }

    @Test
    void readObject_ofProxyDeclaringHugeSize_failsWithoutAllocatingIt() throws Exception {
        for (int declared : new int[] {Integer.MAX_VALUE, 100_000_000}) {
            byte[] forged =
                    withDeclaredSize(
                            serialize(new CowArrayList<>(List.of("a", "b", "c"))), 3, declared);
            long before = allocatedBytes();

            Exception e = assertThrows(Exception.class, () -> deserialize(forged));

            long allocated = allocatedBytes() - before;
            assertInstanceOf(IOException.class, e, "the stream runs out of elements: " + e);
            assertTrue(
                    allocated < 16 << 20,
                    "allocated " + allocated + " bytes for a declared size of " + declared);
        }
    }

    @Test
    void readObject_ofProxyDeclaringNegativeSize_throwsInvalidObject() throws Exception {
        byte[] forged =
                withDeclaredSize(serialize(new CowArrayList<>(List.of("a", "b", "c"))), 3, -1);
        InvalidObjectException e =
                assertThrows(InvalidObjectException.class, () -> deserialize(forged));
        assertTrue(e.getMessage().contains("-1"), e.getMessage());
    }

    @Test
    void readObject_ofProxyDeclaringSmallerSize_readsThatManyOnly() throws Exception {
        // Control for the patching: the size int is where the tests above patch it.
        byte[] forged =
                withDeclaredSize(serialize(new CowArrayList<>(List.of("a", "b", "c"))), 3, 2);
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(forged))) {
            assertEquals(List.of("a", "b"), in.readObject());
        }
    }

    /**
     * Replaces the size that the proxy writes first in its block data: the four bytes after the
     * block-data header that follows the proxy's class descriptor.
     */
    private static byte[] withDeclaredSize(byte[] stream, int size, int declared) {
        int nameAt = indexOf(stream, PROXY_CLASS.getBytes(StandardCharsets.UTF_8), 0);
        assertTrue(nameAt > 0, "proxy class descriptor not found");
        byte[] header = {
            ObjectStreamConstants.TC_BLOCKDATA,
            4,
            (byte) (size >>> 24),
            (byte) (size >>> 16),
            (byte) (size >>> 8),
            (byte) size,
        };
        int at = indexOf(stream, header, nameAt);
        assertTrue(at > 0, "size not found after the class descriptor");
        assertEquals(-1, indexOf(stream, header, at + 1), "size found twice");
        byte[] forged = stream.clone();
        forged[at + 2] = (byte) (declared >>> 24);
        forged[at + 3] = (byte) (declared >>> 16);
        forged[at + 4] = (byte) (declared >>> 8);
        forged[at + 5] = (byte) declared;
        return forged;
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static long allocatedBytes() {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assertTrue(
                threads.isThreadAllocatedMemorySupported()
                        && threads.isThreadAllocatedMemoryEnabled());
        return threads.getThreadAllocatedBytes(Thread.currentThread().getId());
    }

    @Test
    void serializedForm_isTheProxy() throws Exception {
        byte[] bytes = serialize(new CowArrayList<>(List.of("a")));
        assertTrue(indexOf(bytes, PROXY_CLASS.getBytes(StandardCharsets.UTF_8), 0) > 0);
        assertEquals(-1, indexOf(bytes, "elementData".getBytes(StandardCharsets.UTF_8), 0));
    }
}
