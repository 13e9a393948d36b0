package io.holstein.string;

import static io.holstein.testing.SerialStreams.PROXY_VERSION;
import static io.holstein.testing.SerialStreams.ROPE_TAG;
import static io.holstein.testing.SerialStreams.assertCountForgeriesRejected;
import static io.holstein.testing.SerialStreams.assertGolden;
import static io.holstein.testing.SerialStreams.assertInvalid;
import static io.holstein.testing.SerialStreams.assertTextOfBackReferencesRejected;
import static io.holstein.testing.SerialStreams.assertTextShorterThanDeclaredRejected;
import static io.holstein.testing.SerialStreams.assertTruncationsRejected;
import static io.holstein.testing.SerialStreams.assertWrongVersionAndTagRejected;
import static io.holstein.testing.SerialStreams.bytes;
import static io.holstein.testing.SerialStreams.readBounded;
import static io.holstein.testing.SerialStreams.roundTrip;
import static io.holstein.testing.SerialStreams.serialize;
import static io.holstein.testing.SerialStreams.streamNaming;
import static io.holstein.testing.SerialStreams.withBytes;
import static io.holstein.testing.SerialStreams.withIntAfter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.holstein.internal.SerialProxy;
import io.holstein.testing.SerialStreams;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Serialization of {@link Rope} through {@link SerialProxy}, its text as primitive data: round
 * trips, the golden streams (see {@link SerialStreams} for how to rewrite them after an intended
 * change), and forged streams, among them the back-references that text written as objects allowed.
 */
class RopeSerializationTest {

    private static final int CHUNK = RopeChunk.MAX_LENGTH;

    private static final byte[] BEFORE_LENGTH = bytes(PROXY_VERSION, ROPE_TAG);

    /** Three full chunks of mixed text, cut into pieces by edits. */
    private static Rope sample() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 3 * CHUNK; i++) {
            s.append(i % 7 == 0 ? '\u4e00' : i % 5 == 0 ? '\u00e9' : (char) ('a' + i % 3));
        }
        return Rope.of(s).insert(CHUNK + 1, "\ud83d\ude00").delete(5, 9);
    }

    @Test
    void roundTrip_keepsTextAndBuildsValidTree() throws Exception {
        StringBuilder latin1 = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            latin1.append((char) (i % 256));
        }
        for (Rope rope :
                new Rope[] {
                    sample(),
                    Rope.of("a"),
                    Rope.of(latin1),
                    Rope.of("lone \ud800 and \udc00 surrogates, a pair \ud83d\ude00 at the end")
                }) {
            Rope back = roundTrip(rope);
            back.checkInvariants();
            assertEquals(rope, back);
            assertEquals(rope.toString(), back.toString());
            assertEquals(rope.hashCode(), back.hashCode());
        }
    }

    @Test
    void roundTrip_ofEmpty_isTheEmptyRope() throws Exception {
        assertSame(Rope.empty(), roundTrip(Rope.empty()));
    }

    @Test
    void golden_streamsAreStable() throws Exception {
        ((Rope) assertGolden("Rope", Rope.of("Holstein, caf\u00e9 au lait"))).checkInvariants();
        ((Rope) assertGolden("Rope-utf16", Rope.of("\u4e2d \ud83d\ude00 \ud800")))
                .checkInvariants();
    }

    @Test
    void serializedForm_isTheOneProxy_withTextAsPrimitiveData() throws Exception {
        byte[] stream = serialize(Rope.of("abc\u00e9"));
        String text = new String(stream, StandardCharsets.ISO_8859_1);
        assertTrue(text.contains(SerialProxy.class.getName()));
        assertFalse(text.contains("java.lang.String"));
        assertFalse(text.contains("Chunk"));
        // Version, tag, length 4, Latin-1, the four bytes, the end byte.
        assertTrue(
                text.contains(
                        new String(withIntAfter(BEFORE_LENGTH, 4), StandardCharsets.ISO_8859_1)
                                + "\0abc\u00e9\0"));
    }

    @Test
    void forgedLengthVersionAndTag_areRejected() throws Exception {
        byte[] stream = serialize(Rope.of("abc"));
        assertCountForgeriesRejected(stream, BEFORE_LENGTH, 3);
        assertWrongVersionAndTagRejected(stream, ROPE_TAG, 3);
        for (int coder = 2; coder < 256; coder++) {
            byte[] forged = withBytes(stream, bytes(0, 'a', 'b', 'c'), bytes(coder, 'a', 'b', 'c'));
            assertInvalid(forged);
        }
    }

    @Test
    void truncatedStream_isRejected() throws Exception {
        assertTruncationsRejected(serialize(Rope.of("ab\u4e2d")));
    }

    @Test
    void repeatedBackReferences_cannotDeclareText() throws Exception {
        assertTextOfBackReferencesRejected(SerialProxy.class, RopeSerializationTest::proxyHeader);
    }

    @Test
    void declaredLengthBeyondTheText_allocatesOnlyWhatArrives() throws Exception {
        assertTextShorterThanDeclaredRejected(
                SerialProxy.class, RopeSerializationTest::proxyHeader);
        String text = "y".repeat(100_000) + "\u4e2d".repeat(100_000);
        assertEquals(Rope.of(text), readBounded(serialize(Rope.of(text))));
    }

    private static void proxyHeader(ObjectOutputStream out) throws IOException {
        out.writeByte(PROXY_VERSION);
        out.writeByte(ROPE_TAG);
    }

    @Test
    void readObject_ofRealClassCalledReflectively_throwsInvalidObject() throws Exception {
        Method readObject = Rope.class.getDeclaredMethod("readObject", ObjectInputStream.class);
        readObject.setAccessible(true);
        ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(serialize("unused")));
        InvocationTargetException e =
                assertThrows(
                        InvocationTargetException.class, () -> readObject.invoke(Rope.of("x"), in));
        assertInstanceOf(InvalidObjectException.class, e.getCause());
    }

    @Test
    void readObject_ofStreamNamingRealClass_throwsInvalidObject() throws Exception {
        assertInvalid(streamNaming(Rope.class));
    }
}
