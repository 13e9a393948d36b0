package io.holstein.jmh.rope;

import static io.holstein.jmh.TextKinds.LATIN1;
import static io.holstein.jmh.TextKinds.UTF16;

import io.holstein.jmh.BenchmarkName;
import io.holstein.string.Rope;
import io.vavr.collection.CharSeq;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One-char edits in the middle of a text: {@code Rope.insert}/{@code delete} against rebuilding a
 * {@code String} by concatenation of its two halves and against {@code StringBuilder.insert}/{@code
 * delete}.
 *
 * <p>Why: the rope exists for this (targets: at 10,000,000 chars at least 100 × faster than {@code
 * StringBuilder} and 1,000 × faster than rebuilding a {@code String}). A rope and a {@code String}
 * are immutable, so each operation edits the same fixture and returns a new text. A {@code
 * StringBuilder} edits in place, so its operation is an insert followed by the delete that undoes
 * it, compared with the same pair on a rope; {@code insert} and {@code delete} alone are compared
 * with the {@code String} rebuild and with Vavr's persistent {@code CharSeq} ({@code insert},
 * {@code removeAt}), which wraps a {@code String}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class RopeEditBenchmark {

    /** The name of {@link #ropeInsert} in results and in the report. */
    public static final BenchmarkName ROPE_INSERT =
            BenchmarkName.of(RopeEditBenchmark.class, "ropeInsert");

    /** The name of {@link #stringInsert} in results and in the report. */
    public static final BenchmarkName STRING_INSERT =
            BenchmarkName.of(RopeEditBenchmark.class, "stringInsert");

    /** The name of {@link #charSeqInsert} in results and in the report. */
    public static final BenchmarkName CHAR_SEQ_INSERT =
            BenchmarkName.of(RopeEditBenchmark.class, "charSeqInsert");

    /** The name of {@link #ropeDelete} in results and in the report. */
    public static final BenchmarkName ROPE_DELETE =
            BenchmarkName.of(RopeEditBenchmark.class, "ropeDelete");

    /** The name of {@link #stringDelete} in results and in the report. */
    public static final BenchmarkName STRING_DELETE =
            BenchmarkName.of(RopeEditBenchmark.class, "stringDelete");

    /** The name of {@link #charSeqDelete} in results and in the report. */
    public static final BenchmarkName CHAR_SEQ_DELETE =
            BenchmarkName.of(RopeEditBenchmark.class, "charSeqDelete");

    /** The name of {@link #ropeInsertThenDelete} in results and in the report. */
    public static final BenchmarkName ROPE_INSERT_THEN_DELETE =
            BenchmarkName.of(RopeEditBenchmark.class, "ropeInsertThenDelete");

    /** The name of {@link #builderInsertThenDelete} in results and in the report. */
    public static final BenchmarkName BUILDER_INSERT_THEN_DELETE =
            BenchmarkName.of(RopeEditBenchmark.class, "builderInsertThenDelete");

    /** Number of chars. */
    @Param({"16", "1000", "1000000", "10000000"})
    public int size;

    /** Latin-1 or UTF-16 text; see {@link RopeFixtures#text}. */
    @Param({LATIN1, UTF16})
    public String text;

    private Rope rope;
    private String string;
    private StringBuilder builder;
    private CharSeq charSeq;
    private String piece;
    private Character pieceChar;
    private int middle;

    /** Builds the three texts from the same chars. */
    @Setup
    public void setUp() {
        string = RopeFixtures.text(text, size);
        rope = Rope.of(string);
        builder = new StringBuilder(string);
        charSeq = CharSeq.of(string);
        piece = RopeFixtures.piece(text);
        pieceChar = piece.charAt(0);
        middle = size / 2;
        RopeFixtures.promoteFixture();
    }

    /** {@code Rope.insert} of one char in the middle. */
    @Benchmark
    public Rope ropeInsert() {
        return rope.insert(middle, piece);
    }

    /** A new {@code String}: the first half, one char, the second half. */
    @Benchmark
    public String stringInsert() {
        return string.substring(0, middle) + piece + string.substring(middle);
    }

    /** Vavr {@code CharSeq.insert} of one char in the middle. */
    @Benchmark
    public CharSeq charSeqInsert() {
        return charSeq.insert(middle, pieceChar);
    }

    /** {@code Rope.delete} of the middle char. */
    @Benchmark
    public Rope ropeDelete() {
        return rope.delete(middle, middle + 1);
    }

    /** A new {@code String} without the middle char. */
    @Benchmark
    public String stringDelete() {
        return string.substring(0, middle).concat(string.substring(middle + 1));
    }

    /** Vavr {@code CharSeq.removeAt} of the middle char. */
    @Benchmark
    public CharSeq charSeqDelete() {
        return charSeq.removeAt(middle);
    }

    /** {@code Rope.insert} then {@code delete} of the same char, as the builder pair below. */
    @Benchmark
    public Rope ropeInsertThenDelete() {
        return rope.insert(middle, piece).delete(middle, middle + 1);
    }

    /** {@code StringBuilder.insert} of one char in the middle, then the delete that undoes it. */
    @Benchmark
    public StringBuilder builderInsertThenDelete() {
        return builder.insert(middle, piece).delete(middle, middle + 1);
    }
}
