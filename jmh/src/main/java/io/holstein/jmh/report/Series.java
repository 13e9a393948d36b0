package io.holstein.jmh.report;

import io.holstein.jmh.BenchmarkName;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The results of one benchmark method at fixed parameters (all but {@code size}): one line in the
 * tables, one operand of a ratio.
 *
 * @param benchmark the benchmark method, one of the constants the benchmark classes declare
 * @param params the parameters a result must have to belong here, e.g. {@code type=ArrayList}
 * @param label what the tables call it, e.g. {@code ArrayList} or {@code List.copyOf(list)}
 */
record Series(BenchmarkName benchmark, Map<String, String> params, String label) {

    /** A benchmark run once per implementation, told apart by its {@code type} parameter. */
    static Series byType(BenchmarkName benchmark, String type) {
        return new Series(benchmark, Map.of("type", type), type);
    }

    /**
     * A benchmark run once per implementation and key type, told apart by its {@code type} and
     * {@code keys} parameters.
     */
    static Series byTypeAndKeys(BenchmarkName benchmark, String type, String keys) {
        return new Series(
                benchmark, Map.of("type", type, "keys", keys), type + ", " + keys + " keys");
    }

    /** A benchmark method of its own, without parameters besides {@code size}. */
    static Series byMethod(BenchmarkName benchmark, String label) {
        return new Series(benchmark, Map.of(), label);
    }

    /** The same results under another label, e.g. without the key type a table states once. */
    Series withLabel(String label) {
        return new Series(benchmark, params, label);
    }

    /** Whether {@code result} is a point of this series. */
    boolean matches(BenchmarkResult result) {
        return result.benchmark().equals(benchmark.fullName())
                && result.params().entrySet().containsAll(params.entrySet());
    }

    /** Whether {@code other} stands for the same results, whatever its label. */
    boolean sameResults(Series other) {
        return benchmark.equals(other.benchmark) && params.equals(other.params);
    }

    /**
     * The benchmark and parameters, for messages: {@code ListGetBenchmark.get [type=ArrayList]}.
     */
    String describe() {
        return benchmark.shortName()
                + params.entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining(", ", " [", "]"));
    }
}
