package io.holstein.jmh.report;

import java.util.Map;

/**
 * One benchmark at one set of parameters, as read from JMH's JSON.
 *
 * @param benchmark the benchmark's full name, e.g. {@code
 *     io.holstein.jmh.list.ListGetBenchmark.get}
 * @param params the parameters other than {@code size}, e.g. {@code type=ArrayList}
 * @param size the {@code size} parameter, or {@code ""} if the benchmark has none
 * @param time the primary score (time per operation)
 * @param timeUnit the primary score's unit, e.g. {@code ns/op}
 * @param allocation bytes allocated per operation ({@code gc.alloc.rate.norm}), or {@code null} if
 *     the run did not use {@code -prof gc}
 * @param settings how JMH ran it
 * @param rawData whether the primary metric holds JMH's per-iteration raw data, as every file JMH
 *     itself writes does; a file assembled by other means (from a run's console log, say) lacks it
 */
record BenchmarkResult(
        String benchmark,
        Map<String, String> params,
        String size,
        Estimate time,
        String timeUnit,
        Estimate allocation,
        RunSettings settings,
        boolean rawData) {

    /** The benchmark's class and method without the package, e.g. {@code ListGetBenchmark.get}. */
    String shortName() {
        int method = benchmark.lastIndexOf('.');
        int type = benchmark.lastIndexOf('.', method - 1);
        return benchmark.substring(type + 1);
    }

    /**
     * Whether this result may decide a verdict (DESIGN.md §6): JMH's own output of a run with at
     * least {@link RunSettings#MIN_FORKS} forks and {@link RunSettings#MIN_ITERATIONS} measured
     * iterations each. Anything less is indicative.
     */
    boolean decidesVerdicts() {
        return rawData && settings.decidesVerdicts();
    }
}
