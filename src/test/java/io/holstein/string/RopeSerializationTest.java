package io.holstein.string;

import static io.holstein.testing.SerialStreams.deserialize;
import static io.holstein.testing.SerialStreams.serialize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamConstants;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

class RopeSerializationTest {

    private static final int CHUNK = RopeChunk.MAX_LENGTH;

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
        Rope rope = sample();
        Rope back = assertInstanceOf(Rope.class, deserialize(serialize(rope)));
        back.checkInvariants();
        assertEquals(rope, back);
        assertEquals(rope.toString(), back.toString());
        assertEquals(rope.hashCode(), back.hashCode());
    }

    @Test
    void roundTrip_ofEmpty_isTheEmptyRope() throws Exception {
        assertSame(Rope.empty(), deserialize(serialize(Rope.empty())));
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
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeShort(ObjectStreamConstants.STREAM_MAGIC);
        out.writeShort(ObjectStreamConstants.STREAM_VERSION);
        out.writeByte(ObjectStreamConstants.TC_OBJECT);
        out.writeByte(ObjectStreamConstants.TC_CLASSDESC);
        out.writeUTF(Rope.class.getName());
        out.writeLong(1L); // serialVersionUID
        out.writeByte(ObjectStreamConstants.SC_SERIALIZABLE);
        out.writeShort(0); // no serializable fields
        out.writeByte(ObjectStreamConstants.TC_ENDBLOCKDATA);
        out.writeByte(ObjectStreamConstants.TC_NULL); // no serializable superclass
        out.flush();
        assertThrows(InvalidObjectException.class, () -> deserialize(bytes.toByteArray()));
    }

    /**
     * Writes like {@link ObjectOutputStream} but replaces every piece of text with {@code piece}.
     */
    private static byte[] serializeWithPieces(Rope rope, Object piece) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new PieceReplacing(bytes, piece)) {
            out.writeObject(rope);
        }
        return bytes.toByteArray();
    }

    private static final class PieceReplacing extends ObjectOutputStream {
        private final Object piece;

        PieceReplacing(OutputStream out, Object piece) throws IOException {
            super(out);
            this.piece = piece;
            enableReplaceObject(true);
        }

        @Override
        protected Object replaceObject(Object obj) {
            return obj instanceof String ? piece : obj;
        }
    }

    @Test
    void readObject_ofPieceThatIsNotAString_throwsInvalidObject() throws Exception {
        byte[] forged = serializeWithPieces(sample(), 42);
        InvalidObjectException e =
                assertThrows(InvalidObjectException.class, () -> deserialize(forged));
        assertTrue(e.getMessage().contains("Integer"), e.getMessage());
        byte[] withNull = serializeWithPieces(sample(), null);
        assertThrows(InvalidObjectException.class, () -> deserialize(withNull));
    }

    @Test
    void readObject_ofDeclaredCounts_trustsOnlyWhatArrives() throws Exception {
        Rope rope = sample();
        byte[] stream = serialize(rope);
        int pieces = countPieces(rope);
        int at = countAt(stream, pieces);
        assertEquals(
                rope.substring(0, 0),
                deserialize(patch(stream, at, 0)),
                "control: the count is where patched");
        assertInstanceOf(
                InvalidObjectException.class,
                assertThrows(IOException.class, () -> deserialize(patch(stream, at, -1))));
        // A huge count: the stream runs out of pieces, and the reader fails instead of allocating.
        assertThrows(
                IOException.class, () -> deserialize(patch(stream, at, Integer.MAX_VALUE - 16)));
    }

    private static int countPieces(Rope rope) {
        int n = 0;
        for (RopeChunkWalk chunks = new RopeChunkWalk(rope.root, 0); chunks.hasNext(); n++) {
            chunks.next();
        }
        return n;
    }

    /** Where the proxy's count sits: the block-data header, then the four bytes of the count. */
    private static int countAt(byte[] stream, int count) {
        byte[] header = {
            ObjectStreamConstants.TC_BLOCKDATA,
            4,
            (byte) (count >>> 24),
            (byte) (count >>> 16),
            (byte) (count >>> 8),
            (byte) count
        };
        int found = -1;
        for (int i = 0; i + header.length <= stream.length; i++) {
            boolean match = true;
            for (int j = 0; j < header.length && match; j++) {
                match = stream[i + j] == header[j];
            }
            if (match) {
                assertEquals(-1, found, "count found twice");
                found = i + 2;
            }
        }
        assertTrue(found > 0, "count not found");
        return found;
    }

    private static byte[] patch(byte[] stream, int at, int value) {
        byte[] forged = stream.clone();
        forged[at] = (byte) (value >>> 24);
        forged[at + 1] = (byte) (value >>> 16);
        forged[at + 2] = (byte) (value >>> 8);
        forged[at + 3] = (byte) value;
        return forged;
    }
}
