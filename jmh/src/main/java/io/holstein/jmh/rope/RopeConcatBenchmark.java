package io.holstein.jmh.rope;

import static io.holstein.jmh.TextKinds.LATIN1;
import static io.holstein.jmh.TextKinds.UTF16;

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
 * Joining two halves: {@code Rope.concat} against {@code String.concat} and Vavr's {@code
 * CharSeq.concat}.
 *
 * <p>Why: a rope joins in {@code O(log n)}, sharing both halves, where a {@code String} copies both
 * (target: at 10,000,000 chars, two 5,000,000-char halves, at least 1,000 × faster).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class RopeConcatBenchmark {

    /** The name of {@link #ropeConcat} in results and in the report. */
    public static final BenchmarkName ROPE_CONCAT =
            BenchmarkName.of(RopeConcatBenchmark.class, "ropeConcat");

    /** The name of {@link #stringConcat} in results and in the report. */
    public static final BenchmarkName STRING_CONCAT =
            BenchmarkName.of(RopeConcatBenchmark.class, "stringConcat");

    /** The name of {@link #charSeqConcat} in results and in the report. */
    public static final BenchmarkName CHAR_SEQ_CONCAT =
            BenchmarkName.of(RopeConcatBenchmark.class, "charSeqConcat");

    /** Number of chars of the joined text. */
    @Param({"16", "1000", "1000000", "10000000"})
    public int size;

    /** Latin-1 or UTF-16 text; see {@link RopeFixtures#text}. */
    @Param({LATIN1, UTF16})
    public String text;

    private Rope leftRope;
    private Rope rightRope;
    private String leftString;
    private String rightString;
    private CharSeq leftCharSeq;
    private CharSeq rightCharSeq;

    /** Builds both halves of the same chars. */
    @Setup
    public void setUp() {
        String whole = RopeFixtures.text(text, size);
        leftString = whole.substring(0, size / 2);
        rightString = whole.substring(size / 2);
        leftRope = Rope.of(leftString);
        rightRope = Rope.of(rightString);
        leftCharSeq = CharSeq.of(leftString);
        rightCharSeq = CharSeq.of(rightString);
        RopeFixtures.promoteFixture();
    }

    /** {@code Rope.concat} of the halves. */
    @Benchmark
    public Rope ropeConcat() {
        return leftRope.concat(rightRope);
    }

    /** {@code String.concat} of the halves. */
    @Benchmark
    public String stringConcat() {
        return leftString.concat(rightString);
    }

    /** Vavr {@code CharSeq.concat} of the halves. */
    @Benchmark
    public CharSeq charSeqConcat() {
        return leftCharSeq.concat(rightCharSeq);
    }
}
