package io.holstein.list;

import static io.holstein.testing.SerialStreams.PROXY_VERSION;
import static io.holstein.testing.SerialStreams.VECTOR_TAG;
import static io.holstein.testing.SerialStreams.assertCountForgeriesRejected;
import static io.holstein.testing.SerialStreams.assertGolden;
import static io.holstein.testing.SerialStreams.assertInvalid;
import static io.holstein.testing.SerialStreams.assertRejected;
import static io.holstein.testing.SerialStreams.assertTruncationsRejected;
import static io.holstein.testing.SerialStreams.assertWrongVersionAndTagRejected;
import static io.holstein.testing.SerialStreams.bytes;
import static io.holstein.testing.SerialStreams.readBounded;
import static io.holstein.testing.SerialStreams.roundTrip;
import static io.holstein.testing.SerialStreams.serialize;
import static io.holstein.testing.SerialStreams.streamNaming;
import static io.holstein.testing.SerialStreams.withInt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.holstein.internal.SerialProxy;
import io.holstein.testing.GraphNode;
import io.holstein.testing.SerialStreams;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Serialization of {@link PersistentVector} through {@link SerialProxy}: round trips, the golden
 * stream (see {@link SerialStreams} for how to rewrite it after an intended change), forged
 * streams, and the graphs a proxy cannot restore.
 */
class PersistentVectorSerializationTest {

    private static final byte[] BEFORE_SIZE = bytes(PROXY_VERSION, VECTOR_TAG);

    private static PersistentVector<Integer> range(int n) {
        PersistentVector.Builder<Integer> b = PersistentVector.builder();
        for (int i = 0; i < n; i++) {
            b.add(i % 7 == 0 ? null : i);
        }
        return b.build();
    }

    @Test
    void roundTrip_ofEmptySmallLargeAndRelaxedVectors_equalsWithValidTrie() throws Exception {
        assertSame(PersistentVector.empty(), roundTrip(PersistentVector.empty()));
        for (PersistentVector<Integer> v :
                List.of(
                        range(1),
                        range(33),
                        range(32 + 1 + 32 * 32),
                        range(40_000),
                        range(1000).prepend(null).slice(1, 900),
                        range(500).concat(range(700)).insert(3, -1))) {
            PersistentVector<Integer> back = roundTrip(v);
            assertEquals(v, back);
            back.checkInvariants();
        }
    }

    @Test
    void golden_streamIsStable() throws Exception {
        ((PersistentVector<?>)
                        assertGolden(
                                "PersistentVector", PersistentVector.of("alpha", null, "gamma")))
                .checkInvariants();
    }

    @Test
    void serializedForm_isTheOneProxy() throws Exception {
        String text = new String(serialize(range(100)), StandardCharsets.ISO_8859_1);
        assertTrue(text.contains(SerialProxy.class.getName()));
        for (String internal : new String[] {"PersistentVector", "VectorShape", "tail", "Form"}) {
            assertFalse(text.contains(internal), "the stream shows " + internal);
        }
    }

    @Test
    void forgedSizeVersionAndTag_areRejected() throws Exception {
        byte[] stream = serialize(PersistentVector.of("a", "b", "c"));
        assertCountForgeriesRejected(stream, BEFORE_SIZE, 3);
        assertWrongVersionAndTagRejected(stream, VECTOR_TAG, 3);
    }

    @Test
    void truncatedStream_isRejected() throws Exception {
        assertTruncationsRejected(serialize(PersistentVector.of("a", null, "c")));
    }

    @Test
    void repeatedBackReferences_allocateInProportionToTheStream() throws Exception {
        String large = "x".repeat(1 << 20);
        byte[] stream = serialize(PersistentVector.copyOf(Collections.nCopies(100_000, large)));
        assertEquals(100_000, ((PersistentVector<?>) readBounded(stream)).size());
        assertRejected(withInt(stream, BEFORE_SIZE, 100_000, Integer.MAX_VALUE - 8));
    }

    @Test
    void streamNamingTheRealClass_isRejected() throws Exception {
        assertInvalid(streamNaming(PersistentVector.class));
    }

    @Test
    void graphLoopingBackThroughTheVector_isNotSupported() throws Exception {
        // Documented: the proxy's elements are read before the vector exists, so the node's
        // reference to the vector meets the proxy, which a List field cannot hold.
        GraphNode node = new GraphNode(1);
        List<GraphNode> nodes = new ArrayList<>(Arrays.asList(node));
        node.list = PersistentVector.copyOf(nodes);
        GraphNode back = roundTrip(node);
        assertSame(back, back.list.get(0), "from the node, the loop closes through the node");
        assertThrows(ClassCastException.class, () -> roundTrip(node.list));
    }
}
