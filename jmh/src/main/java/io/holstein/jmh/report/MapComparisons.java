package io.holstein.jmh.report;

import static io.holstein.jmh.Implementations.COW_HASH_MAP;
import static io.holstein.jmh.Implementations.HASH_MAP;
import static io.holstein.jmh.report.Comparison.Scale.PARITY;
import static io.holstein.jmh.report.Comparison.Scale.SPEEDUP;
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

    private static final List<String> KEY_TYPES = List.of(KeyTypes.INTEGER, KeyTypes.STRING);

    /** Package {@code io.holstein.jmh.map}: {@code CowHashMap}. */
    static final ReportGroup GROUP = new ReportGroup("map", "Maps", mapComparisons());

    private MapComparisons() {}

    private static List<Comparison> mapComparisons() {
        List<Comparison> comparisons = new ArrayList<>();
        Map<String, BenchmarkName> operations = new LinkedHashMap<>();
        operations.put("get (hit)", MapGetBenchmark.GET_HIT);
        operations.put("get (miss)", MapGetBenchmark.GET_MISS);
        operations.put("put (present key)", MapWriteBenchmark.PUT_PRESENT);
        operations.put("put + remove (absent key)", MapWriteBenchmark.PUT_ABSENT_THEN_REMOVE);
        operations.put("iterate", MapIterateBenchmark.ITERATE);
        operations.forEach(
                (operation, benchmark) -> {
                    // LinkedHashMap's times are in the tables; its ratios would only double the
                    // lines.
                    for (String keys : KEY_TYPES) {
                        comparisons.add(
                                new Comparison(
                                        operation + ", " + keys + " keys",
                                        byTypeAndKeys(benchmark, COW_HASH_MAP, keys),
                                        byTypeAndKeys(benchmark, HASH_MAP, keys),
                                        PARITY));
                    }
                });
        Series fork = byMethod(MapForkBenchmark.FORK, "fork()");
        comparisons.add(
                new Comparison(
                        "copy",
                        fork,
                        byMethod(MapForkBenchmark.NEW_HASH_MAP, "new HashMap<>(map)"),
                        SPEEDUP));
        comparisons.add(
                new Comparison(
                        "copy + first write",
                        byMethod(MapForkBenchmark.FORK_THEN_PUT, "fork() + put(k, v)"),
                        byMethod(MapForkBenchmark.COPY_THEN_PUT, "new HashMap<>(map) + put(k, v)"),
                        PARITY));
        return List.copyOf(comparisons);
    }
}
