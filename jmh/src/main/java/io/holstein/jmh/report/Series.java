package io.holstein.jmh.report;

import java.util.Map;

/**
 * The results of one benchmark method at fixed parameters (all but {@code size}): one line in the
 * tables, one operand of a ratio.
 *
 * @param benchmark the benchmark's class and method, e.g. {@code ListSetBenchmark.set}
 * @param params the parameters a result must have to belong here, e.g. {@code type=ArrayList}
 * @param label what the tables call it, e.g. {@code ArrayList} or {@code List.copyOf(list)}
 */
record Series(String benchmark, Map<String, String> params, String label) {

    /** A benchmark run once per implementation, told apart by its {@code type} parameter. */
    static Series byType(String benchmark, String type) {
        return new Series(benchmark, Map.of("type", type), type);
    }

    /** A benchmark method of its own, without parameters besides {@code size}. */
    static Series byMethod(String benchmark, String label) {
        return new Series(benchmark, Map.of(), label);
    }

    /** Whether {@code result} is a point of this series. */
    boolean matches(BenchmarkResult result) {
        return result.benchmark().equals(benchmark)
                && result.params().entrySet().containsAll(params.entrySet());
    }
}
