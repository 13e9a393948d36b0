package io.holstein.string;

import io.holstein.testing.Comparison;
import io.holstein.testing.Comparison.Difference;
import io.holstein.testing.Decisions;
import io.holstein.testing.ModelDriver;
import io.holstein.testing.Outcome;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Spliterator;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Drives {@link Rope} through sequences of operations chosen by {@link Decisions}, each applied to
 * a rope and to a {@code String} model, and checks that both give the same text, the same return
 * values and the same exception classes. Every version ever made is kept with its model and checked
 * again in full at the end, which shows that no later edit, build or shared subtree changed an
 * earlier version.
 *
 * <p>Operations: {@code of}, {@code concat} (of text and of other versions, including a version
 * with itself), {@code insert}, {@code delete}, {@code replace}, {@code substring}, {@code
 * subSequence}, {@code charAt}, {@code indexOf}, {@code chars} (also split), {@code codePoints},
 * {@code writeTo}, {@code equals}, {@code hashCode}, {@code compareTo}, serialization, and a {@link
 * Rope.Builder} beside a {@code StringBuilder} model that keeps appending after each {@code
 * build()}. Indices stray out of range and text arguments are sometimes {@code null}. Text is drawn
 * from ASCII, Latin-1, the BMP (unpaired surrogates included) and supplementary code points, from a
 * few chars to several chunks.
 *
 * <p>A failure names its step and the steps before it; {@code -Dholstein.traceLength=N} keeps the
 * last N steps (default 40).
 */
final class RopeModelDriver extends ModelDriver {

    /** Above this length, operations that grow a version are not chosen. */
    static final int SOFT_MAX_LENGTH = 16_000;

    /** One version and its model. */
    private record Version(int id, Rope rope, String model) {
        @Override
        public String toString() {
            return "V" + id + "(" + model.length() + " chars)";
        }
    }

    private final List<Version> versions = new ArrayList<>();

    private Rope.Builder builder = Rope.builder();

    private StringBuilder builderModel = new StringBuilder();

    RopeModelDriver(Decisions d) {
        super(d, Comparison.between("Rope", "String"));
    }

    @Override
    protected void start() {
        add(Rope.empty(), "", "empty()");
    }

    @Override
    protected void step() {
        oneStep();
    }

    @Override
    protected void finish() {
        for (Version v : versions) {
            checkFully(v);
        }
    }

    // ------------------------------------------------------------------ versions and checks

    private Version pickVersion() {
        // Mostly the latest, so edits pile up on one line of versions; sometimes an old one.
        return d.oneIn(3)
                ? versions.get(d.nextInt(versions.size()))
                : versions.get(versions.size() - 1);
    }

    private void add(Rope rope, String model, String how) {
        Version v = new Version(versions.size(), rope, model);
        log(v + " = " + how);
        checkQuickly(v);
        versions.add(v);
        if (rope.root != null && rope.root.height() >= 2) {
            cover("tree of height 2 or more");
        }
    }

    /** After each step: invariants, text, and a few random reads. */
    private void checkQuickly(Version v) {
        v.rope.checkInvariants();
        check(v.rope.length() == v.model.length(), v + ": length " + v.rope.length());
        String text = v.rope.toString();
        check(text.equals(v.model), v + ": toString differs from the model");
        for (int k = 0; k < 4 && !v.model.isEmpty(); k++) {
            int i = d.nextInt(v.model.length());
            check(v.rope.charAt(i) == v.model.charAt(i), v + ": charAt(" + i + ")");
        }
    }

    /** At the end: every read, sequential and random. */
    private void checkFully(Version v) {
        checkQuickly(v);
        Rope r = v.rope;
        String m = v.model;
        for (int i = 0; i < m.length(); i++) {
            check(r.charAt(i) == m.charAt(i), v + ": charAt(" + i + ") reading forwards");
        }
        for (int i = m.length() - 1; i >= 0; i -= 1 + i % 3) {
            check(r.charAt(i) == m.charAt(i), v + ": charAt(" + i + ") reading backwards");
        }
        check(Arrays.equals(r.chars().toArray(), m.chars().toArray()), v + ": chars()");
        check(
                Arrays.equals(r.codePoints().toArray(), m.codePoints().toArray()),
                v + ": codePoints()");
        check(r.hashCode() == m.hashCode(), v + ": hashCode");
        StringBuilder out = new StringBuilder();
        try {
            r.writeTo(out);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        check(out.toString().equals(m), v + ": writeTo");
    }

    // ------------------------------------------------------------------ steps

    private void oneStep() {
        Version v = pickVersion();
        boolean big = v.model.length() > SOFT_MAX_LENGTH;
        switch (d.weighted(3, big ? 0 : 6, big ? 0 : 10, 8, 5, 5, 5, 4, 3, 3, 3, 4, 5, 2, 1)) {
            case 0 -> of();
            case 1 -> concat(v);
            case 2 -> insert(v);
            case 3 -> delete(v);
            case 4 -> replace(v);
            case 5 -> substring(v);
            case 6 -> charAt(v);
            case 7 -> indexOf(v);
            case 8 -> streams(v);
            case 9 -> split(v);
            case 10 -> compare(v, pickVersion());
            case 11 -> builderAppend();
            case 12 -> builderBuild();
            case 13 -> nulls(v);
            default -> serialize(v);
        }
    }

    /**
     * Applies an edit to both sides: either both throw the same exception class, or the new rope
     * matches the new model and is kept as a version.
     */
    private void edit(String how, Supplier<String> model, Supplier<Rope> rope) {
        Outcome r = Outcome.of(rope::get);
        Outcome m = Outcome.of(model::get);
        if (r.threw() || m.threw()) {
            compare(how, r, m, Difference.NONE);
            log(how + " " + m);
            return;
        }
        add((Rope) r.value(), (String) m.value(), how);
    }

    /** Compares a read on both sides: equal values or the same exception class. */
    private void read(String how, Supplier<?> model, Supplier<?> rope) {
        log(how + " " + compare(how, rope::get, model::get).model());
    }

    /** An index in {@code [-1, length + 1]}, mostly in range. */
    private int index(int length) {
        length = Math.max(length, 0);
        if (d.oneIn(12)) {
            return d.nextBoolean() ? -1 - d.nextInt(2) : length + 1 + d.nextInt(2);
        }
        return d.nextInt(0, length);
    }

    private void of() {
        String text = text();
        CharSequence source = d.nextBoolean() ? text : new StringBuilder(text);
        edit("of(" + describe(text) + ")", () -> text, () -> Rope.of(source));
    }

    private void concat(Version v) {
        if (d.nextBoolean()) {
            Version w = d.oneIn(4) ? v : pickVersion();
            cover(w == v ? "concat with itself" : "concat of two ropes");
            edit(
                    v + ".concat(" + w + ")",
                    () -> v.model.concat(w.model),
                    () -> v.rope.concat(w.rope));
        } else {
            String text = text();
            edit(
                    v + ".concat(" + describe(text) + ")",
                    () -> v.model.concat(text),
                    () -> v.rope.concat(text));
        }
    }

    private CharSequence argument(String text) {
        return switch (d.nextInt(3)) {
            case 0 -> text;
            case 1 -> Rope.of(text);
            default -> new StringBuilder(text);
        };
    }

    private void insert(Version v) {
        int i = index(v.model.length());
        String text = d.oneIn(5) ? pickVersion().model : text();
        CharSequence arg = argument(text);
        edit(
                v + ".insert(" + i + ", " + describe(text) + ")",
                () -> new StringBuilder(v.model).insert(i, text).toString(),
                () -> v.rope.insert(i, arg));
    }

    private void delete(Version v) {
        int from = index(v.model.length());
        int to = d.oneIn(10) ? from - 1 : from + index(v.model.length() - Math.max(from, 0));
        edit(
                v + ".delete(" + from + ", " + to + ")",
                () ->
                        v.model.substring(0, from)
                                + v.model.substring(from, to).substring(to - from)
                                + v.model.substring(to),
                () -> v.rope.delete(from, to));
    }

    private void replace(Version v) {
        int from = index(v.model.length());
        int to = d.oneIn(10) ? from - 1 : from + index(v.model.length() - Math.max(from, 0));
        String text = text();
        CharSequence arg = argument(text);
        edit(
                v + ".replace(" + from + ", " + to + ", " + describe(text) + ")",
                () ->
                        v.model.substring(0, from)
                                + v.model.substring(from, to).substring(to - from)
                                + text
                                + v.model.substring(to),
                () -> v.rope.replace(from, to, arg));
    }

    private void substring(Version v) {
        int from = index(v.model.length());
        int to = d.oneIn(10) ? from - 1 : from + index(v.model.length() - Math.max(from, 0));
        boolean sub = d.nextBoolean();
        edit(
                v + (sub ? ".subSequence(" : ".substring(") + from + ", " + to + ")",
                () -> v.model.substring(from, to),
                () -> sub ? (Rope) v.rope.subSequence(from, to) : v.rope.substring(from, to));
    }

    private void charAt(Version v) {
        int i = index(v.model.length() - 1);
        read(v + ".charAt(" + i + ")", () -> v.model.charAt(i), () -> v.rope.charAt(i));
    }

    private void indexOf(Version v) {
        String needle;
        if (!v.model.isEmpty() && d.nextBoolean()) {
            int from = d.nextInt(v.model.length());
            needle = v.model.substring(from, Math.min(v.model.length(), from + d.nextInt(0, 6)));
        } else {
            needle = smallText(d.nextInt(0, 3));
        }
        if (d.nextBoolean()) {
            read(
                    v + ".indexOf(" + describe(needle) + ")",
                    () -> v.model.indexOf(needle),
                    () -> v.rope.indexOf(new StringBuilder(needle)));
        } else {
            int from = d.nextInt(-2, v.model.length() + 2);
            read(
                    v + ".indexOf(" + describe(needle) + ", " + from + ")",
                    () -> v.model.indexOf(needle, from),
                    () -> v.rope.indexOf(Rope.of(needle), from));
        }
        cover(v.model.contains(needle) ? "indexOf found" : "indexOf not found");
    }

    private void streams(Version v) {
        int skip = d.nextInt(0, v.model.length());
        read(
                v + ".chars().skip(" + skip + ")",
                () -> Arrays.toString(v.model.chars().skip(skip).toArray()),
                () -> Arrays.toString(v.rope.chars().skip(skip).toArray()));
        read(
                v + ".codePoints()",
                () -> Arrays.toString(v.model.codePoints().toArray()),
                () -> Arrays.toString(v.rope.codePoints().toArray()));
        if (v.model.codePoints().count() < v.model.length()) {
            cover("surrogate pairs");
        }
    }

    /** Splits the chars spliterator and reads both halves, partly one char at a time. */
    private void split(Version v) {
        Spliterator.OfInt right = v.rope.chars().spliterator();
        check(
                right.hasCharacteristics(
                        Spliterator.SIZED
                                | Spliterator.SUBSIZED
                                | Spliterator.ORDERED
                                | Spliterator.IMMUTABLE),
                "chars() characteristics");
        StringBuilder seen = new StringBuilder();
        Spliterator.OfInt left = right.trySplit();
        if (left != null) {
            cover("chars spliterator split");
            check(left.estimateSize() + right.estimateSize() == v.model.length(), "split sizes");
            int steps = d.nextInt(0, 3);
            for (int k = 0; k < steps && left.tryAdvance((int c) -> seen.append((char) c)); k++) {
                // one char at a time
            }
            left.forEachRemaining((int c) -> seen.append((char) c));
        }
        while (d.oneIn(3) && right.tryAdvance((int c) -> seen.append((char) c))) {
            // one char at a time
        }
        right.forEachRemaining((int c) -> seen.append((char) c));
        check(!right.tryAdvance((int c) -> seen.append('!')), "tryAdvance after the end");
        check(seen.toString().equals(v.model), v + ": split traversal");
        log(v + ".chars() split and traversed");
    }

    private void compare(Version v, Version w) {
        read(v + ".equals(" + w + ")", () -> v.model.equals(w.model), () -> v.rope.equals(w.rope));
        read(
                v + ".compareTo(" + w + ")",
                () -> v.model.compareTo(w.model),
                () -> v.rope.compareTo(w.rope));
        read(v + ".hashCode()", () -> v.model.hashCode(), () -> v.rope.hashCode());
        Rope copy = Rope.of(new StringBuilder(v.model));
        check(
                v.rope.equals(copy) && copy.equals(v.rope) && copy.hashCode() == v.rope.hashCode(),
                v + ": equal to a rope of the same text built apart");
        check(!v.rope.equals(v.model), v + ": a rope never equals a String");
        if (v != w && v.model.equals(w.model)) {
            cover("equal versions made apart");
        }
    }

    private void builderAppend() {
        switch (d.nextInt(4)) {
            case 0 -> {
                char c = (char) codePointOrUnit();
                builder.append(c);
                builderModel.append(c);
                log("builder.append('" + (int) c + "')");
            }
            case 1 -> {
                Version w = pickVersion();
                builder.append(w.rope);
                builderModel.append(w.model);
                log("builder.append(" + w + ")");
                cover("builder appended a rope");
            }
            default -> {
                String text = text();
                builder.append(d.nextBoolean() ? text : new StringBuilder(text));
                builderModel.append(text);
                log("builder.append(" + describe(text) + ")");
            }
        }
        check(builder.length() == builderModel.length(), "builder length");
        if (builderModel.length() > 4 * SOFT_MAX_LENGTH) {
            builder = Rope.builder();
            builderModel = new StringBuilder();
            log("new builder");
        }
    }

    private void builderBuild() {
        add(builder.build(), builderModel.toString(), "builder.build()");
        cover("builder built");
    }

    private void nulls(Version v) {
        int i = index(v.model.length());
        switch (d.nextInt(6)) {
            case 0 ->
                    edit(
                            v + ".concat(null)",
                            () -> v.model.concat(null),
                            () -> v.rope.concat(null));
            case 1 ->
                    edit(
                            v + ".insert(" + i + ", null)",
                            () -> Objects.requireNonNull((String) null),
                            () -> v.rope.insert(i, null));
            case 2 ->
                    edit(
                            v + ".replace(" + i + ", null)",
                            () -> Objects.requireNonNull((String) null),
                            () -> v.rope.replace(0, i, null));
            case 3 ->
                    read(
                            v + ".indexOf(null)",
                            () -> v.model.indexOf((String) null),
                            () -> v.rope.indexOf(null, i));
            case 4 ->
                    read(
                            v + ".compareTo(null)",
                            () -> v.model.compareTo(null),
                            () -> v.rope.compareTo(null));
            default ->
                    read(
                            "builder.append(null)",
                            () -> Objects.requireNonNull(null),
                            () -> builder.append((CharSequence) null));
        }
    }

    private void serialize(Version v) {
        Rope back = roundTrip(v.rope);
        check(back.equals(v.rope), v + ": serialized and read back");
        add(back, v.model, v + " serialized and read back");
        cover("serialization round trip");
    }

    // ------------------------------------------------------------------ text

    /** The kinds of text: ASCII, Latin-1, BMP (with unpaired surrogates), supplementary. */
    private static final int KINDS = 4;

    private int kind;

    /**
     * Text of a length that is mostly short, sometimes about a chunk, rarely several chunks. Short
     * text is chosen char by char (so a fuzzer steers it); long text grows from one seed.
     */
    private String text() {
        kind = d.nextInt(KINDS);
        return switch (d.weighted(12, 4, 2, 1)) {
            case 0 -> smallText(d.nextInt(0, 6));
            case 1 -> smallText(d.nextInt(7, 80));
            case 2 -> seededText(d.nextInt(1_000, 3_000));
            default -> seededText(d.nextInt(3_000, 7_000));
        };
    }

    private String smallText(int length) {
        StringBuilder s = new StringBuilder(length);
        while (s.length() < length) {
            s.appendCodePoint(codePointOrUnit());
        }
        return s.toString();
    }

    private String seededText(int length) {
        SplittableRandom random = new SplittableRandom(d.nextInt(Integer.MAX_VALUE));
        StringBuilder s = new StringBuilder(length);
        while (s.length() < length) {
            s.appendCodePoint(codePoint(kind, random.nextInt(64), random.nextInt(32) == 0));
        }
        return s.toString();
    }

    private int codePointOrUnit() {
        return codePoint(kind, d.nextInt(64), d.oneIn(16));
    }

    /**
     * A code point of text kind {@code kind}, from a small alphabet (so that searches find matches)
     * plus, when {@code rare}, one from the edges of the kind's range.
     */
    private static int codePoint(int kind, int pick, boolean rare) {
        int small = 'a' + pick % 4;
        switch (kind) {
            case 0:
                return rare ? pick : small;
            case 1:
                return rare ? 0x80 + pick : pick % 2 == 0 ? small : 0xFC + pick % 4;
            case 2:
                if (rare) {
                    return pick % 2 == 0 ? 0xD800 + pick : 0xDC00 + pick; // an unpaired surrogate
                }
                return pick % 3 == 0 ? 0x4E00 + pick % 4 : pick % 3 == 1 ? 0xFF + pick % 2 : small;
            default:
                return pick % 2 == 0 ? 0x1F600 + pick % 4 : rare ? 0x10FFFF : small;
        }
    }

    private static String describe(String text) {
        if (text.length() <= 12) {
            StringBuilder s = new StringBuilder("\"");
            text.chars()
                    .forEach(
                            c ->
                                    s.append(
                                            c < 0x7F && c >= 0x20
                                                    ? String.valueOf((char) c)
                                                    : String.format("\\u%04x", c)));
            return s.append('"').toString();
        }
        return "<" + text.length() + " chars, hash " + text.hashCode() + ">";
    }
}
