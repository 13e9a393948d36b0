package io.holstein.jmh.report;

import static io.holstein.jmh.report.Comparison.Scale.PARITY;
import static io.holstein.jmh.report.Comparison.Scale.SPEEDUP;

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
                    "sutter", "Sharing disciplines (Sutter's experiment)", sutterComparisons());

    private SutterComparisons() {}

    private static List<Comparison> sutterComparisons() {
        String one = "SutterBenchmark.oneThread";
        String own = "SutterBenchmark.twoThreadsOwnSource";
        String shared = "SutterBenchmark.twoThreadsSharedSource";
        List<Comparison> c = new ArrayList<>();
        for (String threads : List.of(one, shared)) {
            for (int written = 0; written <= 3; written++) {
                c.add(sutter(threads, written, "DeepCopy"));
                c.add(sutter(threads, written, "Immutable"));
            }
        }
        c.add(sutter(own, 1, "DeepCopy"));
        c.add(sutter(one, 1, "PlainCount"));
        c.add(sutter(shared, 1, "SynchronizedCount"));
        c.add(sutter(shared, 1, "SharedBit"));
        return List.copyOf(c);
    }

    /** The atomic count against {@code peer} in one thread setting at one write share. */
    private static Comparison sutter(String benchmark, int written, String peer) {
        String setting =
                switch (benchmark.substring(benchmark.indexOf('.') + 1)) {
                    case "oneThread" -> "1 thread";
                    case "twoThreadsOwnSource" -> "2 threads, own sources";
                    default -> "2 threads, one source";
                };
        String operation = setting + ", " + written + "/3 written";
        return new Comparison(
                operation,
                sutterSeries(benchmark, written, "AtomicCount"),
                sutterSeries(benchmark, written, peer),
                peer.equals("PlainCount") ? PARITY : SPEEDUP);
    }

    /** One discipline's series; the operation column tells the thread setting and share. */
    private static Series sutterSeries(String benchmark, int written, String type) {
        return new Series(
                benchmark, Map.of("type", type, "written", Integer.toString(written)), type);
    }
}
