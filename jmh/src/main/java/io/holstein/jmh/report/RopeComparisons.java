package io.holstein.jmh.report;

import static io.holstein.jmh.TextKinds.LATIN1;
import static io.holstein.jmh.TextKinds.UTF16;

import io.holstein.jmh.BenchmarkName;
import io.holstein.jmh.rope.RopeBuildBenchmark;
import io.holstein.jmh.rope.RopeConcatBenchmark;
import io.holstein.jmh.rope.RopeEditBenchmark;
import io.holstein.jmh.rope.RopeReadBenchmark;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How the results of the rope group pair into ratios: {@code Rope} against {@code String}, {@code
 * StringBuilder} and Vavr's {@code CharSeq}, per kind of text.
 */
final class RopeComparisons {

    static final String TYPE = "Rope";

    /** What the tables call each benchmark method the targets and the chart name. */
    private static final Map<BenchmarkName, String> LABELS =
            Map.ofEntries(
                    Map.entry(RopeEditBenchmark.ROPE_INSERT, "Rope.insert"),
                    Map.entry(RopeEditBenchmark.STRING_INSERT, "String rebuilt by +"),
                    Map.entry(RopeEditBenchmark.ROPE_DELETE, "Rope.delete"),
                    Map.entry(RopeEditBenchmark.STRING_DELETE, "String rebuilt by concat"),
                    Map.entry(RopeEditBenchmark.ROPE_INSERT_THEN_DELETE, "Rope.insert + delete"),
                    Map.entry(
                            RopeEditBenchmark.BUILDER_INSERT_THEN_DELETE,
                            "StringBuilder.insert + delete"),
                    Map.entry(RopeConcatBenchmark.ROPE_CONCAT, "Rope.concat"),
                    Map.entry(RopeConcatBenchmark.STRING_CONCAT, "String.concat"),
                    Map.entry(RopeReadBenchmark.ROPE_CHAR_AT, "Rope.charAt"),
                    Map.entry(RopeReadBenchmark.STRING_CHAR_AT, "String.charAt"),
                    Map.entry(RopeReadBenchmark.ROPE_CHARS, "Rope.chars().sum()"),
                    Map.entry(RopeReadBenchmark.STRING_CHARS, "String.chars().sum()"),
                    Map.entry(RopeBuildBenchmark.ROPE_BUILDER, "Rope.Builder"),
                    Map.entry(RopeBuildBenchmark.STRING_BUILDER, "StringBuilder"));

    static final String WHY_CHARS =
            "the chunk cursor's set-up dominates short text, and long wide text lies in chunks"
                    + " apart on the heap where a String's one array streams";
    static final String WHY_CHAR_AT =
            "the chunks hang in a binary tree, and a random index misses the cache at each of its"
                    + " levels";

    /** Package {@code io.holstein.jmh.rope}: {@code Rope}, Latin-1 and UTF-16 text alike. */
    static final ReportGroup GROUP =
            new ReportGroup("rope", "Ropes: Rope", ropeComparisons())
                    .withTargets(targets())
                    .withChart(
                            ChartSpec.bySize(
                                    "Rope ÷ String and StringBuilder, Latin-1 text, by length",
                                    "chars",
                                    List.of(
                                            latin1(
                                                    "insert ÷ String rebuilt",
                                                    RopeEditBenchmark.ROPE_INSERT,
                                                    RopeEditBenchmark.STRING_INSERT),
                                            latin1(
                                                    "insert + delete ÷ StringBuilder",
                                                    RopeEditBenchmark.ROPE_INSERT_THEN_DELETE,
                                                    RopeEditBenchmark.BUILDER_INSERT_THEN_DELETE),
                                            latin1(
                                                    "concat ÷ String.concat",
                                                    RopeConcatBenchmark.ROPE_CONCAT,
                                                    RopeConcatBenchmark.STRING_CONCAT),
                                            latin1(
                                                    "charAt(i) ÷ String",
                                                    RopeReadBenchmark.ROPE_CHAR_AT,
                                                    RopeReadBenchmark.STRING_CHAR_AT),
                                            latin1(
                                                    "chars() ÷ String",
                                                    RopeReadBenchmark.ROPE_CHARS,
                                                    RopeReadBenchmark.STRING_CHARS),
                                            latin1(
                                                    "builder ÷ StringBuilder",
                                                    RopeBuildBenchmark.ROPE_BUILDER,
                                                    RopeBuildBenchmark.STRING_BUILDER))));

    private RopeComparisons() {}

    /** Two benchmark methods on Latin-1 text, the rope's first; labels from the method names. */
    static Comparison latin1(String operation, BenchmarkName rope, BenchmarkName peer) {
        return new Comparison(operation, series(rope, LATIN1), series(peer, LATIN1));
    }

    /** A rope benchmark method on {@code text}, with its label from {@link #LABELS}. */
    static Series series(BenchmarkName benchmark, String text) {
        return new Series(benchmark, Map.of("text", text), LABELS.get(benchmark));
    }

    /** The target "at most {@code limit} × {@code peer}" for {@code rope} on {@code text}. */
    private static List<Target> target(
            String operation,
            BenchmarkName rope,
            BenchmarkName peer,
            String text,
            double limit,
            String whySlower,
            String... sizes) {
        return Target.against(
                TYPE, operation, series(rope, text), series(peer, text), limit, whySlower, sizes);
    }

    /** The targets of the issue that introduced {@code Rope}. */
    private static List<Target> targets() {
        List<Target> t = new ArrayList<>();
        for (String text : List.of(LATIN1, UTF16)) {
            String in = ", " + text;
            t.addAll(
                    target(
                            "insert + delete in the middle" + in,
                            RopeEditBenchmark.ROPE_INSERT_THEN_DELETE,
                            RopeEditBenchmark.BUILDER_INSERT_THEN_DELETE,
                            text,
                            0.01,
                            "",
                            Sizes.TEN_MILLION));
            t.addAll(
                    target(
                            "insert in the middle" + in,
                            RopeEditBenchmark.ROPE_INSERT,
                            RopeEditBenchmark.STRING_INSERT,
                            text,
                            1e-3,
                            "",
                            Sizes.TEN_MILLION));
            t.addAll(
                    target(
                            "delete in the middle" + in,
                            RopeEditBenchmark.ROPE_DELETE,
                            RopeEditBenchmark.STRING_DELETE,
                            text,
                            1e-3,
                            "",
                            Sizes.TEN_MILLION));
            t.addAll(
                    target(
                            "concat of two halves" + in,
                            RopeConcatBenchmark.ROPE_CONCAT,
                            RopeConcatBenchmark.STRING_CONCAT,
                            text,
                            1e-3,
                            "",
                            Sizes.TEN_MILLION));
            t.addAll(
                    target(
                            "chars().sum()" + in,
                            RopeReadBenchmark.ROPE_CHARS,
                            RopeReadBenchmark.STRING_CHARS,
                            text,
                            1.5,
                            WHY_CHARS,
                            Sizes.TEXTS));
        }
        return t;
    }

    /** Each rope pairing, once for Latin-1 and once for UTF-16 text. */
    private static List<Comparison> ropeComparisons() {
        List<Comparison> comparisons = new ArrayList<>();
        for (String text : List.of(LATIN1, UTF16)) {
            comparisons.add(
                    rope(
                            "insert",
                            RopeEditBenchmark.ROPE_INSERT,
                            "Rope.insert",
                            RopeEditBenchmark.STRING_INSERT,
                            "String rebuilt by +",
                            text));
            comparisons.add(
                    rope(
                            "delete",
                            RopeEditBenchmark.ROPE_DELETE,
                            "Rope.delete",
                            RopeEditBenchmark.STRING_DELETE,
                            "String rebuilt by concat",
                            text));
            comparisons.add(
                    rope(
                            "insert + delete",
                            RopeEditBenchmark.ROPE_INSERT_THEN_DELETE,
                            "Rope.insert + delete",
                            RopeEditBenchmark.BUILDER_INSERT_THEN_DELETE,
                            "StringBuilder.insert + delete",
                            text));
            comparisons.add(
                    rope(
                            "concat halves",
                            RopeConcatBenchmark.ROPE_CONCAT,
                            "Rope.concat",
                            RopeConcatBenchmark.STRING_CONCAT,
                            "String.concat",
                            text));
            comparisons.add(
                    rope(
                            "charAt",
                            RopeReadBenchmark.ROPE_CHAR_AT,
                            "Rope.charAt",
                            RopeReadBenchmark.STRING_CHAR_AT,
                            "String.charAt",
                            text));
            comparisons.add(
                    rope(
                            "charAt",
                            RopeReadBenchmark.ROPE_CHAR_AT,
                            "Rope.charAt",
                            RopeReadBenchmark.BUILDER_CHAR_AT,
                            "StringBuilder.charAt",
                            text));
            comparisons.add(
                    rope(
                            "chars()",
                            RopeReadBenchmark.ROPE_CHARS,
                            "Rope.chars().sum()",
                            RopeReadBenchmark.STRING_CHARS,
                            "String.chars().sum()",
                            text));
            comparisons.add(
                    rope(
                            "append + build",
                            RopeBuildBenchmark.ROPE_BUILDER,
                            "Rope.Builder",
                            RopeBuildBenchmark.STRING_BUILDER,
                            "StringBuilder",
                            text));
            comparisons.add(
                    rope(
                            "insert",
                            RopeEditBenchmark.ROPE_INSERT,
                            "Rope.insert",
                            RopeEditBenchmark.CHAR_SEQ_INSERT,
                            "CharSeq.insert",
                            text));
            comparisons.add(
                    rope(
                            "delete",
                            RopeEditBenchmark.ROPE_DELETE,
                            "Rope.delete",
                            RopeEditBenchmark.CHAR_SEQ_DELETE,
                            "CharSeq.removeAt",
                            text));
            comparisons.add(
                    rope(
                            "concat halves",
                            RopeConcatBenchmark.ROPE_CONCAT,
                            "Rope.concat",
                            RopeConcatBenchmark.CHAR_SEQ_CONCAT,
                            "CharSeq.concat",
                            text));
            comparisons.add(
                    rope(
                            "charAt",
                            RopeReadBenchmark.ROPE_CHAR_AT,
                            "Rope.charAt",
                            RopeReadBenchmark.CHAR_SEQ_CHAR_AT,
                            "CharSeq.charAt",
                            text));
            comparisons.add(
                    rope(
                            "chars()",
                            RopeReadBenchmark.ROPE_CHARS,
                            "Rope.chars().sum()",
                            RopeReadBenchmark.CHAR_SEQ_CHARS,
                            "CharSeq.chars().sum()",
                            text));
        }
        return comparisons;
    }

    /** A rope benchmark method against a peer's, on text of kind {@code text}. */
    private static Comparison rope(
            String operation,
            BenchmarkName benchmark,
            String label,
            BenchmarkName peerBenchmark,
            String peerLabel,
            String text) {
        return new Comparison(
                operation + " (" + text + ")",
                new Series(benchmark, Map.of("text", text), label),
                new Series(peerBenchmark, Map.of("text", text), peerLabel));
    }
}
