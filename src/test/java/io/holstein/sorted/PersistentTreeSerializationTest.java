package io.holstein.sorted;

import static io.holstein.testing.SerialStreams.NATURAL_ORDER;
import static io.holstein.testing.SerialStreams.PROXY_VERSION;
import static io.holstein.testing.SerialStreams.TREE_MAP_TAG;
import static io.holstein.testing.SerialStreams.TREE_SET_TAG;
import static io.holstein.testing.SerialStreams.assertCountForgeriesRejected;
import static io.holstein.testing.SerialStreams.assertGolden;
import static io.holstein.testing.SerialStreams.assertInvalid;
import static io.holstein.testing.SerialStreams.assertReadObjectRefused;
import static io.holstein.testing.SerialStreams.assertTruncationsRejected;
import static io.holstein.testing.SerialStreams.assertWrongVersionAndTagRejected;
import static io.holstein.testing.SerialStreams.bytes;
import static io.holstein.testing.SerialStreams.concat;
import static io.holstein.testing.SerialStreams.forge;
import static io.holstein.testing.SerialStreams.readBounded;
import static io.holstein.testing.SerialStreams.replaceString;
import static io.holstein.testing.SerialStreams.roundTrip;
import static io.holstein.testing.SerialStreams.serialize;
import static io.holstein.testing.SerialStreams.serializeReplacing;
import static io.holstein.testing.SerialStreams.streamNaming;
import static io.holstein.testing.SerialStreams.withIntAfter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.holstein.internal.SerialProxy;
import io.holstein.testing.GraphNode;
import io.holstein.testing.GuavaSuites;
import io.holstein.testing.SerialStreams;
import java.io.InvalidObjectException;
import java.io.NotSerializableException;
import java.io.Serial;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Serialization of {@link PersistentTreeMap} and {@link PersistentTreeSet} through {@link
 * SerialProxy}: round trips, the golden streams (see {@link SerialStreams} for how to rewrite them
 * after an intended change), and forged streams: versions, tags, counts, the comparator, and the
 * keys' order are validated, and a declared count is never trusted for allocation.
 */
class PersistentTreeSerializationTest {

    private static final int F = TreeNode.FANOUT;

    private static PersistentTreeMap<String, String> sampleMap() {
        return PersistentTreeMap.of("key-c", "3", "key-a", "1", "key-b", null);
    }

    private static PersistentTreeSet<String> sampleSet() {
        return PersistentTreeSet.of("elem-c", "elem-a", "elem-b");
    }

    /** What a stream of natural order holds before its count: version, tag, null comparator. */
    private static byte[] beforeCount(int tag) {
        return concat(bytes(PROXY_VERSION, tag), NATURAL_ORDER);
    }

    /** The natural order of integers, counting its comparisons; it travels with the map. */
    private static final class CountingOrder implements Comparator<Integer>, Serializable {
        @Serial private static final long serialVersionUID = 1L;

        static final AtomicLong COMPARISONS = new AtomicLong();

        @Override
        public int compare(Integer a, Integer b) {
            COMPARISONS.incrementAndGet();
            return Integer.compare(a, b);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof CountingOrder;
        }

        @Override
        public int hashCode() {
            return CountingOrder.class.hashCode();
        }
    }

    // ------------------------------------------------------------------ the map

    @Test
    void map_roundTrip_keepsContentsOrderAndComparator() throws Exception {
        TreeMap<Integer, String> large = PersistentTreeMapTest.model(F * F + 1);
        large.put(-1, null);
        List<PersistentTreeMap<Integer, String>> maps =
                List.of(
                        PersistentTreeMap.empty(),
                        PersistentTreeMap.of(1, "a"),
                        PersistentTreeMapTest.byWith(large, 23),
                        PersistentTreeMapTest.byWith(PersistentTreeMapTest.model(F + 1), 23)
                                .descendingMap(),
                        PersistentTreeMapTest.byWith(large, 5).subMap(10, 90),
                        PersistentTreeMap.copyOf(
                                Collections.reverseOrder(), PersistentTreeMapTest.model(F)));
        for (PersistentTreeMap<Integer, String> m : maps) {
            PersistentTreeMap<Integer, String> back = roundTrip(m);
            back.checkInvariants();
            assertEquals(m, back);
            assertEquals(new ArrayList<>(m.entrySet()), new ArrayList<>(back.entrySet()));
            assertEquals(m.comparator(), back.comparator());
        }
        assertSame(PersistentTreeMap.empty(), roundTrip(PersistentTreeMap.empty()));
    }

    @Test
    void map_roundTrip_withAComparatorThatAllowsNull() throws Exception {
        PersistentTreeMap<String, String> m =
                PersistentTreeMap.<String, String>empty(GuavaSuites.NULLS_FIRST_ORDER)
                        .with("b", "2")
                        .with(null, "0")
                        .with("a", null);
        PersistentTreeMap<String, String> back = roundTrip(m);
        back.checkInvariants();
        assertEquals(new ArrayList<>(m.entrySet()), new ArrayList<>(back.entrySet()));
        assertEquals("0", back.get(null));
    }

    @Test
    void map_read_loadsAscendingKeysInLinearComparisons() throws Exception {
        int n = 20_000;
        PersistentTreeMap.Builder<Integer, Integer> b =
                PersistentTreeMap.builder(new CountingOrder());
        for (int i = 0; i < n; i++) {
            b.put(i, i);
        }
        byte[] stream = serialize(b.build());
        CountingOrder.COMPARISONS.set(0);
        PersistentTreeMap<?, ?> back = (PersistentTreeMap<?, ?>) readBounded(stream);
        long comparisons = CountingOrder.COMPARISONS.get();
        back.checkInvariants();
        assertEquals(n, back.size());
        // Inserting each key by descent would cost about n log2(n), some 14 n here.
        assertTrue(comparisons <= 4L * n, comparisons + " comparisons to read " + n + " keys");
    }

    @Test
    void map_golden_streamsAreStable() throws Exception {
        ((PersistentTreeMap<?, ?>) assertGolden("PersistentTreeMap", sampleMap()))
                .checkInvariants();
        PersistentTreeMap<?, ?> descending =
                (PersistentTreeMap<?, ?>)
                        assertGolden("PersistentTreeMap-descending", sampleMap().descendingMap());
        descending.checkInvariants();
        assertEquals(Collections.reverseOrder(), descending.comparator());
        assertEquals("key-c", descending.firstKey());
    }

    @Test
    void map_serializedForm_isTheOneProxy() throws Exception {
        String text = new String(serialize(sampleMap()), StandardCharsets.ISO_8859_1);
        assertTrue(text.contains(SerialProxy.class.getName()));
        for (String internal : new String[] {"Tree", "Leaf", "Branch", "Form", "descending"}) {
            assertFalse(text.contains(internal), "the stream shows " + internal);
        }
    }

    @Test
    void map_forgedCountVersionAndTag_areRejected() throws Exception {
        byte[] stream = serialize(sampleMap());
        assertCountForgeriesRejected(stream, beforeCount(TREE_MAP_TAG), 3);
        assertWrongVersionAndTagRejected(stream, TREE_MAP_TAG, withIntAfter(NATURAL_ORDER, 3));
    }

    @Test
    void map_truncatedStream_isRejected() throws Exception {
        assertTruncationsRejected(serialize(sampleMap()));
    }

    @Test
    void map_repeatedKey_isRejected() throws Exception {
        InvalidObjectException e =
                assertInvalid(replaceString(serialize(sampleMap()), "key-c", "key-b"));
        assertTrue(e.getMessage().contains("twice"), e.getMessage());
    }

    @Test
    void map_keysOutOfOrder_areRejected() throws Exception {
        InvalidObjectException e =
                assertInvalid(replaceString(serialize(sampleMap()), "key-c", "key-0"));
        assertTrue(e.getMessage().contains("out of order"), e.getMessage());
        assertTrue(e.getMessage().contains("key-0"), e.getMessage());
    }

    @Test
    void map_keysTheOrderRejects_areRejected() throws Exception {
        PersistentTreeMap<Integer, String> m = PersistentTreeMap.of(1, "a");
        // Not Comparable: natural order rejects it, even alone, as TreeMap's first key check does.
        InvalidObjectException notComparable =
                assertInvalid(
                        serializeReplacing(m, o -> o instanceof Integer ? new GraphNode(1) : o));
        assertInstanceOf(ClassCastException.class, notComparable.getCause());
        InvalidObjectException nullKey =
                assertInvalid(serializeReplacing(m, o -> o instanceof Integer ? null : o));
        assertInstanceOf(NullPointerException.class, nullKey.getCause());
        // A String among Integers under a comparator of Integers.
        PersistentTreeMap<Integer, String> ordered =
                PersistentTreeMap.<Integer, String>empty(Collections.reverseOrder())
                        .with(2, "a")
                        .with(1, "b");
        assertInvalid(serializeReplacing(ordered, o -> Integer.valueOf(1).equals(o) ? "one" : o));
    }

    @Test
    void map_comparatorThatIsNotAComparator_isRejected() throws Exception {
        byte[] forged =
                forge(
                        SerialProxy.class,
                        out -> {
                            out.writeByte(PROXY_VERSION);
                            out.writeByte(TREE_MAP_TAG);
                            out.writeObject("not a comparator");
                            out.writeInt(0);
                            out.writeByte(0);
                        });
        InvalidObjectException e = assertInvalid(forged);
        assertTrue(e.getMessage().contains("java.lang.String"), e.getMessage());
    }

    @Test
    void map_comparatorNotSerializable_failsAtWriteObject() {
        Comparator<Integer> lambda = (a, b) -> Integer.compare(b, a);
        PersistentTreeMap<Integer, String> m =
                PersistentTreeMap.<Integer, String>empty(lambda).with(1, "a");
        assertThrows(NotSerializableException.class, () -> serialize(m));
        TreeMap<Integer, String> treeMap = new TreeMap<>(lambda);
        assertThrows(NotSerializableException.class, () -> serialize(treeMap));
    }

    @Test
    void map_repeatedBackReferences_areBoundedAsValues() throws Exception {
        String large = "x".repeat(1 << 20);
        PersistentTreeMap.Builder<Integer, String> b = PersistentTreeMap.builder();
        for (int i = 0; i < 20_000; i++) {
            b.put(i, large);
        }
        PersistentTreeMap<?, ?> back = (PersistentTreeMap<?, ?>) readBounded(serialize(b.build()));
        assertEquals(20_000, back.size());
        assertSame(back.get(0), back.get(19_999));
    }

    @Test
    void map_streamNamingTheRealClass_throwsInvalidObject() throws Exception {
        assertInvalid(streamNaming(PersistentTreeMap.class));
    }

    @Test
    void map_readObjectOfTheRealClass_throwsInvalidObject() throws Exception {
        assertReadObjectRefused(PersistentTreeMap.empty());
    }

    // ------------------------------------------------------------------ the set

    @Test
    void set_roundTrip_keepsElementsOrderAndComparator() throws Exception {
        TreeSet<Integer> large = PersistentTreeSetTest.model(F * F + 1);
        for (PersistentTreeSet<Integer> s :
                List.of(
                        PersistentTreeSet.<Integer>empty(),
                        PersistentTreeSet.copyOf(large),
                        PersistentTreeSet.copyOf(PersistentTreeSetTest.model(5)).descendingSet(),
                        PersistentTreeSet.copyOf(large).headSet(40),
                        PersistentTreeMapTest.byWith(PersistentTreeMapTest.model(F + 3), 1)
                                .keySet())) {
            PersistentTreeSet<Integer> back = roundTrip(s);
            back.checkInvariants();
            assertEquals(s, back);
            assertEquals(new ArrayList<>(s), new ArrayList<>(back));
            assertEquals(s.comparator(), back.comparator());
        }
        assertSame(PersistentTreeSet.empty(), roundTrip(PersistentTreeSet.empty()));
    }

    @Test
    void set_golden_streamsAreStable() throws Exception {
        ((PersistentTreeSet<?>) assertGolden("PersistentTreeSet", sampleSet())).checkInvariants();
        PersistentTreeSet<String> ordered =
                PersistentTreeSet.<String>empty(String.CASE_INSENSITIVE_ORDER)
                        .with("Elem-b")
                        .with("elem-A");
        PersistentTreeSet<?> back =
                (PersistentTreeSet<?>) assertGolden("PersistentTreeSet-comparator", ordered);
        back.checkInvariants();
        assertSame(String.CASE_INSENSITIVE_ORDER, back.comparator());
    }

    @Test
    void set_forgedStreams_areRejected() throws Exception {
        byte[] stream = serialize(sampleSet());
        assertCountForgeriesRejected(stream, beforeCount(TREE_SET_TAG), 3);
        assertWrongVersionAndTagRejected(stream, TREE_SET_TAG, withIntAfter(NATURAL_ORDER, 3));
        assertTruncationsRejected(stream);
        assertTrue(
                assertInvalid(replaceString(stream, "elem-c", "elem-b"))
                        .getMessage()
                        .contains("twice"));
        assertTrue(
                assertInvalid(replaceString(stream, "elem-b", "elem-z"))
                        .getMessage()
                        .contains("out of order"));
        assertInvalid(serializeReplacing(sampleSet(), o -> "elem-b".equals(o) ? null : o));
        assertInvalid(streamNaming(PersistentTreeSet.class));
    }

    @Test
    void set_comparatorThatIsNotAComparator_isRejected() throws Exception {
        PersistentTreeSet<String> ordered =
                PersistentTreeSet.<String>empty(String.CASE_INSENSITIVE_ORDER).with("a");
        assertInvalid(
                serializeReplacing(
                        ordered, o -> o == String.CASE_INSENSITIVE_ORDER ? new GraphNode(0) : o));
    }

    @Test
    void set_comparatorNotSerializable_failsAtWriteObject() {
        PersistentTreeSet<Integer> lambdaOrder =
                PersistentTreeSet.<Integer>empty((x, y) -> Integer.compare(y, x)).with(1);
        assertThrows(NotSerializableException.class, () -> serialize(lambdaOrder));
    }

    @Test
    void set_repeatedBackReferences_areRejected() throws Exception {
        PersistentTreeSet.Builder<Integer> b = PersistentTreeSet.builder();
        for (int i = 0; i < 20_000; i++) {
            b.add(i);
        }
        Object large = "x".repeat(1 << 20);
        assertInvalid(serializeReplacing(b.build(), o -> o instanceof Integer ? large : o));
    }

    @Test
    void set_readObjectOfTheRealClass_throwsInvalidObject() throws Exception {
        assertReadObjectRefused(PersistentTreeSet.empty());
    }

    /**
     * A comparison compiled by the JIT may throw a NullPointerException without a message, so the
     * rejection must name the key itself.
     */
    @Test
    void keyTheOrderRejects_isNamedInTheMessage_evenWhenItsExceptionHasNone() throws Exception {
        PersistentTreeMap<String, String> map =
                PersistentTreeMap.<String, String>builder(new SilentNullOrder())
                        .put("key-a", "a")
                        .put("key-b", "b")
                        .build();
        InvalidObjectException e =
                assertInvalid(serializeReplacing(map, o -> "key-b".equals(o) ? null : o));
        assertTrue(e.getMessage().contains("at item 1: null"), e.getMessage());
    }

    /** Natural order whose NullPointerException carries no message. */
    private static final class SilentNullOrder implements Comparator<String>, Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public int compare(String a, String b) {
            if (a == null || b == null) {
                throw new NullPointerException();
            }
            return a.compareTo(b);
        }
    }
}
