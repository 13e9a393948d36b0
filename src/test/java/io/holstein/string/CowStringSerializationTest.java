package io.holstein.string;

import static io.holstein.testing.SerialStreams.deserialize;
import static io.holstein.testing.SerialStreams.serialize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.ObjectStreamConstants;
import org.junit.jupiter.api.Test;

/** Serialization of {@link CowString} through its proxy, and streams that must be rejected. */
class CowStringSerializationTest {

    private static CowString roundTrip(CowString s) throws Exception {
        return (CowString) deserialize(serialize(s));
    }

    @Test
    void roundTrip_texts_keepTheirCharsAndNothingElse() throws Exception {
        StringBuilder long1 = new StringBuilder();
        for (int i = 0; i < 3 * CowStringForm.CHUNK + 17; i++) {
            long1.append((char) (i % 300));
        }
        for (String text :
                new String[] {"", "a", "caf\u00e9", "\u4e2d\ud83d\ude00\ud800", long1.toString()}) {
            CowString s = new CowString(text);
            CowString copy = roundTrip(s);
            assertEquals(s, copy);
            assertEquals(text, copy.toString());
            assertEquals(
                    text.length(),
                    copy.capacity(),
                    "a deserialized string holds exactly its chars");
            copy.checkInvariants();
        }
    }

    @Test
    void roundTrip_sharedSlice_sharesNothing() throws Exception {
        CowString s = new CowString("0123456789");
        CowString slice = s.slice(3, 7);
        CowString copy = roundTrip(slice);
        assertEquals("3456", copy.toString());
        assertFalse(copy.isShared());
        assertTrue(slice.isShared());
        assertNotSame(slice.value, copy.value);
        assertEquals(1, copy.bytesPerChar());
    }

    @Test
    void roundTrip_latin1TextInWideStorage_comesBackNarrow() throws Exception {
        CowString s = new CowString("ab\u4e2d");
        s.setLength(2);
        assertEquals(1, roundTrip(s).bytesPerChar());
    }

    @Test
    void readObject_ofTheRealClass_isRefused() throws Exception {
        // A stream that names CowString itself, not its proxy: forged by hand.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            ObjectStreamClass desc = ObjectStreamClass.lookup(CowString.class);
            out.writeShort(ObjectStreamConstants.STREAM_MAGIC);
            out.writeShort(ObjectStreamConstants.STREAM_VERSION);
            out.writeByte(ObjectStreamConstants.TC_OBJECT);
            out.writeByte(ObjectStreamConstants.TC_CLASSDESC);
            out.writeUTF(desc.getName());
            out.writeLong(desc.getSerialVersionUID());
            out.writeByte(
                    ObjectStreamConstants.SC_SERIALIZABLE | ObjectStreamConstants.SC_WRITE_METHOD);
            out.writeShort(0);
            out.writeByte(ObjectStreamConstants.TC_ENDBLOCKDATA);
            out.writeByte(ObjectStreamConstants.TC_NULL);
        }
        assertThrows(InvalidObjectException.class, () -> deserialize(bytes.toByteArray()));
    }

    /** A proxy stream whose chunk list is given as raw objects, to forge bad contents. */
    private static byte[] proxyWith(int declaredCount, Object... chunks) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new Forged(declaredCount, chunks));
        }
        byte[] forged = bytes.toByteArray();
        // The forged class has the same layout; rewrite its name to the proxy's.
        return replace(forged, Forged.class.getName(), CowStringForm.class.getName());
    }

    /** Writes what the proxy writes, with any count and any objects. */
    private static final class Forged implements java.io.Serializable {
        private static final long serialVersionUID = 1L;

        private final transient int declaredCount;

        private final transient Object[] chunks;

        Forged(int declaredCount, Object[] chunks) {
            this.declaredCount = declaredCount;
            this.chunks = chunks;
        }

        private void writeObject(ObjectOutputStream out) throws IOException {
            out.defaultWriteObject();
            out.writeInt(declaredCount);
            for (Object chunk : chunks) {
                out.writeObject(chunk);
            }
        }
    }

    private static byte[] replace(byte[] stream, String from, String to) {
        String s = new String(stream, java.nio.charset.StandardCharsets.ISO_8859_1);
        String fromField = (char) 0 + String.valueOf((char) from.length()) + from;
        String toField = (char) 0 + String.valueOf((char) to.length()) + to;
        assertTrue(s.contains(fromField));
        return s.replace(fromField, toField).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    @Test
    void readResolve_forgedStreams_areRejectedWithoutLargeAllocations() throws Exception {
        assertThrows(InvalidObjectException.class, () -> deserialize(proxyWith(1, 42)));
        assertThrows(InvalidObjectException.class, () -> deserialize(proxyWith(1, (Object) null)));
        assertThrows(InvalidObjectException.class, () -> deserialize(proxyWith(1, "")));
        assertThrows(InvalidObjectException.class, () -> deserialize(proxyWith(-1)));
        // A huge declared count with one chunk present: the stream ends, nothing huge allocated.
        assertThrows(IOException.class, () -> deserialize(proxyWith(Integer.MAX_VALUE - 9, "abc")));
        assertEquals("abcde", deserialize(proxyWith(2, "abc", "de")).toString());
    }
}
