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
 * {@code toString()} of an unshared {@code CowString} against {@code StringBuilder}'s.
 *
 * <p>Why: the builder's hand-over to the rest of the program (target: at most 1.1 ×). Both copy the
 * text once; for Latin-1 text both copy bytes.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class ToStringBenchmark {

    /** The name of {@link #cowString} in results and in the report. */
    public static final BenchmarkName COW_STRING =
            BenchmarkName.of(ToStringBenchmark.class, "cowString");

    /** The name of {@link #stringBuilder} in results and in the report. */
    public static final BenchmarkName STRING_BUILDER =
            BenchmarkName.of(ToStringBenchmark.class, "stringBuilder");

    /** Text length in chars. */
    @Param({"16", "1000", "1000000", "10000000"})
    public int length;

    /** Latin-1 text (one byte per char) or text with chars above U+00FF (two bytes per char). */
    @Param({LATIN1, UTF16})
    public String text;

    private CowString cow;
    private StringBuilder builder;

    /** Builds both texts. */
    @Setup(Level.Trial)
    public void setUp() {
        String s = StringFixtures.textOf(length, text);
        cow = StringFixtures.cowStringOf(s);
        builder = new StringBuilder(s);
        StringFixtures.promoteFixture();
    }

    /** Holstein. */
    @Benchmark
    public String cowString() {
        return cow.toString();
    }

    /** Peer: the JDK's builder. */
    @Benchmark
    public String stringBuilder() {
        return builder.toString();
    }
}
