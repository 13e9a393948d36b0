package io.holstein.jmh.string;

import static io.holstein.jmh.TextKinds.LATIN1;
import static io.holstein.jmh.TextKinds.UTF16;

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
 * Iterating {@code chars()} to the end, summing them, on an unshared {@code CowString} against
 * {@code StringBuilder} and {@code String}.
 *
 * <p>Why: {@code CowString}'s stream reads through the string and checks for writes at every char
 * (it must not read a buffer a fork may write); {@code StringBuilder}'s reads the array it found at
 * the start. This shows what the safety costs.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class IterateCharsBenchmark {

    /** The name of {@link #cowString} in results and in the report. */
    public static final BenchmarkName COW_STRING =
            BenchmarkName.of(IterateCharsBenchmark.class, "cowString");

    /** The name of {@link #stringBuilder} in results and in the report. */
    public static final BenchmarkName STRING_BUILDER =
            BenchmarkName.of(IterateCharsBenchmark.class, "stringBuilder");

    /** The name of {@link #string} in results and in the report. */
    public static final BenchmarkName STRING =
            BenchmarkName.of(IterateCharsBenchmark.class, "string");

    /** Text length in chars. */
    @Param({"16", "1000", "1000000", "10000000"})
    public int length;

    /** Latin-1 text (one byte per char) or text with chars above U+00FF (two bytes per char). */
    @Param({LATIN1, UTF16})
    public String text;

    private CowString cow;
    private StringBuilder builder;
    private String string;

    /** Builds the three texts. */
    @Setup(Level.Trial)
    public void setUp() {
        string = StringFixtures.textOf(length, text);
        cow = StringFixtures.cowStringOf(string);
        builder = new StringBuilder(string);
        StringFixtures.promoteFixture();
    }

    /** Holstein. */
    @Benchmark
    public int cowString() {
        return cow.chars().sum();
    }

    /** Peer: the JDK's builder. */
    @Benchmark
    public int stringBuilder() {
        return builder.chars().sum();
    }

    /** Peer: the JDK's immutable string. */
    @Benchmark
    public int string() {
        return string.chars().sum();
    }
}
