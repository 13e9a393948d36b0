package io.holstein.map;

import static io.holstein.testing.SerialStreams.assertForgedSizeFailsCheaply;
import static io.holstein.testing.SerialStreams.deserialize;
import static io.holstein.testing.SerialStreams.replaceString;
import static io.holstein.testing.SerialStreams.serialize;
import static io.holstein.testing.SerialStreams.streamNaming;
import static io.holstein.testing.SerialStreams.withSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.holstein.testing.SerialStreams;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Serialization of {@link CowHashMap} and {@link CowHashSet} through their proxies, including
 * streams tampered with: sizes, load factors and repeated keys are validated, and a declared size
 * is never trusted for allocation.
 */
class CowHashSerializationTest {

    /** The load factor the tests serialize, easy to find in a stream: 0x3EA00000. */
    private static final float LOAD_FACTOR = 0.3125f;

    private static byte[] withLoadFactor(byte[] stream, float loadFactor) {
        byte[] b = stream.clone();
        int bits = Float.floatToRawIntBits(LOAD_FACTOR);
        int at =
                SerialStreams.indexOf(
                        b,
                        new byte[] {
                            (byte) (bits >>> 24),
                            (byte) (bits >>> 16),
                            (byte) (bits >>> 8),
                            (byte) bits
                        });
        int nb = Float.floatToRawIntBits(loadFactor);
        b[at] = (byte) (nb >>> 24);
        b[at + 1] = (byte) (nb >>> 16);
        b[at + 2] = (byte) (nb >>> 8);
        b[at + 3] = (byte) nb;
        return b;
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
        for (String internal :
                new String[] {"hashes", "tombstones", "TOMBSTONE", "CollisionBucket"}) {
            assertFalse(text.contains(internal), "the stream shows " + internal);
        }
    }

    @Test
    void map_declaredSizeBeyondTheStream_failsWithoutAllocatingIt() throws Exception {
        assertForgedSizeFailsCheaply(serialize(sampleMap()), 3);
    }

    @Test
    void map_declaredSizeSmallerThanTheStream_readsThatManyOnly() throws Exception {
        // Control for the patching: the size is where the tests above patch it.
        CowHashMap<?, ?> two =
                (CowHashMap<?, ?>) deserialize(withSize(serialize(sampleMap()), 3, 2));
        assertEquals(2, two.size());
        two.checkInvariants();
    }

    @Test
    void map_streamNamingTheRealClass_isRejected() throws Exception {
        // CowHashMap's first non-serializable superclass has no no-argument constructor, so the
        // stream is refused before any object exists; its readObject would refuse it too.
        assertThrows(
                InvalidClassException.class, () -> deserialize(streamNaming(CowHashMap.class)));
    }

    @Test
    void map_negativeSize_isRejected() throws Exception {
        byte[] forged = withSize(serialize(sampleMap()), 3, -1);
        assertThrows(InvalidObjectException.class, () -> deserialize(forged));
    }

    @Test
    void map_repeatedKey_isRejected() throws Exception {
        byte[] forged = replaceString(serialize(sampleMap()), "key-b", "key-a");
        InvalidObjectException e =
                assertThrows(InvalidObjectException.class, () -> deserialize(forged));
        assertTrue(e.getMessage().contains("twice"), e.getMessage());
    }

    @Test
    void map_illegalLoadFactor_isRejectedAndLargeOneClamped() throws Exception {
        byte[] stream = serialize(sampleMap());
        assertThrows(
                InvalidObjectException.class, () -> deserialize(withLoadFactor(stream, Float.NaN)));
        assertThrows(InvalidObjectException.class, () -> deserialize(withLoadFactor(stream, 0f)));
        assertThrows(InvalidObjectException.class, () -> deserialize(withLoadFactor(stream, -2f)));
        CowHashMap<?, ?> clamped = (CowHashMap<?, ?>) deserialize(withLoadFactor(stream, 9f));
        assertEquals(CowHashMap.MAX_LOAD_FACTOR, clamped.loadFactor);
        assertEquals(sampleMap(), clamped);
    }

    @Test
    void map_readObjectOfTheRealClass_throwsInvalidObject() throws Exception {
        Method readObject =
                CowHashMap.class.getDeclaredMethod("readObject", ObjectInputStream.class);
        readObject.setAccessible(true);
        InvocationTargetException e =
                assertThrows(
                        InvocationTargetException.class,
                        () -> readObject.invoke(new CowHashMap<>(), (Object) null));
        assertInstanceOf(InvalidObjectException.class, e.getCause());
    }

    @Test
    void set_roundTrip_restoresElements() throws Exception {
        CowHashSet<String> set = sampleSet();
        CowHashSet<?> copy = assertInstanceOf(CowHashSet.class, deserialize(serialize(set.fork())));
        assertEquals(set, copy);
        assertEquals(
                Set.of("elem-a", "elem-b"),
                Set.copyOf(copy.stream().filter(e -> e != null).toList()));
        assertEquals(LOAD_FACTOR, copy.map().loadFactor);
        copy.checkInvariants();
    }

    @Test
    void set_tamperedStreams_areRejected() throws Exception {
        byte[] stream = serialize(sampleSet());
        assertThrows(IOException.class, () -> deserialize(withSize(stream, 3, Integer.MAX_VALUE)));
        assertEquals(2, ((CowHashSet<?>) deserialize(withSize(stream, 3, 2))).size());
        assertThrows(InvalidObjectException.class, () -> deserialize(withSize(stream, 3, -5)));
        assertThrows(
                InvalidObjectException.class,
                () -> deserialize(replaceString(stream, "elem-b", "elem-a")));
        assertThrows(
                InvalidObjectException.class, () -> deserialize(withLoadFactor(stream, Float.NaN)));
    }

    @Test
    void set_streamNamingTheRealClass_throwsInvalidObject() throws Exception {
        assertThrows(
                InvalidObjectException.class, () -> deserialize(streamNaming(CowHashSet.class)));
    }

    @Test
    void set_readObjectOfTheRealClass_throwsInvalidObject() throws Exception {
        Method readObject =
                CowHashSet.class.getDeclaredMethod("readObject", ObjectInputStream.class);
        readObject.setAccessible(true);
        InvocationTargetException e =
                assertThrows(
                        InvocationTargetException.class,
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
