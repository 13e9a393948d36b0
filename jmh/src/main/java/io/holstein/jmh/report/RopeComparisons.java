package io.holstein.jmh.report;

import static io.holstein.jmh.TextKinds.LATIN1;
import static io.holstein.jmh.TextKinds.UTF16;
import static io.holstein.jmh.rope.RopeCharSequenceBenchmark.EDITED;
import static io.holstein.jmh.rope.RopeCharSequenceBenchmark.FRESH;

import io.holstein.jmh.BenchmarkName;
import io.holstein.jmh.rope.RopeBuildBenchmark;
import io.holstein.jmh.rope.RopeCharSequenceBenchmark;
import io.holstein.jmh.rope.RopeConcatBenchmark;
import io.holstein.jmh.rope.RopeEditBenchmark;
import io.holstein.jmh.rope.RopeReadBenchmark;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How the results of the rope group pair into ratios: {@code Rope} against {@code String}, {@code
 * StringBuilder} and Vavr's {@code CharSeq}, per kind of text, and a rope read as a {@code
 * CharSequence} against the same text as a {@code String} and a {@code StringBuilder} (and its
 * {@code append} against a minimal {@code CharSequence} that forwards to the {@code String}), per
 * kind of text and shape of rope.
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
                    Map.entry(RopeBuildBenchmark.STRING_BUILDER, "StringBuilder"),
                    Map.entry(
                            RopeCharSequenceBenchmark.ROPE_CHAR_AT_IN_ORDER,
                            "Rope.charAt, in order"),
                    Map.entry(
                            RopeCharSequenceBenchmark.STRING_CHAR_AT_IN_ORDER,
                            "String.charAt, in order"),
                    Map.entry(
                            RopeCharSequenceBenchmark.BUILDER_CHAR_AT_IN_ORDER,
                            "StringBuilder.charAt, in order"),
                    Map.entry(
                            RopeCharSequenceBenchmark.ROPE_CHAR_AT_RANDOM,
                            "Rope.charAt, at random"),
                    Map.entry(
                            RopeCharSequenceBenchmark.STRING_CHAR_AT_RANDOM,
                            "String.charAt, at random"),
                    Map.entry(
                            RopeCharSequenceBenchmark.BUILDER_CHAR_AT_RANDOM,
                            "StringBuilder.charAt, at random"),
                    Map.entry(
                            RopeCharSequenceBenchmark.ROPE_CHARS_ITERATOR,
                            "Rope.chars().iterator()"),
                    Map.entry(
                            RopeCharSequenceBenchmark.STRING_CHARS_ITERATOR,
                            "String.chars().iterator()"),
                    Map.entry(
                            RopeCharSequenceBenchmark.BUILDER_CHARS_ITERATOR,
                            "StringBuilder.chars().iterator()"),
                    Map.entry(RopeCharSequenceBenchmark.ROPE_CHARS_SUM, "Rope.chars().sum()"),
                    Map.entry(RopeCharSequenceBenchmark.STRING_CHARS_SUM, "String.chars().sum()"),
                    Map.entry(
                            RopeCharSequenceBenchmark.BUILDER_CHARS_SUM,
                            "StringBuilder.chars().sum()"),
                    Map.entry(RopeCharSequenceBenchmark.ROPE_REGEX_FIND, "matcher(Rope).find()"),
                    Map.entry(
                            RopeCharSequenceBenchmark.STRING_REGEX_FIND, "matcher(String).find()"),
                    Map.entry(
                            RopeCharSequenceBenchmark.BUILDER_REGEX_FIND,
                            "matcher(StringBuilder).find()"),
                    Map.entry(
                            RopeCharSequenceBenchmark.ROPE_APPEND_TO,
                            "new StringBuilder().append(Rope)"),
                    Map.entry(
                            RopeCharSequenceBenchmark.STRING_APPEND_TO,
                            "new StringBuilder().append(String)"),
                    Map.entry(
                            RopeCharSequenceBenchmark.BUILDER_APPEND_TO,
                            "new StringBuilder().append(StringBuilder)"),
                    Map.entry(
                            RopeCharSequenceBenchmark.FORWARDING_APPEND_TO,
                            "new StringBuilder().append(forwarding CharSequence)"),
                    Map.entry(
                            RopeCharSequenceBenchmark.ROPE_WRITE_TO,
                            "Rope.writeTo(new StringBuilder())"));

    /**
     * A read of {@link RopeCharSequenceBenchmark}: what it does, and its methods on a rope, a
     * {@code String} and a {@code StringBuilder}.
     */
    private record Read(
            String operation, BenchmarkName rope, BenchmarkName string, BenchmarkName builder) {}

    private static final Read CHAR_AT_IN_ORDER =
            new Read(
                    "charAt in order",
                    RopeCharSequenceBenchmark.ROPE_CHAR_AT_IN_ORDER,
                    RopeCharSequenceBenchmark.STRING_CHAR_AT_IN_ORDER,
                    RopeCharSequenceBenchmark.BUILDER_CHAR_AT_IN_ORDER);
    private static final Read CHAR_AT_RANDOM =
            new Read(
                    "charAt at random",
                    RopeCharSequenceBenchmark.ROPE_CHAR_AT_RANDOM,
                    RopeCharSequenceBenchmark.STRING_CHAR_AT_RANDOM,
                    RopeCharSequenceBenchmark.BUILDER_CHAR_AT_RANDOM);
    private static final Read CHARS_ITERATOR =
            new Read(
                    "chars().iterator()",
                    RopeCharSequenceBenchmark.ROPE_CHARS_ITERATOR,
                    RopeCharSequenceBenchmark.STRING_CHARS_ITERATOR,
                    RopeCharSequenceBenchmark.BUILDER_CHARS_ITERATOR);
    private static final Read CHARS_SUM =
            new Read(
                    "chars().sum()",
                    RopeCharSequenceBenchmark.ROPE_CHARS_SUM,
                    RopeCharSequenceBenchmark.STRING_CHARS_SUM,
                    RopeCharSequenceBenchmark.BUILDER_CHARS_SUM);
    private static final Read REGEX_FIND =
            new Read(
                    "regex find",
                    RopeCharSequenceBenchmark.ROPE_REGEX_FIND,
                    RopeCharSequenceBenchmark.STRING_REGEX_FIND,
                    RopeCharSequenceBenchmark.BUILDER_REGEX_FIND);
    private static final Read APPEND =
            new Read(
                    "StringBuilder.append(x)",
                    RopeCharSequenceBenchmark.ROPE_APPEND_TO,
                    RopeCharSequenceBenchmark.STRING_APPEND_TO,
                    RopeCharSequenceBenchmark.BUILDER_APPEND_TO);

    /** The rope's own way into a {@code StringBuilder}, against the others' {@code append}. */
    private static final Read WRITE_TO =
            new Read(
                    "writeTo a StringBuilder",
                    RopeCharSequenceBenchmark.ROPE_WRITE_TO,
                    RopeCharSequenceBenchmark.STRING_APPEND_TO,
                    RopeCharSequenceBenchmark.BUILDER_APPEND_TO);

    private static final List<Read> READS =
            List.of(
                    CHAR_AT_IN_ORDER,
                    CHAR_AT_RANDOM,
                    CHARS_ITERATOR,
                    CHARS_SUM,
                    REGEX_FIND,
                    APPEND,
                    WRITE_TO);

    /** A kind of text and a shape of rope: the fixed parameters of a read's rows. */
    private record Kind(String text, String shape) {}

    /** The limit of the targets on regex find, {@code chars().iterator()} and append. */
    static final double READ_LIMIT = 1.5;

    /** The limit of the targets on {@code charAt} through a {@code CharSequence}. */
    static final double CHAR_AT_LIMIT = 3;

    /** The sizes "from 1,000 chars up" of the read targets: every size the reads declare. */
    private static final String[] FROM_THOUSAND = {
        Sizes.THOUSAND, Sizes.MILLION, Sizes.TEN_MILLION
    };

    static final String WHY_CHARS =
            "the spliterator descends to its first chunk before it reads a char, which shows on"
                    + " short text";
    static final String WHY_CHAR_AT =
            "a random index descends the tree of chunks, three dependent loads per level and up to"
                    + " four levels at ten million chars, then the chunk and its bytes: 12 to 15"
                    + " dependent loads where a String has two";
    static final String WHY_CHAR_AT_IN_ORDER =
            "the loop calls the descent when it leaves the cached chunk, so each char reloads the"
                    + " cache holder and its fields, where the JIT hoists a String's array and"
                    + " checks out of the loop";
    static final String WHY_REGEX =
            "a Matcher reads text by charAt, which on a rope reloads the cache holder and its"
                    + " fields at each char, and on long text some JVMs leave the pattern's first"
                    + " node a call at each position";
    static final String WHY_ITERATOR =
            "the step to the next chunk, inside the reading loop, writes the chunk's array, coder"
                    + " and end, and the loop loads them and the array's length at every char,"
                    + " where a String's loop keeps its array, length and fence in registers";
    static final String WHY_EDIT =
            "the rope is built at once, its chunks full, so the insert splits a chunk and joins"
                    + " the tree again and the delete merges the two halves back, copying chunks"
                    + " and paths of a few kilobytes each way, where a Latin-1 StringBuilder moves"
                    + " one byte per char in one memmove, half of what UTF-16 text costs it";
    static final String WHY_APPEND =
            "append(String) copies one array, while append(CharSequence) reads any other text by"
                    + " charAt, one char at a time";

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

    /**
     * Two methods of {@link RopeCharSequenceBenchmark} on Latin-1 text and an edited rope, the
     * rope's first.
     */
    static Comparison editedLatin1(String operation, BenchmarkName rope, BenchmarkName peer) {
        Kind kind = new Kind(LATIN1, EDITED);
        return new Comparison(operation, series(rope, kind), series(peer, kind));
    }

    /** A rope benchmark method on {@code text}, with its label from {@link #LABELS}. */
    static Series series(BenchmarkName benchmark, String text) {
        return new Series(benchmark, Map.of("text", text), LABELS.get(benchmark));
    }

    /**
     * A method of {@link RopeCharSequenceBenchmark} on {@code kind}, labelled as {@link #series}.
     */
    private static Series series(BenchmarkName benchmark, Kind kind) {
        return new Series(
                benchmark,
                Map.of("text", kind.text(), "shape", kind.shape()),
                LABELS.get(benchmark));
    }

    /**
     * The read against the same text as a {@code String} and as a {@code StringBuilder}; {@link
     * #APPEND} also against a {@code CharSequence} that forwards to the {@code String}: what the
     * builder's {@code charAt} loop costs a text that does next to nothing per char.
     */
    private static List<Comparison> charSequence(Read read, Kind kind) {
        String operation = read.operation() + " (" + kind.text() + ", " + kind.shape() + ")";
        Series rope = series(read.rope(), kind);
        List<Comparison> comparisons = new ArrayList<>();
        comparisons.add(new Comparison(operation, rope, series(read.string(), kind)));
        comparisons.add(new Comparison(operation, rope, series(read.builder(), kind)));
        if (read == APPEND) {
            comparisons.add(
                    new Comparison(
                            operation,
                            rope,
                            series(RopeCharSequenceBenchmark.FORWARDING_APPEND_TO, kind)));
        }
        return comparisons;
    }

    /**
     * The target "at most {@code limit} × String" for {@code read} on Latin-1 text, on a rope of
     * {@code shape}.
     */
    private static List<Target> latin1Target(
            Read read, String shape, double limit, String whySlower, String... sizes) {
        Kind kind = new Kind(LATIN1, shape);
        return Target.against(
                TYPE,
                read.operation() + ", latin1, " + shape,
                series(read.rope(), kind),
                series(read.string(), kind),
                limit,
                whySlower,
                sizes);
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

    /**
     * The targets of the issue that introduced {@code Rope}, then those of the issue that made it
     * read like a {@code String}, on Latin-1 text, on an edited rope (the shape a rope in use has)
     * and on a fresh one.
     */
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
                            WHY_EDIT,
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
        for (String shape : List.of(FRESH, EDITED)) {
            t.addAll(latin1Target(REGEX_FIND, shape, READ_LIMIT, WHY_REGEX, FROM_THOUSAND));
            t.addAll(latin1Target(CHARS_ITERATOR, shape, READ_LIMIT, WHY_ITERATOR, FROM_THOUSAND));
            t.addAll(latin1Target(APPEND, shape, READ_LIMIT, WHY_APPEND, FROM_THOUSAND));
            t.addAll(
                    latin1Target(
                            CHAR_AT_IN_ORDER,
                            shape,
                            CHAR_AT_LIMIT,
                            WHY_CHAR_AT_IN_ORDER,
                            FROM_THOUSAND));
            t.addAll(
                    latin1Target(
                            CHAR_AT_RANDOM, shape, CHAR_AT_LIMIT, WHY_CHAR_AT, Sizes.TEN_MILLION));
        }
        return t;
    }

    /**
     * Each rope pairing, once for Latin-1 and once for UTF-16 text; then each read as a {@code
     * CharSequence}, per kind of text and shape of rope.
     */
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
        for (String text : List.of(LATIN1, UTF16)) {
            for (Read read : READS) {
                for (String shape : List.of(FRESH, EDITED)) {
                    comparisons.addAll(charSequence(read, new Kind(text, shape)));
                }
            }
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
