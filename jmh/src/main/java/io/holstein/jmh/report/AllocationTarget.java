package io.holstein.jmh.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A target on the bytes one step of an operation allocates, at one size: the bytes per operation
 * ({@code gc.alloc.rate.norm}) of {@code holstein}, which takes the step, less those of {@code
 * baseline}, the same operation without it, at most {@code limit}. The first write after a fork,
 * say, is a fork followed by a write less a fork alone. The bounds add the two 99.9 % half-widths,
 * as a {@link Ratio}'s do; the verdict reads them as {@link Verdict} does, and only results that
 * {@linkplain BenchmarkResult#decidesVerdicts() decide verdicts} give one.
 *
 * @param type the Holstein type measured, e.g. {@code CowTreeMap}
 * @param operation the step whose bytes count, e.g. {@code first write after a fork}
 * @param holstein the series of the operation with the step
 * @param baseline the series of the operation without it
 * @param size the size at which the target holds
 * @param limit the most bytes that meet the target
 */
record AllocationTarget(
        String type,
        String operation,
        Series holstein,
        Series baseline,
        String size,
        double limit) {

    /**
     * The bytes of the step: its figure with the bounds, or without them if an error is unknown.
     */
    private record Bytes(double value, double lower, double upper) {

        static Bytes of(Estimate with, Estimate without) {
            double value = with.value() - without.value();
            if (!with.hasError() || !without.hasError()) {
                return new Bytes(value, Double.NaN, Double.NaN);
            }
            double error = with.error() + without.error();
            return new Bytes(value, value - error, value + error);
        }

        boolean hasBounds() {
            return !Double.isNaN(lower);
        }

        String markdown() {
            String figure = written(value);
            return hasBounds()
                    ? figure + " [" + written(lower) + ", " + written(upper) + "]"
                    : figure;
        }

        private static String written(double bytes) {
            return Formats.bytes(new Estimate(bytes, Double.NaN));
        }
    }

    /** The series with the step, then the one without. */
    Stream<Series> series() {
        return Stream.of(holstein, baseline);
    }

    /**
     * Adds a problem for each cell this target names that {@code results} lacks and none of {@code
     * gaps} declares empty, and for each that was measured without {@code -prof gc}.
     */
    void check(ResultIndex results, List<Gap> gaps, Set<String> problems) {
        for (Series s : List.of(holstein, baseline)) {
            Optional<BenchmarkResult> r = results.find(s, size);
            if (r.isEmpty() && Gap.declared(gaps, s, size).isEmpty()) {
                problems.add(
                        "no result for "
                                + s.describe()
                                + " at size "
                                + size
                                + ", which the allocation target '"
                                + type
                                + " "
                                + operation
                                + "' names");
            } else if (r.isPresent() && r.get().allocation() == null) {
                problems.add(
                        s.describe()
                                + " at size "
                                + size
                                + " was measured without -prof gc, which the allocation target '"
                                + type
                                + " "
                                + operation
                                + "' reads");
            }
        }
    }

    /**
     * The markdown table of {@code targets}; a target whose cells its group declares empty shows
     * the gap's reason instead of a verdict.
     */
    static String markdown(List<AllocationTarget> targets, ResultIndex results, List<Gap> gaps) {
        List<List<String>> lines = new ArrayList<>();
        for (AllocationTarget t : targets) {
            Optional<BenchmarkResult> with = results.find(t.holstein, t.size);
            Optional<BenchmarkResult> without = results.find(t.baseline, t.size);
            String figure = Formats.MISSING;
            String verdict;
            if (with.isEmpty() || without.isEmpty()) {
                verdict =
                        Stream.of(t.holstein, t.baseline)
                                .filter(s -> results.find(s, t.size).isEmpty())
                                .flatMap(s -> Gap.declared(gaps, s, t.size).stream())
                                .findFirst()
                                .map(Gap::reason)
                                .orElseThrow(
                                        () ->
                                                new IllegalStateException(
                                                        "unchecked allocation target "
                                                                + t.operation));
            } else {
                Bytes bytes = Bytes.of(with.get().allocation(), without.get().allocation());
                figure = bytes.markdown();
                boolean decides = with.get().decidesVerdicts() && without.get().decidesVerdicts();
                verdict =
                        !decides
                                ? TargetTable.INDICATIVE
                                : bytes.hasBounds()
                                        ? Verdict.judge(bytes.lower, bytes.upper, t.limit).label()
                                        : Verdict.LEVEL.label();
            }
            lines.add(
                    List.of(
                            Formats.code(t.type),
                            t.operation,
                            Formats.code(t.holstein.label())
                                    + " less "
                                    + Formats.code(t.baseline.label()),
                            Formats.size(t.size),
                            figure,
                            "≤ " + Formats.bytes(new Estimate(t.limit, Double.NaN)),
                            verdict));
        }
        return Formats.table(
                List.of(
                        "Holstein",
                        "Bytes allocated by",
                        "Measured as",
                        "Size",
                        "Bytes [bounds]",
                        "Target",
                        "Verdict"),
                "lllrrrl",
                lines);
    }
}
