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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * How the results of the champ group pair into ratios: {@code PersistentHashMap} against {@code
 * HashMap}, the persistent peers and the read-only maps users pick for lookups.
 */
final class ChampComparisons {

    static final List<String> PEERS =
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

    /** The committed results file lacks these cells (docs/benchmarks/champ.md). */
    private static final String NOT_COMMITTED = "missing from the committed results file";

    static final String TYPE = PERSISTENT_HASH_MAP;

    static final String WHY_LOOKUP_PEERS =
            "the fastest peers are tries too and read a node per level as Holstein does; against"
                    + " Paguro the page counts the same lines per level, and what else costs time"
                    + " was not traced";
    static final String WHY_LOOKUP_HASH_MAP =
            "a trie lookup descends level by level, one dependent load each, where HashMap reads"
                    + " one bucket; a miss in HashMap usually stops at an empty bucket";
    static final String WHY_UPDATE =
            "every persistent insert or removal copies one path of the trie, as the peers' do";
    static final String WHY_ITERATE =
            "the trie's nodes are separate arrays; HashMap walks one table of node pointers";

    /** Package {@code io.holstein.jmh.champ}: {@code PersistentHashMap}. */
    static final ReportGroup GROUP =
            new ReportGroup(
                            "champ",
                            "Persistent hash maps: PersistentHashMap",
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
                                    .toList())
                    .withGaps(
                            List.of(
                                    new Gap(
                                            byType(
                                                    ChampUnionBenchmark.UNION_OF_HALVES,
                                                    PAGURO_HASH_MAP),
                                            Sizes.MILLION,
                                            NOT_COMMITTED),
                                    new Gap(
                                            byType(
                                                    ChampUnionBenchmark.UNION_OF_HALVES,
                                                    KOTLINX_HASH_MAP),
                                            Sizes.MILLION,
                                            NOT_COMMITTED)))
                    .withTargets(targets())
                    .withChart(
                            ChartSpec.bySize(
                                    "PersistentHashMap ÷ Scala's immutable HashMap, Integer keys, by size",
                                    "entries",
                                    List.of(
                                            scala("lookup, hit", ChampLookupBenchmark.HIT),
                                            scala("lookup, miss", ChampLookupBenchmark.MISS),
                                            scala(
                                                    "insert one by one",
                                                    ChampInsertBenchmark.INSERT_ONE_BY_ONE),
                                            scala(
                                                    "remove one by one",
                                                    ChampRemoveBenchmark.REMOVE_ONE_BY_ONE),
                                            scala("iterate", ChampIterateBenchmark.ITERATE),
                                            scala(
                                                    "union of two halves",
                                                    ChampUnionBenchmark.UNION_OF_HALVES))));

    private ChampComparisons() {}

    /**
     * Holstein against Scala's map on {@code benchmark}, with {@code Integer} keys if it has keys.
     */
    private static Comparison scala(String operation, BenchmarkName benchmark) {
        return new Comparison(
                operation, series(benchmark, TYPE), series(benchmark, SCALA_HASH_MAP));
    }

    /**
     * The series of {@code type} on {@code benchmark}, with {@code Integer} keys if it has keys.
     */
    static Series series(BenchmarkName benchmark, String type) {
        return benchmark.declaredParams().containsKey("keys")
                ? byTypeAndKeys(benchmark, type, KeyTypes.INTEGER).withLabel(type)
                : byType(benchmark, type);
    }

    /** The targets of the issue that introduced {@code PersistentHashMap}. */
    private static List<Target> targets() {
        List<Target> t = new ArrayList<>();
        for (String keys : List.of(KeyTypes.INTEGER, KeyTypes.STRING)) {
            for (BenchmarkName lookup :
                    List.of(ChampLookupBenchmark.HIT, ChampLookupBenchmark.MISS)) {
                String operation = "lookup, " + lookup.method() + ", " + keys + " keys";
                Series holstein = byTypeAndKeys(lookup, TYPE, keys).withLabel(TYPE);
                t.addAll(
                        Target.fastestOf(
                                TYPE,
                                operation,
                                holstein,
                                PEERS.stream()
                                        .map(p -> byTypeAndKeys(lookup, p, keys).withLabel(p))
                                        .toList(),
                                0.8,
                                WHY_LOOKUP_PEERS,
                                Sizes.COLLECTIONS));
                t.addAll(
                        Target.against(
                                TYPE,
                                operation,
                                holstein,
                                byTypeAndKeys(lookup, HASH_MAP, keys).withLabel(HASH_MAP),
                                2.5,
                                WHY_LOOKUP_HASH_MAP,
                                Sizes.HUNDRED_THOUSAND,
                                Sizes.MILLION));
            }
            BenchmarkName insert = ChampInsertBenchmark.INSERT_ONE_BY_ONE;
            t.addAll(
                    Target.fastestOf(
                            TYPE,
                            "insert one by one, " + keys + " keys",
                            byTypeAndKeys(insert, TYPE, keys).withLabel(TYPE),
                            PEERS.stream()
                                    .map(p -> byTypeAndKeys(insert, p, keys).withLabel(p))
                                    .toList(),
                            0.8,
                            WHY_UPDATE,
                            Sizes.COLLECTIONS));
        }
        BenchmarkName remove = ChampRemoveBenchmark.REMOVE_ONE_BY_ONE;
        t.addAll(
                Target.fastestOf(
                        TYPE,
                        "remove one by one",
                        byType(remove, TYPE),
                        PEERS.stream().map(p -> byType(remove, p)).toList(),
                        0.8,
                        WHY_UPDATE,
                        Sizes.COLLECTIONS));
        t.addAll(
                Target.byType(
                        TYPE,
                        "build with the builder",
                        ChampBuilderBenchmark.BUILD,
                        HASH_MAP,
                        2.0,
                        "each insert descends the trie and may push a mapping one level down,"
                                + " where HashMap adds a node to one bucket",
                        Sizes.HUNDRED_THOUSAND,
                        Sizes.MILLION));
        t.addAll(
                Target.byType(
                        TYPE,
                        "iterate",
                        ChampIterateBenchmark.ITERATE,
                        HASH_MAP,
                        0.8,
                        WHY_ITERATE,
                        Sizes.COLLECTIONS));
        t.addAll(
                Target.byType(
                        TYPE,
                        "equals, sharing all but one path",
                        ChampEqualsBenchmark.EQUAL_SHARING,
                        HASH_MAP,
                        0.01,
                        "",
                        Sizes.MILLION));
        t.addAll(
                Target.against(
                        TYPE,
                        "build, all keys with one hash code",
                        byTypeAndKeys(
                                ChampCollisionBenchmark.BUILD,
                                TYPE,
                                ChampCollisionBenchmark.COLLIDING),
                        new Series(
                                ChampCollisionBenchmark.BUILD,
                                Map.of("type", TYPE, "keys", ChampCollisionBenchmark.DISTINCT),
                                "the same with distinct hash codes"),
                        3.0,
                        "",
                        Sizes.HUNDRED_THOUSAND));
        return t;
    }

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
                                        byTypeAndKeys(benchmark, p, keys)))
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
                                                benchmark, type, ChampCollisionBenchmark.DISTINCT)))
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
                                        byType(benchmark, p)))
                .toList();
    }
}
