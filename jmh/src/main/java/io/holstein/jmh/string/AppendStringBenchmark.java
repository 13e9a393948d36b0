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
 * {@code append(String)} of a 16-char piece on an unshared {@code CowString} against {@code
 * StringBuilder}.
 *
 * <p>Why: the other common append. {@code StringBuilder} sees a {@code String}'s coder and copies
 * its bytes in bulk; {@code CowString} cannot see the coder, so it scans for a wide char before
 * copying in bulk into Latin-1 storage, and writes UTF-16 storage char by char; this shows what
 * that costs. Cut back with {@code setLength} as in {@link AppendCharBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class AppendStringBenchmark {

    /** The name of {@link #cowString} in results and in the report. */
    public static final BenchmarkName COW_STRING =
            BenchmarkName.of(AppendStringBenchmark.class, "cowString");

    /** The name of {@link #stringBuilder} in results and in the report. */
    public static final BenchmarkName STRING_BUILDER =
            BenchmarkName.of(AppendStringBenchmark.class, "stringBuilder");

    /** Text length in chars. */
    @Param({"16", "1000", "1000000", "10000000"})
    public int length;

    /** Latin-1 text (one byte per char) or text with chars above U+00FF (two bytes per char). */
    @Param({LATIN1, UTF16})
    public String text;

    private CowString cow;
    private StringBuilder builder;
    private String piece;
    private int limit;

    /** Builds both texts with room for twice their length plus a piece. */
    @Setup(Level.Trial)
    public void setUp() {
        String s = StringFixtures.textOf(length, text);
        piece = StringFixtures.pieceOf(text);
        limit = 2 * length;
        cow = new CowString(limit + piece.length());
        cow.append(s);
        builder = new StringBuilder(limit + piece.length()).append(s);
        StringFixtures.promoteFixture();
    }

    /** Holstein. */
    @Benchmark
    public CowString cowString() {
        if (cow.length() >= limit) {
            cow.setLength(length);
        }
        return cow.append(piece);
    }

    /** Peer: the JDK's builder. */
    @Benchmark
    public StringBuilder stringBuilder() {
        if (builder.length() >= limit) {
            builder.setLength(length);
        }
        return builder.append(piece);
    }
}
