package io.holstein.jmh.report;

import static io.holstein.jmh.TextKinds.LATIN1;
import static io.holstein.jmh.TextKinds.UTF16;
import static io.holstein.jmh.report.Comparison.Scale.PARITY;
import static io.holstein.jmh.report.Comparison.Scale.SPEEDUP;

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

    /** Package {@code io.holstein.jmh.rope}: {@code Rope}, Latin-1 and UTF-16 text alike. */
    static final ReportGroup GROUP = new ReportGroup("rope", "Ropes", ropeComparisons());

    private RopeComparisons() {}

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
                            text,
                            SPEEDUP));
            comparisons.add(
                    rope(
                            "delete",
                            RopeEditBenchmark.ROPE_DELETE,
                            "Rope.delete",
                            RopeEditBenchmark.STRING_DELETE,
                            "String rebuilt by concat",
                            text,
                            SPEEDUP));
            comparisons.add(
                    rope(
                            "insert + delete",
                            RopeEditBenchmark.ROPE_INSERT_THEN_DELETE,
                            "Rope.insert + delete",
                            RopeEditBenchmark.BUILDER_INSERT_THEN_DELETE,
                            "StringBuilder.insert + delete",
                            text,
                            SPEEDUP));
            comparisons.add(
                    rope(
                            "concat halves",
                            RopeConcatBenchmark.ROPE_CONCAT,
                            "Rope.concat",
                            RopeConcatBenchmark.STRING_CONCAT,
                            "String.concat",
                            text,
                            SPEEDUP));
            comparisons.add(
                    rope(
                            "charAt",
                            RopeReadBenchmark.ROPE_CHAR_AT,
                            "Rope.charAt",
                            RopeReadBenchmark.STRING_CHAR_AT,
                            "String.charAt",
                            text,
                            PARITY));
            comparisons.add(
                    rope(
                            "charAt",
                            RopeReadBenchmark.ROPE_CHAR_AT,
                            "Rope.charAt",
                            RopeReadBenchmark.BUILDER_CHAR_AT,
                            "StringBuilder.charAt",
                            text,
                            PARITY));
            comparisons.add(
                    rope(
                            "chars()",
                            RopeReadBenchmark.ROPE_CHARS,
                            "Rope.chars().sum()",
                            RopeReadBenchmark.STRING_CHARS,
                            "String.chars().sum()",
                            text,
                            PARITY));
            comparisons.add(
                    rope(
                            "append + build",
                            RopeBuildBenchmark.ROPE_BUILDER,
                            "Rope.Builder",
                            RopeBuildBenchmark.STRING_BUILDER,
                            "StringBuilder",
                            text,
                            PARITY));
            comparisons.add(
                    rope(
                            "insert",
                            RopeEditBenchmark.ROPE_INSERT,
                            "Rope.insert",
                            RopeEditBenchmark.CHAR_SEQ_INSERT,
                            "CharSeq.insert",
                            text,
                            SPEEDUP));
            comparisons.add(
                    rope(
                            "delete",
                            RopeEditBenchmark.ROPE_DELETE,
                            "Rope.delete",
                            RopeEditBenchmark.CHAR_SEQ_DELETE,
                            "CharSeq.removeAt",
                            text,
                            SPEEDUP));
            comparisons.add(
                    rope(
                            "concat halves",
                            RopeConcatBenchmark.ROPE_CONCAT,
                            "Rope.concat",
                            RopeConcatBenchmark.CHAR_SEQ_CONCAT,
                            "CharSeq.concat",
                            text,
                            SPEEDUP));
            comparisons.add(
                    rope(
                            "charAt",
                            RopeReadBenchmark.ROPE_CHAR_AT,
                            "Rope.charAt",
                            RopeReadBenchmark.CHAR_SEQ_CHAR_AT,
                            "CharSeq.charAt",
                            text,
                            PARITY));
            comparisons.add(
                    rope(
                            "chars()",
                            RopeReadBenchmark.ROPE_CHARS,
                            "Rope.chars().sum()",
                            RopeReadBenchmark.CHAR_SEQ_CHARS,
                            "CharSeq.chars().sum()",
                            text,
                            PARITY));
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
            String text,
            Comparison.Scale scale) {
        return new Comparison(
                operation + " (" + text + ")",
                new Series(benchmark, Map.of("text", text), label),
                new Series(peerBenchmark, Map.of("text", text), peerLabel),
                scale);
    }
}
