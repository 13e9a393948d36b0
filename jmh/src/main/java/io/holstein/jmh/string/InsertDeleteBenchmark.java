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
 * {@code insert} of one char at the middle, then {@code deleteCharAt} of it, on an unshared {@code
 * CowString} against {@code StringBuilder} and against rebuilding a {@code String}.
 *
 * <p>Why: both builders shift half the text twice, O(n); this shows that {@code CowString}'s shift
 * costs what {@code StringBuilder}'s does, and what an immutable {@code String} costs (two O(n)
 * copies per edit). A {@code Rope} is the structure for edits in the middle.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class InsertDeleteBenchmark {

    /** The name of {@link #cowString} in results and in the report. */
    public static final BenchmarkName COW_STRING =
            BenchmarkName.of(InsertDeleteBenchmark.class, "cowString");

    /** The name of {@link #stringBuilder} in results and in the report. */
    public static final BenchmarkName STRING_BUILDER =
            BenchmarkName.of(InsertDeleteBenchmark.class, "stringBuilder");

    /** The name of {@link #string} in results and in the report. */
    public static final BenchmarkName STRING =
            BenchmarkName.of(InsertDeleteBenchmark.class, "string");

    /** Text length in chars. */
    @Param({"16", "1000", "1000000", "10000000"})
    public int length;

    /** Latin-1 text (one byte per char) or text with chars above U+00FF (two bytes per char). */
    @Param({LATIN1, UTF16})
    public String text;

    private CowString cow;
    private StringBuilder builder;
    private String string;
    private int middle;
    private char c;

    /** Builds the three texts. */
    @Setup(Level.Trial)
    public void setUp() {
        string = StringFixtures.textOf(length, text);
        cow = StringFixtures.cowStringOf(string);
        builder = new StringBuilder(string);
        middle = length / 2;
        c = StringFixtures.charOf(text);
        StringFixtures.promoteFixture();
    }

    /** Holstein. */
    @Benchmark
    public CowString cowString() {
        return cow.insert(middle, c).deleteCharAt(middle);
    }

    /** Peer: the JDK's builder. */
    @Benchmark
    public StringBuilder stringBuilder() {
        return builder.insert(middle, c).deleteCharAt(middle);
    }

    /** Peer: an immutable string, rebuilt by concatenation for each edit. */
    @Benchmark
    public String string() {
        String inserted = string.substring(0, middle) + c + string.substring(middle);
        return inserted.substring(0, middle) + inserted.substring(middle + 1);
    }
}
