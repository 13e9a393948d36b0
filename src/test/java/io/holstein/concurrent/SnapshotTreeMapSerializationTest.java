package io.holstein.concurrent;

import static io.holstein.testing.SerialStreams.assertCountForgeriesRejected;
import static io.holstein.testing.SerialStreams.assertGolden;
import static io.holstein.testing.SerialStreams.assertInvalid;
import static io.holstein.testing.SerialStreams.assertTruncationsRejected;
import static io.holstein.testing.SerialStreams.bytes;
import static io.holstein.testing.SerialStreams.replaceString;
import static io.holstein.testing.SerialStreams.roundTrip;
import static io.holstein.testing.SerialStreams.serialize;
import static io.holstein.testing.SerialStreams.serializeReplacing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.holstein.sorted.PersistentTreeMap;
import io.holstein.testing.SerialStreams;
import java.io.InvalidObjectException;
import java.io.NotSerializableException;
import java.io.ObjectStreamConstants;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentNavigableMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Serialization of {@link SnapshotTreeMap} by its own {@code writeObject}/{@code readObject} (the
 * comparator, then one version's mappings in the {@code SerialArrays} layout) and of its range
 * views: round trips, the golden stream (see {@link SerialStreams}), a map holding itself, and
 * forged streams: sizes, repeated keys, null keys and values, keys the order rejects and a
 * comparator that is not one are rejected, and a declared size is never trusted for allocation.
 */
class SnapshotTreeMapSerializationTest {

    /** The block-data header before the size: the size is the first int the map writes. */
    private static final byte[] BEFORE_SIZE = bytes(ObjectStreamConstants.TC_BLOCKDATA, 4);

    private static SnapshotTreeMap<String, String> sampleMap() {
        return new SnapshotTreeMap<>(
                PersistentTreeMap.of("key-a", "1", "key-b", "2", "key-c", "3"));
    }

    /**
     * Reads a rejected stream once, unmeasured, so that the classes of the rejection's path are
     * loaded before any test measures what reading allocates.
     */
    @BeforeAll
    static void loadTheRejectionPath() throws Exception {
        byte[] repeated = replaceString(serialize(sampleMap()), "key-b", "key-a");
        assertThrows(InvalidObjectException.class, () -> SerialStreams.deserialize(repeated));
    }

    @Test
    void roundTrip_restoresMappingsAndOrder() throws Exception {
        SnapshotTreeMap<String, String> map = sampleMap();
        SnapshotTreeMap<String, String> copy = roundTrip(map);
        assertEquals(map, copy);
        assertNotSame(map.snapshot(), copy.snapshot());
        copy.checkInvariants();
        SnapshotTreeMap<Integer, Integer> reversed =
                new SnapshotTreeMap<>(Collections.<Integer>reverseOrder());
        for (int i = 0; i < 10_000; i++) {
            reversed.put(i, i);
        }
        SnapshotTreeMap<Integer, Integer> back = roundTrip(reversed);
        assertEquals(reversed, back);
        assertEquals(9_999, back.firstKey());
        assertTrue(roundTrip(new SnapshotTreeMap<String, String>()).isEmpty());
    }

    @Test
    void roundTrip_ofMapHoldingItself_restoresTheLoop() throws Exception {
        SnapshotTreeMap<String, Object> map = new SnapshotTreeMap<>();
        map.put("a", 1);
        map.put("self", map);
        SnapshotTreeMap<String, Object> copy = roundTrip(map);
        assertSame(copy, copy.get("self"));
    }

    @Test
    void rangeViews_roundTripWithTheirMap() throws Exception {
        ConcurrentNavigableMap<String, String> view =
                roundTrip(sampleMap().descendingMap().tailMap("key-b", true));
        assertEquals(List.of("key-b", "key-a"), new ArrayList<>(view.keySet()));
        assertThrows(IllegalArgumentException.class, () -> view.put("key-c", "x"));
        assertInvalid(
                replaceString(
                        serialize(sampleMap().subMap("bbb", true, "yyy", true)), "bbb", "zzz"));
    }

    @Test
    void golden_streamIsStable() throws Exception {
        ((SnapshotTreeMap<?, ?>) assertGolden("SnapshotTreeMap", sampleMap())).checkInvariants();
    }

    @Test
    void serializedForm_isTheMapItself_withoutItsVersionObject() throws Exception {
        String text = new String(serialize(sampleMap()), StandardCharsets.ISO_8859_1);
        assertTrue(text.contains(SnapshotTreeMap.class.getName()));
        for (String internal : new String[] {"PersistentTreeMap", "TreeNode", "root", "Form"}) {
            assertFalse(text.contains(internal), "the stream shows " + internal);
        }
    }

    @Test
    void nonSerializableComparator_failsAtWriteObject() {
        SnapshotTreeMap<String, String> map = new SnapshotTreeMap<>((a, b) -> a.compareTo(b));
        assertThrows(NotSerializableException.class, () -> serialize(map));
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
    void nullOrUncomparableKeys_andNullValues_areRejected() throws Exception {
        for (String bad : new String[] {"key-b", "2"}) {
            InvalidObjectException e =
                    assertInvalid(serializeReplacing(sampleMap(), o -> bad.equals(o) ? null : o));
            assertTrue(e.getMessage().contains("null"), e.getMessage());
        }
        assertInvalid(serializeReplacing(sampleMap(), o -> "key-b".equals(o) ? 42 : o));
        SnapshotTreeMap<String, String> reversed =
                new SnapshotTreeMap<>(Collections.<String>reverseOrder());
        reversed.put("a", "b");
        Object marker = Collections.reverseOrder();
        assertInvalid(serializeReplacing(reversed, o -> o == marker ? "not a comparator" : o));
    }
}
