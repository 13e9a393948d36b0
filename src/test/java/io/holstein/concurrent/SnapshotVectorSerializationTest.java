package io.holstein.concurrent;

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

import io.holstein.list.PersistentVector;
import io.holstein.testing.GraphNode;
import io.holstein.testing.SerialStreams;
import java.io.NotSerializableException;
import java.io.ObjectStreamConstants;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Serialization of {@link SnapshotVector} by its own {@code writeObject}/{@code readObject}, which
 * write one version as a {@code PersistentVector}'s contents: round trips, the golden stream (see
 * {@link SerialStreams} for how to rewrite it after an intended change), graphs that loop back
 * through the list, and forged streams.
 */
class SnapshotVectorSerializationTest {

    /** The block-data header before the size: the size is the first int the list writes. */
    private static final byte[] BEFORE_SIZE = bytes(ObjectStreamConstants.TC_BLOCKDATA, 4);

    @Test
    void roundTrip_ofListWithNulls_equalsAndIsIndependent() throws Exception {
        SnapshotVector<String> x = new SnapshotVector<>(Arrays.asList("a", null, "c"));

        SnapshotVector<String> y = roundTrip(x);

        assertEquals(Arrays.asList("a", null, "c"), y);
        assertNotSame(x.snapshot(), y.snapshot(), "sharing is not preserved across serialization");
        y.checkInvariants();
        x.add("d");
        assertEquals(3, y.size(), "the copy is a list of its own");
    }

    @Test
    void roundTrip_ofLargeList_keepsOrder() throws Exception {
        List<Integer> elements = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            elements.add(i % 7 == 0 ? null : i);
        }
        SnapshotVector<Integer> x = new SnapshotVector<>(PersistentVector.copyOf(elements));
        SnapshotVector<Integer> y = roundTrip(x);
        assertEquals(elements, y);
        y.checkInvariants();
    }

    @Test
    void roundTrip_ofEmptyList_isEmptyAndWritable() throws Exception {
        SnapshotVector<String> y = roundTrip(new SnapshotVector<String>());
        assertTrue(y.isEmpty());
        y.add("a");
        assertEquals(List.of("a"), y);
    }

    @Test
    void roundTrip_ofListHoldingItself_restoresTheLoop() throws Exception {
        SnapshotVector<Object> x = new SnapshotVector<>();
        x.add("a");
        x.add(x);

        SnapshotVector<Object> y = roundTrip(x);

        assertEquals(2, y.size());
        assertSame(y, y.get(1));
    }

    @Test
    void roundTrip_ofNodeWhoseListHoldsTheNode_restoresTheLoop() throws Exception {
        GraphNode node = new GraphNode(1);
        node.list = new SnapshotVector<>();
        node.list.add(new GraphNode(2));
        node.list.add(node);

        GraphNode back = roundTrip(node);
        assertSame(back, back.list.get(1));

        SnapshotVector<GraphNode> list = roundTrip((SnapshotVector<GraphNode>) node.list);
        assertSame(list, list.get(1).list, "from the list as the root too");
    }

    @Test
    void subList_isNotSerializable() {
        SnapshotVector<String> x = new SnapshotVector<>(List.of("a", "b"));
        assertThrows(NotSerializableException.class, () -> serialize(x.subList(0, 1)));
    }

    @Test
    void golden_streamIsStable() throws Exception {
        assertGolden("SnapshotVector", new SnapshotVector<>(Arrays.asList("alpha", null, "gamma")));
    }

    @Test
    void serializedForm_isTheListItself_withoutItsVersionObject() throws Exception {
        String text =
                new String(
                        serialize(new SnapshotVector<>(List.of("a"))), StandardCharsets.ISO_8859_1);
        assertTrue(text.contains(SnapshotVector.class.getName()));
        for (String internal : new String[] {"PersistentVector", "SerialProxy", "root", "Form"}) {
            assertFalse(text.contains(internal), "the stream shows " + internal);
        }
    }

    @Test
    void forgedSize_isRejected() throws Exception {
        assertCountForgeriesRejected(
                serialize(new SnapshotVector<>(List.of("a", "b", "c"))), BEFORE_SIZE, 3);
    }

    @Test
    void truncatedStream_isRejected() throws Exception {
        assertTruncationsRejected(serialize(new SnapshotVector<>(Arrays.asList("a", null, "c"))));
    }

    @Test
    void repeatedBackReferences_allocateInProportionToTheStream() throws Exception {
        String large = "x".repeat(1 << 20);
        byte[] stream = serialize(new SnapshotVector<>(Collections.nCopies(100_000, large)));
        assertEquals(100_000, ((SnapshotVector<?>) readBounded(stream)).size());
        assertRejected(withInt(stream, BEFORE_SIZE, 100_000, Integer.MAX_VALUE - 8));
    }
}
