package io.holstein.jmh.rope;

import static io.holstein.jmh.TextKinds.LATIN1;
import static io.holstein.jmh.TextKinds.UTF16;
import static io.holstein.jmh.rope.RopeFixtures.SEQUENCE_MASK;

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
 * Reads: {@code charAt} at pseudo-random indices and a full {@code chars()} pass, on a rope against
 * a {@code String}, Vavr's {@code CharSeq} (and {@code StringBuilder} for {@code charAt}).
 *
 * <p>Why: {@code charAt} costs a descent of {@code O(log n)} (no target; the price of {@code O(log
 * n)} edits), while sequential reads go chunk by chunk and should cost close to a flat array's
 * (target: {@code chars()} at most 1.5 × {@code String.chars()}). The pass sums the chars, a
 * reduction both streams run in full.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class RopeReadBenchmark {

    /** The name of {@link #ropeCharAt} in results and in the report. */
    public static final BenchmarkName ROPE_CHAR_AT =
            BenchmarkName.of(RopeReadBenchmark.class, "ropeCharAt");

    /** The name of {@link #stringCharAt} in results and in the report. */
    public static final BenchmarkName STRING_CHAR_AT =
            BenchmarkName.of(RopeReadBenchmark.class, "stringCharAt");

    /** The name of {@link #builderCharAt} in results and in the report. */
    public static final BenchmarkName BUILDER_CHAR_AT =
            BenchmarkName.of(RopeReadBenchmark.class, "builderCharAt");

    /** The name of {@link #charSeqCharAt} in results and in the report. */
    public static final BenchmarkName CHAR_SEQ_CHAR_AT =
            BenchmarkName.of(RopeReadBenchmark.class, "charSeqCharAt");

    /** The name of {@link #ropeChars} in results and in the report. */
    public static final BenchmarkName ROPE_CHARS =
            BenchmarkName.of(RopeReadBenchmark.class, "ropeChars");

    /** The name of {@link #stringChars} in results and in the report. */
    public static final BenchmarkName STRING_CHARS =
            BenchmarkName.of(RopeReadBenchmark.class, "stringChars");

    /** The name of {@link #charSeqChars} in results and in the report. */
    public static final BenchmarkName CHAR_SEQ_CHARS =
            BenchmarkName.of(RopeReadBenchmark.class, "charSeqChars");

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
    private int[] indices;
    private int cursor;

    /** Builds the texts and the index sequence. */
    @Setup
    public void setUp() {
        string = RopeFixtures.text(text, size);
        rope = Rope.of(string);
        builder = new StringBuilder(string);
        charSeq = CharSeq.of(string);
        indices = RopeFixtures.randomIndices(size);
        RopeFixtures.promoteFixture();
    }

    /** {@code Rope.charAt} at the next index of the sequence. */
    @Benchmark
    public char ropeCharAt() {
        return rope.charAt(indices[cursor++ & SEQUENCE_MASK]);
    }

    /** {@code String.charAt} at the next index of the sequence. */
    @Benchmark
    public char stringCharAt() {
        return string.charAt(indices[cursor++ & SEQUENCE_MASK]);
    }

    /** {@code StringBuilder.charAt} at the next index of the sequence. */
    @Benchmark
    public char builderCharAt() {
        return builder.charAt(indices[cursor++ & SEQUENCE_MASK]);
    }

    /** Vavr {@code CharSeq.charAt} at the next index of the sequence. */
    @Benchmark
    public char charSeqCharAt() {
        return charSeq.charAt(indices[cursor++ & SEQUENCE_MASK]);
    }

    /** The sum of {@code Rope.chars()}. */
    @Benchmark
    public int ropeChars() {
        return rope.chars().sum();
    }

    /** The sum of {@code String.chars()}. */
    @Benchmark
    public int stringChars() {
        return string.chars().sum();
    }

    /** The sum of Vavr {@code CharSeq.chars()}. */
    @Benchmark
    public int charSeqChars() {
        return charSeq.chars().sum();
    }
}
