package io.holstein.jmh.report;

import static io.holstein.jmh.TextKinds.LATIN1;
import static io.holstein.jmh.TextKinds.UTF16;
import static io.holstein.jmh.report.Comparison.Scale.PARITY;
import static io.holstein.jmh.report.Comparison.Scale.SPEEDUP;

import io.holstein.jmh.BenchmarkName;
import io.holstein.jmh.string.AppendCharBenchmark;
import io.holstein.jmh.string.AppendStringBenchmark;
import io.holstein.jmh.string.CharAtBenchmark;
import io.holstein.jmh.string.ForkThenWriteBenchmark;
import io.holstein.jmh.string.ForkVsCopyBenchmark;
import io.holstein.jmh.string.InsertDeleteBenchmark;
import io.holstein.jmh.string.IterateCharsBenchmark;
import io.holstein.jmh.string.SliceBenchmark;
import io.holstein.jmh.string.ToStringBenchmark;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How the results of the string group pair into ratios: {@code CowString} against {@code
 * StringBuilder} and {@code String}, per kind of text (Latin-1 and wider).
 */
final class StringComparisons {

    /** Package {@code io.holstein.jmh.string}: {@code CowString}. */
    static final ReportGroup GROUP = new ReportGroup("string", "Strings", stringComparisons());

    private StringComparisons() {}

    private static final String COW_STRING = "CowString";

    /** The CowString comparisons of group "string", for one text kind. */
    private static List<Comparison> cowStringComparisons(String text) {
        String in = " (" + text + ")";
        return List.of(
                cowStringParity(
                        "append(char)" + in,
                        AppendCharBenchmark.COW_STRING,
                        AppendCharBenchmark.STRING_BUILDER,
                        "StringBuilder",
                        text),
                cowStringParity(
                        "append(String)" + in,
                        AppendStringBenchmark.COW_STRING,
                        AppendStringBenchmark.STRING_BUILDER,
                        "StringBuilder",
                        text),
                cowStringParity(
                        "charAt" + in,
                        CharAtBenchmark.COW_STRING,
                        CharAtBenchmark.STRING_BUILDER,
                        "StringBuilder",
                        text),
                cowStringParity(
                        "charAt" + in,
                        CharAtBenchmark.COW_STRING,
                        CharAtBenchmark.STRING,
                        "String",
                        text),
                cowStringParity(
                        "insert + delete at middle" + in,
                        InsertDeleteBenchmark.COW_STRING,
                        InsertDeleteBenchmark.STRING_BUILDER,
                        "StringBuilder",
                        text),
                new Comparison(
                        "insert + delete at middle" + in,
                        withText(InsertDeleteBenchmark.COW_STRING, COW_STRING, text),
                        withText(InsertDeleteBenchmark.STRING, "String rebuilt", text),
                        SPEEDUP),
                cowStringParity(
                        "toString" + in,
                        ToStringBenchmark.COW_STRING,
                        ToStringBenchmark.STRING_BUILDER,
                        "StringBuilder",
                        text),
                cowStringParity(
                        "iterate chars()" + in,
                        IterateCharsBenchmark.COW_STRING,
                        IterateCharsBenchmark.STRING_BUILDER,
                        "StringBuilder",
                        text),
                cowStringParity(
                        "iterate chars()" + in,
                        IterateCharsBenchmark.COW_STRING,
                        IterateCharsBenchmark.STRING,
                        "String",
                        text),
                new Comparison(
                        "copy" + in,
                        withText(ForkVsCopyBenchmark.FORK, "fork()", text),
                        withText(
                                ForkVsCopyBenchmark.NEW_STRING_BUILDER,
                                "new StringBuilder(sb)",
                                text),
                        SPEEDUP),
                new Comparison(
                        "copy + first write" + in,
                        withText(ForkThenWriteBenchmark.FORK_THEN_SET, "fork() + setCharAt", text),
                        withText(
                                ForkThenWriteBenchmark.COPY_THEN_SET,
                                "new StringBuilder(sb) + setCharAt",
                                text),
                        PARITY),
                new Comparison(
                        "sub-sequence" + in,
                        withText(SliceBenchmark.SLICE, "slice(from, to)", text),
                        withText(SliceBenchmark.BUILDER_SUBSTRING, "StringBuilder.substring", text),
                        SPEEDUP),
                new Comparison(
                        "sub-sequence" + in,
                        withText(SliceBenchmark.SLICE, "slice(from, to)", text),
                        withText(SliceBenchmark.STRING_SUBSTRING, "String.substring", text),
                        SPEEDUP));
    }

    /** One benchmark class's {@code cowString} method against its peer method, at parity. */
    private static Comparison cowStringParity(
            String operation,
            BenchmarkName cowString,
            BenchmarkName peer,
            String peerLabel,
            String text) {
        return new Comparison(
                operation,
                withText(cowString, COW_STRING, text),
                withText(peer, peerLabel, text),
                PARITY);
    }

    /** A benchmark method's results for one {@code text} parameter value. */
    private static Series withText(BenchmarkName benchmark, String label, String text) {
        return new Series(benchmark, Map.of("text", text), label);
    }

    private static List<Comparison> stringComparisons() {
        List<Comparison> all = new ArrayList<>(cowStringComparisons(LATIN1));
        all.addAll(cowStringComparisons(UTF16));
        return List.copyOf(all);
    }
}
