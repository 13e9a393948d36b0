package io.holstein.jmh.report;

import static io.holstein.jmh.sutter.Discipline.AtomicCount;
import static io.holstein.jmh.sutter.Discipline.DeepCopy;
import static io.holstein.jmh.sutter.Discipline.Immutable;
import static io.holstein.jmh.sutter.Discipline.PlainCount;
import static io.holstein.jmh.sutter.Discipline.SharedBit;
import static io.holstein.jmh.sutter.Discipline.SynchronizedCount;
import static io.holstein.jmh.sutter.SutterBenchmark.ONE_THREAD;
import static io.holstein.jmh.sutter.SutterBenchmark.TWO_THREADS_OWN_SOURCE;
import static io.holstein.jmh.sutter.SutterBenchmark.TWO_THREADS_SHARED_SOURCE;

import io.holstein.jmh.BenchmarkName;
import io.holstein.jmh.sutter.Discipline;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How the results of the sutter group pair into ratios: Holstein's atomic count against the other
 * sharing disciplines, by thread setting and write share ({@code written} of 3 copies).
 */
final class SutterComparisons {

    /**
     * Package {@code io.holstein.jmh.sutter}: Sutter's copy-then-write experiment. {@code size} is
     * the string length.
     */
    static final ReportGroup GROUP =
            new ReportGroup(
                            "sutter",
                            "Sharing disciplines: Sutter's experiment",
                            sutterComparisons())
                    .withChart(
                            ChartSpec.bySize(
                                    "AtomicCount ÷ DeepCopy: a counted shared string against copies,"
                                            + " by length",
                                    "chars",
                                    List.of(
                                            sutter(ONE_THREAD, 0, DeepCopy),
                                            sutter(ONE_THREAD, 1, DeepCopy),
                                            sutter(ONE_THREAD, 3, DeepCopy),
                                            sutter(TWO_THREADS_SHARED_SOURCE, 0, DeepCopy),
                                            sutter(TWO_THREADS_SHARED_SOURCE, 1, DeepCopy),
                                            sutter(TWO_THREADS_SHARED_SOURCE, 3, DeepCopy))));

    private SutterComparisons() {}

    private static List<Comparison> sutterComparisons() {
        List<Comparison> c = new ArrayList<>();
        for (BenchmarkName threads : List.of(ONE_THREAD, TWO_THREADS_SHARED_SOURCE)) {
            for (int written = 0; written <= 3; written++) {
                c.add(sutter(threads, written, DeepCopy));
                c.add(sutter(threads, written, Immutable));
            }
        }
        c.add(sutter(TWO_THREADS_OWN_SOURCE, 1, DeepCopy));
        c.add(sutter(ONE_THREAD, 1, PlainCount));
        c.add(sutter(TWO_THREADS_SHARED_SOURCE, 1, SynchronizedCount));
        c.add(sutter(TWO_THREADS_SHARED_SOURCE, 1, SharedBit));
        return List.copyOf(c);
    }

    /** The atomic count against {@code peer} in one thread setting at one write share. */
    private static Comparison sutter(BenchmarkName benchmark, int written, Discipline peer) {
        String setting =
                benchmark.equals(ONE_THREAD)
                        ? "1 thread"
                        : benchmark.equals(TWO_THREADS_OWN_SOURCE)
                                ? "2 threads, own sources"
                                : "2 threads, one source";
        String operation = setting + ", " + written + "/3 written";
        return new Comparison(
                operation,
                sutterSeries(benchmark, written, AtomicCount),
                sutterSeries(benchmark, written, peer));
    }

    /** One discipline's series; the operation column tells the thread setting and share. */
    private static Series sutterSeries(BenchmarkName benchmark, int written, Discipline type) {
        return new Series(
                benchmark,
                Map.of("type", type.name(), "written", Integer.toString(written)),
                type.name());
    }
}
