package io.holstein.string;

import static io.holstein.string.CompactChars.LATIN1;
import static io.holstein.string.CompactChars.UTF16;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CompactCharsTest {

    private static final String LATIN1_TEXT = "caf\u00e9 \u00ff\u0000";

    private static final String WIDE_TEXT = "a\u0100\u00ff\ud83d\ude00z";

    /** {@code text} in a buffer of {@code coder}. */
    private static byte[] stored(String text, byte coder) {
        byte[] value = CompactChars.newBuffer(text.length(), coder);
        assertEquals(text.length(), CompactChars.put(text, 0, text.length(), value, coder, 0));
        return value;
    }

    @Test
    void putChar_thenCharAt_roundTripsInBothCoders() {
        for (byte coder : new byte[] {LATIN1, UTF16}) {
            String text = coder == LATIN1 ? LATIN1_TEXT : WIDE_TEXT;
            byte[] value = CompactChars.newBuffer(text.length(), coder);
            assertEquals(text.length() << coder, value.length);
            for (int i = 0; i < text.length(); i++) {
                CompactChars.putChar(value, coder, i, text.charAt(i));
            }
            for (int i = 0; i < text.length(); i++) {
                assertEquals(text.charAt(i), CompactChars.charAt(value, coder, i));
            }
            assertEquals(text, CompactChars.newString(value, coder, 0, text.length()));
        }
    }

    @Test
    void mismatch_findsTheFirstDifferingChar_withinAndAcrossCoders() {
        String a = "xxabc\u00e9def";
        String b = "abc\u00e9dXf";
        for (byte ca : new byte[] {LATIN1, UTF16}) {
            for (byte cb : new byte[] {LATIN1, UTF16}) {
                byte[] x = stored(a, ca);
                byte[] y = stored(b, cb);
                assertEquals(-1, CompactChars.mismatch(x, ca, 2, y, cb, 0, 5), ca + "/" + cb);
                assertEquals(5, CompactChars.mismatch(x, ca, 2, y, cb, 0, 7), ca + "/" + cb);
                assertEquals(0, CompactChars.mismatch(x, ca, 0, y, cb, 0, 3), ca + "/" + cb);
                assertEquals(-1, CompactChars.mismatch(x, ca, 3, y, cb, 1, 0), "empty ranges");
                assertEquals(-1, CompactChars.mismatch(x, ca, 1, x, ca, 1, 9), "the same range");
            }
        }
        byte[] wide = stored("\u0100\u0101", UTF16);
        byte[] other = stored("\u0100\u0201", UTF16);
        assertEquals(1, CompactChars.mismatch(wide, UTF16, 0, other, UTF16, 0, 2), "high byte");
    }

    @Test
    void put_intoLatin1_stopsAtTheFirstWideChar() {
        byte[] value = new byte[8];
        assertEquals(3, CompactChars.put("xa\u00ff\u0100b", 1, 5, value, LATIN1, 4));
        assertEquals('a', CompactChars.charAt(value, LATIN1, 4));
        assertEquals('\u00ff', CompactChars.charAt(value, LATIN1, 5));
        assertEquals(0, value[6], "nothing written from the wide char on");
        assertEquals(3, CompactChars.put("xa\u00ff\u0100b".toCharArray(), 1, 5, value, LATIN1, 0));
    }

    @Test
    void copy_betweenCoders_widensAndNarrows() {
        byte[] latin1 = stored(LATIN1_TEXT, LATIN1);
        byte[] utf16 = CompactChars.newBuffer(LATIN1_TEXT.length() + 1, UTF16);
        CompactChars.copy(latin1, LATIN1, 0, utf16, UTF16, 1, LATIN1_TEXT.length());
        assertEquals(LATIN1_TEXT, CompactChars.newString(utf16, UTF16, 1, LATIN1_TEXT.length()));
        byte[] back = new byte[LATIN1_TEXT.length()];
        CompactChars.copy(utf16, UTF16, 1, back, LATIN1, 0, LATIN1_TEXT.length());
        assertArrayEquals(latin1, back);
    }

    @Test
    void isLatin1_findsAWideCharInARange() {
        byte[] utf16 = stored(WIDE_TEXT, UTF16);
        assertTrue(CompactChars.isLatin1(utf16, UTF16, 2, 1));
        assertFalse(CompactChars.isLatin1(utf16, UTF16, 0, 2));
        assertTrue(CompactChars.isLatin1(stored(LATIN1_TEXT, LATIN1), LATIN1, 0, 3));
    }

    @Test
    void getCharsAndHash_agreeWithString() {
        for (String text : new String[] {LATIN1_TEXT, WIDE_TEXT}) {
            byte coder = text == LATIN1_TEXT ? LATIN1 : UTF16;
            byte[] value = stored(text, coder);
            char[] chars = new char[text.length() + 1];
            CompactChars.getChars(value, coder, 1, text.length() - 1, chars, 2);
            assertEquals(text.substring(1), new String(chars, 2, text.length() - 1));
            assertEquals(text.hashCode(), CompactChars.hash(0, value, coder, 0, text.length()));
            assertEquals(
                    text.substring(2).hashCode(),
                    CompactChars.hash(0, value, coder, 2, text.length() - 2));
        }
    }

    @Test
    void getCharsAndNewString_ofUtf16Runs_agreeWithString() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            sb.append((char) (i % 3 == 0 ? 0x4e00 + i : i % 3 == 1 ? 'a' + i % 26 : 0xd800 + i));
        }
        String text = sb.toString();
        byte[] value = stored(text, UTF16);
        // Runs of several lengths, from offsets other than 0 in the bytes and in the destination.
        for (int n : new int[] {0, 1, 2, 17, 200, 297}) {
            char[] chars = new char[n + 5];
            chars[0] = '<';
            chars[n + 4] = '>';
            CompactChars.getChars(value, UTF16, 3, n, chars, 1);
            assertEquals(text.substring(3, 3 + n), new String(chars, 1, n), "run of " + n);
            assertEquals('<', chars[0], "nothing written before the run of " + n);
            assertEquals(0, chars[n + 1], "nothing written after the run of " + n);
            assertEquals('>', chars[n + 4]);
            assertEquals(text.substring(3, 3 + n), CompactChars.newString(value, UTF16, 3, n));
        }
    }

    @Test
    void newBuffer_utf16PastTheArrayLimit_throwsOutOfMemoryErrorAsStringBuilder() {
        int chars = (Integer.MAX_VALUE >> 1) + 1;
        OutOfMemoryError e =
                assertThrows(OutOfMemoryError.class, () -> CompactChars.newBuffer(chars, UTF16));
        assertTrue(e.getMessage().contains(String.valueOf(chars)), e.getMessage());
    }

    @Test
    void putIntoLatin1_stopsAtTheFirstWideChar_fromAStringOrAnyCharSequence() {
        // U+0100's low byte is 0 and U+01FF's is 0xFF, so a test of the low byte alone would take
        // them for Latin-1. The range starts and ends inside the text; in the last case the text
        // has a wide char just outside the range on either side.
        for (char wideChar : new char[] {'\u0100', '\u01ff', '\uffff'}) {
            for (int at = 2; at < 20; at++) {
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < 22; i++) {
                    text.append(i == at ? wideChar : (char) (0xe0 + i));
                }
                for (CharSequence s : new CharSequence[] {text.toString(), text}) {
                    byte[] dst = new byte[30];
                    int wide = CompactChars.put(s, 2, 20, dst, LATIN1, 5);
                    String kind =
                            s.getClass().getSimpleName() + " U+" + (int) wideChar + " at " + at;
                    assertEquals(at, wide, kind);
                    for (int i = 2; i < at; i++) {
                        assertEquals(text.charAt(i), CompactChars.charAt(dst, LATIN1, 3 + i), kind);
                    }
                    assertEquals(0, dst[4], kind + ": nothing before the range");
                    for (int i = at; i < 20; i++) {
                        assertEquals(0, dst[3 + i], kind + ": nothing from the wide char on");
                    }
                }
            }
        }
        String latin1 = LATIN1_TEXT + "0123456789abcd";
        String wideOutside = "\u0100" + latin1.substring(1, 20) + "\u0100";
        for (String text : new String[] {latin1, wideOutside}) {
            for (CharSequence s : new CharSequence[] {text, new StringBuilder(text)}) {
                byte[] dst = new byte[18];
                assertEquals(20, CompactChars.put(s, 2, 20, dst, LATIN1, 0), text);
                assertEquals(text.substring(2, 20), CompactChars.newString(dst, LATIN1, 0, 18));
            }
        }
    }
}
