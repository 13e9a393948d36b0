package io.holstein.jmh.report;

import static io.holstein.jmh.Implementations.COW_HASH_MAP;
import static io.holstein.jmh.Implementations.HASH_MAP;
import static io.holstein.jmh.report.Series.byMethod;
import static io.holstein.jmh.report.Series.byTypeAndKeys;

import io.holstein.jmh.BenchmarkName;
import io.holstein.jmh.KeyTypes;
import io.holstein.jmh.map.MapForkBenchmark;
import io.holstein.jmh.map.MapGetBenchmark;
import io.holstein.jmh.map.MapIterateBenchmark;
import io.holstein.jmh.map.MapWriteBenchmark;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the results of the map group pair into ratios: {@code CowHashMap} against {@code HashMap},
 * per key type, and its fork against the copies users make today.
 */
final class MapComparisons {

    static final String TYPE = COW_HASH_MAP;

    private static final List<String> KEY_TYPES = List.of(KeyTypes.INTEGER, KeyTypes.STRING);

    static final Series FORK = byMethod(MapForkBenchmark.FORK, "fork()");
    static final Series NEW_HASH_MAP =
            byMethod(MapForkBenchmark.NEW_HASH_MAP, "new HashMap<>(map)");
    static final Comparison FORK_THEN_PUT =
            new Comparison(
                    "fork() + first put(k, v)",
                    byMethod(MapForkBenchmark.FORK_THEN_PUT, "fork() + put(k, v)"),
                    byMethod(MapForkBenchmark.COPY_THEN_PUT, "new HashMap<>(map) + put(k, v)"));

    static final String WHY_ITERATE =
            "not traced; each entry is a live view whose getValue reads its slot again and checks"
                    + " the key there, where a HashMap entry is the node that holds the value";
    static final String WHY_ABSENT_PUT =
            "not traced; a removal leaves a deletion marker where the next slot is occupied, which"
                    + " a later insert on that path reuses, and markers bring a rebuild only on"
                    + " small tables (the allocation table shows where), so a rebuild is not the"
                    + " gap on large ones";
    static final String WHY_HIT =
            "not traced; a lookup finds its home slot through a 64-bit multiplication, so that"
                    + " every bit of the hash reaches the index, where HashMap spreads the hash with"
                    + " a shift and an XOR and masks it, and since the benchmark's keys are equal"
                    + " copies, every slot a lookup passes, the hit's included, has its hash code"
                    + " read from a second array";
    static final String WHY_MISS =
            "not traced; a miss walks its probe path to an empty slot (linear probing: about 2.5"
                    + " slots expected at a fill of 0.5, fewer below), reading each occupied slot's"
                    + " hash code from a second array, where HashMap's usually stops at an empty"
                    + " bucket";
    static final String WHY_PUT_NEW_VALUE =
            "not traced; besides the lookup (see the get rows), a put of a new value reads the"
                    + " map's share count before its store, the guard that keeps a fork's storage"
                    + " unwritten";
    static final String WHY_PUT_SAME_VALUE =
            "not traced; the put finds the key as get does (see the get rows), then finds the"
                    + " value already there and returns without a store";

    /** Which reason a target row of each benchmark gives where CowHashMap is the slower. */
    private static final Map<BenchmarkName, String> REASONS =
            Map.of(
                    MapIterateBenchmark.ITERATE, WHY_ITERATE,
                    MapWriteBenchmark.PUT_ABSENT_THEN_REMOVE, WHY_ABSENT_PUT,
                    MapGetBenchmark.GET_HIT, WHY_HIT,
                    MapGetBenchmark.GET_MISS, WHY_MISS,
                    MapWriteBenchmark.PUT_PRESENT, WHY_PUT_NEW_VALUE,
                    MapWriteBenchmark.PUT_PRESENT_SAME_VALUE, WHY_PUT_SAME_VALUE);

    /** Package {@code io.holstein.jmh.map}: {@code CowHashMap}. */
    static final ReportGroup GROUP =
            new ReportGroup("map", "Hash maps: CowHashMap", mapComparisons())
                    .withTargets(targets())
                    .withChart(
                            ChartSpec.bySize(
                                    "CowHashMap ÷ HashMap, Integer keys, by size",
                                    "entries",
                                    List.of(
                                            unshared(
                                                    "get, hit",
                                                    MapGetBenchmark.GET_HIT,
                                                    KeyTypes.INTEGER),
                                            unshared(
                                                    "get, miss",
                                                    MapGetBenchmark.GET_MISS,
                                                    KeyTypes.INTEGER),
                                            unshared(
                                                    "put, present key",
                                                    MapWriteBenchmark.PUT_PRESENT,
                                                    KeyTypes.INTEGER),
                                            unshared(
                                                    "put + remove, absent key",
                                                    MapWriteBenchmark.PUT_ABSENT_THEN_REMOVE,
                                                    KeyTypes.INTEGER),
                                            unshared(
                                                    "iterate",
                                                    MapIterateBenchmark.ITERATE,
                                                    KeyTypes.INTEGER),
                                            FORK_THEN_PUT.named(
                                                    "fork() + first put ÷ copy + put"))));

    private MapComparisons() {}

    /** The unshared operations, by name, with the reason each can be slower. */
    private static Map<String, BenchmarkName> operations() {
        Map<String, BenchmarkName> operations = new LinkedHashMap<>();
        operations.put("get, hit", MapGetBenchmark.GET_HIT);
        operations.put("get, miss", MapGetBenchmark.GET_MISS);
        operations.put("put, present key", MapWriteBenchmark.PUT_PRESENT);
        operations.put("put, present key and value", MapWriteBenchmark.PUT_PRESENT_SAME_VALUE);
        operations.put("put + remove, absent key", MapWriteBenchmark.PUT_ABSENT_THEN_REMOVE);
        operations.put("iterate", MapIterateBenchmark.ITERATE);
        return operations;
    }

    /** {@code CowHashMap} against {@code HashMap} on one benchmark and key type. */
    static Comparison unshared(String operation, BenchmarkName benchmark, String keys) {
        return new Comparison(
                operation + ", " + keys + " keys",
                byTypeAndKeys(benchmark, COW_HASH_MAP, keys).withLabel(COW_HASH_MAP),
                byTypeAndKeys(benchmark, HASH_MAP, keys).withLabel(HASH_MAP));
    }

    private static List<Comparison> mapComparisons() {
        List<Comparison> comparisons = new ArrayList<>();
        // LinkedHashMap's times are in the tables; its ratios would only double the lines.
        operations()
                .forEach(
                        (operation, benchmark) ->
                                KEY_TYPES.forEach(
                                        keys ->
                                                comparisons.add(
                                                        unshared(operation, benchmark, keys))));
        comparisons.add(new Comparison("copy", FORK, NEW_HASH_MAP));
        comparisons.add(FORK_THEN_PUT.named("copy + first write"));
        return List.copyOf(comparisons);
    }

    /** The targets of the issue that introduced {@code CowHashMap}. */
    private static List<Target> targets() {
        List<Target> t = new ArrayList<>();
        operations()
                .forEach(
                        (operation, benchmark) ->
                                KEY_TYPES.forEach(
                                        keys -> {
                                            Comparison c = unshared(operation, benchmark, keys);
                                            t.addAll(
                                                    Target.against(
                                                            TYPE,
                                                            c.operation() + ", unshared",
                                                            c.holstein(),
                                                            c.peer(),
                                                            limit(benchmark),
                                                            why(benchmark),
                                                            Sizes.COLLECTIONS));
                                        }));
        t.addAll(Target.against(TYPE, "fork()", FORK, NEW_HASH_MAP, 1e-4, "", Sizes.MILLION));
        t.addAll(
                Target.against(
                        TYPE,
                        FORK_THEN_PUT.operation(),
                        FORK_THEN_PUT.holstein(),
                        FORK_THEN_PUT.peer(),
                        0.5,
                        "",
                        Sizes.HUNDRED_THOUSAND,
                        Sizes.MILLION));
        return t;
    }

    /**
     * At most {@code HashMap}'s time, or a twentieth more for a put of the value already there,
     * where {@code HashMap} pays its lookup and one store and {@code CowHashMap} also compares the
     * value it finds.
     */
    private static double limit(BenchmarkName benchmark) {
        return benchmark.equals(MapWriteBenchmark.PUT_PRESENT_SAME_VALUE) ? 1.05 : 1.0;
    }

    private static String why(BenchmarkName benchmark) {
        return REASONS.getOrDefault(benchmark, "");
    }
}
