package io.holstein.map;

import static io.holstein.testing.SerialStreams.HASH_MAP_TAG;
import static io.holstein.testing.SerialStreams.HASH_SET_TAG;
import static io.holstein.testing.SerialStreams.PROXY_VERSION;
import static io.holstein.testing.SerialStreams.assertCountForgeriesRejected;
import static io.holstein.testing.SerialStreams.assertGolden;
import static io.holstein.testing.SerialStreams.assertInvalid;
import static io.holstein.testing.SerialStreams.assertTruncationsRejected;
import static io.holstein.testing.SerialStreams.assertWrongVersionAndTagRejected;
import static io.holstein.testing.SerialStreams.bytes;
import static io.holstein.testing.SerialStreams.readBounded;
import static io.holstein.testing.SerialStreams.replaceString;
import static io.holstein.testing.SerialStreams.roundTrip;
import static io.holstein.testing.SerialStreams.serialize;
import static io.holstein.testing.SerialStreams.serializeReplacing;
import static io.holstein.testing.SerialStreams.streamNaming;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.holstein.internal.SerialProxy;
import io.holstein.testing.GraphNode;
import io.holstein.testing.SerialStreams;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Serialization of {@link PersistentHashMap} and {@link PersistentHashSet} through {@link
 * SerialProxy}: round trips, the golden streams (see {@link SerialStreams} for how to rewrite them
 * after an intended change), and forged streams: versions, tags, sizes and repeated keys are
 * validated, and a declared size is never trusted for allocation.
 */
class PersistentHashSerializationTest {

    private static PersistentHashMap<String, String> sampleMap() {
        return PersistentHashMap.of("key-a", "1", "key-b", "2", null, "3");
    }

    private static PersistentHashSet<String> sampleSet() {
        return PersistentHashSet.of("elem-a", "elem-b", null);
    }

    @Test
    void map_roundTrip_restoresMappingsAndShape() throws Exception {
        PersistentHashMap<String, String> copy = roundTrip(sampleMap());
        assertEquals(sampleMap(), copy);
        copy.checkInvariants();
        assertTrue(copy.sameShape(sampleMap()));

        assertEquals(PersistentHashMap.empty(), roundTrip(PersistentHashMap.empty()));
        Map<Object, Object> model = new HashMap<>();
        PersistentHashMap.Builder<Object, Object> large = PersistentHashMap.builder();
        for (int i = 0; i < 20_000; i++) {
            Object key = i % 100 == 0 ? new CollidingKeys.Plain(42, i) : (Object) i;
            Object value = i % 3 == 0 ? null : "v" + i;
            large.put(key, value);
            model.put(key, value);
        }
        PersistentHashMap<Object, Object> back = roundTrip(large.build());
        assertEquals(model, back);
        back.checkInvariants();
    }

    @Test
    void map_golden_streamIsStable() throws Exception {
        ((PersistentHashMap<?, ?>) assertGolden("PersistentHashMap", sampleMap()))
                .checkInvariants();
    }

    @Test
    void map_serializedForm_isTheOneProxy() throws Exception {
        String text = new String(serialize(sampleMap()), StandardCharsets.ISO_8859_1);
        assertTrue(text.contains(SerialProxy.class.getName()));
        for (String internal :
                new String[] {
                    "BitmapNode", "CollisionNode", "dataMap", "Owner", "PersistentHash"
                }) {
            assertFalse(text.contains(internal), "the stream shows " + internal);
        }
    }

    @Test
    void map_forgedSizeVersionAndTag_areRejected() throws Exception {
        byte[] stream = serialize(sampleMap());
        assertCountForgeriesRejected(stream, bytes(PROXY_VERSION, HASH_MAP_TAG), 3);
        assertWrongVersionAndTagRejected(stream, HASH_MAP_TAG, 3);
    }

    @Test
    void map_truncatedStream_isRejected() throws Exception {
        assertTruncationsRejected(serialize(sampleMap()));
    }

    @Test
    void map_repeatedKey_isRejected() throws Exception {
        InvalidObjectException e =
                assertInvalid(replaceString(serialize(sampleMap()), "key-b", "key-a"));
        assertTrue(e.getMessage().contains("twice"), e.getMessage());
    }

    @Test
    void map_repeatedBackReferences_areRejectedAsKeysAndBoundedAsValues() throws Exception {
        String large = "x".repeat(1 << 20);
        PersistentHashMap.Builder<Integer, String> b = PersistentHashMap.builder();
        for (int i = 0; i < 20_000; i++) {
            b.put(i, large);
        }
        PersistentHashMap<Integer, String> map = b.build();
        // Equal values, one instance: compared by reference, not 20,000 times by their chars.
        PersistentHashMap<?, ?> back = (PersistentHashMap<?, ?>) readBounded(serialize(map));
        assertEquals(20_000, back.size());
        assertEquals(large, back.get(0));
        assertSame(back.get(0), back.get(19_999));
        Object key = new GraphNode(0);
        assertInvalid(serializeReplacing(map, o -> o instanceof Integer ? key : o));
    }

    @Test
    void map_streamNamingTheRealClass_throwsInvalidObject() throws Exception {
        assertInvalid(streamNaming(PersistentHashMap.class));
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
        PersistentHashSet<String> copy = roundTrip(sampleSet());
        assertEquals(sampleSet(), copy);
        copy.checkInvariants();
        assertEquals(PersistentHashSet.empty(), roundTrip(PersistentHashSet.empty()));
        PersistentHashSet.Builder<Integer> large = PersistentHashSet.builder();
        for (int i = 0; i < 20_000; i++) {
            large.add(i);
        }
        assertEquals(large.build(), roundTrip(large.build()));
    }

    @Test
    void set_golden_streamIsStable() throws Exception {
        ((PersistentHashSet<?>) assertGolden("PersistentHashSet", sampleSet())).checkInvariants();
    }

    @Test
    void set_forgedStreams_areRejected() throws Exception {
        byte[] stream = serialize(sampleSet());
        assertCountForgeriesRejected(stream, bytes(PROXY_VERSION, HASH_SET_TAG), 3);
        assertWrongVersionAndTagRejected(stream, HASH_SET_TAG, 3);
        assertTruncationsRejected(stream);
        assertInvalid(replaceString(stream, "elem-b", "elem-a"));
        assertInvalid(streamNaming(PersistentHashSet.class));
    }

    @Test
    void set_repeatedBackReferences_areRejected() throws Exception {
        PersistentHashSet.Builder<Integer> b = PersistentHashSet.builder();
        for (int i = 0; i < 20_000; i++) {
            b.add(i);
        }
        Object large = "x".repeat(1 << 20);
        assertInvalid(serializeReplacing(b.build(), o -> o instanceof Integer ? large : o));
    }

    @Test
    void views_areNotSerializable() {
        PersistentHashMap<String, String> map = sampleMap();
        assertFalse(map.keySet() instanceof java.io.Serializable);
        assertFalse(map.values() instanceof java.io.Serializable);
        assertFalse(map.entrySet() instanceof java.io.Serializable);
    }
}
