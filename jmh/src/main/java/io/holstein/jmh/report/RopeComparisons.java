package io.holstein.jmh.report;

import static io.holstein.jmh.report.Comparison.Scale.PARITY;
import static io.holstein.jmh.report.Comparison.Scale.SPEEDUP;

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
        for (String text : List.of("latin1", "utf16")) {
            comparisons.add(
                    rope(
                            "insert",
                            "RopeEditBenchmark.ropeInsert",
                            "Rope.insert",
                            "RopeEditBenchmark.stringInsert",
                            "String rebuilt by +",
                            text,
                            SPEEDUP));
            comparisons.add(
                    rope(
                            "delete",
                            "RopeEditBenchmark.ropeDelete",
                            "Rope.delete",
                            "RopeEditBenchmark.stringDelete",
                            "String rebuilt by concat",
                            text,
                            SPEEDUP));
            comparisons.add(
                    rope(
                            "insert + delete",
                            "RopeEditBenchmark.ropeInsertThenDelete",
                            "Rope.insert + delete",
                            "RopeEditBenchmark.builderInsertThenDelete",
                            "StringBuilder.insert + delete",
                            text,
                            SPEEDUP));
            comparisons.add(
                    rope(
                            "concat halves",
                            "RopeConcatBenchmark.ropeConcat",
                            "Rope.concat",
                            "RopeConcatBenchmark.stringConcat",
                            "String.concat",
                            text,
                            SPEEDUP));
            comparisons.add(
                    rope(
                            "charAt",
                            "RopeReadBenchmark.ropeCharAt",
                            "Rope.charAt",
                            "RopeReadBenchmark.stringCharAt",
                            "String.charAt",
                            text,
                            PARITY));
            comparisons.add(
                    rope(
                            "charAt",
                            "RopeReadBenchmark.ropeCharAt",
                            "Rope.charAt",
                            "RopeReadBenchmark.builderCharAt",
                            "StringBuilder.charAt",
                            text,
                            PARITY));
            comparisons.add(
                    rope(
                            "chars()",
                            "RopeReadBenchmark.ropeChars",
                            "Rope.chars().sum()",
                            "RopeReadBenchmark.stringChars",
                            "String.chars().sum()",
                            text,
                            PARITY));
            comparisons.add(
                    rope(
                            "append + build",
                            "RopeBuildBenchmark.ropeBuilder",
                            "Rope.Builder",
                            "RopeBuildBenchmark.stringBuilder",
                            "StringBuilder",
                            text,
                            PARITY));
            comparisons.add(
                    rope(
                            "insert",
                            "RopeEditBenchmark.ropeInsert",
                            "Rope.insert",
                            "RopeEditBenchmark.charSeqInsert",
                            "CharSeq.insert",
                            text,
                            SPEEDUP));
            comparisons.add(
                    rope(
                            "delete",
                            "RopeEditBenchmark.ropeDelete",
                            "Rope.delete",
                            "RopeEditBenchmark.charSeqDelete",
                            "CharSeq.removeAt",
                            text,
                            SPEEDUP));
            comparisons.add(
                    rope(
                            "concat halves",
                            "RopeConcatBenchmark.ropeConcat",
                            "Rope.concat",
                            "RopeConcatBenchmark.charSeqConcat",
                            "CharSeq.concat",
                            text,
                            SPEEDUP));
            comparisons.add(
                    rope(
                            "charAt",
                            "RopeReadBenchmark.ropeCharAt",
                            "Rope.charAt",
                            "RopeReadBenchmark.charSeqCharAt",
                            "CharSeq.charAt",
                            text,
                            PARITY));
            comparisons.add(
                    rope(
                            "chars()",
                            "RopeReadBenchmark.ropeChars",
                            "Rope.chars().sum()",
                            "RopeReadBenchmark.charSeqChars",
                            "CharSeq.chars().sum()",
                            text,
                            PARITY));
        }
        return comparisons;
    }

    /** A rope benchmark method against a peer's, on text of kind {@code text}. */
    private static Comparison rope(
            String operation,
            String benchmark,
            String label,
            String peerBenchmark,
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
