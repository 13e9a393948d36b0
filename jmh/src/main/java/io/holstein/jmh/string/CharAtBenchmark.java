package io.holstein.jmh.string;

import static io.holstein.jmh.TextKinds.LATIN1;
import static io.holstein.jmh.TextKinds.UTF16;
import static io.holstein.jmh.string.StringFixtures.SEQUENCE_MASK;

import io.holstein.jmh.BenchmarkName;
import io.holstein.string.CowString;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@code charAt(i)} on an unshared {@code CowString} against {@code StringBuilder} and {@code
 * String}.
 *
 * <p>Why: reads must cost what {@code StringBuilder}'s cost (target: at most 1.1 ×). The index
 * comes from a fixed pseudo-random sequence, so reads spread over the whole text.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class CharAtBenchmark {

    /** The name of {@link #cowString} in results and in the report. */
    public static final BenchmarkName COW_STRING =
            BenchmarkName.of(CharAtBenchmark.class, "cowString");

    /** The name of {@link #stringBuilder} in results and in the report. */
    public static final BenchmarkName STRING_BUILDER =
            BenchmarkName.of(CharAtBenchmark.class, "stringBuilder");

    /** The name of {@link #string} in results and in the report. */
    public static final BenchmarkName STRING = BenchmarkName.of(CharAtBenchmark.class, "string");

    /** Text length in chars. */
    @Param({"16", "1000", "1000000", "10000000"})
    public int length;

    /** Latin-1 text (one byte per char) or text with chars above U+00FF (two bytes per char). */
    @Param({LATIN1, UTF16})
    public String text;

    private CowString cow;
    private StringBuilder builder;
    private String string;
    private int[] indices;
    private int cursor;

    /** Builds the three texts and the index sequence. */
    @Setup(Level.Trial)
    public void setUp() {
        string = StringFixtures.textOf(length, text);
        cow = StringFixtures.cowStringOf(string);
        builder = new StringBuilder(string);
        indices = StringFixtures.randomIndices(length);
        StringFixtures.promoteFixture();
    }

    /** Holstein. */
    @Benchmark
    public char cowString() {
        return cow.charAt(indices[cursor++ & SEQUENCE_MASK]);
    }

    /** Peer: the JDK's builder. */
    @Benchmark
    public char stringBuilder() {
        return builder.charAt(indices[cursor++ & SEQUENCE_MASK]);
    }

    /** Peer: the JDK's immutable string. */
    @Benchmark
    public char string() {
        return string.charAt(indices[cursor++ & SEQUENCE_MASK]);
    }
}
