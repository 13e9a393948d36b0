package io.holstein.jmh.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The tables of targets: one row per target, with the ratio and its bounds, the limit, the verdict
 * and, where Holstein is the slower side (or misses the target), why. A verdict is written only
 * where both results {@linkplain BenchmarkResult#decidesVerdicts() decide verdicts}; elsewhere the
 * markdown says "indicative" and the terminal table adds "(indicative)" to what the bounds say. A
 * target whose cells its group declares empty ({@link Gap}) shows the gap's reason instead.
 */
final class TargetTable {

    /** Shown where Holstein is slower and the target gives no reason. */
    static final String NOT_EXPLAINED = "(no reason recorded yet)";

    static final String INDICATIVE = "indicative";

    private TargetTable() {}

    /**
     * One target as measured: the peer it was measured against, the ratio, the verdict; or, if its
     * group declares a cell of it empty, the reason.
     *
     * @param ratio the ratio, or {@code null} if the target is not measured
     * @param gap the declared gap's reason, or {@code ""} if the target is measured
     */
    record Row(Target target, Series peer, Ratio ratio, boolean decides, String gap) {

        boolean measured() {
            return ratio != null;
        }

        Verdict verdict() {
            return Verdict.judge(ratio, target.limit());
        }

        /** Slower than the peer, or short of a target that asks for more than parity. */
        boolean slower() {
            return measured() && ratio.value() > Math.min(1, target.limit());
        }

        String peerLabel() {
            if (!measured() && target.againstFastest()) {
                return "the fastest of " + target.peers().size();
            }
            return peer.label() + fastest();
        }

        /**
         * The peer's label as code, for markdown; a target against the fastest of several peers
         * that is not measured names them all.
         */
        String peerCode() {
            if (!measured() && target.againstFastest()) {
                return "fastest of "
                        + target.peers().stream()
                                .map(p -> Formats.code(p.label()))
                                .collect(Collectors.joining(", "));
            }
            return Formats.code(peer.label()) + fastest();
        }

        private String fastest() {
            return target.againstFastest() ? " (fastest of " + target.peers().size() + ")" : "";
        }

        String why() {
            if (!slower()) {
                return "";
            }
            return target.whySlower().isEmpty() ? NOT_EXPLAINED : target.whySlower();
        }
    }

    /**
     * The markdown table of {@code targets}; every cell they name must be in {@code results} or
     * declared in {@code gaps} ({@link Target#check}).
     */
    static String markdown(List<Target> targets, ResultIndex results, List<Gap> gaps) {
        List<Row> rows = rows(targets, results, gaps);
        boolean anySlower = rows.stream().anyMatch(Row::slower);
        List<String> header =
                new ArrayList<>(
                        List.of(
                                "Holstein",
                                "Operation",
                                "Alternative",
                                "Size",
                                "Holstein ÷ alternative [bounds]",
                                "Target",
                                "Verdict"));
        if (anySlower) {
            header.add("Why Holstein can be slower");
        }
        List<List<String>> lines = new ArrayList<>();
        for (Row row : rows) {
            List<String> line =
                    new ArrayList<>(
                            List.of(
                                    Formats.code(row.target().type()),
                                    row.target().operation(),
                                    row.peerCode(),
                                    Formats.size(row.target().size()),
                                    row.measured() ? Formats.bounded(row.ratio()) : Formats.MISSING,
                                    Formats.limit(row.target().limit()),
                                    !row.measured()
                                            ? row.gap()
                                            : row.decides() ? row.verdict().label() : INDICATIVE));
            if (anySlower) {
                line.add(row.why());
            }
            lines.add(line);
        }
        // Names left, figures right, the verdict and the reason left again.
        return Formats.table(header, anySlower ? "lllrrrll" : "lllrrrl", lines);
    }

    /**
     * The same rows as a terminal table, without the reasons; verdicts of results that cannot
     * decide them are marked "(indicative)".
     */
    static String text(List<Target> targets, ResultIndex results, List<Gap> gaps) {
        List<List<String>> lines = new ArrayList<>();
        for (Row row : rows(targets, results, gaps)) {
            Ratio r = row.ratio();
            lines.add(
                    List.of(
                            row.target().type(),
                            row.target().operation(),
                            row.peerLabel(),
                            Formats.size(row.target().size()),
                            row.measured() ? Formats.ratioValue(r.value()) : Formats.MISSING,
                            row.measured() && r.hasBounds()
                                    ? Formats.ratioValue(r.lower())
                                            + " to "
                                            + Formats.ratioValue(r.upper())
                                    : "",
                            Formats.limit(row.target().limit()),
                            !row.measured()
                                    ? row.gap().replace("`", "")
                                    : row.verdict().label()
                                            + (row.decides() ? "" : " (" + INDICATIVE + ")")));
        }
        return Formats.textTable(
                List.of(
                        "Holstein",
                        "Operation",
                        "Alternative",
                        "Size",
                        "Ratio",
                        "Bounds",
                        "Target",
                        "Verdict"),
                3,
                lines);
    }

    /**
     * Each of {@code targets} as measured in {@code results}, which must hold its cells but those
     * {@code gaps} declare empty.
     */
    static List<Row> rows(List<Target> targets, ResultIndex results, List<Gap> gaps) {
        List<Row> rows = new ArrayList<>();
        for (Target t : targets) {
            Series peer = t.peerIn(results).orElse(null);
            if (peer == null || results.find(t.holstein(), t.size()).isEmpty()) {
                Gap gap =
                        t.gapIn(results, gaps)
                                .orElseThrow(
                                        () ->
                                                new IllegalStateException(
                                                        "unchecked target " + t.operation()));
                rows.add(new Row(t, t.peers().get(0), null, false, gap.reason()));
                continue;
            }
            Ratio ratio = results.ratio(t.holstein(), peer, t.size()).orElseThrow();
            rows.add(
                    new Row(
                            t,
                            peer,
                            ratio,
                            results.decidesVerdicts(t.holstein(), peer, t.size()),
                            ""));
        }
        return rows;
    }
}
