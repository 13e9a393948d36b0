package io.holstein.sorted;

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

import io.holstein.testing.SerialStreams;
import java.io.InvalidObjectException;
import java.io.NotSerializableException;
import java.io.ObjectStreamConstants;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Serialization of {@link CowTreeMap} and {@link CowTreeSet} by their own {@code
 * writeObject}/{@code readObject} (the comparator, then the {@code SerialArrays} layout) and of
 * their range and descending views (their map or set, then the range): round trips, the golden
 * streams (see {@link SerialStreams} for how to rewrite them after an intended change), a map that
 * holds itself, and forged streams: sizes, keys out of order or repeated, keys the order rejects, a
 * comparator that is not one and a view's range out of order are rejected, and a declared size is
 * never trusted for allocation.
 */
class CowTreeSerializationTest {

    /** The block-data header before the size: the size is the first int either type writes. */
    private static final byte[] BEFORE_SIZE = bytes(ObjectStreamConstants.TC_BLOCKDATA, 4);

    private static CowTreeMap<String, String> sampleMap() {
        CowTreeMap<String, String> map = new CowTreeMap<>();
        map.put("key-a", "1");
        map.put("key-b", "2");
        map.put("key-c", "3");
        return map;
    }

    private static CowTreeSet<String> sampleSet() {
        return new CowTreeSet<>(List.of("key-a", "key-b", "key-c"));
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
    void roundTrip_restoresMappingsAndOrder_sharesNothing() throws Exception {
        CowTreeMap<String, String> map = sampleMap();
        CowTreeMap<String, String> fork = map.fork();
        CowTreeMap<String, String> copy = roundTrip(fork);
        assertEquals(map, copy);
        assertNotSame(map.root(), copy.root());
        copy.checkInvariants();
        copy.put("key-d", "4");
        assertEquals(3, map.size());

        CowTreeMap<Integer, String> large = new CowTreeMap<>(Collections.reverseOrder());
        TreeMap<Integer, String> model = new TreeMap<>(Collections.reverseOrder());
        for (int i = 0; i < 20_000; i++) {
            large.put(i, "v" + i);
            model.put(i, "v" + i);
        }
        CowTreeMap<Integer, String> back = roundTrip(large);
        back.checkInvariants();
        assertEquals(model, back);
        assertEquals(Collections.reverseOrder(), back.comparator());
        back.put(-1, "w");
        assertEquals(-1, back.lastKey());

        CowTreeSet<String> set = roundTrip(sampleSet());
        set.checkInvariants();
        assertEquals(sampleSet(), set);
        assertTrue(roundTrip(new CowTreeSet<String>()).isEmpty());
    }

    @Test
    void roundTrip_ofMapHoldingItself_restoresTheLoop() throws Exception {
        CowTreeMap<String, Object> map = new CowTreeMap<>();
        map.put("a", 1);
        map.put("self", map);
        CowTreeMap<String, Object> copy = roundTrip(map);
        assertEquals(2, copy.size());
        assertSame(copy, copy.get("self"));
        copy.checkInvariants();
    }

    @Test
    void rangeAndDescendingViews_roundTripWithTheirMapAndRange() throws Exception {
        CowTreeMap<String, String> map = sampleMap();
        NavigableMap<String, String> sub = roundTrip(map.subMap("key-b", true, "key-z", false));
        assertEquals(List.of("key-b", "key-c"), new ArrayList<>(sub.keySet()));
        assertThrows(IllegalArgumentException.class, () -> sub.put("key-a", "x"));
        sub.put("key-d", "4");
        assertEquals("4", sub.get("key-d"));
        NavigableMap<String, String> desc = roundTrip(map.descendingMap().headMap("key-b", true));
        assertEquals(List.of("key-c", "key-b"), new ArrayList<>(desc.keySet()));
        NavigableSet<String> subSet = roundTrip(sampleSet().descendingSet().tailSet("key-b", true));
        assertEquals(List.of("key-b", "key-a"), new ArrayList<>(subSet));
        assertThrows(IllegalArgumentException.class, () -> subSet.add("key-c"));
    }

    @Test
    void golden_streamsAreStable() throws Exception {
        ((CowTreeMap<?, ?>) assertGolden("CowTreeMap", sampleMap())).checkInvariants();
        ((CowTreeSet<?>) assertGolden("CowTreeSet", sampleSet())).checkInvariants();
        CowTreeSet<String> reversed = new CowTreeSet<>(Collections.reverseOrder());
        reversed.addAll(sampleSet());
        assertGolden("CowTreeSet-reversed", reversed);
    }

    @Test
    void serializedForm_isTheMapItself_withoutItsNodes() throws Exception {
        for (Object o : new Object[] {sampleMap(), sampleSet()}) {
            String text = new String(serialize(o), StandardCharsets.ISO_8859_1);
            assertTrue(text.contains(o.getClass().getName()));
            for (String internal :
                    new String[] {"TreeNode", "TreeLeaf", "TreeWriter", "TreeEdit", "Form"}) {
                assertFalse(text.contains(internal), "the stream shows " + internal);
            }
        }
    }

    @Test
    void nonSerializableComparator_failsAtWriteObject() {
        Comparator<String> plain = (a, b) -> a.compareTo(b);
        CowTreeMap<String, String> map = new CowTreeMap<>(plain);
        map.put("a", "b");
        assertThrows(NotSerializableException.class, () -> serialize(map));
        assertThrows(NotSerializableException.class, () -> serialize(new CowTreeSet<>(plain)));
        assertThrows(NotSerializableException.class, () -> serialize(map.headMap("b")));
    }

    @Test
    void forgedSize_isRejected() throws Exception {
        assertCountForgeriesRejected(serialize(sampleMap()), BEFORE_SIZE, 3);
        assertCountForgeriesRejected(serialize(sampleSet()), BEFORE_SIZE, 3);
    }

    @Test
    void truncatedStream_isRejected() throws Exception {
        assertTruncationsRejected(serialize(sampleMap()));
        assertTruncationsRejected(serialize(sampleSet()));
    }

    @Test
    void repeatedOrUnorderedKeys_areRejected() throws Exception {
        for (Object o : new Object[] {sampleMap(), sampleSet()}) {
            InvalidObjectException repeated =
                    assertInvalid(replaceString(serialize(o), "key-b", "key-a"));
            assertTrue(repeated.getMessage().contains("twice"), repeated.getMessage());
            assertInvalid(replaceString(serialize(o), "key-b", "key-z"));
        }
    }

    @Test
    void keysTheOrderRejects_areRejected() throws Exception {
        assertInvalid(serializeReplacing(sampleMap(), o -> "key-b".equals(o) ? null : o));
        assertInvalid(serializeReplacing(sampleSet(), o -> "key-b".equals(o) ? 42 : o));
    }

    @Test
    void aComparatorThatIsNotOne_isRejected() throws Exception {
        CowTreeSet<String> set = new CowTreeSet<>(Collections.reverseOrder());
        set.add("a");
        Object marker = Collections.reverseOrder();
        InvalidObjectException e =
                assertInvalid(serializeReplacing(set, o -> o == marker ? "not a comparator" : o));
        assertTrue(e.getMessage().contains("comparator"), e.getMessage());
    }

    @Test
    void viewWithItsRangeOutOfOrder_isRejected() throws Exception {
        NavigableMap<String, String> sub = sampleMap().subMap("bbb", true, "yyy", true);
        assertInvalid(replaceString(serialize(sub), "bbb", "zzz"));
        NavigableSet<String> subSet = sampleSet().subSet("bbb", true, "yyy", true);
        assertInvalid(replaceString(serialize(subSet), "bbb", "zzz"));
    }

    @Test
    void keySetsValuesAndEntrySets_ofAMap_areNotSerializable() {
        CowTreeMap<String, String> map = sampleMap();
        assertFalse(map.values() instanceof Serializable);
        assertFalse(map.entrySet() instanceof Serializable);
        assertTrue(map.descendingMap() instanceof Serializable);
        assertTrue(new TreeSet<>().descendingSet() instanceof Serializable);
    }
}
