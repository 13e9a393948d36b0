package io.holstein.jmh.report;

import static io.holstein.jmh.report.Comparison.Scale.PARITY;
import static io.holstein.jmh.report.Comparison.Scale.SPEEDUP;

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
                        "AppendCharBenchmark",
                        "stringBuilder",
                        "StringBuilder",
                        text),
                cowStringParity(
                        "append(String)" + in,
                        "AppendStringBenchmark",
                        "stringBuilder",
                        "StringBuilder",
                        text),
                cowStringParity(
                        "charAt" + in, "CharAtBenchmark", "stringBuilder", "StringBuilder", text),
                cowStringParity("charAt" + in, "CharAtBenchmark", "string", "String", text),
                cowStringParity(
                        "insert + delete at middle" + in,
                        "InsertDeleteBenchmark",
                        "stringBuilder",
                        "StringBuilder",
                        text),
                new Comparison(
                        "insert + delete at middle" + in,
                        withText("InsertDeleteBenchmark.cowString", COW_STRING, text),
                        withText("InsertDeleteBenchmark.string", "String rebuilt", text),
                        SPEEDUP),
                cowStringParity(
                        "toString" + in,
                        "ToStringBenchmark",
                        "stringBuilder",
                        "StringBuilder",
                        text),
                cowStringParity(
                        "iterate chars()" + in,
                        "IterateCharsBenchmark",
                        "stringBuilder",
                        "StringBuilder",
                        text),
                cowStringParity(
                        "iterate chars()" + in, "IterateCharsBenchmark", "string", "String", text),
                new Comparison(
                        "copy" + in,
                        withText("ForkVsCopyBenchmark.fork", "fork()", text),
                        withText(
                                "ForkVsCopyBenchmark.newStringBuilder",
                                "new StringBuilder(sb)",
                                text),
                        SPEEDUP),
                new Comparison(
                        "copy + first write" + in,
                        withText("ForkThenWriteBenchmark.forkThenSet", "fork() + setCharAt", text),
                        withText(
                                "ForkThenWriteBenchmark.copyThenSet",
                                "new StringBuilder(sb) + setCharAt",
                                text),
                        PARITY),
                new Comparison(
                        "sub-sequence" + in,
                        withText("SliceBenchmark.slice", "slice(from, to)", text),
                        withText(
                                "SliceBenchmark.builderSubstring", "StringBuilder.substring", text),
                        SPEEDUP),
                new Comparison(
                        "sub-sequence" + in,
                        withText("SliceBenchmark.slice", "slice(from, to)", text),
                        withText("SliceBenchmark.stringSubstring", "String.substring", text),
                        SPEEDUP));
    }

    /** One benchmark class's {@code cowString} method against its peer method, at parity. */
    private static Comparison cowStringParity(
            String operation, String benchmark, String peerMethod, String peerLabel, String text) {
        return new Comparison(
                operation,
                withText(benchmark + ".cowString", COW_STRING, text),
                withText(benchmark + "." + peerMethod, peerLabel, text),
                PARITY);
    }

    /** A benchmark method's results for one {@code text} parameter value. */
    private static Series withText(String benchmark, String label, String text) {
        return new Series(benchmark, Map.of("text", text), label);
    }

    private static List<Comparison> stringComparisons() {
        List<Comparison> all = new ArrayList<>(cowStringComparisons("latin1"));
        all.addAll(cowStringComparisons("utf16"));
        return List.copyOf(all);
    }
}
