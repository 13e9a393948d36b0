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

    // ------------------------------------------------------------------ strings: CowString
    // Package io.holstein.jmh.string, CowString against StringBuilder and String, per text kind
    // (Latin-1 and wider). Rope's comparisons belong in a block of their own below this one.

    private static final String COW_STRING = "CowString";

    /** The CowString comparisons of group "string", for one text kind. */
    private static List<Comparison> cowStringComparisons(String text) {
        String in = " (" + text + ")";
        return List.of(
                cowStringParity("append(char)" + in, "AppendCharBenchmark", "stringBuilder", "StringBuilder", text),
                cowStringParity("append(String)" + in, "AppendStringBenchmark", "stringBuilder", "StringBuilder", text),
                cowStringParity("charAt" + in, "CharAtBenchmark", "stringBuilder", "StringBuilder", text),
                cowStringParity("charAt" + in, "CharAtBenchmark", "string", "String", text),
                cowStringParity("insert + delete at middle" + in, "InsertDeleteBenchmark", "stringBuilder",
                        "StringBuilder", text),
                new Comparison("insert + delete at middle" + in,
                        withText("InsertDeleteBenchmark.cowString", COW_STRING, text),
                        withText("InsertDeleteBenchmark.string", "String rebuilt", text), SPEEDUP),
                cowStringParity("toString" + in, "ToStringBenchmark", "stringBuilder", "StringBuilder", text),
                cowStringParity("iterate chars()" + in, "IterateCharsBenchmark", "stringBuilder", "StringBuilder", text),
                cowStringParity("iterate chars()" + in, "IterateCharsBenchmark", "string", "String", text),
                new Comparison("copy" + in,
                        withText("ForkVsCopyBenchmark.fork", "fork()", text),
                        withText("ForkVsCopyBenchmark.newStringBuilder", "new StringBuilder(sb)", text), SPEEDUP),
                new Comparison("copy + first write" + in,
                        withText("ForkThenWriteBenchmark.forkThenSet", "fork() + setCharAt", text),
                        withText("ForkThenWriteBenchmark.copyThenSet", "new StringBuilder(sb) + setCharAt", text),
                        PARITY),
                new Comparison("sub-sequence" + in,
                        withText("SliceBenchmark.slice", "slice(from, to)", text),
                        withText("SliceBenchmark.builderSubstring", "StringBuilder.substring", text), SPEEDUP),
                new Comparison("sub-sequence" + in,
                        withText("SliceBenchmark.slice", "slice(from, to)", text),
                        withText("SliceBenchmark.stringSubstring", "String.substring", text), SPEEDUP));
    }

    /** One benchmark class's {@code cowString} method against its peer method, at parity. */
    private static Comparison cowStringParity(String operation, String benchmark, String peerMethod,
            String peerLabel, String text) {
        return new Comparison(operation,
                withText(benchmark + ".cowString", COW_STRING, text),
                withText(benchmark + "." + peerMethod, peerLabel, text), PARITY);
    }

    /** A benchmark method's results for one {@code text} parameter value. */
    private static Series withText(String benchmark, String label, String text) {
        return new Series(benchmark, java.util.Map.of("text", text), label);
    }

    private static List<Comparison> stringComparisons() {
        List<Comparison> all = new java.util.ArrayList<>(cowStringComparisons("latin1"));
        all.addAll(cowStringComparisons("utf16"));
        return List.copyOf(all);
    }

    /** Package {@code io.holstein.jmh.string}: {@code CowString} (and later {@code Rope}). */
    static final ReportGroup STRING = new ReportGroup("string", "Strings", stringComparisons());

    // ------------------------------------------------------------------ end of strings: CowString

    private static final List<ReportGroup> GROUPS = List.of(LIST, STRING);

    private Comparisons() {
    }

    /** The definitions of group {@code name}, if there are any. */
    static Optional<ReportGroup> group(String name) {
        return GROUPS.stream().filter(g -> g.name().equals(name)).findFirst();
    }

    /** An unshared {@code CowArrayList} against {@code peer}, through one benchmark method. */
    private static Comparison unshared(String operation, String benchmark, String peer) {
        return new Comparison(operation,
                byType(benchmark, COW_ARRAY_LIST), byType(benchmark, peer), PARITY);
    }
}
