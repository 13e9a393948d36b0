package io.holstein.jackson.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Smoke test of the benchmark: its readers agree, and JMH runs it. No figures are taken. */
class JsonReadBenchmarkTest {

    @Test
    void benchmarks_eachPair_readsEqualValues() {
        JsonReadBenchmark benchmark = new JsonReadBenchmark();
        benchmark.size = 1_000;
        benchmark.setUp();

        assertEquals(benchmark.arrayToArrayList(), benchmark.arrayToPersistentVector());
        assertEquals(benchmark.objectToHashMap(), benchmark.objectToPersistentHashMap());
        assertEquals(1_000, benchmark.arrayToPersistentVector().size());
        assertEquals(1_000, benchmark.objectToPersistentHashMap().size());
    }

    @Test
    void benchmarks_inProcessOneShortIteration_runEveryMethod() throws RunnerException {
        Collection<RunResult> results =
                new Runner(
                                new OptionsBuilder()
                                        .include(JsonReadBenchmark.class.getName())
                                        .forks(0)
                                        .warmupIterations(0)
                                        .measurementIterations(1)
                                        .measurementTime(TimeValue.milliseconds(20))
                                        .param("size", "1000")
                                        .shouldFailOnError(true)
                                        .build())
                        .run();

        assertEquals(
                List.of(
                        "arrayToArrayList",
                        "arrayToPersistentVector",
                        "objectToHashMap",
                        "objectToPersistentHashMap"),
                results.stream()
                        .map(r -> r.getParams().getBenchmark())
                        .map(name -> name.substring(name.lastIndexOf('.') + 1))
                        .sorted()
                        .toList());
    }
}
