package io.holstein.jmh.report;

import static io.holstein.jmh.report.Comparison.Scale.PARITY;
import static io.holstein.jmh.report.Comparison.Scale.SPEEDUP;
import static io.holstein.jmh.report.Series.byType;
import static io.holstein.jmh.report.Series.byMethod;

import java.util.List;
import java.util.Optional;

/**
 * The one place that says which benchmark results are Holstein's, which are peers', and how
 * they pair: each {@link Comparison} names a Holstein series and a peer series, and the
 * report divides their scores at equal {@code size}.
 *
 * <p>Benchmarks that compare implementations through one method tell them apart by their
 * {@code type} parameter ({@link Series#byType}); benchmarks whose peers cannot share code
 * (a fork against a copy) give each side a method of its own ({@link Series#byMethod}). A
 * benchmark no comparison names still appears in the time and allocation tables.
 */
final class Comparisons {

    private static final String COW_ARRAY_LIST = "CowArrayList";
    private static final String ARRAY_LIST = "ArrayList";

    private static final List<String> PEERS = List.of("VavrHashMap", "ScalaHashMap", "ClojurePersistentHashMap",
            "HashTreePMap", "PaguroPersistentHashMap", "KotlinxPersistentHashMap");
    private static final List<String> PEERS_AND_HASH_MAP = concat(List.of("HashMap"), PEERS);
    private static final List<String> PEERS_AND_READ_ONLY = concat(PEERS_AND_HASH_MAP, List.of("Map.copyOf", "ImmutableMap"));

    private static final Series FORK = byMethod("ForkVsCopyBenchmark.fork", "fork()");
    private static final Series FORK_THEN_SET =
            byMethod("ForkThenWriteBenchmark.forkThenSet", "fork() + set(i, e)");

    /** Package {@code io.holstein.jmh.list}: {@code CowArrayList}. */
    static final ReportGroup LIST = new ReportGroup("list", "Lists", List.of(
            unshared("get", "ListGetBenchmark.get", ARRAY_LIST),
            unshared("set", "ListSetBenchmark.set", ARRAY_LIST),
            unshared("add + remove last", "ListAddBenchmark.addThenRemoveLast", ARRAY_LIST),
            unshared("iterate", "ListIterateBenchmark.iterate", ARRAY_LIST),
            new Comparison("set",
                    byType("ListSetBenchmark.set", COW_ARRAY_LIST),
                    byType("ListSetBenchmark.set", "CopyOnWriteArrayList"),
                    SPEEDUP),
            new Comparison("copy", FORK,
                    byMethod("ForkVsCopyBenchmark.newArrayList", "new ArrayList<>(list)"), SPEEDUP),
            new Comparison("copy", FORK,
                    byMethod("ForkVsCopyBenchmark.listCopyOf", "List.copyOf(list)"), SPEEDUP),
            new Comparison("copy", FORK,
                    byMethod("ForkVsCopyBenchmark.immutableListCopyOf",
                            "ImmutableList.copyOf(list)"),
                    SPEEDUP),
            new Comparison("copy + first write", FORK_THEN_SET,
                    byMethod("ForkThenWriteBenchmark.copyThenSet",
                            "new ArrayList<>(list) + set(i, e)"),
                    PARITY)));

    private static final String CHAMP = "PersistentHashMap";

    /** Package {@code io.holstein.jmh.champ}: {@code PersistentHashMap} against the JDK and persistent peers. */
    static final ReportGroup CHAMP_GROUP = new ReportGroup("champ", "Persistent hash maps", java.util.stream.Stream.of(
            champ("lookup hit", "ChampLookupBenchmark.hit", PEERS_AND_READ_ONLY),
            champ("lookup miss", "ChampLookupBenchmark.miss", PEERS_AND_READ_ONLY),
            champ("insert one by one", "ChampInsertBenchmark.insertOneByOne", PEERS_AND_HASH_MAP),
            champ("build with builder", "ChampBuilderBenchmark.build",
                    List.of("HashMap", "ScalaHashMap", "ClojurePersistentHashMap", "PaguroPersistentHashMap",
                            "KotlinxPersistentHashMap")),
            champ("remove one by one", "ChampRemoveBenchmark.removeOneByOne", PEERS),
            champ("iterate", "ChampIterateBenchmark.iterate", PEERS_AND_READ_ONLY),
            champ("equals, sharing all but one path", "ChampEqualsBenchmark.equalSharing", PEERS_AND_HASH_MAP),
            champ("equals, sharing nothing", "ChampEqualsBenchmark.equalNotSharing", PEERS_AND_HASH_MAP),
            champ("union of two halves", "ChampUnionBenchmark.unionOfHalves", PEERS_AND_HASH_MAP))
            .flatMap(List::stream).toList());

    private static final List<ReportGroup> GROUPS = List.of(LIST, CHAMP_GROUP);

    private Comparisons() {
    }

    /** The definitions of group {@code name}, if there are any. */
    static Optional<ReportGroup> group(String name) {
        return GROUPS.stream().filter(g -> g.name().equals(name)).findFirst();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    /** {@code PersistentHashMap} against each of {@code peers}, through one benchmark method. */
    private static List<Comparison> champ(String operation, String benchmark, List<String> peers) {
        return peers.stream().map(p -> new Comparison(operation, byType(benchmark, CHAMP), byType(benchmark, p), PARITY)).toList();
    }

    /** An unshared {@code CowArrayList} against {@code peer}, through one benchmark method. */
    private static Comparison unshared(String operation, String benchmark, String peer) {
        return new Comparison(operation,
                byType(benchmark, COW_ARRAY_LIST), byType(benchmark, peer), PARITY);
    }
}
