package io.holstein.jmh.rope;

import static io.holstein.jmh.TextKinds.LATIN1;
import static io.holstein.jmh.TextKinds.UTF16;

import io.holstein.jmh.BenchmarkName;
import io.holstein.string.Rope;
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
 * Building a text char by char: {@code Rope.Builder.append(char)} then {@code build()}, against
 * {@code StringBuilder.append(char)} then {@code toString()}, both from an empty builder.
 *
 * <p>Why: a rope builder fills a chunk-sized buffer and hands it over without copying, so appends
 * stay amortized {@code O(1)} with no doubling copies; the comparison shows what that costs or
 * saves against {@code StringBuilder} (no target).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class RopeBuildBenchmark {

    /** The name of {@link #ropeBuilder} in results and in the report. */
    public static final BenchmarkName ROPE_BUILDER =
            BenchmarkName.of(RopeBuildBenchmark.class, "ropeBuilder");

    /** The name of {@link #stringBuilder} in results and in the report. */
    public static final BenchmarkName STRING_BUILDER =
            BenchmarkName.of(RopeBuildBenchmark.class, "stringBuilder");

    /** Number of chars appended. */
    @Param({"16", "1000", "1000000", "10000000"})
    public int size;

    /** Latin-1 or UTF-16 text; see {@link RopeFixtures#text}. */
    @Param({LATIN1, UTF16})
    public String text;

    private char[] chars;

    /** The chars to append. */
    @Setup
    public void setUp() {
        chars = RopeFixtures.text(text, size).toCharArray();
        RopeFixtures.promoteFixture();
    }

    /** {@code Rope.builder()}, {@code size} appends, {@code build()}. */
    @Benchmark
    public Rope ropeBuilder() {
        Rope.Builder b = Rope.builder();
        for (char c : chars) {
            b.append(c);
        }
        return b.build();
    }

    /** {@code new StringBuilder()}, {@code size} appends, {@code toString()}. */
    @Benchmark
    public String stringBuilder() {
        StringBuilder b = new StringBuilder();
        for (char c : chars) {
            b.append(c);
        }
        return b.toString();
    }
}
