package io.holstein.jmh.report;

import io.holstein.jmh.BenchmarkName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What one run of a group set out to measure, read from the JMH options {@code jmh/run} recorded
 * with it ({@link MachineInfo#jmhOptions}): each {@code -p name=v1,v2} narrows a parameter to the
 * values it lists, each {@code -e regex} leaves out the benchmarks whose full names it finds, and
 * everything else the benchmarks declare ran. The report expects a result for every cell inside
 * this scope.
 *
 * @param params the parameters the run narrowed, with the values it gave them
 * @param excludes the patterns of the benchmarks the run left out
 */
record RunScope(Map<String, List<String>> params, List<Pattern> excludes) {

    /** Everything the benchmarks declare. */
    static final RunScope ALL = new RunScope(Map.of(), List.of());

    /** The scope of a run with JMH options {@code options}, as recorded (space-separated). */
    static RunScope parse(String options) {
        String[] words = options.isBlank() ? new String[0] : options.trim().split("\\s+");
        Map<String, List<String>> params = new LinkedHashMap<>();
        List<Pattern> excludes = new ArrayList<>();
        for (int i = 0; i + 1 < words.length; i++) {
            switch (words[i]) {
                case "-p" -> {
                    String setting = words[++i];
                    int equals = setting.indexOf('=');
                    if (equals > 0) {
                        params.computeIfAbsent(setting.substring(0, equals), k -> new ArrayList<>())
                                .addAll(List.of(setting.substring(equals + 1).split(",")));
                    }
                }
                case "-e" -> {
                    for (String regex : words[++i].split(",")) {
                        excludes.add(Pattern.compile(regex));
                    }
                }
                default -> {}
            }
        }
        return new RunScope(Map.copyOf(params), List.copyOf(excludes));
    }

    /** Whether the run included {@code benchmark}. */
    boolean includes(BenchmarkName benchmark) {
        return excludes.stream().noneMatch(p -> p.matcher(benchmark.fullName()).find());
    }

    /** Whether the run included {@code series}: its benchmark, at every parameter it fixes. */
    boolean includes(Series series) {
        Map<String, List<String>> declared = series.benchmark().declaredParams();
        return includes(series.benchmark())
                && series.params().entrySet().stream()
                        .allMatch(p -> values(p.getKey(), declared).contains(p.getValue()));
    }

    /** Whether the run measured {@code series} at {@code size}. */
    boolean includes(Series series, String size) {
        return includes(series) && sizes(series.benchmark()).contains(size);
    }

    /**
     * The sizes the run gave {@code benchmark} ({@code ""} if it has none): its {@code size} or
     * {@code length} parameter's values.
     */
    List<String> sizes(BenchmarkName benchmark) {
        Map<String, List<String>> declared = benchmark.declaredParams();
        for (String param : List.of(JmhResults.SIZE_PARAM, JmhResults.LENGTH_PARAM)) {
            if (declared.containsKey(param)) {
                return values(param, declared);
            }
        }
        return List.of("");
    }

    /**
     * The values the run gave parameter {@code param} of a benchmark that declares {@code
     * declared}: those a {@code -p} option listed, else the declared ones.
     */
    List<String> values(String param, Map<String, List<String>> declared) {
        return params.getOrDefault(param, declared.getOrDefault(param, List.of()));
    }
}
