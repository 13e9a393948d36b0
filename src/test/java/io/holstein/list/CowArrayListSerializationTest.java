package io.holstein.list;

import static io.holstein.testing.SerialStreams.assertCountForgeriesRejected;
import static io.holstein.testing.SerialStreams.assertGolden;
import static io.holstein.testing.SerialStreams.assertRejected;
import static io.holstein.testing.SerialStreams.assertTruncationsRejected;
import static io.holstein.testing.SerialStreams.bytes;
import static io.holstein.testing.SerialStreams.readBounded;
import static io.holstein.testing.SerialStreams.roundTrip;
import static io.holstein.testing.SerialStreams.serialize;
import static io.holstein.testing.SerialStreams.withInt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.holstein.testing.GraphNode;
import io.holstein.testing.SerialStreams;
import java.io.NotSerializableException;
import java.io.ObjectStreamConstants;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Test;

/**
 * Serialization of {@link CowArrayList} by its own {@code writeObject}/{@code readObject}: round
 * trips, the golden stream (see {@link SerialStreams} for how to rewrite it after an intended
 * change), graphs that loop back through the list, and forged streams.
 */
class CowArrayListSerializationTest {

    /** The block-data header before the size: the size is the first int the list writes. */
    private static final byte[] BEFORE_SIZE = bytes(ObjectStreamConstants.TC_BLOCKDATA, 4);

    @Test
    void roundTrip_ofListWithNulls_equalsAndOwnsItsStorage() throws Exception {
        CowArrayList<String> x = new CowArrayList<>(Arrays.asList("a", null, "c"));
        CowArrayList<String> fork = x.fork();

        CowArrayList<String> y = roundTrip(fork);

        assertEquals(Arrays.asList("a", null, "c"), y);
        assertFalse(y.isShared(), "sharing is not preserved across serialization");
        assertEquals(1, y.shares().get());
        assertNotSame(x.elementData, y.elementData);
        y.checkInvariants();
        assertTrue(x.isShared(), "serializing a fork does not write it");
    }

    @Test
    void roundTrip_ofLargeList_keepsOrder() throws Exception {
        CowArrayList<Integer> x = new CowArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            x.add(i % 7 == 0 ? null : i);
        }
        CowArrayList<Integer> y = roundTrip(x);
        assertEquals(x, y);
        assertEquals(5_000, y.elementData.length, "exactly as long as the elements read");
        y.checkInvariants();
    }

    @Test
    void roundTrip_ofEmptyList_isEmptyWithCapacityZeroLikeArrayList() throws Exception {
        CowArrayList<String> y = roundTrip(new CowArrayList<String>());
        ArrayList<String> model = roundTrip(new ArrayList<String>());
        assertTrue(y.isEmpty());
        y.checkInvariants();
        // A deserialized empty ArrayList has capacity 0, so ensureCapacity(5) grows it, which
        // counts as a structural modification; a deserialized CowArrayList must do the same.
        assertEquals(
                ensureCapacityIsStructural(model::ensureCapacity, model.iterator()),
                ensureCapacityIsStructural(y::ensureCapacity, y.iterator()));
    }

    private static boolean ensureCapacityIsStructural(IntConsumer ensure, Iterator<?> probe) {
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
        List<CowArrayList<String>> back = roundTrip(new ArrayList<>(List.of(x, x.fork())));

        assertNotSame(back.get(0).elementData, back.get(1).elementData);
        back.get(0).set(0, "z");
        assertEquals(List.of("a", "b"), back.get(1));
    }

    @Test
    void roundTrip_ofListHoldingItself_restoresTheLoop() throws Exception {
        CowArrayList<Object> x = new CowArrayList<>();
        x.add("a");
        x.add(x);

        CowArrayList<Object> y = roundTrip(x);

        assertEquals(2, y.size());
        assertEquals("a", y.get(0));
        assertSame(y, y.get(1));
        y.checkInvariants();
    }

    @Test
    void roundTrip_ofNodeWhoseListHoldsTheNode_restoresTheLoop() throws Exception {
        GraphNode node = new GraphNode(1);
        node.list = new CowArrayList<>(List.of(new GraphNode(2)));
        node.list.add(node);

        GraphNode back = roundTrip(node);
        assertSame(back, back.list.get(1));
        assertEquals(2, back.list.get(0).id);

        CowArrayList<GraphNode> list = roundTrip((CowArrayList<GraphNode>) node.list);
        assertSame(list, list.get(1).list, "from the list as the root too");
    }

    @Test
    void subList_isNotSerializable() {
        CowArrayList<String> x = new CowArrayList<>(List.of("a", "b"));
        assertThrows(NotSerializableException.class, () -> serialize(x.subList(0, 1)));
    }

    @Test
    void golden_streamIsStable() throws Exception {
        CowArrayList<?> back =
                (CowArrayList<?>)
                        assertGolden(
                                "CowArrayList",
                                new CowArrayList<>(Arrays.asList("alpha", null, "gamma")));
        back.checkInvariants();
    }

    @Test
    void serializedForm_isTheListItself_withoutItsStorageFields() throws Exception {
        String text =
                new String(
                        serialize(new CowArrayList<>(List.of("a"))), StandardCharsets.ISO_8859_1);
        assertTrue(text.contains(CowArrayList.class.getName()));
        for (String internal : new String[] {"elementData", "shares", "RefCount", "Form"}) {
            assertFalse(text.contains(internal), "the stream shows " + internal);
        }
    }

    @Test
    void forgedSize_isRejected() throws Exception {
        assertCountForgeriesRejected(
                serialize(new CowArrayList<>(List.of("a", "b", "c"))), BEFORE_SIZE, 3);
    }

    @Test
    void truncatedStream_isRejected() throws Exception {
        assertTruncationsRejected(serialize(new CowArrayList<>(Arrays.asList("a", null, "c"))));
    }

    @Test
    void repeatedBackReferences_allocateInProportionToTheStream() throws Exception {
        // One large string, then 100,000 five-byte references to it: references are shared, never
        // copied, so the list costs a reference per element, whatever the string's length.
        String large = "x".repeat(1 << 20);
        byte[] stream = serialize(new CowArrayList<>(Collections.nCopies(100_000, large)));

        CowArrayList<?> back = (CowArrayList<?>) readBounded(stream);
        assertEquals(100_000, back.size());
        assertRejected(withInt(stream, BEFORE_SIZE, 100_000, Integer.MAX_VALUE - 8));
    }
}
