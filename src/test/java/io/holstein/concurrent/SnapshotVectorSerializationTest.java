package io.holstein.concurrent;

import static io.holstein.testing.SerialStreams.assertForgedSizeFailsCheaply;
import static io.holstein.testing.SerialStreams.deserialize;
import static io.holstein.testing.SerialStreams.serialize;
import static io.holstein.testing.SerialStreams.streamNaming;
import static io.holstein.testing.SerialStreams.withSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.holstein.list.PersistentVector;
import java.io.ByteArrayInputStream;
import java.io.InvalidObjectException;
import java.io.NotSerializableException;
import java.io.ObjectInputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Serialization of {@link SnapshotVector} through its proxy, which holds one version as a {@code
 * PersistentVector} (itself written through its own proxy), including streams tampered with: a
 * declared size is never trusted for allocation.
 */
class SnapshotVectorSerializationTest {

    private static final String PROXY_CLASS = "io.holstein.concurrent.SnapshotVectorForm";

    @Test
    void roundTrip_ofListWithNulls_equalsAndIsIndependent() throws Exception {
        SnapshotVector<String> x = new SnapshotVector<>(Arrays.asList("a", null, "c"));

        SnapshotVector<?> y = assertInstanceOf(SnapshotVector.class, deserialize(serialize(x)));

        assertEquals(x, y);
        assertEquals(Arrays.asList("a", null, "c"), y);
        assertNotSame(x.snapshot(), y.snapshot(), "sharing is not preserved across serialization");
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
        assertEquals(elements, deserialize(serialize(x)));
    }

    @Test
    void roundTrip_ofEmptyList_isEmptyAndWritable() throws Exception {
        @SuppressWarnings("unchecked")
        SnapshotVector<String> y =
                (SnapshotVector<String>) deserialize(serialize(new SnapshotVector<String>()));
        assertTrue(y.isEmpty());
        y.add("a");
        assertEquals(List.of("a"), y);
    }

    @Test
    void subList_isNotSerializable() {
        SnapshotVector<String> x = new SnapshotVector<>(List.of("a", "b"));
        assertThrows(NotSerializableException.class, () -> serialize(x.subList(0, 1)));
    }

    @Test
    void serializedForm_isTheProxy() throws Exception {
        byte[] bytes = serialize(new SnapshotVector<>(List.of("a")));
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        assertTrue(text.contains(PROXY_CLASS));
        assertTrue(
                text.contains("io.holstein.list.PersistentVector$SerializedForm"),
                "the version is written through the vector's own proxy");
    }

    @Test
    void formWithoutAVersion_isRejected() throws Exception {
        byte[] forged = serialize(new SnapshotVectorForm(null));
        assertThrows(InvalidObjectException.class, () -> deserialize(forged));
    }

    @Test
    void declaredSizeBeyondTheStream_failsWithoutAllocatingIt() throws Exception {
        assertForgedSizeFailsCheaply(serialize(new SnapshotVector<>(List.of("a", "b", "c"))), 3);
    }

    @Test
    void declaredSizeSmallerThanTheStream_readsThatManyOnly() throws Exception {
        // Control for the patching: the size is where the test above patches it.
        Object back =
                deserialize(
                        withSize(serialize(new SnapshotVector<>(List.of("a", "b", "c"))), 3, 2));
        assertEquals(List.of("a", "b"), back);
    }

    @Test
    void negativeSize_isRejected() throws Exception {
        byte[] forged = withSize(serialize(new SnapshotVector<>(List.of("a", "b", "c"))), 3, -1);
        assertThrows(InvalidObjectException.class, () -> deserialize(forged));
    }

    @Test
    void streamNamingTheRealClass_throwsInvalidObject() throws Exception {
        assertThrows(
                InvalidObjectException.class,
                () -> deserialize(streamNaming(SnapshotVector.class)));
    }

    @Test
    void readObject_ofRealClassCalledReflectively_throwsInvalidObject() throws Exception {
        Method readObject =
                SnapshotVector.class.getDeclaredMethod("readObject", ObjectInputStream.class);
        readObject.setAccessible(true);
        ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(serialize("unused")));
        InvocationTargetException e =
                assertThrows(
                        InvocationTargetException.class,
                        () -> readObject.invoke(new SnapshotVector<String>(), in));
        assertInstanceOf(InvalidObjectException.class, e.getCause());
    }
}
