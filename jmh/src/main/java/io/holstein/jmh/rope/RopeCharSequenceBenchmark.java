package io.holstein.jmh.rope;

import static io.holstein.jmh.TextKinds.LATIN1;
import static io.holstein.jmh.TextKinds.UTF16;
import static io.holstein.jmh.rope.RopeFixtures.SEQUENCE_MASK;

import io.holstein.jmh.BenchmarkName;
import io.holstein.string.Rope;
import java.io.IOException;
import java.util.PrimitiveIterator;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A rope read as a {@link CharSequence}, the way library code reads text it did not make: {@code
 * charAt} in order and at random, {@code chars()} through its iterator and as a stream, a regular
 * expression search, and {@code StringBuilder.append(CharSequence)}; each against the same text as
 * a {@code String} and as a {@code StringBuilder}, and {@code append} also against a {@code
 * CharSequence} that only forwards to the {@code String}.
 *
 * <p>Why: most code that takes a {@code CharSequence} ({@code java.util.regex}, {@code
 * Appendable.append}, parsers) reads it by {@code charAt} in order, so a rope is only usable there
 * if that costs close to a {@code String}'s: {@code charAt} reads the chunk it remembers without
 * descending, and the streams walk the chunks. Targets (rope ÷ {@code String}): regex {@code find},
 * {@code chars().iterator()} and {@code StringBuilder.append} at most 1.5 from 1,000 chars up;
 * {@code charAt} in order at most 3; {@code charAt} at random at most 3 at 10,000,000 chars.
 *
 * <p>The rope is either built at once ({@code shape=fresh}: full chunks) or made by {@link
 * RopeFixtures#EDITS} random edits of that text ({@code shape=edited}: the uneven chunks a rope in
 * use holds); the {@code String} and {@code StringBuilder} hold the same chars as the rope. The
 * text has no {@code 'd'}, so the pattern {@code a[bc]+d} never matches and {@code find} reads it
 * all. The in-order loop takes a {@code CharSequence}; each fork runs one benchmark, so its call
 * site sees one type, as a parser's loop over one kind of text does.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class RopeCharSequenceBenchmark {

    /** The value of {@link #shape} for a rope built at once: full chunks. */
    public static final String FRESH = "fresh";

    /** The value of {@link #shape} for a rope after {@link RopeFixtures#edited}: uneven chunks. */
    public static final String EDITED = "edited";

    /** The name of {@link #ropeCharAtInOrder} in results and in the report. */
    public static final BenchmarkName ROPE_CHAR_AT_IN_ORDER =
            BenchmarkName.of(RopeCharSequenceBenchmark.class, "ropeCharAtInOrder");

    /** The name of {@link #stringCharAtInOrder} in results and in the report. */
    public static final BenchmarkName STRING_CHAR_AT_IN_ORDER =
            BenchmarkName.of(RopeCharSequenceBenchmark.class, "stringCharAtInOrder");

    /** The name of {@link #builderCharAtInOrder} in results and in the report. */
    public static final BenchmarkName BUILDER_CHAR_AT_IN_ORDER =
            BenchmarkName.of(RopeCharSequenceBenchmark.class, "builderCharAtInOrder");

    /** The name of {@link #ropeCharAtRandom} in results and in the report. */
    public static final BenchmarkName ROPE_CHAR_AT_RANDOM =
            BenchmarkName.of(RopeCharSequenceBenchmark.class, "ropeCharAtRandom");

    /** The name of {@link #stringCharAtRandom} in results and in the report. */
    public static final BenchmarkName STRING_CHAR_AT_RANDOM =
            BenchmarkName.of(RopeCharSequenceBenchmark.class, "stringCharAtRandom");

    /** The name of {@link #builderCharAtRandom} in results and in the report. */
    public static final BenchmarkName BUILDER_CHAR_AT_RANDOM =
            BenchmarkName.of(RopeCharSequenceBenchmark.class, "builderCharAtRandom");

    /** The name of {@link #ropeCharsIterator} in results and in the report. */
    public static final BenchmarkName ROPE_CHARS_ITERATOR =
            BenchmarkName.of(RopeCharSequenceBenchmark.class, "ropeCharsIterator");

    /** The name of {@link #stringCharsIterator} in results and in the report. */
    public static final BenchmarkName STRING_CHARS_ITERATOR =
            BenchmarkName.of(RopeCharSequenceBenchmark.class, "stringCharsIterator");

    /** The name of {@link #builderCharsIterator} in results and in the report. */
    public static final BenchmarkName BUILDER_CHARS_ITERATOR =
            BenchmarkName.of(RopeCharSequenceBenchmark.class, "builderCharsIterator");

    /** The name of {@link #ropeCharsSum} in results and in the report. */
    public static final BenchmarkName ROPE_CHARS_SUM =
            BenchmarkName.of(RopeCharSequenceBenchmark.class, "ropeCharsSum");

    /** The name of {@link #stringCharsSum} in results and in the report. */
    public static final BenchmarkName STRING_CHARS_SUM =
            BenchmarkName.of(RopeCharSequenceBenchmark.class, "stringCharsSum");

    /** The name of {@link #builderCharsSum} in results and in the report. */
    public static final BenchmarkName BUILDER_CHARS_SUM =
            BenchmarkName.of(RopeCharSequenceBenchmark.class, "builderCharsSum");

    /** The name of {@link #ropeRegexFind} in results and in the report. */
    public static final BenchmarkName ROPE_REGEX_FIND =
            BenchmarkName.of(RopeCharSequenceBenchmark.class, "ropeRegexFind");

    /** The name of {@link #stringRegexFind} in results and in the report. */
    public static final BenchmarkName STRING_REGEX_FIND =
            BenchmarkName.of(RopeCharSequenceBenchmark.class, "stringRegexFind");

    /** The name of {@link #builderRegexFind} in results and in the report. */
    public static final BenchmarkName BUILDER_REGEX_FIND =
            BenchmarkName.of(RopeCharSequenceBenchmark.class, "builderRegexFind");

    /** The name of {@link #ropeAppendTo} in results and in the report. */
    public static final BenchmarkName ROPE_APPEND_TO =
            BenchmarkName.of(RopeCharSequenceBenchmark.class, "ropeAppendTo");

    /** The name of {@link #stringAppendTo} in results and in the report. */
    public static final BenchmarkName STRING_APPEND_TO =
            BenchmarkName.of(RopeCharSequenceBenchmark.class, "stringAppendTo");

    /** The name of {@link #builderAppendTo} in results and in the report. */
    public static final BenchmarkName BUILDER_APPEND_TO =
            BenchmarkName.of(RopeCharSequenceBenchmark.class, "builderAppendTo");

    /** The name of {@link #forwardingAppendTo} in results and in the report. */
    public static final BenchmarkName FORWARDING_APPEND_TO =
            BenchmarkName.of(RopeCharSequenceBenchmark.class, "forwardingAppendTo");

    /** The name of {@link #ropeWriteTo} in results and in the report. */
    public static final BenchmarkName ROPE_WRITE_TO =
            BenchmarkName.of(RopeCharSequenceBenchmark.class, "ropeWriteTo");

    /** A pattern that the texts never match, so that {@code find} scans them to the end. */
    private static final Pattern NO_MATCH = Pattern.compile("a[bc]+d");

    /** Number of chars. */
    @Param({"1000", "1000000", "10000000"})
    public int size;

    /** Latin-1 or UTF-16 text; see {@link RopeFixtures#text}. */
    @Param({LATIN1, UTF16})
    public String text;

    /** {@code fresh}: the rope built at once; {@code edited}: after {@link RopeFixtures#edited}. */
    @Param({FRESH, EDITED})
    public String shape;

    private Rope rope;
    private String string;
    private StringBuilder builder;
    private CharSequence forwarding;
    private int[] indices;
    private int cursor;

    /** Builds the rope, then the other texts from its chars, and the index sequence. */
    @Setup
    public void setUp() {
        String chars = RopeFixtures.text(text, size).replace('d', 'e');
        rope = Rope.of(chars);
        if (shape.equals(EDITED)) {
            rope = RopeFixtures.edited(rope, RopeFixtures.text(text, 64).replace('d', 'e'));
        } else if (!shape.equals(FRESH)) {
            throw new IllegalArgumentException("unknown shape: " + shape);
        }
        string = rope.toString();
        builder = new StringBuilder(string);
        forwarding = new Forwarding(string);
        if (NO_MATCH.matcher(string).find()) {
            throw new IllegalStateException("the text matches " + NO_MATCH);
        }
        indices = RopeFixtures.randomIndices(string.length());
        RopeFixtures.promoteFixture();
    }

    /** The sum of the chars, read by {@code charAt} from 0 up. */
    private static int sumByCharAt(CharSequence s) {
        int sum = 0;
        for (int i = 0, n = s.length(); i < n; i++) {
            sum += s.charAt(i);
        }
        return sum;
    }

    /** The sum of the chars, read through {@code chars().iterator()}. */
    private static int sumByIterator(CharSequence s) {
        int sum = 0;
        for (PrimitiveIterator.OfInt it = s.chars().iterator(); it.hasNext(); ) {
            sum += it.nextInt();
        }
        return sum;
    }

    /** {@code Rope.charAt} over every index in order. */
    @Benchmark
    public int ropeCharAtInOrder() {
        return sumByCharAt(rope);
    }

    /** {@code String.charAt} over every index in order. */
    @Benchmark
    public int stringCharAtInOrder() {
        return sumByCharAt(string);
    }

    /** {@code StringBuilder.charAt} over every index in order. */
    @Benchmark
    public int builderCharAtInOrder() {
        return sumByCharAt(builder);
    }

    /** {@code Rope.charAt} at the next index of a pseudo-random sequence. */
    @Benchmark
    public char ropeCharAtRandom() {
        return rope.charAt(indices[cursor++ & SEQUENCE_MASK]);
    }

    /** {@code String.charAt} at the next index of the sequence. */
    @Benchmark
    public char stringCharAtRandom() {
        return string.charAt(indices[cursor++ & SEQUENCE_MASK]);
    }

    /** {@code StringBuilder.charAt} at the next index of the sequence. */
    @Benchmark
    public char builderCharAtRandom() {
        return builder.charAt(indices[cursor++ & SEQUENCE_MASK]);
    }

    /** Every char of {@code Rope.chars()} through its iterator. */
    @Benchmark
    public int ropeCharsIterator() {
        return sumByIterator(rope);
    }

    /** Every char of {@code String.chars()} through its iterator. */
    @Benchmark
    public int stringCharsIterator() {
        return sumByIterator(string);
    }

    /** Every char of {@code StringBuilder.chars()} through its iterator. */
    @Benchmark
    public int builderCharsIterator() {
        return sumByIterator(builder);
    }

    /** {@code Rope.chars().sum()}. */
    @Benchmark
    public int ropeCharsSum() {
        return rope.chars().sum();
    }

    /** {@code String.chars().sum()}. */
    @Benchmark
    public int stringCharsSum() {
        return string.chars().sum();
    }

    /** {@code StringBuilder.chars().sum()}. */
    @Benchmark
    public int builderCharsSum() {
        return builder.chars().sum();
    }

    /** {@code a[bc]+d} searched in the rope, in vain. */
    @Benchmark
    public boolean ropeRegexFind() {
        return NO_MATCH.matcher(rope).find();
    }

    /** {@code a[bc]+d} searched in the {@code String}, in vain. */
    @Benchmark
    public boolean stringRegexFind() {
        return NO_MATCH.matcher(string).find();
    }

    /** {@code a[bc]+d} searched in the {@code StringBuilder}, in vain. */
    @Benchmark
    public boolean builderRegexFind() {
        return NO_MATCH.matcher(builder).find();
    }

    /** {@code new StringBuilder().append(rope)}: the JDK reads a rope by {@code charAt}. */
    @Benchmark
    public StringBuilder ropeAppendTo() {
        return new StringBuilder().append(rope);
    }

    /** {@code new StringBuilder().append(string)}: one array copy. */
    @Benchmark
    public StringBuilder stringAppendTo() {
        return new StringBuilder().append(string);
    }

    /** {@code new StringBuilder().append(builder)}: one array copy. */
    @Benchmark
    public StringBuilder builderAppendTo() {
        return new StringBuilder().append(builder);
    }

    /**
     * {@code new StringBuilder().append(forwarding)}, {@code forwarding} a {@code CharSequence}
     * whose {@code charAt} calls the {@code String}'s: what the builder's {@code charAt} loop costs
     * a text that does next to nothing per char, to set the rope's {@code append} beside.
     */
    @Benchmark
    public StringBuilder forwardingAppendTo() {
        return new StringBuilder().append(forwarding);
    }

    /** {@code rope.writeTo(new StringBuilder())}: the rope's own bulk route, chunk by chunk. */
    @Benchmark
    public StringBuilder ropeWriteTo() throws IOException {
        StringBuilder out = new StringBuilder();
        rope.writeTo(out);
        return out;
    }

    /**
     * A minimal {@code CharSequence}: a {@code String}'s chars behind methods that call its own.
     */
    private static final class Forwarding implements CharSequence {
        private final String delegate;

        Forwarding(String delegate) {
            this.delegate = delegate;
        }

        @Override
        public int length() {
            return delegate.length();
        }

        @Override
        public char charAt(int index) {
            return delegate.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Forwarding(delegate.substring(start, end));
        }

        @Override
        public String toString() {
            return delegate;
        }
    }
}
