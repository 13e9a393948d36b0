package io.holstein.jmh.report;

import static io.holstein.jmh.Implementations.CLOJURE_HASH_MAP;
import static io.holstein.jmh.Implementations.HASH_MAP;
import static io.holstein.jmh.Implementations.IMMUTABLE_MAP;
import static io.holstein.jmh.Implementations.KOTLINX_HASH_MAP;
import static io.holstein.jmh.Implementations.MAP_COPY_OF;
import static io.holstein.jmh.Implementations.PAGURO_HASH_MAP;
import static io.holstein.jmh.Implementations.PCOLLECTIONS_HASH_MAP;
import static io.holstein.jmh.Implementations.PERSISTENT_HASH_MAP;
import static io.holstein.jmh.Implementations.SCALA_HASH_MAP;
import static io.holstein.jmh.Implementations.VAVR_HASH_MAP;
import static io.holstein.jmh.report.Comparison.Scale.PARITY;
import static io.holstein.jmh.report.Series.byType;
import static io.holstein.jmh.report.Series.byTypeAndKeys;

import io.holstein.jmh.BenchmarkName;
import io.holstein.jmh.KeyTypes;
import io.holstein.jmh.champ.ChampBuilderBenchmark;
import io.holstein.jmh.champ.ChampCollisionBenchmark;
import io.holstein.jmh.champ.ChampEqualsBenchmark;
import io.holstein.jmh.champ.ChampInsertBenchmark;
import io.holstein.jmh.champ.ChampIterateBenchmark;
import io.holstein.jmh.champ.ChampLookupBenchmark;
import io.holstein.jmh.champ.ChampRemoveBenchmark;
import io.holstein.jmh.champ.ChampUnionBenchmark;
import java.util.List;
import java.util.stream.Stream;

/**
 * How the results of the champ group pair into ratios: {@code PersistentHashMap} against {@code
 * HashMap}, the persistent peers and the read-only maps users pick for lookups.
 */
final class ChampComparisons {

    private static final List<String> PEERS =
            List.of(
                    VAVR_HASH_MAP,
                    SCALA_HASH_MAP,
                    CLOJURE_HASH_MAP,
                    PCOLLECTIONS_HASH_MAP,
                    PAGURO_HASH_MAP,
                    KOTLINX_HASH_MAP);
    private static final List<String> PEERS_AND_HASH_MAP = concat(List.of(HASH_MAP), PEERS);
    private static final List<String> PEERS_AND_READ_ONLY =
            concat(PEERS_AND_HASH_MAP, List.of(MAP_COPY_OF, IMMUTABLE_MAP));

    /** The committed run was stopped before its last two benchmarks (docs/performance.md). */
    private static final String RUN_STOPPED = "not in the committed run, which stopped before it";

    /** Package {@code io.holstein.jmh.champ}: {@code PersistentHashMap}. */
    static final ReportGroup GROUP =
            new ReportGroup(
                    "champ",
                    "Persistent hash maps",
                    Stream.of(
                                    keyed(
                                            "lookup hit",
                                            ChampLookupBenchmark.HIT,
                                            KeyTypes.INTEGER,
                                            PEERS_AND_READ_ONLY),
                                    keyed(
                                            "lookup hit",
                                            ChampLookupBenchmark.HIT,
                                            KeyTypes.STRING,
                                            PEERS_AND_READ_ONLY),
                                    keyed(
                                            "lookup miss",
                                            ChampLookupBenchmark.MISS,
                                            KeyTypes.INTEGER,
                                            PEERS_AND_READ_ONLY),
                                    keyed(
                                            "lookup miss",
                                            ChampLookupBenchmark.MISS,
                                            KeyTypes.STRING,
                                            PEERS_AND_READ_ONLY),
                                    keyed(
                                            "insert one by one",
                                            ChampInsertBenchmark.INSERT_ONE_BY_ONE,
                                            KeyTypes.INTEGER,
                                            PEERS_AND_HASH_MAP),
                                    keyed(
                                            "insert one by one",
                                            ChampInsertBenchmark.INSERT_ONE_BY_ONE,
                                            KeyTypes.STRING,
                                            PEERS_AND_HASH_MAP),
                                    champ(
                                            "build with builder",
                                            ChampBuilderBenchmark.BUILD,
                                            List.of(
                                                    HASH_MAP,
                                                    SCALA_HASH_MAP,
                                                    CLOJURE_HASH_MAP,
                                                    PAGURO_HASH_MAP,
                                                    KOTLINX_HASH_MAP)),
                                    champ(
                                            "remove one by one",
                                            ChampRemoveBenchmark.REMOVE_ONE_BY_ONE,
                                            PEERS),
                                    champ(
                                            "iterate",
                                            ChampIterateBenchmark.ITERATE,
                                            PEERS_AND_READ_ONLY),
                                    champ(
                                            "equals, sharing all but one path",
                                            ChampEqualsBenchmark.EQUAL_SHARING,
                                            PEERS_AND_HASH_MAP),
                                    champ(
                                            "equals, sharing nothing",
                                            ChampEqualsBenchmark.EQUAL_NOT_SHARING,
                                            PEERS_AND_HASH_MAP),
                                    champ(
                                            "union of two halves",
                                            ChampUnionBenchmark.UNION_OF_HALVES,
                                            PEERS_AND_HASH_MAP),
                                    collisions("build", ChampCollisionBenchmark.BUILD),
                                    collisions("lookup hit", ChampCollisionBenchmark.HIT))
                            .flatMap(List::stream)
                            .toList(),
                    List.of(
                            new Gap(
                                    byType(ChampUnionBenchmark.UNION_OF_HALVES, PAGURO_HASH_MAP),
                                    "1000000",
                                    RUN_STOPPED),
                            new Gap(
                                    byType(ChampUnionBenchmark.UNION_OF_HALVES, KOTLINX_HASH_MAP),
                                    "1000000",
                                    RUN_STOPPED)));

    private ChampComparisons() {}

    private static List<String> concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }

    /** As {@link #champ}, for a benchmark run with {@code Integer} and {@code String} keys. */
    private static List<Comparison> keyed(
            String operation, BenchmarkName benchmark, String keys, List<String> peers) {
        return peers.stream()
                .map(
                        p ->
                                new Comparison(
                                        operation + ", " + keys + " keys",
                                        byTypeAndKeys(benchmark, PERSISTENT_HASH_MAP, keys),
                                        byTypeAndKeys(benchmark, p, keys),
                                        PARITY))
                .toList();
    }

    /**
     * Colliding keys against equally long words with distinct hashes, for Holstein and for {@code
     * HashMap}: what one shared hash code costs each.
     */
    private static List<Comparison> collisions(String operation, BenchmarkName benchmark) {
        return Stream.of(PERSISTENT_HASH_MAP, HASH_MAP)
                .map(
                        type ->
                                new Comparison(
                                        operation + ", one hash code (" + type + ")",
                                        byTypeAndKeys(
                                                benchmark, type, ChampCollisionBenchmark.COLLIDING),
                                        byTypeAndKeys(
                                                benchmark, type, ChampCollisionBenchmark.DISTINCT),
                                        PARITY))
                .toList();
    }

    /** {@code PersistentHashMap} against each of {@code peers}, through one benchmark method. */
    private static List<Comparison> champ(
            String operation, BenchmarkName benchmark, List<String> peers) {
        return peers.stream()
                .map(
                        p ->
                                new Comparison(
                                        operation,
                                        byType(benchmark, PERSISTENT_HASH_MAP),
                                        byType(benchmark, p),
                                        PARITY))
                .toList();
    }
}
