package io.holstein.concurrent;

import static io.holstein.testing.SerialStreams.assertForgedSizeFailsCheaply;
import static io.holstein.testing.SerialStreams.deserialize;
import static io.holstein.testing.SerialStreams.replaceString;
import static io.holstein.testing.SerialStreams.serialize;
import static io.holstein.testing.SerialStreams.streamNaming;
import static io.holstein.testing.SerialStreams.withSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.holstein.map.PersistentHashMap;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Serialization of {@link SnapshotHashMap} through its proxy, including tampered streams: sizes,
 * repeated keys and null keys and values are rejected, and a declared size is never trusted for
 * allocation.
 */
class SnapshotHashMapSerializationTest {

    private static SnapshotHashMap<String, String> sampleMap() {
        return new SnapshotHashMap<>(
                PersistentHashMap.of("key-a", "1", "key-b", "2", "key-c", "3"));
    }

    @Test
    void roundTrip_restoresMappings_sharesNothing() throws Exception {
        SnapshotHashMap<String, String> map = sampleMap();
        SnapshotHashMap<?, ?> copy =
                assertInstanceOf(SnapshotHashMap.class, deserialize(serialize(map)));
        assertEquals(map, copy);
        assertNotSame(map.snapshot(), copy.snapshot());
        copy.checkInvariants();
    }

    @Test
    void roundTrip_ofEmptyMap_isEmptyAndWritable() throws Exception {
        @SuppressWarnings("unchecked")
        SnapshotHashMap<String, String> copy =
                (SnapshotHashMap<String, String>) deserialize(serialize(new SnapshotHashMap<>()));
        assertTrue(copy.isEmpty());
        copy.put("k", "v");
        assertEquals("v", copy.get("k"));
    }

    @Test
    void serializedForm_isTheProxy() throws Exception {
        String text = new String(serialize(sampleMap()), StandardCharsets.ISO_8859_1);
        assertTrue(text.contains("io.holstein.concurrent.SnapshotHashMapForm"));
        // The one version, through PersistentHashMap's own proxy, never its trie.
        assertTrue(text.contains("io.holstein.map.PersistentHashMapForm"));
        for (String internal :
                new String[] {"BitmapNode", "ChampNode", "CollisionNode", "root", "Owner"}) {
            assertFalse(text.contains(internal), "the stream shows " + internal);
        }
    }

    @Test
    void declaredSizeBeyondTheStream_failsWithoutAllocatingIt() throws Exception {
        assertForgedSizeFailsCheaply(serialize(sampleMap()), 3);
    }

    @Test
    void tamperedStreams_areRejected() throws Exception {
        byte[] stream = serialize(sampleMap());
        assertEquals(2, ((SnapshotHashMap<?, ?>) deserialize(withSize(stream, 3, 2))).size());
        assertThrows(InvalidObjectException.class, () -> deserialize(withSize(stream, 3, -1)));
        InvalidObjectException e =
                assertThrows(
                        InvalidObjectException.class,
                        () -> deserialize(replaceString(stream, "key-b", "key-a")));
        assertTrue(e.getMessage().contains("twice"), e.getMessage());
    }

    @Test
    void nullKeyOrValueInTheStream_isRejected() throws Exception {
        PersistentHashMap<String, String> withNullValue =
                PersistentHashMap.of("key-a", "1", "key-b", null);
        PersistentHashMap<String, String> withNullKey =
                PersistentHashMap.of("key-a", "1", null, "2");
        for (PersistentHashMap<String, String> bad :
                java.util.List.of(withNullValue, withNullKey)) {
            // A stream a SnapshotHashMap never writes, forged by writing the proxy of a bad
            // version.
            Method of = SnapshotHashMapForm.class.getDeclaredMethod("of", PersistentHashMap.class);
            Object form = of.invoke(null, bad);
            InvalidObjectException e =
                    assertThrows(InvalidObjectException.class, () -> deserialize(serialize(form)));
            assertTrue(e.getMessage().contains("null"), e.getMessage());
        }
    }

    @Test
    void streamNamingTheRealClass_throwsInvalidObject() throws Exception {
        assertThrows(
                InvalidObjectException.class,
                () -> deserialize(streamNaming(SnapshotHashMap.class)));
    }

    @Test
    void readObjectOfTheRealClass_throwsInvalidObject() throws Exception {
        Method readObject =
                SnapshotHashMap.class.getDeclaredMethod("readObject", ObjectInputStream.class);
        readObject.setAccessible(true);
        InvocationTargetException e =
                assertThrows(
                        InvocationTargetException.class,
                        () -> readObject.invoke(new SnapshotHashMap<>(), (Object) null));
        assertInstanceOf(InvalidObjectException.class, e.getCause());
    }

    @Test
    void views_areNotSerializable() {
        SnapshotHashMap<String, String> map = sampleMap();
        assertFalse(map.keySet() instanceof Serializable);
        assertFalse(map.values() instanceof Serializable);
        assertFalse(map.entrySet() instanceof Serializable);
    }
}
