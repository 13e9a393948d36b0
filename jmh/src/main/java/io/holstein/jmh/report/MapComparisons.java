package io.holstein.jmh.report;

import static io.holstein.jmh.report.Comparison.Scale.PARITY;
import static io.holstein.jmh.report.Comparison.Scale.SPEEDUP;
import static io.holstein.jmh.report.Series.byMethod;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How the results of the map group pair into ratios: {@code CowHashMap} against {@code HashMap},
 * per key type, and its fork against the copies users make today.
 */
final class MapComparisons {

    private static final String COW_HASH_MAP = "CowHashMap";
    private static final List<String> KEY_TYPES = List.of("Integer", "String");

    /** Package {@code io.holstein.jmh.map}: {@code CowHashMap}. */
    static final ReportGroup GROUP = new ReportGroup("map", "Maps", mapComparisons());

    private MapComparisons() {}

    private static List<Comparison> mapComparisons() {
        List<Comparison> comparisons = new ArrayList<>();
        for (String[] operation :
                new String[][] {
                    {"get (hit)", "MapGetBenchmark.getHit"},
                    {"get (miss)", "MapGetBenchmark.getMiss"},
                    {"put (present key)", "MapWriteBenchmark.putPresent"},
                    {"put + remove (absent key)", "MapWriteBenchmark.putAbsentThenRemove"},
                    {"iterate", "MapIterateBenchmark.iterate"}
                }) {
            // LinkedHashMap's times are in the tables; its ratios would only double the lines.
            for (String keys : KEY_TYPES) {
                comparisons.add(
                        new Comparison(
                                operation[0] + ", " + keys + " keys",
                                mapSeries(operation[1], COW_HASH_MAP, keys),
                                mapSeries(operation[1], "HashMap", keys),
                                PARITY));
            }
        }
        Series fork = byMethod("MapForkBenchmark.fork", "fork()");
        comparisons.add(
                new Comparison(
                        "copy",
                        fork,
                        byMethod("MapForkBenchmark.newHashMap", "new HashMap<>(map)"),
                        SPEEDUP));
        comparisons.add(
                new Comparison(
                        "copy + first write",
                        byMethod("MapForkBenchmark.forkThenPut", "fork() + put(k, v)"),
                        byMethod("MapForkBenchmark.copyThenPut", "new HashMap<>(map) + put(k, v)"),
                        PARITY));
        return List.copyOf(comparisons);
    }

    /** A map benchmark's series for implementation {@code type} and key type {@code keys}. */
    private static Series mapSeries(String benchmark, String type, String keys) {
        return new Series(
                benchmark, Map.of("type", type, "keys", keys), type + ", " + keys + " keys");
    }
}
