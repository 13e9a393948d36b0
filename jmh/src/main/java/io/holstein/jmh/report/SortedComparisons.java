package io.holstein.jmh.report;

import static io.holstein.jmh.Implementations.CLOJURE_TREE_MAP;
import static io.holstein.jmh.Implementations.CONCURRENT_SKIP_LIST_MAP;
import static io.holstein.jmh.Implementations.COW_TREE_MAP;
import static io.holstein.jmh.Implementations.IMMUTABLE_SORTED_MAP;
import static io.holstein.jmh.Implementations.PAGURO_TREE_MAP;
import static io.holstein.jmh.Implementations.PCOLLECTIONS_TREE_MAP;
import static io.holstein.jmh.Implementations.PERSISTENT_TREE_MAP;
import static io.holstein.jmh.Implementations.SCALA_TREE_MAP;
import static io.holstein.jmh.Implementations.TREE_MAP;
import static io.holstein.jmh.Implementations.VAVR_TREE_MAP;
import static io.holstein.jmh.report.Series.byMethod;
import static io.holstein.jmh.report.Series.byTypeAndKeys;

import io.holstein.jmh.BenchmarkName;
import io.holstein.jmh.KeyTypes;
import io.holstein.jmh.sorted.CowTreeForkBenchmark;
import io.holstein.jmh.sorted.CowTreeMapBenchmark;
import io.holstein.jmh.sorted.SortedBuildBenchmark;
import io.holstein.jmh.sorted.SortedConcatBenchmark;
import io.holstein.jmh.sorted.SortedGetBenchmark;
import io.holstein.jmh.sorted.SortedInsertBenchmark;
import io.holstein.jmh.sorted.SortedIterateBenchmark;
import io.holstein.jmh.sorted.SortedRankBenchmark;
import io.holstein.jmh.sorted.SortedRemoveBenchmark;
import io.holstein.jmh.sorted.SortedSubMapBenchmark;
import io.holstein.jmh.sorted.SortedUnionBenchmark;
import io.holstein.jmh.sorted.SortedUpdateBenchmark;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * How the results of the sorted group pair into ratios: {@code PersistentTreeMap} against {@code
 * TreeMap}, {@code ConcurrentSkipListMap}, Guava's {@code ImmutableSortedMap} (reads) and the
 * persistent peers, per key type, for each operation the peer has; the targets of the issue that
 * introduced {@code PersistentTreeMap}, its memory targets and the fanout experiment. Then {@code
 * CowTreeMap} against {@code TreeMap}: its single-key operations and iteration unshared, {@code
 * fork()} and a fork's first write against copying, with the targets of the issue that introduced
 * it, the bytes of that first write and its memory target.
 *
 * <p>Each Holstein type of the group has a list of its operations, each with the peers it is
 * compared with ({@link #HOLSTEIN}): another type of the sorted family joins the tables with one
 * list of its own.
 */
final class SortedComparisons {

    static final String TYPE = PERSISTENT_TREE_MAP;

    /**
     * The persistent peers: "the fastest persistent peer" of a target is the fastest of these in
     * the results, for that operation and size.
     */
    static final List<String> PERSISTENT =
            List.of(
                    SCALA_TREE_MAP,
                    VAVR_TREE_MAP,
                    CLOJURE_TREE_MAP,
                    PCOLLECTIONS_TREE_MAP,
                    PAGURO_TREE_MAP);

    private static final List<String> TREE_MAP_AND_PERSISTENT =
            concat(List.of(TREE_MAP), PERSISTENT);
    private static final List<String> READERS =
            concat(
                    concat(List.of(TREE_MAP, CONCURRENT_SKIP_LIST_MAP), PERSISTENT),
                    List.of(IMMUTABLE_SORTED_MAP));

    /** The peers whose sub-map is a range of their own tree, in O(log n); the others copy. */
    private static final List<String> RANGES =
            List.of(SCALA_TREE_MAP, PCOLLECTIONS_TREE_MAP, IMMUTABLE_SORTED_MAP);

    /**
     * One operation of the tables: what it does, its benchmark method, and the peers a Holstein
     * type is compared with on it.
     */
    private record Operation(String name, BenchmarkName benchmark, List<String> peers) {}

    /** A Holstein type of the group and its operations, in the tables' order. */
    private record Holstein(String type, List<Operation> operations) {}

    private static final List<Holstein> HOLSTEIN =
            List.of(
                    new Holstein(
                            PERSISTENT_TREE_MAP,
                            List.of(
                                    new Operation("get hit", SortedGetBenchmark.HIT, READERS),
                                    new Operation("get miss", SortedGetBenchmark.MISS, READERS),
                                    new Operation(
                                            "insert one by one",
                                            SortedInsertBenchmark.INSERT_ONE_BY_ONE,
                                            TREE_MAP_AND_PERSISTENT),
                                    new Operation(
                                            "remove one by one",
                                            SortedRemoveBenchmark.REMOVE_ONE_BY_ONE,
                                            PERSISTENT),
                                    new Operation(
                                            "update a present key",
                                            SortedUpdateBenchmark.UPDATE_PRESENT,
                                            PERSISTENT),
                                    new Operation(
                                            "build, random input",
                                            SortedBuildBenchmark.RANDOM,
                                            List.of(TREE_MAP, SCALA_TREE_MAP)),
                                    new Operation(
                                            "build, ascending input",
                                            SortedBuildBenchmark.ASCENDING,
                                            List.of(TREE_MAP, SCALA_TREE_MAP)),
                                    new Operation(
                                            "iterate values()",
                                            SortedIterateBenchmark.VALUES,
                                            READERS),
                                    new Operation(
                                            "iterate entrySet()",
                                            SortedIterateBenchmark.ENTRIES,
                                            READERS),
                                    new Operation(
                                            "subMap of the middle half",
                                            SortedSubMapBenchmark.MIDDLE_HALF,
                                            concat(
                                                    RANGES,
                                                    READERS.stream()
                                                            .filter(p -> !RANGES.contains(p))
                                                            .toList())),
                                    new Operation("rank", SortedRankBenchmark.RANK, RANGES),
                                    new Operation(
                                            "concat of two halves",
                                            SortedConcatBenchmark.CONCAT_HALVES,
                                            TREE_MAP_AND_PERSISTENT),
                                    new Operation(
                                            "union of interleaved halves",
                                            SortedUnionBenchmark.UNION_OF_INTERLEAVED_HALVES,
                                            TREE_MAP_AND_PERSISTENT))),
                    new Holstein(
                            COW_TREE_MAP,
                            List.of(
                                    new Operation(
                                            "get, unshared",
                                            CowTreeMapBenchmark.GET,
                                            List.of(TREE_MAP)),
                                    new Operation(
                                            "put of a present key, unshared",
                                            CowTreeMapBenchmark.PUT_PRESENT,
                                            List.of(TREE_MAP)),
                                    new Operation(
                                            "put of an absent key, then remove, unshared",
                                            CowTreeMapBenchmark.PUT_ABSENT_THEN_REMOVE,
                                            List.of(TREE_MAP)),
                                    new Operation(
                                            "remove of a present key, then put, unshared",
                                            CowTreeMapBenchmark.REMOVE_PRESENT_THEN_PUT,
                                            List.of(TREE_MAP)),
                                    new Operation(
                                            "iterate values(), unshared",
                                            CowTreeMapBenchmark.ITERATE_VALUES,
                                            List.of(TREE_MAP)))));

    /** {@code CowTreeMap.fork()} and a copy of a {@code TreeMap}, alone and with a first write. */
    static final Series FORK = byMethod(CowTreeForkBenchmark.FORK, "CowTreeMap.fork()");

    static final Series NEW_TREE_MAP =
            byMethod(CowTreeForkBenchmark.NEW_TREE_MAP, "new TreeMap<>(treeMap)");
    static final Series FORK_THEN_PUT =
            byMethod(CowTreeForkBenchmark.FORK_THEN_PUT, "CowTreeMap.fork(), then put");
    static final Series COPY_THEN_PUT =
            byMethod(CowTreeForkBenchmark.COPY_THEN_PUT, "new TreeMap<>(treeMap), then put");

    /** The benchmarks of {@code CowTreeMap}, measured by runs of their own ({@link Run}). */
    private static final Set<Class<?>> COW_TREE_BENCHMARKS =
            Set.of(CowTreeMapBenchmark.class, CowTreeForkBenchmark.class);

    /**
     * What the targets and the performance page call a peer where its type alone would not say what
     * it does.
     */
    private static final Map<BenchmarkName, Map<String, String>> LABELS =
            Map.of(
                    SortedSubMapBenchmark.MIDDLE_HALF,
                    Map.of(
                            TREE_MAP, "new TreeMap<>(treeMap.subMap(...))",
                            SCALA_TREE_MAP, "ScalaTreeMap.range"),
                    SortedConcatBenchmark.CONCAT_HALVES,
                    Map.of(
                            TREE_MAP, "new TreeMap<>(lower), putAll(upper)",
                            SCALA_TREE_MAP, "ScalaTreeMap ++"),
                    SortedBuildBenchmark.RANDOM,
                    Map.of(TREE_MAP, "TreeMap filled by put"),
                    SortedBuildBenchmark.ASCENDING,
                    Map.of(TREE_MAP, "TreeMap filled by put"));

    /**
     * The runs {@code jmh/results/} holds no results of yet. Each declares the cells it measures
     * empty ({@link Gap}), with the command that fills them; when a run's results are committed,
     * the report names those cells as declared but present: take the run out of {@link
     * #NOT_MEASURED_YET} then.
     */
    private enum Run {
        /**
         * The cells of {@link #COW_TREE_OPTIONS}: {@code CowTreeMap}'s benchmarks with {@code
         * Integer} keys at every size, what its targets need.
         */
        COW_TREE(
                "not measured yet: run `HOLSTEIN_JMH_OPTIONS='"
                        + COW_TREE_OPTIONS
                        + "' jmh/run --full sorted-cowtree` (56 benchmarks, about 20 minutes)"),
        /** The other cells of {@code CowTreeMap}'s benchmarks: {@code String} keys. */
        COW_TREE_GROUP("not measured yet: run `jmh/run --full sorted`"),
        /**
         * {@code CowTreeMap}'s row of the JOL table, which a table written before the type joined
         * the group lacks.
         */
        COW_TREE_FOOTPRINT("not measured yet: run `jmh/run --memory sorted`"),
        /** The cells of {@link #TARGETS_OPTIONS}: what the targets need at 100k and 1M. */
        TARGETS(
                "not measured yet: run `jmh/run --full sorted-targets` with the options"
                        + " docs/benchmarks/sorted.md gives"),
        /** The cells of {@link #SMALL_OPTIONS}: what the targets need at 1,000. */
        SMALL(
                "not measured yet: run `jmh/run --full sorted-small` with the options"
                        + " docs/benchmarks/sorted.md gives"),
        /** Every other cell: the group's full run. */
        GROUP("not measured yet: run `jmh/run --full sorted`"),
        /** The JOL table, {@code sorted.memory.md}. */
        FOOTPRINT("not measured yet: run `jmh/run --memory sorted`");

        final String reason;

        Run(String reason) {
            this.reason = reason;
        }
    }

    private static final Set<Run> NOT_MEASURED_YET = EnumSet.of(Run.GROUP, Run.COW_TREE_GROUP);

    /**
     * The {@code HOLSTEIN_JMH_OPTIONS} of the run that measures what the targets need at 100,000
     * and 1,000,000 entries, with {@code Integer} keys, as part {@code sorted-targets}:
     * docs/benchmarks/sorted.md gives its command. It includes the benchmarks that targets name, of
     * {@link SortedGetBenchmark} only the hits; every implementation that a benchmark declares
     * runs, since one {@code -p type} would name types that other benchmarks do not have.
     */
    static final String TARGETS_OPTIONS =
            "-p keys=Integer -p size=100000,1000000"
                    + " -e ^io\\.holstein\\.jmh\\.sorted\\.(?!SortedGetBenchmark\\.hit$"
                    + "|Sorted(Insert|Remove|Update|Build|Iterate|SubMap|Concat)Benchmark\\.)";

    private static final RunScope TARGETS_RUN = RunScope.parse(TARGETS_OPTIONS);

    /**
     * The {@code HOLSTEIN_JMH_OPTIONS} of the run that measures what the targets "from 1,000 up"
     * need at 1,000 entries, with {@code Integer} keys, as part {@code sorted-small}: the inserts,
     * removals, builders and iterations.
     */
    static final String SMALL_OPTIONS =
            "-p keys=Integer -p size=1000"
                    + " -e ^io\\.holstein\\.jmh\\.sorted\\.(?!Sorted(Insert|Remove|Build|Iterate)Benchmark\\.)";

    private static final RunScope SMALL_RUN = RunScope.parse(SMALL_OPTIONS);

    /**
     * The {@code HOLSTEIN_JMH_OPTIONS} of the run that measures {@code CowTreeMap}'s benchmarks
     * ({@link CowTreeMapBenchmark}, {@link CowTreeForkBenchmark}) with {@code Integer} keys at
     * every size, as part {@code sorted-cowtree}: its targets ask for every size, and for the bytes
     * of a fork's first write at each.
     */
    static final String COW_TREE_OPTIONS =
            "-p keys=Integer -e ^io\\.holstein\\.jmh\\.sorted\\.(?!CowTree)";

    private static final RunScope COW_TREE_RUN = RunScope.parse(COW_TREE_OPTIONS);

    static final String WHY_GET =
            "a lookup makes as many key comparisons as a binary tree's, each a dependent load of a"
                    + " boxed key; wide nodes save node reads, not comparisons";
    static final String WHY_WRITE =
            "a persistent write copies one node per level, each up to 32 keys and values wide,"
                    + " where a binary tree copies about log2 n nodes of a few fields";
    static final String WHY_VALUES =
            "the sum reads every boxed value, a cache miss per entry in any map, which the leaves'"
                    + " arrays cannot save";
    static final String WHY_ENTRIES =
            "each entry is an object made from the leaf's two arrays, where TreeMap's node is the"
                    + " entry";
    static final String WHY_BUILD_RANDOM =
            "each random key shifts half a leaf's keys and values on average and a full leaf"
                    + " splits, where TreeMap links one node";
    static final String WHY_RANGE =
            "both split their trees in O(log n); the B+-tree copies the two boundary paths of wide"
                    + " nodes";
    static final String WHY_CONCAT_SCALA =
            "Scala 2.13 joins two of its trees by split and join as well, which does little work"
                    + " where their key ranges do not overlap";
    static final String WHY_MEMORY =
            "a leaf is kept at least half full, so up to half of its key and value slots may be"
                    + " empty";
    static final String WHY_COW_WRITE =
            "a write reads the count of every node on its path, and an insertion or removal shifts"
                    + " half a leaf's keys and values on average, where TreeMap links or unlinks one"
                    + " node";

    /** The sizes "from 1,000 up" of most targets. */
    private static final String[] FROM_THOUSAND = {
        Sizes.THOUSAND, Sizes.HUNDRED_THOUSAND, Sizes.MILLION
    };

    private static final String[] LARGE = {Sizes.HUNDRED_THOUSAND, Sizes.MILLION};

    private static final List<Comparison> COMPARISONS = sortedComparisons();
    private static final List<Target> TARGETS = targets();

    /** The bytes a fork's first write allocates, the path it copies: at most 8 KB at 1M. */
    private static final List<AllocationTarget> ALLOCATION_TARGETS =
            List.of(
                    new AllocationTarget(
                            COW_TREE_MAP,
                            "the first write after a fork, Integer keys",
                            FORK_THEN_PUT,
                            FORK,
                            Sizes.MILLION,
                            8 * 1024));

    /**
     * The fanout experiment that chose the B+-tree's width: {@code PersistentTreeMap}'s lookup of a
     * present {@code Integer} key at 100,000 and 1,000,000 entries and one update of a present key
     * at 1,000,000, at fanouts 16, 32 and 64, each run by a build that read its fanout from the
     * property. The library now has 32 built in, so the results are a record and are not rerun.
     */
    private static final PropertySweep FANOUT =
            new PropertySweep(
                    "sorted-fanout",
                    "holstein.sorted.fanout",
                    List.of("16", "32", "64"),
                    "32",
                    List.of(
                            fanoutColumn(
                                    "get, hit, 100,000 entries",
                                    SortedGetBenchmark.HIT,
                                    Sizes.HUNDRED_THOUSAND,
                                    false),
                            fanoutColumn(
                                    "get, hit, 1,000,000 entries",
                                    SortedGetBenchmark.HIT,
                                    Sizes.MILLION,
                                    false),
                            fanoutColumn(
                                    "with of a present key, 1,000,000 entries",
                                    SortedUpdateBenchmark.UPDATE_PRESENT,
                                    Sizes.MILLION,
                                    false),
                            fanoutColumn(
                                    "bytes allocated per with, 1,000,000 entries",
                                    SortedUpdateBenchmark.UPDATE_PRESENT,
                                    Sizes.MILLION,
                                    true)),
                    List.of());

    /** Package {@code io.holstein.jmh.sorted}: {@code PersistentTreeMap}. */
    static final ReportGroup GROUP =
            new ReportGroup("sorted", "Sorted maps: PersistentTreeMap, CowTreeMap", COMPARISONS)
                    .withGaps(notMeasured())
                    .withTargets(TARGETS)
                    .withAllocationTargets(ALLOCATION_TARGETS)
                    .withMemoryTargets(
                            memoryTargets(),
                            NOT_MEASURED_YET.contains(Run.FOOTPRINT) ? Run.FOOTPRINT.reason : "")
                    .withSweep(FANOUT)
                    .withChart(
                            ChartSpec.bySize(
                                    "PersistentTreeMap ÷ TreeMap, Integer keys, by size",
                                    "entries",
                                    List.of(
                                            againstTreeMap("get, hit", SortedGetBenchmark.HIT),
                                            againstTreeMap(
                                                    "insert one by one (TreeMap: in place)",
                                                    SortedInsertBenchmark.INSERT_ONE_BY_ONE),
                                            againstTreeMap(
                                                    "iterate values()",
                                                    SortedIterateBenchmark.VALUES),
                                            againstTreeMap(
                                                    "build, random input",
                                                    SortedBuildBenchmark.RANDOM),
                                            againstTreeMap(
                                                    "subMap ÷ a copy of TreeMap's",
                                                    SortedSubMapBenchmark.MIDDLE_HALF),
                                            againstTreeMap(
                                                    "concat ÷ copy and putAll",
                                                    SortedConcatBenchmark.CONCAT_HALVES))));

    private SortedComparisons() {}

    /**
     * The group's target on {@code benchmark} against {@code peers} (one peer, or the candidates
     * for the fastest) at {@code size}, for the performance page, which shows some of them.
     *
     * @throws IllegalArgumentException if the group has no such target
     */
    static Target target(BenchmarkName benchmark, List<String> peers, String size) {
        return TARGETS.stream()
                .filter(
                        t ->
                                t.holstein().benchmark().equals(benchmark)
                                        && t.size().equals(size)
                                        && t.peers().stream()
                                                .map(p -> p.params().get("type"))
                                                .toList()
                                                .equals(peers))
                .findFirst()
                .orElseThrow(
                        () ->
                                new IllegalArgumentException(
                                        "no sorted target on "
                                                + benchmark
                                                + " against "
                                                + peers
                                                + " at "
                                                + size));
    }

    /** Each Holstein type's operations against their peers, per key type. */
    private static List<Comparison> sortedComparisons() {
        List<Comparison> c = new ArrayList<>();
        for (Holstein h : HOLSTEIN) {
            for (String keys : List.of(KeyTypes.INTEGER, KeyTypes.STRING)) {
                for (Operation op : h.operations()) {
                    for (String peer : op.peers()) {
                        c.add(
                                new Comparison(
                                        op.name() + ", " + keys + " keys",
                                        byTypeAndKeys(op.benchmark(), h.type(), keys),
                                        byTypeAndKeys(op.benchmark(), peer, keys)));
                    }
                }
            }
        }
        c.add(new Comparison("fork ÷ a copy", FORK, NEW_TREE_MAP));
        c.add(new Comparison("fork + first write ÷ copy + write", FORK_THEN_PUT, COPY_THEN_PUT));
        return List.copyOf(c);
    }

    /**
     * The targets of the issue that introduced {@code PersistentTreeMap}, with {@code Integer}
     * keys, the keys its figures were measured with.
     */
    private static List<Target> targets() {
        List<Target> t = new ArrayList<>();
        t.addAll(against("get, hit", SortedGetBenchmark.HIT, TREE_MAP, 0.8, WHY_GET, LARGE));
        t.addAll(fastestPersistent("get, hit", SortedGetBenchmark.HIT, WHY_GET, LARGE));
        t.addAll(
                fastestPersistent(
                        "insert one by one",
                        SortedInsertBenchmark.INSERT_ONE_BY_ONE,
                        WHY_WRITE,
                        FROM_THOUSAND));
        t.addAll(
                fastestPersistent(
                        "remove one by one",
                        SortedRemoveBenchmark.REMOVE_ONE_BY_ONE,
                        WHY_WRITE,
                        FROM_THOUSAND));
        t.addAll(
                fastestPersistent(
                        "update a present key",
                        SortedUpdateBenchmark.UPDATE_PRESENT,
                        WHY_WRITE,
                        Sizes.MILLION));
        t.addAll(
                against(
                        "iterate values()",
                        SortedIterateBenchmark.VALUES,
                        TREE_MAP,
                        0.5,
                        WHY_VALUES,
                        FROM_THOUSAND));
        t.addAll(
                against(
                        "iterate entrySet()",
                        SortedIterateBenchmark.ENTRIES,
                        TREE_MAP,
                        0.7,
                        WHY_ENTRIES,
                        FROM_THOUSAND));
        t.addAll(
                against(
                        "build, random input",
                        SortedBuildBenchmark.RANDOM,
                        TREE_MAP,
                        1.5,
                        WHY_BUILD_RANDOM,
                        FROM_THOUSAND));
        t.addAll(
                against(
                        "build, ascending input",
                        SortedBuildBenchmark.ASCENDING,
                        TREE_MAP,
                        0.5,
                        "",
                        FROM_THOUSAND));
        t.addAll(
                against(
                        "subMap of the middle half",
                        SortedSubMapBenchmark.MIDDLE_HALF,
                        TREE_MAP,
                        1e-3,
                        "",
                        Sizes.MILLION));
        t.addAll(
                against(
                        "subMap of the middle half",
                        SortedSubMapBenchmark.MIDDLE_HALF,
                        SCALA_TREE_MAP,
                        1.0,
                        WHY_RANGE,
                        Sizes.MILLION));
        t.addAll(
                against(
                        "concat of two halves",
                        SortedConcatBenchmark.CONCAT_HALVES,
                        TREE_MAP,
                        1e-3,
                        "",
                        Sizes.MILLION));
        t.addAll(
                against(
                        "concat of two halves",
                        SortedConcatBenchmark.CONCAT_HALVES,
                        SCALA_TREE_MAP,
                        1e-2,
                        WHY_CONCAT_SCALA,
                        Sizes.MILLION));
        t.addAll(cowTreeTargets());
        return List.copyOf(t);
    }

    /**
     * The targets of the issue that introduced {@code CowTreeMap}, unshared and with {@code
     * Integer} keys: get, put and remove at most 1.0 × {@code TreeMap} at every size and at most
     * 0.8 × at 1,000,000; iteration of {@code values()} at most 0.5 ×; {@code fork()} at least
     * 100,000 × faster than a copy at 1,000,000, and fork + first write at least 2,000 × faster
     * than copy + write.
     */
    private static List<Target> cowTreeTargets() {
        List<Target> t = new ArrayList<>();
        Map<String, BenchmarkName> singleKey = new LinkedHashMap<>();
        singleKey.put("get", CowTreeMapBenchmark.GET);
        singleKey.put("put of a present key", CowTreeMapBenchmark.PUT_PRESENT);
        singleKey.put(
                "put of an absent key, then remove", CowTreeMapBenchmark.PUT_ABSENT_THEN_REMOVE);
        singleKey.put(
                "remove of a present key, then put", CowTreeMapBenchmark.REMOVE_PRESENT_THEN_PUT);
        singleKey.forEach(
                (operation, benchmark) -> {
                    String why =
                            benchmark.equals(CowTreeMapBenchmark.GET) ? WHY_GET : WHY_COW_WRITE;
                    t.addAll(cowAgainstTreeMap(operation, benchmark, 1.0, why, Sizes.COLLECTIONS));
                    t.addAll(cowAgainstTreeMap(operation, benchmark, 0.8, why, Sizes.MILLION));
                });
        t.addAll(
                cowAgainstTreeMap(
                        "iterate values()",
                        CowTreeMapBenchmark.ITERATE_VALUES,
                        0.5,
                        WHY_VALUES,
                        LARGE));
        t.addAll(
                Target.against(
                        COW_TREE_MAP, "fork()", FORK, NEW_TREE_MAP, 1e-5, "", Sizes.MILLION));
        t.addAll(
                Target.against(
                        COW_TREE_MAP,
                        "fork() + first write",
                        FORK_THEN_PUT,
                        COPY_THEN_PUT,
                        1.0 / 2_000,
                        "",
                        Sizes.MILLION));
        return t;
    }

    /** {@code CowTreeMap}, unshared, at most {@code limit} × {@code TreeMap}, Integer keys. */
    private static List<Target> cowAgainstTreeMap(
            String operation,
            BenchmarkName benchmark,
            double limit,
            String whySlower,
            String... sizes) {
        return Target.against(
                COW_TREE_MAP,
                operation + ", unshared, Integer keys",
                labelled(benchmark, COW_TREE_MAP),
                labelled(benchmark, TREE_MAP),
                limit,
                whySlower,
                sizes);
    }

    /**
     * Bytes per entry of a map built by random {@code with} (the group's {@code Footprint}): at
     * most half of {@code TreeMap}'s at 100,000 and 1,000,000 entries, and no more than the
     * smallest persistent peer's at every size measured.
     */
    private static List<MemoryTarget> memoryTargets() {
        String operation = "map built by random with, Integer keys";
        List<MemoryTarget> t = new ArrayList<>();
        t.addAll(
                MemoryTarget.smallestOf(
                        TYPE, operation, TYPE, List.of(TREE_MAP), 0.5, WHY_MEMORY, LARGE));
        t.addAll(
                MemoryTarget.smallestOf(
                        TYPE, operation, TYPE, PERSISTENT, 1.0, WHY_MEMORY, FROM_THOUSAND));
        for (MemoryTarget cow :
                MemoryTarget.smallestOf(
                        COW_TREE_MAP,
                        "map filled by random put, Integer keys",
                        COW_TREE_MAP,
                        List.of(TREE_MAP),
                        0.5,
                        WHY_MEMORY,
                        LARGE)) {
            t.add(
                    NOT_MEASURED_YET.contains(Run.COW_TREE_FOOTPRINT)
                            ? cow.notMeasured(Run.COW_TREE_FOOTPRINT.reason)
                            : cow);
        }
        return t;
    }

    /** {@code PersistentTreeMap} at most {@code limit} × {@code peer}, Integer keys. */
    private static List<Target> against(
            String operation,
            BenchmarkName benchmark,
            String peer,
            double limit,
            String whySlower,
            String... sizes) {
        return Target.against(
                TYPE,
                operation + ", Integer keys",
                labelled(benchmark, TYPE),
                labelled(benchmark, peer),
                limit,
                whySlower,
                sizes);
    }

    /** {@code PersistentTreeMap} at most 0.8 × the fastest persistent peer, Integer keys. */
    private static List<Target> fastestPersistent(
            String operation, BenchmarkName benchmark, String whySlower, String... sizes) {
        return Target.fastestOf(
                TYPE,
                operation + ", Integer keys",
                labelled(benchmark, TYPE),
                PERSISTENT.stream().map(p -> labelled(benchmark, p)).toList(),
                0.8,
                whySlower,
                sizes);
    }

    /**
     * {@code type} on {@code benchmark} with {@code Integer} keys, as targets and charts name it.
     */
    private static Series labelled(BenchmarkName benchmark, String type) {
        return byTypeAndKeys(benchmark, type, KeyTypes.INTEGER)
                .withLabel(LABELS.getOrDefault(benchmark, Map.of()).getOrDefault(type, type));
    }

    private static Comparison againstTreeMap(String operation, BenchmarkName benchmark) {
        return new Comparison(operation, labelled(benchmark, TYPE), labelled(benchmark, TREE_MAP));
    }

    private static PropertySweep.Column fanoutColumn(
            String heading, BenchmarkName benchmark, String size, boolean allocation) {
        return new PropertySweep.Column(heading, labelled(benchmark, TYPE), size, allocation);
    }

    /**
     * The cells of every series the tables and targets name that the runs in {@link
     * #NOT_MEASURED_YET} would measure, declared empty with the run's command ({@link #runOf}).
     */
    private static List<Gap> notMeasured() {
        List<Series> series =
                Stream.of(
                                COMPARISONS.stream().flatMap(Comparison::series),
                                TARGETS.stream().flatMap(Target::series),
                                ALLOCATION_TARGETS.stream().flatMap(AllocationTarget::series))
                        .flatMap(s -> s)
                        .toList();
        return Gap.everyCell(
                series,
                (s, size) -> {
                    Run run = runOf(s, size);
                    return NOT_MEASURED_YET.contains(run) ? run.reason : null;
                });
    }

    /**
     * The run that measures the cell of {@code s} at {@code size}: for {@code CowTreeMap}'s
     * benchmarks, {@link Run#COW_TREE} within {@link #COW_TREE_OPTIONS}, {@link Run#COW_TREE_GROUP}
     * elsewhere (so that the group's runs made before they existed leave them declared); for the
     * others, {@link Run#TARGETS} within {@link #TARGETS_OPTIONS}, {@link Run#SMALL} within {@link
     * #SMALL_OPTIONS}, {@link Run#GROUP} elsewhere.
     */
    private static Run runOf(Series s, String size) {
        if (COW_TREE_BENCHMARKS.contains(s.benchmark().benchmarkClass())) {
            return COW_TREE_RUN.includes(s, size) ? Run.COW_TREE : Run.COW_TREE_GROUP;
        }
        return TARGETS_RUN.includes(s, size)
                ? Run.TARGETS
                : SMALL_RUN.includes(s, size) ? Run.SMALL : Run.GROUP;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }
}
