package io.holstein.string;

import io.holstein.testing.Comparison;
import io.holstein.testing.Decisions;
import io.holstein.testing.Family;
import io.holstein.testing.ModelDriver;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.PrimitiveIterator;

/**
 * Drives a family of {@link CowString}s forked and sliced from one another, each beside a {@link
 * StringBuilder} model, through sequences of operations chosen by {@link Decisions}, and checks
 * after every step that each string equals its model and passes {@link
 * CowString#checkInvariants()}.
 *
 * <p>What it exercises:
 *
 * <ul>
 *   <li>every method {@code CowString} shares with {@code StringBuilder}, with arguments that are
 *       sometimes out of range or null: both sides must return equal values (a returned {@code
 *       this} on both sides counts as equal) or throw exceptions of the same class;
 *   <li>{@code fork}, {@code slice}, {@code trimToSize} and serialization on the members of the
 *       family; since every member has a model of its own, a write that showed on another member
 *       would break that member's equality with its model;
 *   <li>text drawn from ASCII, Latin-1, the BMP (with unpaired surrogates) and supplementary code
 *       points, so that storage widens in the middle of operations;
 *   <li>{@code chars()} and {@code codePoints()} iterators kept across steps, forks and writes of
 *       other members: each either yields exactly the chars its string held when it bound, or
 *       throws {@link ConcurrentModificationException} because that string was written.
 * </ul>
 *
 * <p>Capacities are compared on JDK 17 only, whose growth {@code CowString} mirrors. Later JDKs
 * grow differently in places ({@code StringBuilder} there grows less when it widens and grows in
 * one step, and reserves room before appending a {@code float} or {@code double}), so there
 * capacities are not compared.
 */
final class CowStringModelDriver extends ModelDriver {

    /** The largest family; a fork beyond it replaces a member, which is dropped unwritten. */
    static final int MAX_MEMBERS = 5;

    /** Above this length, operations that grow a string are not chosen. */
    static final int SOFT_MAX_LENGTH = 60;

    /** The most iterators kept per family. */
    static final int MAX_ITERATORS = 4;

    private static final boolean JDK17 = Runtime.version().feature() == 17;

    /** Code points per kind of text: ASCII, Latin-1, BMP, supplementary. */
    private static final int[][] ALPHABETS = {
        {'a', 'b', 'c', ' '},
        {'a', 'b', 0xE9, 0xFF, 0x80, 0},
        {'a', 0xE9, 0x100, 0x4E2D, 0xFFFF, 0xD800, 0xDC00},
        {'a', 0xE9, 0x1F600, 0x10000, 0x10FFFF, 0xDBFF},
    };

    private final List<Kept> kept = new ArrayList<>();

    // Dropped without a write: its count is never released, which must stay harmless.
    private final Family<Member> family =
            new Family<>(this, MAX_MEMBERS, gone -> kept.removeIf(k -> k.member == gone));

    CowStringModelDriver(Decisions d) {
        super(d, Comparison.between("CowString", "StringBuilder"));
    }

    @Override
    protected void start() {
        newMember();
    }

    // ------------------------------------------------------------------ family

    /** One string of the family and its model. */
    private static final class Member
            extends Family.Member<CharSequence, CowString, StringBuilder> {

        Member(String name, CowString holstein, StringBuilder model) {
            super(name, holstein, model);
        }

        boolean capacityMirrored() {
            return JDK17;
        }
    }

    /** An iterator over a member's chars or code points, and what it must yield if not stale. */
    private record Kept(
            Member member,
            PrimitiveIterator.OfInt it,
            String boundText,
            int[] expected,
            int consumed,
            int boundModCount,
            boolean codePoints,
            String name) {}

    private Member addMember(CowString cow, StringBuilder model) {
        return family.add(new Member("S" + nextId(), cow, model));
    }

    private void newMember() {
        String text = text(12);
        Member m;
        switch (d.nextInt(4)) {
            case 0 -> m = addMember(new CowString(), new StringBuilder());
            case 1 -> {
                int capacity = d.nextInt(0, 20);
                m = addMember(new CowString(capacity), new StringBuilder(capacity));
            }
            case 2 -> m = addMember(new CowString(text), new StringBuilder(text));
            default ->
                    m =
                            addMember(
                                    new CowString(CharBuffer.wrap(text)),
                                    new StringBuilder(CharBuffer.wrap(text)));
        }
        log("new " + m + " = " + quote(m.model));
    }

    // ------------------------------------------------------------------ checks

    @Override
    protected void checkAll() {
        for (Member m : family) {
            CowString cow = m.holstein;
            cow.checkInvariants();
            String expected = m.model.toString();
            check(
                    cow.length() == expected.length(),
                    m + ": length " + cow.length() + ", model " + expected.length());
            check(
                    cow.toString().equals(expected),
                    m + ": " + quote(cow) + ", model " + quote(expected));
            for (int i = 0; i < expected.length(); i++) {
                check(cow.charAt(i) == expected.charAt(i), m + ": charAt(" + i + ")");
            }
            check(cow.hashCode() == expected.hashCode(), m + ": hashCode");
            check(cow.contentEquals(expected), m + ": contentEquals its model's text");
            if (expected.chars().anyMatch(c -> c > 0xFF)) {
                check(cow.bytesPerChar() == 2, m + ": a char above Latin-1 in one-byte storage");
            }
            if (m.capacityMirrored()) {
                check(
                        cow.capacity() == m.model.capacity(),
                        m + ": capacity " + cow.capacity() + ", model " + m.model.capacity());
            }
        }
        family.checkCounts(
                m -> m.holstein.shares(), m -> m.holstein.value, m -> m.holstein.isShared());
        for (Member a : family) {
            for (Member b : family) {
                boolean same = a.model.toString().equals(b.model.toString());
                check(a.holstein.equals(b.holstein) == same, a + ".equals(" + b + ")");
                check(
                        Integer.signum(a.holstein.compareTo(b.holstein))
                                == Integer.signum(a.model.compareTo(b.model)),
                        a + ".compareTo(" + b + ")");
            }
            check(!a.holstein.equals(a.model.toString()), a + " equals a String");
        }
    }

    // ------------------------------------------------------------------ both sides

    private interface CowOp {
        Object apply(CowString s) throws Exception;
    }

    private interface ModelOp {
        Object apply(StringBuilder s) throws Exception;
    }

    private static final Object THIS =
            new Object() {
                @Override
                public String toString() {
                    return "this";
                }
            };

    private static Object normalize(Object self, Object value) {
        if (value == self) {
            return THIS;
        }
        if (value instanceof int[]) {
            return Arrays.toString((int[]) value);
        }
        if (value instanceof char[]) {
            return String.valueOf((char[]) value);
        }
        if (value instanceof CharSequence) {
            return value.toString();
        }
        return value;
    }

    /**
     * Runs {@code c} on the member's {@code CowString} and {@code s} on its model, and checks that
     * both returned equal values or threw exceptions of the same class.
     */
    private void both(Member m, String what, CowOp c, ModelOp s) {
        String name = m + "." + what;
        log(name);
        if (m.holstein.isShared()) {
            cover("operation on shared storage");
        }
        compare(
                name,
                () -> normalize(m.holstein, c.apply(m.holstein)),
                () -> normalize(m.model, s.apply(m.model)));
    }

    // ------------------------------------------------------------------ choices

    private int codePoint(int kind) {
        // Mostly the text's own kind, sometimes another, so that widening happens mid-text.
        int k = d.oneIn(6) ? d.nextInt(ALPHABETS.length) : kind;
        int[] alphabet = ALPHABETS[k];
        return alphabet[d.nextInt(alphabet.length)];
    }

    private String text(int maxLength) {
        int kind = d.nextInt(ALPHABETS.length);
        int n = d.nextInt(0, maxLength);
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.appendCodePoint(codePoint(kind));
        }
        return sb.toString();
    }

    private char aChar() {
        return (char) codePoint(d.nextInt(ALPHABETS.length - 1));
    }

    /** An index: usually in [0, bound), sometimes just or far outside. */
    private int index(int bound) {
        if (bound <= 0 || d.oneIn(10)) {
            return d.pick(List.of(-1, bound, bound + 1, Integer.MIN_VALUE, Integer.MAX_VALUE));
        }
        return d.nextInt(bound);
    }

    /** A position: usually in [0, bound], sometimes outside. */
    private int position(int bound) {
        return d.oneIn(10)
                ? d.pick(List.of(-1, bound + 1, Integer.MIN_VALUE, Integer.MAX_VALUE))
                : d.nextInt(bound + 1);
    }

    /** A range [start, end) within [0, bound], sometimes invalid. */
    private int[] range(int bound) {
        if (d.oneIn(10)) {
            return new int[] {position(bound), position(bound)};
        }
        int start = d.nextInt(bound + 1);
        return new int[] {start, start + d.nextInt(bound - start + 1)};
    }

    /**
     * A text argument for both sides: the same String, null, a foreign CharSequence, or a member.
     */
    private record Arg(CharSequence holstein, CharSequence model, String shown) {}

    private Arg argument(Member self, boolean maySelf) {
        switch (d.weighted(6, 1, 2, 3)) {
            case 0 -> {
                String t = text(8);
                return new Arg(t, t, quote(t));
            }
            case 1 -> {
                return new Arg(null, null, "null");
            }
            case 2 -> {
                String t = text(8);
                return new Arg(CharBuffer.wrap(t), CharBuffer.wrap(t), "CharBuffer " + quote(t));
            }
            default -> {
                Member other = family.pick();
                if (other == self && !maySelf) {
                    String t = self.model.toString();
                    return new Arg(t, t, quote(t));
                }
                cover(other == self ? "own text as argument" : "another member as argument");
                return new Arg(other.holstein, other.model, other.toString());
            }
        }
    }

    private static String quote(CharSequence s) {
        StringBuilder out = new StringBuilder("\"");
        s.chars()
                .forEach(
                        c -> {
                            if (c >= 0x20 && c < 0x7F) {
                                out.append((char) c);
                            } else {
                                out.append(String.format("\\u%04X", c));
                            }
                        });
        return out.append('"').toString();
    }

    // ------------------------------------------------------------------ steps

    @Override
    protected void step() {
        Member m = family.pick();
        switch (d.weighted(35, 25, 20, 8, 6)) {
            case 0 -> writeStep(m);
            case 1 -> readStep(m);
            case 2 -> insertStep(m);
            case 3 -> familyStep(m);
            default -> iteratorStep(m);
        }
    }

    private void writeStep(Member m) {
        int n = m.model.length();
        boolean grow = n < SOFT_MAX_LENGTH;
        switch (d.weighted(
                grow ? 5 : 0,
                grow ? 2 : 0,
                grow ? 3 : 0,
                grow ? 2 : 0,
                grow ? 3 : 0,
                grow ? 2 : 0,
                4,
                3,
                4,
                4,
                3,
                2,
                2,
                2,
                2)) {
            case 0 -> {
                char c = aChar();
                both(
                        m,
                        "append('" + quote(String.valueOf(c)) + "')",
                        s -> s.append(c),
                        s -> s.append(c));
            }
            case 1 -> {
                int cp =
                        d.oneIn(6)
                                ? d.pick(List.of(-1, 0x110000, Integer.MIN_VALUE))
                                : codePoint(d.nextInt(4));
                both(
                        m,
                        "appendCodePoint(" + Integer.toHexString(cp) + ")",
                        s -> s.appendCodePoint(cp),
                        s -> s.appendCodePoint(cp));
            }
            case 2 -> {
                Arg a = argument(m, true);
                switch (d.nextInt(4)) {
                    case 0 ->
                            both(
                                    m,
                                    "append((CharSequence) " + a.shown + ")",
                                    s -> s.append(a.holstein),
                                    s -> s.append(a.model));
                    case 1 -> {
                        String t = a.model == null ? null : a.model.toString();
                        both(
                                m,
                                "append((String) " + a.shown + ")",
                                s -> s.append(t),
                                s -> s.append(t));
                    }
                    case 2 -> {
                        StringBuffer t = a.model == null ? null : new StringBuffer(a.model);
                        both(
                                m,
                                "append((StringBuffer) " + a.shown + ")",
                                s -> s.append(t),
                                s -> s.append(t));
                    }
                    default ->
                            both(
                                    m,
                                    "append((Object) " + a.shown + ")",
                                    s -> s.append((Object) a.holstein),
                                    s -> s.append((Object) a.model));
                }
            }
            case 3 -> {
                Arg a = argument(m, true);
                int[] r = range(a.model == null ? 4 : a.model.length());
                both(
                        m,
                        "append(" + a.shown + ", " + r[0] + ", " + r[1] + ")",
                        s -> s.append(a.holstein, r[0], r[1]),
                        s -> s.append(a.model, r[0], r[1]));
            }
            case 4 -> {
                char[] chars = d.oneIn(12) ? null : text(8).toCharArray();
                if (d.nextBoolean()) {
                    both(m, "append(char[])", s -> s.append(chars), s -> s.append(chars));
                } else {
                    int[] r = range(chars == null ? 3 : chars.length);
                    int len = r[1] - r[0];
                    both(
                            m,
                            "append(char[], " + r[0] + ", " + len + ")",
                            s -> s.append(chars, r[0], len),
                            s -> s.append(chars, r[0], len));
                }
            }
            case 5 -> {
                switch (d.nextInt(5)) {
                    case 0 -> {
                        boolean b = d.nextBoolean();
                        both(m, "append(" + b + ")", s -> s.append(b), s -> s.append(b));
                    }
                    case 1 -> {
                        int i = d.pick(List.of(0, -7, 42, Integer.MIN_VALUE));
                        both(m, "append(" + i + ")", s -> s.append(i), s -> s.append(i));
                    }
                    case 2 -> {
                        long l = d.pick(List.of(0L, -7L, Long.MAX_VALUE));
                        both(m, "append(" + l + "L)", s -> s.append(l), s -> s.append(l));
                    }
                    case 3 -> {
                        float f = d.pick(List.of(0f, -1.5f, Float.NaN, 1e10f));
                        both(m, "append(" + f + "f)", s -> s.append(f), s -> s.append(f));
                    }
                    default -> {
                        double x = d.pick(List.of(0d, -1.5d, Double.NEGATIVE_INFINITY, 1e-300));
                        both(m, "append(" + x + "d)", s -> s.append(x), s -> s.append(x));
                    }
                }
            }
            case 6 -> {
                int[] r = range(n);
                int end = d.oneIn(5) ? n + d.nextInt(1, 5) : r[1];
                both(
                        m,
                        "delete(" + r[0] + ", " + end + ")",
                        s -> s.delete(r[0], end),
                        s -> s.delete(r[0], end));
            }
            case 7 -> {
                int i = index(n);
                both(m, "deleteCharAt(" + i + ")", s -> s.deleteCharAt(i), s -> s.deleteCharAt(i));
            }
            case 8 -> {
                int[] r = range(n);
                int end = d.oneIn(5) ? n + d.nextInt(1, 5) : r[1];
                String t = d.oneIn(15) ? null : text(6);
                both(
                        m,
                        "replace("
                                + r[0]
                                + ", "
                                + end
                                + ", "
                                + (t == null ? "null" : quote(t))
                                + ")",
                        s -> s.replace(r[0], end, t),
                        s -> s.replace(r[0], end, t));
            }
            case 9 -> {
                int i = index(n);
                char c = aChar();
                both(
                        m,
                        "setCharAt(" + i + ", '" + quote(String.valueOf(c)) + "')",
                        s -> {
                            s.setCharAt(i, c);
                            return null;
                        },
                        s -> {
                            s.setCharAt(i, c);
                            return null;
                        });
            }
            case 10 -> {
                int len = d.oneIn(10) ? -1 : d.nextInt(0, grow ? n + 5 : n);
                both(
                        m,
                        "setLength(" + len + ")",
                        s -> {
                            s.setLength(len);
                            return null;
                        },
                        s -> {
                            s.setLength(len);
                            return null;
                        });
            }
            case 11 -> both(m, "reverse()", CowString::reverse, StringBuilder::reverse);
            case 12 -> {
                // Growing past the capacity doubles it: only while it is small, or a long run
                // (or a fuzzer) would allocate gigabytes.
                int cap = m.model.capacity();
                int min = d.pick(List.of(-1, 0, n, n + 1, n + 40, cap < 1000 ? cap + 1 : cap));
                both(
                        m,
                        "ensureCapacity(" + min + ")",
                        s -> {
                            s.ensureCapacity(min);
                            return null;
                        },
                        s -> {
                            s.ensureCapacity(min);
                            return null;
                        });
            }
            case 13 -> {
                both(
                        m,
                        "trimToSize()",
                        s -> {
                            s.trimToSize();
                            return null;
                        },
                        s -> {
                            s.trimToSize();
                            return null;
                        });
                check(!m.holstein.isShared(), m + ": shared after trimToSize");
                check(
                        m.holstein.value.length == m.holstein.length() * m.holstein.bytesPerChar(),
                        m + ": buffer larger than its text after trimToSize");
                check(
                        m.holstein.bytesPerChar() == 1 || m.model.chars().anyMatch(c -> c > 0xFF),
                        m + ": Latin-1 text in two-byte storage after trimToSize");
            }
            default -> both(m, "toString()", CowString::toString, StringBuilder::toString);
        }
    }

    private void insertStep(Member m) {
        int n = m.model.length();
        if (n >= SOFT_MAX_LENGTH) {
            both(m, "delete(0, " + (n / 2) + ")", s -> s.delete(0, n / 2), s -> s.delete(0, n / 2));
            return;
        }
        int at = position(n);
        switch (d.nextInt(9)) {
            case 0 -> {
                char c = aChar();
                both(
                        m,
                        "insert(" + at + ", '" + quote(String.valueOf(c)) + "')",
                        s -> s.insert(at, c),
                        s -> s.insert(at, c));
            }
            case 1 -> {
                Arg a = argument(m, false);
                String t = a.model == null ? null : a.model.toString();
                both(
                        m,
                        "insert(" + at + ", (String) " + a.shown + ")",
                        s -> s.insert(at, t),
                        s -> s.insert(at, t));
            }
            case 2 -> {
                Arg a = argument(m, false);
                both(
                        m,
                        "insert(" + at + ", (CharSequence) " + a.shown + ")",
                        s -> s.insert(at, a.holstein),
                        s -> s.insert(at, a.model));
            }
            case 3 -> {
                Arg a = argument(m, false);
                int[] r = range(a.model == null ? 4 : a.model.length());
                both(
                        m,
                        "insert(" + at + ", " + a.shown + ", " + r[0] + ", " + r[1] + ")",
                        s -> s.insert(at, a.holstein, r[0], r[1]),
                        s -> s.insert(at, a.model, r[0], r[1]));
            }
            case 4 -> {
                char[] chars = d.oneIn(12) ? null : text(6).toCharArray();
                both(
                        m,
                        "insert(" + at + ", char[])",
                        s -> s.insert(at, chars),
                        s -> s.insert(at, chars));
            }
            case 5 -> {
                char[] chars = d.oneIn(12) ? null : text(6).toCharArray();
                int[] r = range(chars == null ? 3 : chars.length);
                int len = r[1] - r[0];
                both(
                        m,
                        "insert(" + at + ", char[], " + r[0] + ", " + len + ")",
                        s -> s.insert(at, chars, r[0], len),
                        s -> s.insert(at, chars, r[0], len));
            }
            case 6 -> {
                Arg a = argument(m, false);
                both(
                        m,
                        "insert(" + at + ", (Object) " + a.shown + ")",
                        s -> s.insert(at, (Object) a.model),
                        s -> s.insert(at, (Object) a.model));
            }
            case 7 -> {
                switch (d.nextInt(3)) {
                    case 0 -> {
                        boolean b = d.nextBoolean();
                        both(
                                m,
                                "insert(" + at + ", " + b + ")",
                                s -> s.insert(at, b),
                                s -> s.insert(at, b));
                    }
                    case 1 -> {
                        int i = d.pick(List.of(0, -7, Integer.MAX_VALUE));
                        both(
                                m,
                                "insert(" + at + ", " + i + ")",
                                s -> s.insert(at, i),
                                s -> s.insert(at, i));
                    }
                    default -> {
                        long l = d.pick(List.of(0L, Long.MIN_VALUE));
                        both(
                                m,
                                "insert(" + at + ", " + l + "L)",
                                s -> s.insert(at, l),
                                s -> s.insert(at, l));
                    }
                }
            }
            default -> {
                if (d.nextBoolean()) {
                    float f = d.pick(List.of(0.5f, Float.POSITIVE_INFINITY));
                    both(
                            m,
                            "insert(" + at + ", " + f + "f)",
                            s -> s.insert(at, f),
                            s -> s.insert(at, f));
                } else {
                    double x = d.pick(List.of(-0.0d, Double.NaN, 123456789.125d));
                    both(
                            m,
                            "insert(" + at + ", " + x + "d)",
                            s -> s.insert(at, x),
                            s -> s.insert(at, x));
                }
            }
        }
    }

    private void readStep(Member m) {
        int n = m.model.length();
        switch (d.nextInt(15)) {
            case 0 -> {
                int i = index(n);
                both(m, "charAt(" + i + ")", s -> s.charAt(i), s -> s.charAt(i));
            }
            case 1 -> {
                int i = index(n);
                both(m, "codePointAt(" + i + ")", s -> s.codePointAt(i), s -> s.codePointAt(i));
            }
            case 2 -> {
                int i = index(n + 1);
                both(
                        m,
                        "codePointBefore(" + i + ")",
                        s -> s.codePointBefore(i),
                        s -> s.codePointBefore(i));
            }
            case 3 -> {
                int[] r = range(n);
                both(
                        m,
                        "codePointCount(" + r[0] + ", " + r[1] + ")",
                        s -> s.codePointCount(r[0], r[1]),
                        s -> s.codePointCount(r[0], r[1]));
            }
            case 4 -> {
                int i = position(n);
                int by = d.nextInt(-4, 4);
                both(
                        m,
                        "offsetByCodePoints(" + i + ", " + by + ")",
                        s -> s.offsetByCodePoints(i, by),
                        s -> s.offsetByCodePoints(i, by));
            }
            case 5 -> {
                int[] r = range(n);
                if (d.nextBoolean()) {
                    both(
                            m,
                            "substring(" + r[0] + ", " + r[1] + ")",
                            s -> s.substring(r[0], r[1]),
                            s -> s.substring(r[0], r[1]));
                } else if (d.nextBoolean()) {
                    both(
                            m,
                            "subSequence(" + r[0] + ", " + r[1] + ")",
                            s -> s.subSequence(r[0], r[1]),
                            s -> s.subSequence(r[0], r[1]));
                } else {
                    both(
                            m,
                            "substring(" + r[0] + ")",
                            s -> s.substring(r[0]),
                            s -> s.substring(r[0]));
                }
            }
            case 6, 7 -> {
                String t = d.oneIn(15) ? null : needle(m);
                int from = d.oneIn(3) ? Integer.MIN_VALUE : d.nextInt(-2, n + 2);
                String shown = t == null ? "null" : quote(t);
                switch (d.nextInt(4)) {
                    case 0 ->
                            both(m, "indexOf(" + shown + ")", s -> s.indexOf(t), s -> s.indexOf(t));
                    case 1 ->
                            both(
                                    m,
                                    "indexOf(" + shown + ", " + from + ")",
                                    s -> s.indexOf(t, from),
                                    s -> s.indexOf(t, from));
                    case 2 ->
                            both(
                                    m,
                                    "lastIndexOf(" + shown + ")",
                                    s -> s.lastIndexOf(t),
                                    s -> s.lastIndexOf(t));
                    default ->
                            both(
                                    m,
                                    "lastIndexOf(" + shown + ", " + from + ")",
                                    s -> s.lastIndexOf(t, from),
                                    s -> s.lastIndexOf(t, from));
                }
            }
            case 8 -> both(m, "chars()", s -> s.chars().toArray(), s -> s.chars().toArray());
            case 9 ->
                    both(
                            m,
                            "codePoints()",
                            s -> s.codePoints().toArray(),
                            s -> s.codePoints().toArray());
            case 10 -> {
                int[] src = range(n);
                char[] cowDst = d.oneIn(15) ? null : new char[d.nextInt(0, 8)];
                char[] modelDst = cowDst == null ? null : cowDst.clone();
                int at = d.nextInt(-1, 4);
                both(
                        m,
                        "getChars("
                                + src[0]
                                + ", "
                                + src[1]
                                + ", char["
                                + (cowDst == null ? "null" : cowDst.length)
                                + "], "
                                + at
                                + ")",
                        s -> {
                            s.getChars(src[0], src[1], cowDst, at);
                            return cowDst;
                        },
                        s -> {
                            s.getChars(src[0], src[1], modelDst, at);
                            return modelDst;
                        });
            }
            case 11 -> {
                Member other = family.pick();
                both(
                        m,
                        "compareTo(" + other + ")",
                        s -> s.compareTo(other.holstein),
                        s -> s.compareTo(other.model));
            }
            case 12 -> both(m, "isEmpty()", CowString::isEmpty, StringBuilder::isEmpty);
            case 13 ->
                    both(
                            m,
                            "capacity() and length()",
                            s -> List.of(s.length(), m.capacityMirrored() ? s.capacity() : -1),
                            s -> List.of(s.length(), m.capacityMirrored() ? s.capacity() : -1));
            default -> {
                Arg a = argument(m, true);
                log(m + ".contentEquals(" + a.shown + ")");
                if (a.holstein == null) {
                    boolean threw = false;
                    try {
                        m.holstein.contentEquals(null);
                    } catch (NullPointerException e) {
                        threw = true;
                    }
                    check(
                            threw,
                            "contentEquals(null) must throw NullPointerException, as String's does");
                } else {
                    check(
                            m.holstein.contentEquals(a.holstein)
                                    == m.model.toString().contentEquals(a.model),
                            m + ".contentEquals(" + a.shown + ")");
                }
            }
        }
    }

    /** A text to search for: often a piece of the member's own text, so that it is found. */
    private String needle(Member m) {
        String t = m.model.toString();
        if (t.isEmpty() || d.oneIn(3)) {
            return text(2);
        }
        int from = d.nextInt(t.length());
        return t.substring(from, from + d.nextInt(Math.min(3, t.length() - from) + 1));
    }

    private void familyStep(Member m) {
        switch (d.weighted(5, 5, 1)) {
            case 0 -> {
                CowString f = m.holstein.fork();
                StringBuilder model = new StringBuilder(m.model.capacity()).append(m.model);
                Member fork = addMember(f, model);
                check(f.isShared() && m.holstein.isShared(), "a fork shares its source's storage");
                log("fork " + m + " into " + fork);
                cover("fork");
            }
            case 1 -> {
                int n = m.model.length();
                int[] r = range(n);
                log(m + ".slice(" + r[0] + ", " + r[1] + ")");
                CowString slice;
                try {
                    slice = m.holstein.slice(r[0], r[1]);
                } catch (IndexOutOfBoundsException e) {
                    check(
                            r[0] < 0 || r[1] > n || r[0] > r[1],
                            "slice(" + r[0] + ", " + r[1] + ") threw " + e);
                    cover("slice out of range");
                    return;
                }
                check(
                        r[0] >= 0 && r[1] <= n && r[0] <= r[1],
                        "slice(" + r[0] + ", " + r[1] + ") did not throw");
                check(slice.value == m.holstein.value, "a slice shares its source's buffer");
                StringBuilder model = new StringBuilder(r[1] - r[0]).append(m.model, r[0], r[1]);
                Member s = addMember(slice, model);
                log("  into " + s);
                cover("slice");
            }
            default -> {
                CowString copy = roundTrip(m.holstein);
                String text = m.model.toString();
                check(!copy.isShared(), "a deserialized string shares nothing");
                Member c = addMember(copy, new StringBuilder(text.length()).append(text));
                log("new " + c + " = " + m + " serialized and read back");
                cover("serialization round trip");
            }
        }
    }

    /** Creates an iterator over a member's chars, or advances one kept earlier. */
    private void iteratorStep(Member m) {
        if (!kept.isEmpty() && (kept.size() == MAX_ITERATORS || d.nextBoolean())) {
            Kept k = kept.remove(d.nextInt(kept.size()));
            useKept(k);
            return;
        }
        boolean codePoints = d.nextBoolean();
        PrimitiveIterator.OfInt it =
                codePoints ? m.holstein.codePoints().iterator() : m.holstein.chars().iterator();
        String text = m.model.toString();
        int[] expected = codePoints ? text.codePoints().toArray() : text.chars().toArray();
        int consumed = 0;
        // Bind it now: a stream binds at its first traversal.
        if (expected.length > 0) {
            check(
                    it.hasNext(),
                    m + ": " + (codePoints ? "codePoints" : "chars") + " iterator empty");
            check(it.nextInt() == expected[0], m + ": first of iterator");
            consumed = 1;
        }
        String name = m + (codePoints ? ".codePoints()" : ".chars()") + " iterator";
        log("keep " + name);
        kept.add(new Kept(m, it, text, expected, consumed, m.holstein.modCount, codePoints, name));
    }

    private void useKept(Kept k) {
        log("use " + k.name);
        String now = k.member.model.toString();
        boolean bound = k.consumed > 0;
        boolean written = bound && k.member.holstein.modCount != k.boundModCount;
        if (bound && !written) {
            check(now.equals(k.boundText), k.name + ": text changed without a write being counted");
        }
        int[] rest =
                !bound
                        ? (k.codePoints ? now.codePoints() : now.chars()).toArray()
                        : Arrays.copyOfRange(k.expected, k.consumed, k.expected.length);
        List<Integer> seen = new ArrayList<>();
        try {
            while (k.it.hasNext()) {
                seen.add(k.it.nextInt());
            }
        } catch (ConcurrentModificationException e) {
            check(written, k.name + " threw, but its string was not written: " + e);
            cover("stale iterator failed fast");
            return;
        }
        check(!written, k.name + " did not fail fast after its string was written");
        check(
                seen.equals(Arrays.stream(rest).boxed().toList()),
                k.name + " yielded " + seen + ", expected " + Arrays.toString(rest));
        cover(bound ? "iterator read after other members were written" : "iterator bound late");
    }
}
