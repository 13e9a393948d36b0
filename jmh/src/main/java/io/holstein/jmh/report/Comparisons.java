package io.holstein.jmh.report;

import static io.holstein.jmh.report.Comparison.Scale.PARITY;
import static io.holstein.jmh.report.Comparison.Scale.SPEEDUP;
import static io.holstein.jmh.report.Series.byType;
import static io.holstein.jmh.report.Series.byMethod;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    private static final String COW_HASH_MAP = "CowHashMap";
    private static final List<String> KEY_TYPES = List.of("Integer", "String");

    /** Package {@code io.holstein.jmh.map}: {@code CowHashMap}. */
    static final ReportGroup MAP = new ReportGroup("map", "Maps", mapComparisons());

    /**
     * Package {@code io.holstein.jmh.crossover}: writes alternating with snapshots, shown as
     * the cost per write by writes between snapshots ({@link CadenceChart}), not as ratios.
     */
    static final ReportGroup CROSSOVER = new ReportGroup("crossover",
            "Crossover: refcount against persistent, by writes between snapshots", List.of());

    /**
     * Package {@code io.holstein.jmh.sutter}: Sutter's copy-then-write experiment, Holstein's
     * atomic count against the other sharing disciplines, by thread setting and write share
     * ({@code written} of 3 copies). {@code size} is the string length.
     */
    static final ReportGroup SUTTER = new ReportGroup("sutter",
            "Sharing disciplines (Sutter's experiment)", sutterComparisons());

    /** Package {@code io.holstein.jmh.rope}: {@code Rope}, Latin-1 and UTF-16 text alike. */
    static final ReportGroup ROPE = new ReportGroup("rope", "Ropes", ropeComparisons());

    private static final List<ReportGroup> GROUPS = List.of(LIST, MAP, CROSSOVER, SUTTER, ROPE);

    private Comparisons() {
    }

    /** The definitions of group {@code name}, if there are any. */
    static Optional<ReportGroup> group(String name) {
        return GROUPS.stream().filter(g -> g.name().equals(name)).findFirst();
    }

    /** Each rope pairing, once for Latin-1 and once for UTF-16 text. */
    private static List<Comparison> ropeComparisons() {
        List<Comparison> comparisons = new ArrayList<>();
        for (String text : List.of("latin1", "utf16")) {
            comparisons.add(rope("insert", "RopeEditBenchmark.ropeInsert", "Rope.insert",
                    "RopeEditBenchmark.stringInsert", "String rebuilt by +", text, SPEEDUP));
            comparisons.add(rope("delete", "RopeEditBenchmark.ropeDelete", "Rope.delete",
                    "RopeEditBenchmark.stringDelete", "String rebuilt by concat", text, SPEEDUP));
            comparisons.add(rope("insert + delete", "RopeEditBenchmark.ropeInsertThenDelete",
                    "Rope.insert + delete", "RopeEditBenchmark.builderInsertThenDelete",
                    "StringBuilder.insert + delete", text, SPEEDUP));
            comparisons.add(rope("concat halves", "RopeConcatBenchmark.ropeConcat", "Rope.concat",
                    "RopeConcatBenchmark.stringConcat", "String.concat", text, SPEEDUP));
            comparisons.add(rope("charAt", "RopeReadBenchmark.ropeCharAt", "Rope.charAt",
                    "RopeReadBenchmark.stringCharAt", "String.charAt", text, PARITY));
            comparisons.add(rope("charAt", "RopeReadBenchmark.ropeCharAt", "Rope.charAt",
                    "RopeReadBenchmark.builderCharAt", "StringBuilder.charAt", text, PARITY));
            comparisons.add(rope("chars()", "RopeReadBenchmark.ropeChars", "Rope.chars().sum()",
                    "RopeReadBenchmark.stringChars", "String.chars().sum()", text, PARITY));
            comparisons.add(rope("append + build", "RopeBuildBenchmark.ropeBuilder", "Rope.Builder",
                    "RopeBuildBenchmark.stringBuilder", "StringBuilder", text, PARITY));
            comparisons.add(rope("insert", "RopeEditBenchmark.ropeInsert", "Rope.insert",
                    "RopeEditBenchmark.charSeqInsert", "CharSeq.insert", text, SPEEDUP));
            comparisons.add(rope("delete", "RopeEditBenchmark.ropeDelete", "Rope.delete",
                    "RopeEditBenchmark.charSeqDelete", "CharSeq.removeAt", text, SPEEDUP));
            comparisons.add(rope("concat halves", "RopeConcatBenchmark.ropeConcat", "Rope.concat",
                    "RopeConcatBenchmark.charSeqConcat", "CharSeq.concat", text, SPEEDUP));
            comparisons.add(rope("charAt", "RopeReadBenchmark.ropeCharAt", "Rope.charAt",
                    "RopeReadBenchmark.charSeqCharAt", "CharSeq.charAt", text, PARITY));
            comparisons.add(rope("chars()", "RopeReadBenchmark.ropeChars", "Rope.chars().sum()",
                    "RopeReadBenchmark.charSeqChars", "CharSeq.chars().sum()", text, PARITY));
        }
        return comparisons;
    }

    /** A rope benchmark method against a peer's, on text of kind {@code text}. */
    private static Comparison rope(String operation, String benchmark, String label, String peerBenchmark,
            String peerLabel, String text, Comparison.Scale scale) {
        return new Comparison(operation + " (" + text + ")",
                new Series(benchmark, Map.of("text", text), label),
                new Series(peerBenchmark, Map.of("text", text), peerLabel), scale);
    }

    private static List<Comparison> mapComparisons() {
        List<Comparison> comparisons = new ArrayList<>();
        for (String[] operation : new String[][] {
                {"get (hit)", "MapGetBenchmark.getHit"},
                {"get (miss)", "MapGetBenchmark.getMiss"},
                {"put (present key)", "MapWriteBenchmark.putPresent"},
                {"put + remove (absent key)", "MapWriteBenchmark.putAbsentThenRemove"},
                {"iterate", "MapIterateBenchmark.iterate"}}) {
            // LinkedHashMap's times are in the tables; its ratios would only double the lines.
            for (String keys : KEY_TYPES) {
                comparisons.add(new Comparison(operation[0] + ", " + keys + " keys",
                        mapSeries(operation[1], COW_HASH_MAP, keys),
                        mapSeries(operation[1], "HashMap", keys), PARITY));
            }
        }
        Series fork = byMethod("MapForkBenchmark.fork", "fork()");
        comparisons.add(new Comparison("copy", fork,
                byMethod("MapForkBenchmark.newHashMap", "new HashMap<>(map)"), SPEEDUP));
        comparisons.add(new Comparison("copy + first write",
                byMethod("MapForkBenchmark.forkThenPut", "fork() + put(k, v)"),
                byMethod("MapForkBenchmark.copyThenPut", "new HashMap<>(map) + put(k, v)"),
                PARITY));
        return List.copyOf(comparisons);
    }

    /** A map benchmark's series for implementation {@code type} and key type {@code keys}. */
    private static Series mapSeries(String benchmark, String type, String keys) {
        return new Series(benchmark, Map.of("type", type, "keys", keys),
                type + ", " + keys + " keys");
    }

    private static List<Comparison> sutterComparisons() {
        String one = "SutterBenchmark.oneThread";
        String own = "SutterBenchmark.twoThreadsOwnSource";
        String shared = "SutterBenchmark.twoThreadsSharedSource";
        List<Comparison> c = new ArrayList<>();
        for (String threads : List.of(one, shared)) {
            for (int written = 0; written <= 3; written++) {
                c.add(sutter(threads, written, "DeepCopy"));
                c.add(sutter(threads, written, "Immutable"));
            }
        }
        c.add(sutter(own, 1, "DeepCopy"));
        c.add(sutter(one, 1, "PlainCount"));
        c.add(sutter(shared, 1, "SynchronizedCount"));
        c.add(sutter(shared, 1, "SharedBit"));
        return List.copyOf(c);
    }

    /** The atomic count against {@code peer} in one thread setting at one write share. */
    private static Comparison sutter(String benchmark, int written, String peer) {
        String setting = switch (benchmark.substring(benchmark.indexOf('.') + 1)) {
            case "oneThread" -> "1 thread";
            case "twoThreadsOwnSource" -> "2 threads, own sources";
            default -> "2 threads, one source";
        };
        String operation = setting + ", " + written + "/3 written";
        return new Comparison(operation,
                sutterSeries(benchmark, written, "AtomicCount"),
                sutterSeries(benchmark, written, peer),
                peer.equals("PlainCount") ? PARITY : SPEEDUP);
    }

    /** One discipline's series; the operation column tells the thread setting and share. */
    private static Series sutterSeries(String benchmark, int written, String type) {
        return new Series(benchmark, Map.of("type", type, "written", Integer.toString(written)),
                type);
    }

    /** An unshared {@code CowArrayList} against {@code peer}, through one benchmark method. */
    private static Comparison unshared(String operation, String benchmark, String peer) {
        return new Comparison(operation,
                byType(benchmark, COW_ARRAY_LIST), byType(benchmark, peer), PARITY);
    }
}
