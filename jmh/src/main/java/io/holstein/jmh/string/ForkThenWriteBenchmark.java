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
 * A fork followed by its first write, {@code setCharAt} at the middle, against a copy followed by
 * the same write.
 *
 * <p>Why: the first write after a fork pays the copy the fork deferred; it should cost about what
 * copying up front costs (target: parity), so that a fork is never worse than a copy.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class ForkThenWriteBenchmark {

    /** The name of {@link #forkThenSet} in results and in the report. */
    public static final BenchmarkName FORK_THEN_SET =
            BenchmarkName.of(ForkThenWriteBenchmark.class, "forkThenSet");

    /** The name of {@link #copyThenSet} in results and in the report. */
    public static final BenchmarkName COPY_THEN_SET =
            BenchmarkName.of(ForkThenWriteBenchmark.class, "copyThenSet");

    /** Text length in chars. */
    @Param({"16", "1000", "1000000", "10000000"})
    public int length;

    /** Latin-1 text (one byte per char) or text with chars above U+00FF (two bytes per char). */
    @Param({LATIN1, UTF16})
    public String text;

    private String string;
    private CowString cow;
    private StringBuilder builder;
    private int middle;
    private char c;

    /** Builds the sources. */
    @Setup(Level.Trial)
    public void setUp() {
        string = StringFixtures.textOf(length, text);
        builder = new StringBuilder(string);
        middle = length / 2;
        c = StringFixtures.charOf(text);
        StringFixtures.promoteFixture();
    }

    /** Fresh storage every iteration, as in {@link ForkVsCopyBenchmark}. */
    @Setup(Level.Iteration)
    public void freshForkSource() {
        cow = StringFixtures.cowStringOf(string);
    }

    /** Holstein: fork, then the first write copies. */
    @Benchmark
    public CowString forkThenSet() {
        CowString fork = cow.fork();
        fork.setCharAt(middle, c);
        return fork;
    }

    /** Peer: copy, then write in place. */
    @Benchmark
    public StringBuilder copyThenSet() {
        StringBuilder copy = new StringBuilder(builder);
        copy.setCharAt(middle, c);
        return copy;
    }
}
