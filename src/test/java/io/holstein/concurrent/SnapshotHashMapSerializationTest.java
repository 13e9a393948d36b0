package io.holstein.concurrent;

import static io.holstein.testing.SerialStreams.assertCountForgeriesRejected;
import static io.holstein.testing.SerialStreams.assertGolden;
import static io.holstein.testing.SerialStreams.assertInvalid;
import static io.holstein.testing.SerialStreams.assertTruncationsRejected;
import static io.holstein.testing.SerialStreams.bytes;
import static io.holstein.testing.SerialStreams.readBounded;
import static io.holstein.testing.SerialStreams.replaceString;
import static io.holstein.testing.SerialStreams.roundTrip;
import static io.holstein.testing.SerialStreams.serialize;
import static io.holstein.testing.SerialStreams.serializeReplacing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.holstein.map.PersistentHashMap;
import io.holstein.testing.GraphNode;
import io.holstein.testing.SerialStreams;
import java.io.InvalidObjectException;
import java.io.ObjectStreamConstants;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Serialization of {@link SnapshotHashMap} by its own {@code writeObject}/{@code readObject}, which
 * write one version as a {@code PersistentHashMap}'s contents: round trips, the golden stream (see
 * {@link SerialStreams} for how to rewrite it after an intended change), graphs that loop back
 * through the map, and forged streams: sizes, repeated keys and null keys and values are rejected,
 * and a declared size is never trusted for allocation.
 */
class SnapshotHashMapSerializationTest {

    /** The block-data header before the size: the size is the first int the map writes. */
    private static final byte[] BEFORE_SIZE = bytes(ObjectStreamConstants.TC_BLOCKDATA, 4);

    private static SnapshotHashMap<String, String> sampleMap() {
        return new SnapshotHashMap<>(
                PersistentHashMap.of("key-a", "1", "key-b", "2", "key-c", "3"));
    }

    @Test
    void roundTrip_restoresMappings_sharesNothing() throws Exception {
        SnapshotHashMap<String, String> map = sampleMap();
        SnapshotHashMap<String, String> copy = roundTrip(map);
        assertEquals(map, copy);
        assertNotSame(map.snapshot(), copy.snapshot());
        copy.checkInvariants();

        Map<Integer, String> model = new HashMap<>();
        SnapshotHashMap<Integer, String> large = new SnapshotHashMap<>();
        for (int i = 0; i < 20_000; i++) {
            model.put(i, "v" + i);
            large.put(i, "v" + i);
        }
        assertEquals(model, roundTrip(large));
    }

    @Test
    void roundTrip_ofEmptyMap_isEmptyAndWritable() throws Exception {
        SnapshotHashMap<String, String> copy = roundTrip(new SnapshotHashMap<String, String>());
        assertTrue(copy.isEmpty());
        copy.put("k", "v");
        assertEquals("v", copy.get("k"));
    }

    @Test
    void roundTrip_ofMapHoldingItself_restoresTheLoop() throws Exception {
        SnapshotHashMap<String, Object> map = new SnapshotHashMap<>();
        map.put("a", 1);
        map.put("self", map);

        SnapshotHashMap<String, Object> copy = roundTrip(map);

        assertEquals(2, copy.size());
        assertSame(copy, copy.get("self"));
        copy.checkInvariants();
    }

    @Test
    void roundTrip_ofNodeWhoseMapHoldsTheNode_restoresTheLoop() throws Exception {
        GraphNode node = new GraphNode(1);
        node.map = new SnapshotHashMap<>();
        node.map.put("node", node);

        SnapshotHashMap<Object, Object> copy =
                roundTrip((SnapshotHashMap<Object, Object>) node.map);
        assertSame(copy, ((GraphNode) copy.get("node")).map);
    }

    @Test
    void golden_streamIsStable() throws Exception {
        ((SnapshotHashMap<?, ?>) assertGolden("SnapshotHashMap", sampleMap())).checkInvariants();
    }

    @Test
    void serializedForm_isTheMapItself_withoutItsVersionObject() throws Exception {
        String text = new String(serialize(sampleMap()), StandardCharsets.ISO_8859_1);
        assertTrue(text.contains(SnapshotHashMap.class.getName()));
        for (String internal :
                new String[] {
                    "PersistentHashMap", "SerialProxy", "BitmapNode", "root", "Owner", "Form"
                }) {
            assertFalse(text.contains(internal), "the stream shows " + internal);
        }
    }

    @Test
    void forgedSize_isRejected() throws Exception {
        assertCountForgeriesRejected(serialize(sampleMap()), BEFORE_SIZE, 3);
    }

    @Test
    void truncatedStream_isRejected() throws Exception {
        assertTruncationsRejected(serialize(sampleMap()));
    }

    @Test
    void repeatedKey_isRejected() throws Exception {
        InvalidObjectException e =
                assertInvalid(replaceString(serialize(sampleMap()), "key-b", "key-a"));
        assertTrue(e.getMessage().contains("twice"), e.getMessage());
    }

    @Test
    void nullKeyOrValueInTheStream_isRejected() throws Exception {
        // Streams a SnapshotHashMap never writes: a key or a value replaced by null on writing.
        for (String bad : new String[] {"key-b", "2"}) {
            InvalidObjectException e =
                    assertInvalid(serializeReplacing(sampleMap(), o -> bad.equals(o) ? null : o));
            assertTrue(e.getMessage().contains("null"), e.getMessage());
        }
    }

    @Test
    void repeatedBackReferences_areRejectedAsKeysAndBoundedAsValues() throws Exception {
        String large = "x".repeat(1 << 20);
        SnapshotHashMap<Integer, String> map = new SnapshotHashMap<>();
        for (int i = 0; i < 20_000; i++) {
            map.put(i, large);
        }
        // Equal values, one instance: compared by reference, not 20,000 times by their chars.
        SnapshotHashMap<?, ?> back = (SnapshotHashMap<?, ?>) readBounded(serialize(map));
        assertEquals(20_000, back.size());
        assertEquals(large, back.get(0));
        assertSame(back.get(0), back.get(19_999));
        Object key = new GraphNode(0);
        assertInvalid(serializeReplacing(map, o -> o instanceof Integer ? key : o));
    }

    @Test
    void views_areNotSerializable() {
        SnapshotHashMap<String, String> map = sampleMap();
        assertFalse(map.keySet() instanceof Serializable);
        assertFalse(map.values() instanceof Serializable);
        assertFalse(map.entrySet() instanceof Serializable);
    }
}
