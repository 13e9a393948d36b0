package io.holstein.jmh.report;

import static io.holstein.jmh.TextKinds.LATIN1;
import static io.holstein.jmh.TextKinds.UTF16;

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

    private static final String COW_STRING = "CowString";

    static final String TYPE = COW_STRING;

    static final String WHY_APPEND_CHAR =
            "each write first reads the storage's share count, as CowArrayList.set does";
    static final String WHY_APPEND_STRING =
            "into UTF-16 storage CowString writes a String char by char, since no public method"
                    + " copies a String's chars into a given byte array in one block; into Latin-1"
                    + " storage it copies in bulk as StringBuilder does, and also reads its share"
                    + " count and writes its hash and modCount";
    static final String WHY_CHAR_AT =
            "a random index into long text misses the cache for both types, so the ratio moves"
                    + " with the memory";
    static final String WHY_TO_STRING_UTF16 =
            "no public String constructor takes UTF-16 bytes, so wide text passes through a char[]"
                    + " first";
    static final String WHY_TO_STRING_LATIN1 =
            "both copy the bytes once; CowString also adds its storage offset and passes the range"
                    + " check of the public String constructor, which StringBuilder's path inside"
                    + " java.lang skips";
    static final String WHY_FORK_THEN_WRITE =
            "the fork's own objects come on top of the same buffer copy, and weigh most on short"
                    + " text";

    /** Package {@code io.holstein.jmh.string}: {@code CowString}. */
    static final ReportGroup GROUP =
            new ReportGroup("string", "Strings: CowString", stringComparisons())
                    .withTargets(targets())
                    .withChart(
                            ChartSpec.bySize(
                                    "CowString ÷ StringBuilder, Latin-1 text, by length",
                                    "chars",
                                    List.of(
                                            latin1(
                                                    "append(char)",
                                                    AppendCharBenchmark.COW_STRING,
                                                    AppendCharBenchmark.STRING_BUILDER),
                                            latin1(
                                                    "append(String)",
                                                    AppendStringBenchmark.COW_STRING,
                                                    AppendStringBenchmark.STRING_BUILDER),
                                            latin1(
                                                    "charAt(i)",
                                                    CharAtBenchmark.COW_STRING,
                                                    CharAtBenchmark.STRING_BUILDER),
                                            latin1(
                                                    "toString()",
                                                    ToStringBenchmark.COW_STRING,
                                                    ToStringBenchmark.STRING_BUILDER),
                                            latin1(
                                                    "chars().sum()",
                                                    IterateCharsBenchmark.COW_STRING,
                                                    IterateCharsBenchmark.STRING_BUILDER),
                                            latin1(
                                                    "fork() + first setCharAt ÷ copy + setCharAt",
                                                    ForkThenWriteBenchmark.FORK_THEN_SET,
                                                    ForkThenWriteBenchmark.COPY_THEN_SET))));

    private StringComparisons() {}

    /** Two benchmark methods on Latin-1 text, Holstein's first. */
    static Comparison latin1(String operation, BenchmarkName holstein, BenchmarkName peer) {
        return new Comparison(
                operation,
                withText(holstein, COW_STRING, LATIN1),
                withText(peer, "StringBuilder", LATIN1));
    }

    /** The targets of the issue that introduced {@code CowString}. */
    private static List<Target> targets() {
        List<Target> t = new ArrayList<>();
        for (String text : List.of(LATIN1, UTF16)) {
            String in = ", " + text;
            t.addAll(
                    builderTarget(
                            "append(char)" + in,
                            AppendCharBenchmark.COW_STRING,
                            AppendCharBenchmark.STRING_BUILDER,
                            text,
                            WHY_APPEND_CHAR));
            t.addAll(
                    builderTarget(
                            "append(String)" + in,
                            AppendStringBenchmark.COW_STRING,
                            AppendStringBenchmark.STRING_BUILDER,
                            text,
                            WHY_APPEND_STRING));
            t.addAll(
                    builderTarget(
                            "charAt(i)" + in,
                            CharAtBenchmark.COW_STRING,
                            CharAtBenchmark.STRING_BUILDER,
                            text,
                            WHY_CHAR_AT));
            t.addAll(
                    builderTarget(
                            "toString()" + in,
                            ToStringBenchmark.COW_STRING,
                            ToStringBenchmark.STRING_BUILDER,
                            text,
                            text.equals(UTF16) ? WHY_TO_STRING_UTF16 : WHY_TO_STRING_LATIN1));
            Series fork = withText(ForkVsCopyBenchmark.FORK, "fork()", text);
            Series copy =
                    withText(ForkVsCopyBenchmark.NEW_STRING_BUILDER, "new StringBuilder(sb)", text);
            t.addAll(Target.against(TYPE, "fork()" + in, fork, copy, 1e-3, "", Sizes.MILLION));
            t.addAll(Target.against(TYPE, "fork()" + in, fork, copy, 1e-4, "", Sizes.TEN_MILLION));
        }
        return t;
    }

    /** "At most 1.1 × StringBuilder" at every length. */
    private static List<Target> builderTarget(
            String operation,
            BenchmarkName cowString,
            BenchmarkName builder,
            String text,
            String why) {
        return Target.against(
                TYPE,
                operation,
                withText(cowString, COW_STRING, text),
                withText(builder, "StringBuilder", text),
                1.1,
                why,
                Sizes.TEXTS);
    }

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
                        withText(InsertDeleteBenchmark.STRING, "String rebuilt", text)),
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
                                text)),
                new Comparison(
                        "copy + first write" + in,
                        withText(ForkThenWriteBenchmark.FORK_THEN_SET, "fork() + setCharAt", text),
                        withText(
                                ForkThenWriteBenchmark.COPY_THEN_SET,
                                "new StringBuilder(sb) + setCharAt",
                                text)),
                new Comparison(
                        "sub-sequence" + in,
                        withText(SliceBenchmark.SLICE, "slice(from, to)", text),
                        withText(
                                SliceBenchmark.BUILDER_SUBSTRING, "StringBuilder.substring", text)),
                new Comparison(
                        "sub-sequence" + in,
                        withText(SliceBenchmark.SLICE, "slice(from, to)", text),
                        withText(SliceBenchmark.STRING_SUBSTRING, "String.substring", text)));
    }

    /** One benchmark class's {@code cowString} method against its peer method, at parity. */
    private static Comparison cowStringParity(
            String operation,
            BenchmarkName cowString,
            BenchmarkName peer,
            String peerLabel,
            String text) {
        return new Comparison(
                operation, withText(cowString, COW_STRING, text), withText(peer, peerLabel, text));
    }

    /** A benchmark method's results for one {@code text} parameter value. */
    static Series withText(BenchmarkName benchmark, String label, String text) {
        return new Series(benchmark, Map.of("text", text), label);
    }

    private static List<Comparison> stringComparisons() {
        List<Comparison> all = new ArrayList<>(cowStringComparisons(LATIN1));
        all.addAll(cowStringComparisons(UTF16));
        return List.copyOf(all);
    }
}
