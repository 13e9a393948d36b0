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

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Serialization of {@link PersistentHashMap} and {@link PersistentHashSet} through their proxies,
 * including tampered streams: sizes and repeated keys are validated, and a declared size is never
 * trusted for allocation.
 */
class PersistentHashSerializationTest {

    private static PersistentHashMap<String, String> sampleMap() {
        return PersistentHashMap.of("key-a", "1", "key-b", "2", null, "3");
    }

    private static PersistentHashSet<String> sampleSet() {
        return PersistentHashSet.of("elem-a", "elem-b", null);
    }

    @Test
    void map_roundTrip_restoresMappings() throws Exception {
        PersistentHashMap<?, ?> copy =
                assertInstanceOf(PersistentHashMap.class, deserialize(serialize(sampleMap())));
        assertEquals(sampleMap(), copy);
        copy.checkInvariants();
        assertTrue(copy.sameShape(sampleMap()));
    }

    @Test
    void map_serializedForm_isTheProxy() throws Exception {
        String text = new String(serialize(sampleMap()), StandardCharsets.ISO_8859_1);
        assertTrue(text.contains("io.holstein.map.PersistentHashMapForm"));
        for (String internal : new String[] {"BitmapNode", "CollisionNode", "dataMap", "Owner"}) {
            assertFalse(text.contains(internal), "the stream shows " + internal);
        }
    }

    @Test
    void map_declaredSizeBeyondTheStream_failsWithoutAllocatingIt() throws Exception {
        assertForgedSizeFailsCheaply(serialize(sampleMap()), 3);
    }

    @Test
    void map_tamperedStreams_areRejected() throws Exception {
        byte[] stream = serialize(sampleMap());
        assertEquals(2, ((PersistentHashMap<?, ?>) deserialize(withSize(stream, 3, 2))).size());
        assertThrows(InvalidObjectException.class, () -> deserialize(withSize(stream, 3, -1)));
        InvalidObjectException e =
                assertThrows(
                        InvalidObjectException.class,
                        () -> deserialize(replaceString(stream, "key-b", "key-a")));
        assertTrue(e.getMessage().contains("twice"), e.getMessage());
    }

    @Test
    void map_streamNamingTheRealClass_throwsInvalidObject() throws Exception {
        assertThrows(
                InvalidObjectException.class,
                () -> deserialize(streamNaming(PersistentHashMap.class)));
    }

    @Test
    void map_readObjectOfTheRealClass_throwsInvalidObject() throws Exception {
        Method readObject =
                PersistentHashMap.class.getDeclaredMethod("readObject", ObjectInputStream.class);
        readObject.setAccessible(true);
        InvocationTargetException e =
                assertThrows(
                        InvocationTargetException.class,
                        () -> readObject.invoke(PersistentHashMap.empty(), (Object) null));
        assertInstanceOf(InvalidObjectException.class, e.getCause());
    }

    @Test
    void set_roundTrip_restoresElements() throws Exception {
        PersistentHashSet<?> copy =
                assertInstanceOf(PersistentHashSet.class, deserialize(serialize(sampleSet())));
        assertEquals(sampleSet(), copy);
        copy.checkInvariants();
    }

    @Test
    void set_tamperedStreams_areRejected() throws Exception {
        byte[] stream = serialize(sampleSet());
        assertThrows(IOException.class, () -> deserialize(withSize(stream, 3, Integer.MAX_VALUE)));
        assertEquals(2, ((PersistentHashSet<?>) deserialize(withSize(stream, 3, 2))).size());
        assertThrows(InvalidObjectException.class, () -> deserialize(withSize(stream, 3, -5)));
        assertThrows(
                InvalidObjectException.class,
                () -> deserialize(replaceString(stream, "elem-b", "elem-a")));
        assertThrows(
                InvalidObjectException.class,
                () -> deserialize(streamNaming(PersistentHashSet.class)));
    }

    @Test
    void views_areNotSerializable() {
        PersistentHashMap<String, String> map = sampleMap();
        assertFalse(map.keySet() instanceof java.io.Serializable);
        assertFalse(map.values() instanceof java.io.Serializable);
        assertFalse(map.entrySet() instanceof java.io.Serializable);
    }
}
