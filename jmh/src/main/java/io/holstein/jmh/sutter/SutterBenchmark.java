package io.holstein.jmh.sutter;

import io.holstein.jmh.BenchmarkName;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Sutter's experiment ("Optimizations That Aren't (In a Multithreaded World)", 1999) in Java: one
 * operation makes {@value SutterFixtures#COPIES} copies of a source string, writes {@code written}
 * of them ({@value SutterFixtures#WRITES_PER_COPY} characters each, spread over the string), reads
 * one character of every copy and disposes of the copies. The {@code type} parameter picks the
 * sharing discipline ({@link Discipline}), {@code size} is the string length in characters, and
 * {@code written} of 0 to 3 gives a write share of 0, 1/3, 2/3 and 1.
 *
 * <p>Three thread settings: one thread ({@link #oneThread}); two threads, each copying a source of
 * its own ({@link #twoThreadsOwnSource}); two threads copying one shared source, so that both hit
 * the same count or shared bit ({@link #twoThreadsSharedSource}). JMH pads its state objects; each
 * source is allocated by the thread that uses it, between two 128-byte blocks kept alive beside it,
 * so that the only cache line the two threads both write is the one the discipline itself shares
 * (the count, or the bit). Run with {@code -prof gc} for bytes allocated per operation ({@code
 * gc.alloc.rate.norm}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SutterBenchmark {

    /** The name of {@link #oneThread} in results and in the report. */
    public static final BenchmarkName ONE_THREAD =
            BenchmarkName.of(SutterBenchmark.class, "oneThread");

    /** The name of {@link #twoThreadsOwnSource} in results and in the report. */
    public static final BenchmarkName TWO_THREADS_OWN_SOURCE =
            BenchmarkName.of(SutterBenchmark.class, "twoThreadsOwnSource");

    /** The name of {@link #twoThreadsSharedSource} in results and in the report. */
    public static final BenchmarkName TWO_THREADS_SHARED_SOURCE =
            BenchmarkName.of(SutterBenchmark.class, "twoThreadsSharedSource");

    /** Parameters, and the source that both threads copy in {@link #twoThreadsSharedSource}. */
    @State(Scope.Benchmark)
    public static class Shared {

        /** String length in characters. */
        @Param({"16", "64", "1024", "65536"})
        public int size;

        /** How many of the copies are written: 0 to {@value SutterFixtures#COPIES}. */
        @Param({"0", "1", "2", "3"})
        public int written;

        /** The sharing discipline: every constant of {@link Discipline}, in declaration order. */
        @Param public Discipline type;

        long[] padBefore;
        SharingString source;
        long[] padAfter;

        @Setup(Level.Trial)
        public void setUp() {
            padBefore = SutterFixtures.pad();
            source = type.over(SutterFixtures.text(size));
            padAfter = SutterFixtures.pad();
        }

        /** Checks the shared source, unless the discipline is unsound across threads. */
        @TearDown(Level.Iteration)
        public void check() {
            if (type.threadSafe()) {
                SutterFixtures.checkUntouched(source, type);
            }
        }
    }

    /** A source of the calling thread's own, allocated by that thread. */
    @State(Scope.Thread)
    public static class Own {

        long[] padBefore;
        SharingString source;
        long[] padAfter;

        @Setup(Level.Trial)
        public void setUp(Shared shared) {
            padBefore = SutterFixtures.pad();
            source = shared.type.over(SutterFixtures.text(shared.size));
            padAfter = SutterFixtures.pad();
        }

        /** Checks the source: used by one thread only, every discipline must keep it intact. */
        @TearDown(Level.Iteration)
        public void check(Shared shared) {
            SutterFixtures.checkUntouched(source, shared.type);
        }
    }

    /** One thread, its own source. */
    @Benchmark
    @Threads(1)
    public void oneThread(Shared shared, Own own, Blackhole bh) {
        copyAndWrite(own.source, shared.written, bh);
    }

    /** Two threads, each with its own source: no cache line is shared. */
    @Benchmark
    @Threads(2)
    public void twoThreadsOwnSource(Shared shared, Own own, Blackhole bh) {
        copyAndWrite(own.source, shared.written, bh);
    }

    /** Two threads copying one source: both update the same count (or bit). */
    @Benchmark
    @Threads(2)
    public void twoThreadsSharedSource(Shared shared, Blackhole bh) {
        copyAndWrite(shared.source, shared.written, bh);
    }

    private static void copyAndWrite(SharingString source, int written, Blackhole bh) {
        SharingString a = source.copy();
        SharingString b = source.copy();
        SharingString c = source.copy();
        if (written > 0) {
            a = edit(a);
        }
        if (written > 1) {
            b = edit(b);
        }
        if (written > 2) {
            c = edit(c);
        }
        bh.consume(a.charAt(0));
        bh.consume(b.charAt(0));
        bh.consume(c.charAt(0));
        a.dispose();
        b.dispose();
        c.dispose();
    }

    private static SharingString edit(SharingString s) {
        int length = s.length();
        for (int w = 0; w < SutterFixtures.WRITES_PER_COPY; w++) {
            s = s.withCharAt(SutterFixtures.position(length, w), (byte) ('A' + w));
        }
        return s;
    }
}
