package io.holstein.jmh.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Results looked up by series and size: what every table and chart of the report reads. */
final class ResultIndex {

    private final List<BenchmarkResult> results;

    ResultIndex(List<BenchmarkResult> results) {
        this.results = List.copyOf(results);
    }

    List<BenchmarkResult> all() {
        return results;
    }

    /** The result of {@code series} at {@code size}, if there is one. */
    Optional<BenchmarkResult> find(Series series, String size) {
        return find(series, size, Map.of());
    }

    /**
     * The result of {@code series} at {@code size} whose parameters also include {@code params}
     * (those the series leaves free, e.g. {@code writes}), if there is one.
     */
    Optional<BenchmarkResult> find(Series series, String size, Map<String, String> params) {
        return results.stream()
                .filter(
                        r ->
                                r.size().equals(size)
                                        && series.matches(r)
                                        && r.params().entrySet().containsAll(params.entrySet()))
                .findFirst();
    }

    /** Holstein's time over the peer's at {@code size}, or empty if either is missing. */
    Optional<Ratio> ratio(Series holstein, Series peer, String size) {
        return ratio(holstein, peer, size, Map.of());
    }

    /** As {@link #ratio(Series, Series, String)}, at the free parameters {@code params}. */
    Optional<Ratio> ratio(Series holstein, Series peer, String size, Map<String, String> params) {
        Optional<BenchmarkResult> a = find(holstein, size, params);
        Optional<BenchmarkResult> b = find(peer, size, params);
        if (a.isEmpty() || b.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Ratio.of(a.get().time(), b.get().time()));
    }

    /** Whether both results of a ratio may decide a verdict; false if either is missing. */
    boolean decidesVerdicts(Series holstein, Series peer, String size) {
        return find(holstein, size).map(BenchmarkResult::decidesVerdicts).orElse(false)
                && find(peer, size).map(BenchmarkResult::decidesVerdicts).orElse(false);
    }
}
