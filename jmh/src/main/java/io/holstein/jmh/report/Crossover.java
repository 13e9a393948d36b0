package io.holstein.jmh.report;

import static io.holstein.jmh.Implementations.COW_HASH_MAP;
import static io.holstein.jmh.Implementations.COW_TREE_MAP;
import static io.holstein.jmh.Implementations.HASH_MAP;
import static io.holstein.jmh.Implementations.PERSISTENT_HASH_MAP;
import static io.holstein.jmh.Implementations.PERSISTENT_TREE_MAP;
import static io.holstein.jmh.Implementations.TREE_MAP;

import io.holstein.jmh.crossover.MapSnapshotCadenceBenchmark;
import io.holstein.jmh.crossover.SortedSnapshotCadenceBenchmark;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The crossover between the two disciplines, from {@link MapSnapshotCadenceBenchmark}: a map of one
 * size written {@code writes} times between two snapshots, one round per operation. The cost per
 * write is a round's time divided by {@code writes}; a ratio of two rounds at equal {@code writes}
 * is the ratio of their costs per write. What the report says about where the lines cross stays
 * within the measured values of {@code writes}. The same rounds of the sorted maps ({@link
 * SortedSnapshotCadenceBenchmark}) pair {@code CowTreeMap} with each alternative at each {@code
 * writes} ({@link #SORTED}).
 */
final class Crossover {

    static final String WRITES = "writes";

    static final Series COW =
            new Series(
                    MapSnapshotCadenceBenchmark.ROUND, Map.of("type", COW_HASH_MAP), COW_HASH_MAP);
    static final Series PERSISTENT =
            new Series(
                    MapSnapshotCadenceBenchmark.ROUND,
                    Map.of("type", PERSISTENT_HASH_MAP),
                    PERSISTENT_HASH_MAP);
    static final Series HASH_MAP_COPY =
            new Series(
                    MapSnapshotCadenceBenchmark.ROUND,
                    Map.of("type", HASH_MAP),
                    "HashMap copied per snapshot");

    /** {@code CowHashMap}'s cost per write over each alternative's, by writes between snapshots. */
    static final ChartSpec CHART =
            new ChartSpec(
                    "CowHashMap ÷ the alternatives, time per write, by writes between two snapshots",
                    "writes between two snapshots",
                    WRITES,
                    List.of(
                            new Comparison("CowHashMap ÷ PersistentHashMap", COW, PERSISTENT),
                            new Comparison(
                                    "CowHashMap ÷ HashMap copied per snapshot",
                                    COW,
                                    HASH_MAP_COPY)));

    /**
     * {@code CowTreeMap}'s round against {@code CowHashMap}'s, {@code PersistentTreeMap}'s and a
     * {@code TreeMap} copied per snapshot, at each value of {@code writes}: the ratio of their
     * costs per write.
     */
    static final List<Comparison> SORTED = sortedComparisons();

    /**
     * Whether {@code jmh/results/} holds no results of {@link SortedSnapshotCadenceBenchmark} yet:
     * then every cell of {@link #SORTED} is declared empty ({@link Gap}) with the run that measures
     * it. When its results are committed, the report names those cells as declared but present: set
     * this to false then.
     */
    static final boolean SORTED_NOT_MEASURED_YET = false;

    private static final String SORTED_RUN =
            "not measured yet: run `HOLSTEIN_JMH_OPTIONS='-e"
                    + " ^io\\.holstein\\.jmh\\.crossover\\.(?!SortedSnapshotCadence)' jmh/run --full"
                    + " crossover-sorted` (20 benchmarks, about 7 minutes)";

    private Crossover() {}

    /** Every cell of {@link #SORTED}, declared empty with the run that measures it. */
    static List<Gap> sortedNotMeasured() {
        return Gap.everyCell(
                SORTED.stream().flatMap(Comparison::series).toList(), (s, size) -> SORTED_RUN);
    }

    private static List<Comparison> sortedComparisons() {
        List<Comparison> c = new ArrayList<>();
        for (String k : SortedSnapshotCadenceBenchmark.ROUND.declaredParams().get(WRITES)) {
            Series cow = sortedRound(COW_TREE_MAP, k, COW_TREE_MAP);
            String operation =
                    "sorted, " + k + (k.equals("1") ? " write" : " writes") + " between snapshots";
            c.add(new Comparison(operation, cow, sortedRound(COW_HASH_MAP, k, COW_HASH_MAP)));
            c.add(
                    new Comparison(
                            operation,
                            cow,
                            sortedRound(PERSISTENT_TREE_MAP, k, PERSISTENT_TREE_MAP)));
            c.add(
                    new Comparison(
                            operation,
                            cow,
                            sortedRound(TREE_MAP, k, "TreeMap copied per snapshot")));
        }
        return List.copyOf(c);
    }

    private static Series sortedRound(String type, String writes, String label) {
        return new Series(
                SortedSnapshotCadenceBenchmark.ROUND, Map.of("type", type, WRITES, writes), label);
    }

    /**
     * The table of time per write (a round's time ÷ its writes) by implementation and writes, for
     * the group's page; empty if the results have no {@code writes} parameter.
     */
    static String costTable(ResultIndex results) {
        TreeSet<Long> writes = writes(results);
        if (writes.isEmpty()) {
            return "";
        }
        List<String> header = new ArrayList<>(List.of("Writes between snapshots"));
        List<Series> all = List.of(COW, PERSISTENT, HASH_MAP_COPY);
        all.forEach(s -> header.add(Formats.code(s.label()) + " (ns per write)"));
        List<List<String>> lines = new ArrayList<>();
        for (long k : writes) {
            List<String> line = new ArrayList<>(List.of(String.format(Locale.ROOT, "%,d", k)));
            for (Series s : all) {
                line.add(perWrite(results, s, k).orElse(Formats.MISSING));
            }
            lines.add(line);
        }
        return Formats.table(header, 1, lines);
    }

    /**
     * The performance page's summary: per measured {@code writes}, the time per write of each
     * discipline and the ratio of the refcount map to the persistent one with its bounds, then one
     * sentence on which is cheaper where, limited to the measured range.
     */
    static String summary(ResultIndex results) {
        TreeSet<Long> writes = writes(results);
        String size = sizeOf(results);
        List<List<String>> lines = new ArrayList<>();
        List<Long> cowCheaper = new ArrayList<>();
        List<Long> persistentCheaper = new ArrayList<>();
        for (long k : writes) {
            Map<String, String> at = Map.of(WRITES, Long.toString(k));
            Ratio ratio = results.ratio(COW, PERSISTENT, size, at).orElseThrow();
            if (ratio.hasBounds() && ratio.upper() < 1) {
                cowCheaper.add(k);
            } else if (ratio.hasBounds() && ratio.lower() > 1) {
                persistentCheaper.add(k);
            }
            lines.add(
                    List.of(
                            String.format(Locale.ROOT, "%,d", k),
                            perWrite(results, COW, k).orElse(Formats.MISSING),
                            perWrite(results, PERSISTENT, k).orElse(Formats.MISSING),
                            perWrite(results, HASH_MAP_COPY, k).orElse(Formats.MISSING),
                            Formats.bounded(ratio)));
        }
        String table =
                Formats.table(
                        List.of(
                                "Writes between snapshots",
                                "`CowHashMap`, ns per write",
                                "`PersistentHashMap`, ns per write",
                                "`HashMap` copied per snapshot, ns per write",
                                "`CowHashMap` ÷ `PersistentHashMap` [bounds]"),
                        1,
                        lines);
        return table + "\n" + sentence(writes, size, cowCheaper, persistentCheaper) + "\n";
    }

    /** Which discipline is cheaper per write at which measured cadence, and nothing beyond it. */
    private static String sentence(
            TreeSet<Long> writes, String size, List<Long> cowCheaper, List<Long> persistent) {
        String range =
                String.format(
                        Locale.ROOT,
                        "at %s entries, from %,d to %,d writes between two snapshots (the measured"
                                + " range)",
                        Formats.size(size),
                        writes.first(),
                        writes.last());
        if (persistent.size() == writes.size()) {
            return "Read from the bounds, "
                    + range
                    + ", `PersistentHashMap` costs less per write at every measured cadence;"
                    + " whether `CowHashMap` overtakes it beyond "
                    + String.format(Locale.ROOT, "%,d", writes.last())
                    + " writes was not measured.";
        }
        if (cowCheaper.size() == writes.size()) {
            return "Read from the bounds, "
                    + range
                    + ", `CowHashMap` costs less per write at every"
                    + " measured cadence.";
        }
        return "Read from the bounds, "
                + range
                + ": `PersistentHashMap` costs less per write at "
                + list(persistent)
                + " writes, `CowHashMap` at "
                + list(cowCheaper)
                + ", and neither is clearly cheaper at the rest.";
    }

    private static String list(List<Long> writes) {
        return writes.isEmpty()
                ? "none of the measured"
                : String.join(
                        ", ",
                        writes.stream().map(k -> String.format(Locale.ROOT, "%,d", k)).toList());
    }

    private static Optional<String> perWrite(ResultIndex results, Series series, long k) {
        return results.all().stream()
                .filter(r -> series.matches(r) && Long.toString(k).equals(r.params().get(WRITES)))
                .findFirst()
                .map(r -> String.format(Locale.ROOT, "%,.0f", r.time().value() / k));
    }

    /** The values of {@code writes} of the hash maps' rounds in {@code results}. */
    private static TreeSet<Long> writes(ResultIndex results) {
        TreeSet<Long> writes = new TreeSet<>();
        for (BenchmarkResult r : results.all()) {
            String w = r.params().get(WRITES);
            if (w != null && r.benchmark().equals(COW.benchmark().fullName())) {
                writes.add(Long.parseLong(w));
            }
        }
        return writes;
    }

    private static String sizeOf(ResultIndex results) {
        return results.all().stream()
                .filter(COW::matches)
                .map(BenchmarkResult::size)
                .findFirst()
                .orElse("");
    }
}
