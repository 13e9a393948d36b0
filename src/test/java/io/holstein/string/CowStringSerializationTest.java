package io.holstein.string;

import static io.holstein.testing.SerialStreams.assertCountForgeriesRejected;
import static io.holstein.testing.SerialStreams.assertGolden;
import static io.holstein.testing.SerialStreams.assertInvalid;
import static io.holstein.testing.SerialStreams.assertRejected;
import static io.holstein.testing.SerialStreams.assertTextOfBackReferencesRejected;
import static io.holstein.testing.SerialStreams.assertTextShorterThanDeclaredRejected;
import static io.holstein.testing.SerialStreams.assertTruncationsRejected;
import static io.holstein.testing.SerialStreams.bytes;
import static io.holstein.testing.SerialStreams.readBounded;
import static io.holstein.testing.SerialStreams.roundTrip;
import static io.holstein.testing.SerialStreams.serialize;
import static io.holstein.testing.SerialStreams.withBytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.holstein.testing.SerialStreams;
import java.io.ObjectStreamConstants;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Serialization of {@link CowString} by its own {@code writeObject}/{@code readObject}, its text as
 * primitive data: round trips, the golden streams (see {@link SerialStreams} for how to rewrite
 * them after an intended change), and forged streams, among them the back-references that text
 * written as objects allowed.
 */
class CowStringSerializationTest {

    @Test
    void roundTrip_texts_keepTheirCharsAndNothingElse() throws Exception {
        StringBuilder long1 = new StringBuilder();
        for (int i = 0; i < 3 * 8192 + 17; i++) {
            long1.append((char) (i % 300));
        }
        for (String text :
                new String[] {
                    "",
                    "a",
                    "caf\u00e9",
                    "\u4e2d\ud83d\ude00\ud800",
                    "lone \udc00 low surrogate",
                    long1.toString(),
                    "\u00ff".repeat(20_000)
                }) {
            CowString s = new CowString(text);
            CowString copy = roundTrip(s);
            assertEquals(s, copy);
            assertEquals(text, copy.toString());
            assertEquals(
                    text.length(),
                    copy.capacity(),
                    "a deserialized string holds exactly its chars");
            assertEquals(1, copy.shares().get(), "in a buffer of its own");
            copy.checkInvariants();
            copy.append('!');
            assertEquals(text + "!", copy.toString());
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
        assertTrue(
                new String(serialize(s), StandardCharsets.ISO_8859_1).contains("\0ab\0"),
                "written as Latin-1, one byte per char");
    }

    @Test
    void golden_streamsAreStable() throws Exception {
        ((CowString) assertGolden("CowString", new CowString("Holstein, caf\u00e9 au lait")))
                .checkInvariants();
        ((CowString) assertGolden("CowString-utf16", new CowString("\u4e2d \ud83d\ude00 \ud800")))
                .checkInvariants();
    }

    @Test
    void serializedForm_isTheTextAsPrimitiveData() throws Exception {
        String text = new String(serialize(new CowString("abc")), StandardCharsets.ISO_8859_1);
        assertTrue(text.contains(CowString.class.getName()));
        for (String internal : new String[] {"java.lang.String", "value", "shares", "Form"}) {
            assertFalse(text.contains(internal), "the stream shows " + internal);
        }
    }

    /** The block-data header of "abc": length, coder, three chars and the end byte. */
    private static final byte[] BEFORE_LENGTH = bytes(ObjectStreamConstants.TC_BLOCKDATA, 9);

    @Test
    void forgedLengthAndCoder_areRejected() throws Exception {
        byte[] stream = serialize(new CowString("abc"));
        assertCountForgeriesRejected(stream, BEFORE_LENGTH, 3);
        for (int coder = 2; coder < 256; coder++) {
            assertInvalid(withBytes(stream, bytes(0, 'a', 'b', 'c'), bytes(coder, 'a', 'b', 'c')));
        }
        byte[] wide = serialize(new CowString("\u4e2d"));
        assertRejected(withBytes(wide, bytes(1, 0x4e, 0x2d), bytes(0, 0x4e, 0x2d)));
    }

    @Test
    void truncatedStream_isRejected() throws Exception {
        assertTruncationsRejected(serialize(new CowString("ab\u4e2d")));
    }

    @Test
    void repeatedBackReferences_cannotDeclareText() throws Exception {
        assertTextOfBackReferencesRejected(CowString.class, out -> {});
    }

    @Test
    void declaredLengthBeyondTheText_allocatesOnlyWhatArrives() throws Exception {
        assertTextShorterThanDeclaredRejected(CowString.class, out -> {});
        String text = "y".repeat(100_000) + "\u4e2d".repeat(100_000);
        assertEquals(text, readBounded(serialize(new CowString(text))).toString());
    }
}
