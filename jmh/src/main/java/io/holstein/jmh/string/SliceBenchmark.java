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
 * {@code CowString.slice} of the middle half against {@code substring} of a {@code StringBuilder}
 * and of a {@code String}.
 *
 * <p>Why: a slice shares the buffer in O(1); both substrings copy, O(n), since JDK 7u6. The price
 * of sharing is that the slice keeps the whole buffer alive (until its {@code trimToSize()}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class SliceBenchmark {

    /** The name of {@link #slice} in results and in the report. */
    public static final BenchmarkName SLICE = BenchmarkName.of(SliceBenchmark.class, "slice");

    /** The name of {@link #builderSubstring} in results and in the report. */
    public static final BenchmarkName BUILDER_SUBSTRING =
            BenchmarkName.of(SliceBenchmark.class, "builderSubstring");

    /** The name of {@link #stringSubstring} in results and in the report. */
    public static final BenchmarkName STRING_SUBSTRING =
            BenchmarkName.of(SliceBenchmark.class, "stringSubstring");

    /** Text length in chars. */
    @Param({"16", "1000", "1000000", "10000000"})
    public int length;

    /** Latin-1 text (one byte per char) or text with chars above U+00FF (two bytes per char). */
    @Param({LATIN1, UTF16})
    public String text;

    private String string;
    private CowString cow;
    private StringBuilder builder;
    private int from;
    private int to;

    /** Builds the sources. */
    @Setup(Level.Trial)
    public void setUp() {
        string = StringFixtures.textOf(length, text);
        builder = new StringBuilder(string);
        from = length / 4;
        to = length - length / 4;
        StringFixtures.promoteFixture();
    }

    /** Fresh storage every iteration, as in {@link ForkVsCopyBenchmark}. */
    @Setup(Level.Iteration)
    public void freshSliceSource() {
        cow = StringFixtures.cowStringOf(string);
    }

    /** Holstein: an O(1) slice sharing the storage. */
    @Benchmark
    public CowString slice() {
        return cow.slice(from, to);
    }

    /** Peer: the builder's substring, a copy. */
    @Benchmark
    public String builderSubstring() {
        return builder.substring(from, to);
    }

    /** Peer: the string's substring, a copy. */
    @Benchmark
    public String stringSubstring() {
        return string.substring(from, to);
    }
}
