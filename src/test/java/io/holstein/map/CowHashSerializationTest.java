package io.holstein.map;

import static io.holstein.testing.SerialStreams.assertCountForgeriesRejected;
import static io.holstein.testing.SerialStreams.assertGolden;
import static io.holstein.testing.SerialStreams.assertInvalid;
import static io.holstein.testing.SerialStreams.assertRejected;
import static io.holstein.testing.SerialStreams.assertTruncationsRejected;
import static io.holstein.testing.SerialStreams.bytes;
import static io.holstein.testing.SerialStreams.readBounded;
import static io.holstein.testing.SerialStreams.replaceString;
import static io.holstein.testing.SerialStreams.roundTrip;
import static io.holstein.testing.SerialStreams.serialize;
import static io.holstein.testing.SerialStreams.serializeReplacing;
import static io.holstein.testing.SerialStreams.withBytes;
import static io.holstein.testing.SerialStreams.withInt;
import static io.holstein.testing.SerialStreams.withIntAfter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.holstein.testing.GraphNode;
import io.holstein.testing.SerialStreams;
import java.io.ObjectStreamConstants;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Serialization of {@link CowHashMap} and {@link CowHashSet} by their own {@code
 * writeObject}/{@code readObject}: round trips, the golden streams (see {@link SerialStreams} for
 * how to rewrite them after an intended change), graphs that loop back through the map or set, and
 * forged streams: sizes, load factors and repeated keys are validated, and a declared size is never
 * trusted for allocation.
 */
class CowHashSerializationTest {

    /** The load factor the tests serialize, easy to find in a stream: 0x3EA00000. */
    private static final float LOAD_FACTOR = 0.3125f;

    /** The block-data header before the size: the first int after the load factor field. */
    private static final byte[] BEFORE_SIZE = bytes(ObjectStreamConstants.TC_BLOCKDATA, 4);

    private static byte[] withLoadFactor(byte[] stream, float loadFactor) {
        return withBytes(
                stream,
                withIntAfter(new byte[0], Float.floatToRawIntBits(LOAD_FACTOR)),
                withIntAfter(new byte[0], Float.floatToRawIntBits(loadFactor)));
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
    void map_roundTrip_restoresMappingsAndLoadFactor_ownsItsStorage() throws Exception {
        CowHashMap<String, String> map = sampleMap();
        CowHashMap<String, String> copy = roundTrip(map.fork());
        assertEquals(map, copy);
        assertEquals(LOAD_FACTOR, copy.loadFactor);
        assertFalse(copy.isShared());
        assertEquals(1, copy.shares.get());
        assertTrue(map.isShared(), "serializing a fork does not write it");
        copy.checkInvariants();
    }

    @Test
    void map_roundTrip_ofEmptyAndLargeMapsAndCollidingKeys() throws Exception {
        CowHashMap<Object, Object> empty = roundTrip(new CowHashMap<>());
        assertTrue(empty.isEmpty());
        empty.checkInvariants();
        empty.put("k", "v");
        assertEquals(Map.of("k", "v"), empty);

        CowHashMap<Object, Object> large = new CowHashMap<>();
        HashMap<Object, Object> model = new HashMap<>();
        for (int i = 0; i < 20_000; i++) {
            // Two collision buckets, one ordered (Ranked) and one not (Plain).
            Object key =
                    i % 100 == 0
                            ? new CollidingKeys.Plain(42, i)
                            : i % 100 == 1 ? new CollidingKeys.Ranked(7, i, i) : (Object) i;
            Object value = i % 3 == 0 ? null : "v" + i;
            large.put(key, value);
            model.put(key, value);
        }
        CowHashMap<Object, Object> copy = roundTrip(large);
        assertEquals(model, copy);
        copy.checkInvariants();
    }

    @Test
    void map_roundTrip_ofMapHoldingItself_restoresTheLoop() throws Exception {
        CowHashMap<String, Object> map = new CowHashMap<>();
        map.put("a", 1);
        map.put("self", map);

        CowHashMap<String, Object> copy = roundTrip(map);

        assertEquals(2, copy.size());
        assertEquals(1, copy.get("a"));
        assertSame(copy, copy.get("self"));
        copy.checkInvariants();
    }

    @Test
    void map_roundTrip_ofNodeWhoseMapHoldsTheNode_restoresTheLoop() throws Exception {
        GraphNode node = new GraphNode(1);
        node.map = new CowHashMap<>();
        node.map.put(node, node);

        CowHashMap<Object, Object> copy = roundTrip((CowHashMap<Object, Object>) node.map);

        GraphNode back = (GraphNode) copy.keySet().iterator().next();
        assertSame(copy, back.map);
        assertSame(back, copy.get(new GraphNode(1)));
    }

    @Test
    void map_golden_streamIsStable() throws Exception {
        CowHashMap<?, ?> back = (CowHashMap<?, ?>) assertGolden("CowHashMap", sampleMap());
        assertEquals(LOAD_FACTOR, back.loadFactor);
        back.checkInvariants();
    }

    @Test
    void map_serializedForm_isTheMapItself_withItsLoadFactorOnly() throws Exception {
        String text = new String(serialize(sampleMap()), StandardCharsets.ISO_8859_1);
        assertTrue(text.contains(CowHashMap.class.getName()));
        assertTrue(text.contains("loadFactor"));
        for (String internal :
                new String[] {
                    "hashes", "tombstones", "TOMBSTONE", "CollisionBucket", "CowHashTable", "Form"
                }) {
            assertFalse(text.contains(internal), "the stream shows " + internal);
        }
    }

    @Test
    void map_forgedSize_isRejected() throws Exception {
        assertCountForgeriesRejected(serialize(sampleMap()), BEFORE_SIZE, 3);
    }

    @Test
    void map_truncatedStream_isRejected() throws Exception {
        assertTruncationsRejected(serialize(sampleMap()));
    }

    @Test
    void map_repeatedKey_isRejected() throws Exception {
        byte[] forged = replaceString(serialize(sampleMap()), "key-b", "key-a");
        assertTrue(assertInvalid(forged).getMessage().contains("twice"));
    }

    @Test
    void map_illegalLoadFactor_isRejectedAndLargeOneClamped() throws Exception {
        byte[] stream = serialize(sampleMap());
        assertInvalid(withLoadFactor(stream, Float.NaN));
        assertInvalid(withLoadFactor(stream, 0f));
        assertInvalid(withLoadFactor(stream, -2f));
        CowHashMap<?, ?> clamped = (CowHashMap<?, ?>) readBounded(withLoadFactor(stream, 9f));
        assertEquals(CowHashMap.MAX_LOAD_FACTOR, clamped.loadFactor);
        assertEquals(sampleMap(), clamped);
    }

    @Test
    void map_repeatedBackReferences_areRejectedAsKeysAndBoundedAsValues() throws Exception {
        String large = "x".repeat(1 << 20);
        CowHashMap<Integer, String> map = new CowHashMap<>();
        for (int i = 0; i < 20_000; i++) {
            map.put(i, large);
        }
        // Values: one large string, then a five-byte reference to it per mapping.
        byte[] stream = serialize(map);
        // Equal values, one instance: compared by reference, not 20,000 times by their chars.
        CowHashMap<?, ?> back = (CowHashMap<?, ?>) readBounded(stream);
        assertEquals(20_000, back.size());
        assertEquals(large, back.get(0));
        assertSame(back.get(0), back.get(19_999));
        // Keys: every key one reference to one object, so every key but the first is repeated.
        Object key = new GraphNode(0);
        assertInvalid(serializeReplacing(map, o -> o instanceof Integer ? key : o));
        assertRejected(withInt(stream, BEFORE_SIZE, 20_000, Integer.MAX_VALUE / 2));
    }

    @Test
    void set_roundTrip_restoresElementsAndLoadFactor_ownsItsStorage() throws Exception {
        CowHashSet<String> set = sampleSet();
        CowHashSet<String> copy = roundTrip(set.fork());
        assertEquals(set, copy);
        assertEquals(LOAD_FACTOR, copy.map().loadFactor);
        assertFalse(copy.isShared());
        assertTrue(set.isShared(), "serializing a fork does not write it");
        copy.checkInvariants();

        CowHashSet<Integer> large = new CowHashSet<>();
        for (int i = 0; i < 20_000; i++) {
            large.add(i);
        }
        assertEquals(large, roundTrip(large));
        assertTrue(roundTrip(new CowHashSet<>()).isEmpty());
    }

    @Test
    void set_roundTrip_ofNodesReferringToTheSet_restoresTheLoop() throws Exception {
        CowHashSet<GraphNode> set = new CowHashSet<>();
        for (int i = 0; i < 100; i++) {
            GraphNode node = new GraphNode(i);
            node.set = set;
            set.add(node);
        }

        CowHashSet<GraphNode> copy = roundTrip(set);

        assertEquals(100, copy.size());
        for (GraphNode node : copy) {
            assertSame(copy, node.set);
        }
        assertTrue(copy.contains(new GraphNode(42)));
        copy.checkInvariants();
    }

    @Test
    void set_golden_streamIsStable() throws Exception {
        CowHashSet<?> back = (CowHashSet<?>) assertGolden("CowHashSet", sampleSet());
        assertEquals(LOAD_FACTOR, back.map().loadFactor);
        back.checkInvariants();
    }

    @Test
    void set_forgedStreams_areRejected() throws Exception {
        byte[] stream = serialize(sampleSet());
        assertCountForgeriesRejected(stream, BEFORE_SIZE, 3);
        assertTruncationsRejected(stream);
        assertTrue(
                assertInvalid(replaceString(stream, "elem-b", "elem-a"))
                        .getMessage()
                        .contains("twice"));
        assertInvalid(withLoadFactor(stream, Float.NaN));
    }

    @Test
    void set_repeatedBackReferences_areRejected() throws Exception {
        Set<Integer> elements = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            elements.add(i);
        }
        Object large = "x".repeat(1 << 20);
        assertInvalid(
                serializeReplacing(
                        new CowHashSet<>(elements), o -> o instanceof Integer ? large : o));
    }

    @Test
    void views_areNotSerializable() {
        CowHashMap<String, String> map = sampleMap();
        assertFalse(map.keySet() instanceof java.io.Serializable);
        assertFalse(map.values() instanceof java.io.Serializable);
        assertFalse(map.entrySet() instanceof java.io.Serializable);
    }
}
