package io.holstein.jmh.report;

import static io.holstein.jmh.report.Comparison.Scale.PARITY;
import static io.holstein.jmh.report.Series.byType;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * How the results of the champ group pair into ratios: {@code PersistentHashMap} against {@code
 * HashMap}, the persistent peers and the read-only maps users pick for lookups.
 */
final class ChampComparisons {

    private static final String CHAMP = "PersistentHashMap";

    private static final List<String> PEERS =
            List.of(
                    "VavrHashMap",
                    "ScalaHashMap",
                    "ClojurePersistentHashMap",
                    "HashTreePMap",
                    "PaguroPersistentHashMap",
                    "KotlinxPersistentHashMap");
    private static final List<String> PEERS_AND_HASH_MAP = concat(List.of("HashMap"), PEERS);
    private static final List<String> PEERS_AND_READ_ONLY =
            concat(PEERS_AND_HASH_MAP, List.of("Map.copyOf", "ImmutableMap"));

    /** Package {@code io.holstein.jmh.champ}: {@code PersistentHashMap}. */
    static final ReportGroup GROUP =
            new ReportGroup(
                    "champ",
                    "Persistent hash maps",
                    Stream.of(
                                    keyed(
                                            "lookup hit",
                                            "ChampLookupBenchmark.hit",
                                            "Integer",
                                            PEERS_AND_READ_ONLY),
                                    keyed(
                                            "lookup hit",
                                            "ChampLookupBenchmark.hit",
                                            "String",
                                            PEERS_AND_READ_ONLY),
                                    keyed(
                                            "lookup miss",
                                            "ChampLookupBenchmark.miss",
                                            "Integer",
                                            PEERS_AND_READ_ONLY),
                                    keyed(
                                            "lookup miss",
                                            "ChampLookupBenchmark.miss",
                                            "String",
                                            PEERS_AND_READ_ONLY),
                                    keyed(
                                            "insert one by one",
                                            "ChampInsertBenchmark.insertOneByOne",
                                            "Integer",
                                            PEERS_AND_HASH_MAP),
                                    keyed(
                                            "insert one by one",
                                            "ChampInsertBenchmark.insertOneByOne",
                                            "String",
                                            PEERS_AND_HASH_MAP),
                                    champ(
                                            "build with builder",
                                            "ChampBuilderBenchmark.build",
                                            List.of(
                                                    "HashMap",
                                                    "ScalaHashMap",
                                                    "ClojurePersistentHashMap",
                                                    "PaguroPersistentHashMap",
                                                    "KotlinxPersistentHashMap")),
                                    champ(
                                            "remove one by one",
                                            "ChampRemoveBenchmark.removeOneByOne",
                                            PEERS),
                                    champ(
                                            "iterate",
                                            "ChampIterateBenchmark.iterate",
                                            PEERS_AND_READ_ONLY),
                                    champ(
                                            "equals, sharing all but one path",
                                            "ChampEqualsBenchmark.equalSharing",
                                            PEERS_AND_HASH_MAP),
                                    champ(
                                            "equals, sharing nothing",
                                            "ChampEqualsBenchmark.equalNotSharing",
                                            PEERS_AND_HASH_MAP),
                                    champ(
                                            "union of two halves",
                                            "ChampUnionBenchmark.unionOfHalves",
                                            PEERS_AND_HASH_MAP),
                                    collisions("build", "ChampCollisionBenchmark.build"),
                                    collisions("lookup hit", "ChampCollisionBenchmark.hit"))
                            .flatMap(List::stream)
                            .toList());

    private ChampComparisons() {}

    private static List<String> concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }

    /** As {@link #champ}, for a benchmark run with {@code Integer} and {@code String} keys. */
    private static List<Comparison> keyed(
            String operation, String benchmark, String keys, List<String> peers) {
        return peers.stream()
                .map(
                        p ->
                                new Comparison(
                                        operation + ", " + keys + " keys",
                                        keySeries(benchmark, CHAMP, keys),
                                        keySeries(benchmark, p, keys),
                                        PARITY))
                .toList();
    }

    private static Series keySeries(String benchmark, String type, String keys) {
        return new Series(
                benchmark, Map.of("type", type, "keys", keys), type + ", " + keys + " keys");
    }

    /**
     * Colliding keys against equally long words with distinct hashes, for Holstein and for {@code
     * HashMap}: what one shared hash code costs each.
     */
    private static List<Comparison> collisions(String operation, String benchmark) {
        return Stream.of(CHAMP, "HashMap")
                .map(
                        type ->
                                new Comparison(
                                        operation + ", one hash code (" + type + ")",
                                        keySeries(benchmark, type, "colliding"),
                                        keySeries(benchmark, type, "distinct"),
                                        PARITY))
                .toList();
    }

    /** {@code PersistentHashMap} against each of {@code peers}, through one benchmark method. */
    private static List<Comparison> champ(String operation, String benchmark, List<String> peers) {
        return peers.stream()
                .map(
                        p ->
                                new Comparison(
                                        operation,
                                        byType(benchmark, CHAMP),
                                        byType(benchmark, p),
                                        PARITY))
                .toList();
    }
}
