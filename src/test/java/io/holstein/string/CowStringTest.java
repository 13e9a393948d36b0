package io.holstein.string;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.holstein.internal.RefCount;
import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.Map;
import java.util.PrimitiveIterator;
import org.junit.jupiter.api.Test;

/** Unit tests of {@link CowString}: sharing, compaction, streams, equality and edge cases. */
class CowStringTest {

    private static final String LATIN1 = "caf\u00e9 \u00ff\u0080";
    private static final String BMP = "\u4e2d\u6587 \u0100";
    private static final String SUPPLEMENTARY = "a\ud83d\ude00b";

    // ------------------------------------------------------------------ compaction

    @Test
    void latin1Text_anyLength_staysOneBytePerChar() {
        CowString s = new CowString();
        for (int i = 0; i < 1000; i++) {
            s.append((char) (i % 256));
        }
        s.insert(500, LATIN1).replace(3, 9, "\u00e9\u00e8").setCharAt(0, '\u00ff');
        assertEquals(1, s.bytesPerChar());
        s.trimToSize();
        assertEquals(s.length(), s.value.length, "trimmed Latin-1 storage holds one byte per char");
    }

    @Test
    void append_charAboveLatin1_widensKeepingCapacityAndText() {
        CowString s = new CowString(LATIN1);
        int capacity = s.capacity();
        s.append('\u0100');
        assertEquals(2, s.bytesPerChar());
        assertEquals(capacity, s.capacity(), "widening keeps the capacity");
        assertEquals(LATIN1 + "\u0100", s.toString());
        assertEquals(2 * capacity, s.value.length);
    }

    @Test
    void appendString_wideCharInTheMiddle_widensOnceAndKeepsEveryChar() {
        CowString s = new CowString("ab");
        s.append("cd" + BMP + "ef");
        assertEquals("abcd" + BMP + "ef", s.toString());
        assertEquals(2, s.bytesPerChar());
    }

    @Test
    void setCharAt_wideChar_widens() {
        CowString s = new CowString("abc");
        s.setCharAt(1, '\u4e2d');
        assertEquals("a\u4e2dc", s.toString());
        assertEquals(2, s.bytesPerChar());
    }

    @Test
    void trimToSize_latin1TextInWideStorage_narrowsBack() {
        CowString s = new CowString("abc\u4e2d");
        s.deleteCharAt(3);
        assertEquals(2, s.bytesPerChar(), "StringBuilder keeps wide storage too");
        s.trimToSize();
        assertEquals(1, s.bytesPerChar());
        assertEquals(3, s.value.length);
        assertEquals("abc", s.toString());
    }

    @Test
    void widening_sharedString_copiesAndLeavesForkNarrow() {
        CowString s = new CowString(LATIN1);
        CowString f = s.fork();
        f.append(SUPPLEMENTARY);
        assertEquals(1, s.bytesPerChar());
        assertEquals(LATIN1, s.toString());
        assertEquals(LATIN1 + SUPPLEMENTARY, f.toString());
    }

    // ------------------------------------------------------------------ sharing

    @Test
    void fork_isO1AndShares_untilEitherSideWrites() {
        CowString s = new CowString("hello");
        CowString f = s.fork();
        assertSame(s.value, f.value);
        assertTrue(s.isShared());
        assertTrue(f.isShared());
        assertEquals(s.capacity(), f.capacity());
        f.append('!');
        assertNotSame(s.value, f.value);
        assertEquals("hello", s.toString());
        assertEquals("hello!", f.toString());
        assertFalse(f.isShared());
        // s is still counted twice (f released when it moved), so s writes in place now.
        assertFalse(s.isShared());
        byte[] before = s.value;
        s.setCharAt(0, 'j');
        assertSame(before, s.value, "the last holder writes in place");
        assertEquals("hello!", f.toString());
    }

    @Test
    void slice_sharesBufferInO1_andWritesStayOnTheirSide() {
        CowString s = new CowString("0123456789");
        CowString slice = s.slice(2, 6);
        assertSame(s.value, slice.value);
        assertEquals("2345", slice.toString());
        assertEquals(4, slice.capacity(), "a slice's capacity is its length");
        slice.append('x');
        s.setCharAt(3, 'Z');
        assertEquals("2345x", slice.toString());
        assertEquals("012Z456789", s.toString());
    }

    @Test
    void slice_lastHolderAppends_neverWritesPastItsWindow() {
        CowString s = new CowString("0123456789");
        CowString slice = s.slice(0, 3);
        s.setCharAt(9, 'Z'); // s moves to a copy; slice now holds the old buffer alone
        assertFalse(slice.isShared());
        slice.append('x');
        assertEquals("012x", slice.toString());
        assertEquals("012345678Z", s.toString());
    }

    @Test
    void slice_outOfRange_throwsIndexOutOfBounds() {
        CowString s = new CowString("abc");
        assertThrows(IndexOutOfBoundsException.class, () -> s.slice(-1, 2));
        assertThrows(IndexOutOfBoundsException.class, () -> s.slice(0, 4));
        assertThrows(IndexOutOfBoundsException.class, () -> s.slice(2, 1));
        assertEquals("", s.slice(3, 3).toString());
    }

    @Test
    void trimToSize_ofSlice_dropsTheParentBuffer() {
        CowString big = new CowString();
        for (int i = 0; i < 10_000; i++) {
            big.append('a');
        }
        CowString small = big.slice(10, 20);
        assertSame(big.value, small.value);
        small.trimToSize();
        assertNotSame(big.value, small.value);
        assertEquals(10, small.value.length);
        assertEquals("aaaaaaaaaa", small.toString());
        assertFalse(small.isShared());
    }

    @Test
    void truncation_ofSharedString_neverCopies() {
        CowString s = new CowString("abcdef");
        CowString f = s.fork();
        s.setLength(3);
        s.delete(1, 10);
        assertSame(f.value, s.value, "a shorter window writes nothing");
        assertEquals("a", s.toString());
        assertEquals("abcdef", f.toString());
    }

    @Test
    void fork_saturatedCount_alwaysCopiesAndNeverWritesSharedStorage() {
        CowString s = new CowString("abc");
        for (int i = 0; i < 3; i++) {
            s.fork();
        }
        assertTrue(s.isShared());
        s.append('d');
        assertFalse(s.isShared(), "the copy has a fresh count");
        assertEquals(1, s.shares().get());
        assertNotEquals(RefCount.SATURATED, s.shares().get());
    }

    @Test
    void appendSelf_sharedOrNot_appendsTheTextAsBefore() {
        CowString s = new CowString("ab\u4e2d");
        s.append(s);
        assertEquals("ab\u4e2dab\u4e2d", s.toString());
        CowString f = s.fork();
        s.append((CharSequence) s, 1, 3);
        assertEquals("ab\u4e2dab\u4e2db\u4e2d", s.toString());
        assertEquals("ab\u4e2dab\u4e2d", f.toString());
        s.insert(1, (CharSequence) s);
        assertEquals("a" + "ab\u4e2dab\u4e2db\u4e2d" + "b\u4e2dab\u4e2db\u4e2d", s.toString());
    }

    // ------------------------------------------------------------------ equality and hash

    @Test
    void equals_onlyWithCowStringsOfEqualText() {
        CowString a = new CowString("x\u00e9");
        CowString b = new CowString(20).append("x\u00e9");
        CowString wide = new CowString("x\u00e9\u4e2d");
        wide.setLength(2);
        assertEquals(a, b);
        assertEquals(a, wide, "equal text, different storage widths");
        assertEquals(a.hashCode(), wide.hashCode());
        assertFalse(a.equals("x\u00e9"));
        assertFalse(a.equals(new StringBuilder("x\u00e9")));
        assertTrue(a.contentEquals("x\u00e9"));
        assertTrue(a.contentEquals(new StringBuilder("x\u00e9")));
        assertFalse(a.contentEquals("x"));
    }

    @Test
    void hashCode_cachedAndInvalidatedByEveryWrite() {
        CowString s = new CowString("hello");
        assertEquals("hello".hashCode(), s.hashCode());
        s.setCharAt(0, 'j');
        assertEquals("jello".hashCode(), s.hashCode());
        s.reverse();
        assertEquals("ollej".hashCode(), s.hashCode());
        CowString f = s.fork();
        f.append('!');
        assertEquals("ollej".hashCode(), s.hashCode());
        assertEquals("ollej!".hashCode(), f.hashCode());
        CowString zero = new CowString("");
        assertEquals(0, zero.hashCode());
        zero.append('a');
        assertEquals("a".hashCode(), zero.hashCode());
    }

    @Test
    void mutableKey_changedWhileInAHashMap_isLostThere() {
        // The documented hazard: a CowString changed while it is a key is not found again.
        CowString key = new CowString("k");
        Map<CowString, Integer> map = new HashMap<>();
        map.put(key, 1);
        key.append('!');
        assertFalse(map.containsKey(key));
        assertTrue(
                map.containsKey(key.fork().delete(1, 2)) || !map.containsKey(new CowString("k!")));
    }

    @Test
    void compareTo_isStringBuildersOrder() {
        assertEquals(
                new StringBuilder("ab").compareTo(new StringBuilder("b")),
                new CowString("ab").compareTo(new CowString("b")));
        assertEquals(
                new StringBuilder("\u4e2d").compareTo(new StringBuilder("a")),
                new CowString("\u4e2d").compareTo(new CowString("a")));
        assertEquals(-2, new CowString("a").compareTo(new CowString("abc")));
        assertThrows(NullPointerException.class, () -> new CowString("a").compareTo(null));
    }

    // ------------------------------------------------------------------ streams

    @Test
    void chars_streamWrittenMidway_failsFastInsteadOfReadingAForksWrites() {
        CowString s = new CowString("abcdef");
        PrimitiveIterator.OfInt it = s.chars().iterator();
        assertEquals('a', it.nextInt());
        CowString f = s.fork();
        s.setCharAt(5, 'Z'); // s moves to a copy; f writes the old buffer in place below
        f.setCharAt(1, '!');
        assertThrows(ConcurrentModificationException.class, it::nextInt);
    }

    @Test
    void chars_afterForkAndForkWrites_readsTheOwnerNotTheOldBuffer() {
        CowString s = new CowString("abcdef");
        PrimitiveIterator.OfInt it = s.chars().iterator();
        assertEquals('a', it.nextInt());
        CowString f = s.fork();
        f.setCharAt(1, '!'); // f moves to a copy; s is unchanged
        StringBuilder rest = new StringBuilder();
        it.forEachRemaining((int c) -> rest.append((char) c));
        assertEquals("bcdef", rest.toString());
    }

    @Test
    void chars_actionThatWritesTheString_throwsConcurrentModification() {
        CowString s = new CowString("abc");
        assertThrows(
                ConcurrentModificationException.class, () -> s.chars().forEach(c -> s.append('x')));
    }

    @Test
    void codePoints_surrogatePairsAndLoneSurrogates_asStringBuilder() {
        String text = SUPPLEMENTARY + "\ud800x\udc00" + BMP;
        assertArrayEquals(
                new StringBuilder(text).codePoints().toArray(),
                new CowString(text).codePoints().toArray());
        assertArrayEquals(text.chars().toArray(), new CowString(text).chars().parallel().toArray());
    }

    // ------------------------------------------------------------------ StringBuilder edge cases

    @Test
    void reverse_surrogatePairs_keptInOrderAsStringBuilder() {
        for (String text :
                new String[] {
                    SUPPLEMENTARY, "\udc00\ud800", "x\ud83d\ude00\ud83d", "\ude00\ud83d\ude00"
                }) {
            assertEquals(
                    new StringBuilder(text).reverse().toString(),
                    new CowString(text).reverse().toString(),
                    text);
        }
    }

    @Test
    void nulls_appendAndInsert_writeNullAsStringBuilder() {
        CowString s = new CowString();
        s.append((String) null)
                .append((CharSequence) null)
                .append((Object) null)
                .append((StringBuffer) null)
                .insert(0, (String) null)
                .append((CharSequence) null, 1, 3);
        assertEquals("nullnullnullnullnullul", s.toString());
        assertThrows(NullPointerException.class, () -> s.append((char[]) null));
        assertThrows(NullPointerException.class, () -> s.replace(0, 1, null));
    }

    @Test
    void exceptions_sameClassesAsStringBuilder() {
        CowString s = new CowString("abc");
        assertThrows(StringIndexOutOfBoundsException.class, () -> s.charAt(3));
        assertThrows(StringIndexOutOfBoundsException.class, () -> s.delete(2, 1));
        assertThrows(StringIndexOutOfBoundsException.class, () -> s.insert(4, "x"));
        assertThrows(StringIndexOutOfBoundsException.class, () -> s.setLength(-1));
        assertThrows(StringIndexOutOfBoundsException.class, () -> s.substring(2, 1));
        assertThrows(StringIndexOutOfBoundsException.class, () -> s.codePointBefore(0));
        assertThrows(StringIndexOutOfBoundsException.class, () -> s.insert(0, new char[2], 1, 2));
        IndexOutOfBoundsException plain =
                assertThrows(IndexOutOfBoundsException.class, () -> s.append("xy", 1, 3));
        assertEquals(IndexOutOfBoundsException.class, plain.getClass());
        assertEquals(
                IndexOutOfBoundsException.class,
                assertThrows(IndexOutOfBoundsException.class, () -> s.codePointCount(2, 1))
                        .getClass());
        assertEquals(
                IndexOutOfBoundsException.class,
                assertThrows(
                                IndexOutOfBoundsException.class,
                                () -> s.getChars(0, 2, new char[1], 0))
                        .getClass());
        assertThrows(IllegalArgumentException.class, () -> s.appendCodePoint(-1));
        assertThrows(NegativeArraySizeException.class, () -> new CowString(-1));
        assertEquals("abc", s.toString(), "failed calls change nothing");
    }

    @Test
    void capacity_growsAsStringBuilder() {
        CowString s = new CowString();
        StringBuilder model = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            s.append('x');
            model.append('x');
            assertEquals(model.capacity(), s.capacity());
        }
        s.ensureCapacity(1000);
        model.ensureCapacity(1000);
        assertEquals(model.capacity(), s.capacity());
        s.trimToSize();
        model.trimToSize();
        assertEquals(model.capacity(), s.capacity());
    }
}
