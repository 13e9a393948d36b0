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
 * {@code append(char)} on an unshared {@code CowString} against {@code StringBuilder}.
 *
 * <p>Why: appending is the builder's main job and must cost what {@code StringBuilder}'s does
 * (target: at most 1.1 ×); the refcount check must add almost nothing. The text grows from {@code
 * length} to {@code 2 × length} chars and is then cut back with {@code setLength}, O(1) for both,
 * so the capacity stays put and no measured append allocates.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class AppendCharBenchmark {

    /** The name of {@link #cowString} in results and in the report. */
    public static final BenchmarkName COW_STRING =
            BenchmarkName.of(AppendCharBenchmark.class, "cowString");

    /** The name of {@link #stringBuilder} in results and in the report. */
    public static final BenchmarkName STRING_BUILDER =
            BenchmarkName.of(AppendCharBenchmark.class, "stringBuilder");

    /** Text length in chars. */
    @Param({"16", "1000", "1000000", "10000000"})
    public int length;

    /** Latin-1 text (one byte per char) or text with chars above U+00FF (two bytes per char). */
    @Param({LATIN1, UTF16})
    public String text;

    private CowString cow;
    private StringBuilder builder;
    private char c;
    private int limit;

    /** Builds both texts with room for twice their length. */
    @Setup(Level.Trial)
    public void setUp() {
        String s = StringFixtures.textOf(length, text);
        limit = 2 * length;
        cow = new CowString(limit);
        cow.append(s);
        builder = new StringBuilder(limit).append(s);
        c = StringFixtures.charOf(text);
        StringFixtures.promoteFixture();
    }

    /** Holstein. */
    @Benchmark
    public CowString cowString() {
        if (cow.length() == limit) {
            cow.setLength(length);
        }
        return cow.append(c);
    }

    /** Peer: the JDK's builder. */
    @Benchmark
    public StringBuilder stringBuilder() {
        if (builder.length() == limit) {
            builder.setLength(length);
        }
        return builder.append(c);
    }
}
