package io.holstein.jmh.report;

import io.holstein.jmh.BenchmarkName;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A target "Holstein's time at most {@code limit} × the peer's" at one size, as DESIGN.md §6 reads
 * it: the verdict comes from the ratio's bounds, and only from results that {@linkplain
 * BenchmarkResult#decidesVerdicts() decide verdicts}. Targets against "the fastest peer" name
 * several candidates and are measured against whichever was fastest in the run.
 *
 * @param type the Holstein type measured, e.g. {@code CowArrayList}
 * @param operation what both sides do, e.g. {@code get(i)}
 * @param holstein Holstein's series
 * @param peers the peer, or the candidates for the fastest peer
 * @param size the size (for strings, the length) at which the target holds
 * @param limit the largest ratio that meets the target
 * @param whySlower one line saying why Holstein can be slower here, shown wherever it is (empty if
 *     no reason is known, which the tables then say)
 */
record Target(
        String type,
        String operation,
        Series holstein,
        List<Series> peers,
        String size,
        double limit,
        String whySlower) {

    Target {
        if (peers.isEmpty() || !(limit > 0)) {
            throw new IllegalArgumentException(
                    "target " + type + " " + operation + ": no peer, or limit " + limit);
        }
        peers = List.copyOf(peers);
    }

    /** The target against one {@code peer} at each of {@code sizes}. */
    static List<Target> against(
            String type,
            String operation,
            Series holstein,
            Series peer,
            double limit,
            String whySlower,
            String... sizes) {
        return fastestOf(type, operation, holstein, List.of(peer), limit, whySlower, sizes);
    }

    /**
     * The target against implementation {@code peer} of the same benchmark method, which tells the
     * two apart by its {@code type} parameter, at each of {@code sizes}.
     */
    static List<Target> byType(
            String type,
            String operation,
            BenchmarkName benchmark,
            String peer,
            double limit,
            String whySlower,
            String... sizes) {
        return against(
                type,
                operation,
                Series.byType(benchmark, type),
                Series.byType(benchmark, peer),
                limit,
                whySlower,
                sizes);
    }

    /** The target against the fastest of {@code peers} at each of {@code sizes}. */
    static List<Target> fastestOf(
            String type,
            String operation,
            Series holstein,
            List<Series> peers,
            double limit,
            String whySlower,
            String... sizes) {
        return Arrays.stream(sizes)
                .map(s -> new Target(type, operation, holstein, peers, s, limit, whySlower))
                .toList();
    }

    /**
     * The peer this target is measured against in {@code results}: the only one, or the candidate
     * with the lowest time; empty if a candidate has no result.
     */
    Optional<Series> peerIn(ResultIndex results) {
        if (peers.stream().anyMatch(p -> results.find(p, size).isEmpty())) {
            return Optional.empty();
        }
        return peers.stream()
                .min(Comparator.comparingDouble(p -> results.find(p, size).get().time().value()));
    }

    /**
     * Adds a problem for each cell this target names that {@code results} lacks and that none of
     * {@code gaps} declares empty.
     */
    void check(ResultIndex results, List<Gap> gaps, Set<String> problems) {
        for (Series s : concat(holstein, peers)) {
            if (results.find(s, size).isEmpty() && Gap.declared(gaps, s, size).isEmpty()) {
                problems.add(
                        "no result for "
                                + s.describe()
                                + " at size "
                                + size
                                + ", which the target '"
                                + type
                                + " "
                                + operation
                                + "' names");
            }
        }
    }

    /** The gap declared for a cell this target names that {@code results} lacks, if any. */
    Optional<Gap> gapIn(ResultIndex results, List<Gap> gaps) {
        return concat(holstein, peers).stream()
                .filter(s -> results.find(s, size).isEmpty())
                .flatMap(s -> Gap.declared(gaps, s, size).stream())
                .findFirst();
    }

    /** Holstein's series, then the peers'. */
    Stream<Series> series() {
        return concat(holstein, peers).stream();
    }

    /** Whether the peer is the fastest of several candidates. */
    boolean againstFastest() {
        return peers.size() > 1;
    }

    private static List<Series> concat(Series first, List<Series> rest) {
        return Stream.concat(Stream.of(first), rest.stream()).toList();
    }
}
