package io.holstein.jmh.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A target on memory: Holstein's bytes per element at most {@code limit} × a peer's, or × the
 * smallest of several peers', in one column of a group's JOL table ({@code <group>.memory.md},
 * written by the group's {@code Footprint} tool). JOL counts the bytes of one structure exactly, so
 * the verdict is met or not met, without bounds.
 *
 * @param type the Holstein type measured, e.g. {@code PersistentTreeMap}
 * @param operation how the structures were made, e.g. {@code built by random with}
 * @param row Holstein's row: the first cell of its line in the table
 * @param peers the peer's row, or the rows of the candidates for the smallest
 * @param size the column, as the benchmarks' sizes are written ({@code 100000})
 * @param limit the largest ratio that meets the target
 * @param whyLarger one line saying why Holstein can take more, shown wherever it does (empty if no
 *     reason is known, which the table then says)
 * @param missing why the table has no row {@code row} yet, with the run that adds it, or {@code ""}
 *     if it must have one (a table of a run that predates a type lacks the type's row)
 */
record MemoryTarget(
        String type,
        String operation,
        String row,
        List<String> peers,
        String size,
        double limit,
        String whyLarger,
        String missing) {

    MemoryTarget {
        if (peers.isEmpty() || !(limit > 0)) {
            throw new IllegalArgumentException(
                    "memory target " + type + ": no peer, or limit " + limit);
        }
        peers = List.copyOf(peers);
    }

    /** The target against the smallest of {@code peers} (or the one) at each of {@code sizes}. */
    static List<MemoryTarget> smallestOf(
            String type,
            String operation,
            String row,
            List<String> peers,
            double limit,
            String whyLarger,
            String... sizes) {
        return Arrays.stream(sizes)
                .map(s -> new MemoryTarget(type, operation, row, peers, s, limit, whyLarger, ""))
                .toList();
    }

    /** This target with its row declared missing from the table, for {@code reason}. */
    MemoryTarget notMeasured(String reason) {
        return new MemoryTarget(type, operation, row, peers, size, limit, whyLarger, reason);
    }

    /** Whether {@code table} has no figure of this target's row, as declared. */
    private boolean declaredMissing(MarkdownTable table) {
        return !missing.isEmpty() && (table == null || bytes(table, row).isEmpty());
    }

    /**
     * Adds a problem for each row or column this target names that {@code table} lacks, unless
     * declared {@code missing}, and for a row declared missing that the table has.
     */
    void check(MarkdownTable table, String source, Set<String> problems) {
        if (!missing.isEmpty() && bytes(table, row).isPresent()) {
            problems.add(
                    source
                            + " has "
                            + row
                            + " at "
                            + Formats.size(size)
                            + ", but the memory target '"
                            + type
                            + " "
                            + operation
                            + "' declares it missing ("
                            + missing
                            + "): remove that declaration");
        }
        for (String r : missing.isEmpty() ? concat(row, peers) : peers) {
            if (bytes(table, r).isEmpty()) {
                problems.add(
                        source
                                + " has no figure for "
                                + r
                                + " at "
                                + Formats.size(size)
                                + ", which the memory target '"
                                + type
                                + " "
                                + operation
                                + "' names");
            }
        }
    }

    /**
     * The markdown table of {@code targets} as {@code table} measures them, or, if {@code table} is
     * {@code null}, with {@code missing} (why there is no table) in place of each verdict; a target
     * whose row is declared {@code missing} and absent shows its own reason.
     */
    static String markdown(List<MemoryTarget> targets, MarkdownTable table, String missing) {
        List<List<String>> lines = new ArrayList<>();
        boolean anyLarger = false;
        for (MemoryTarget t : targets) {
            boolean absent = table == null || t.declaredMissing(table);
            String peer = absent ? t.peers.get(0) : t.smallestPeer(table);
            double ratio =
                    absent
                            ? Double.NaN
                            : t.bytes(table, t.row).orElseThrow()
                                    / t.bytes(table, peer).orElseThrow();
            boolean larger = ratio > Math.min(1, t.limit);
            anyLarger |= larger;
            lines.add(
                    new ArrayList<>(
                            List.of(
                                    Formats.code(t.type),
                                    t.operation,
                                    t.peerCode(absent ? null : peer),
                                    Formats.size(t.size),
                                    absent ? Formats.MISSING : Formats.ratioValue(ratio),
                                    Formats.limit(t.limit),
                                    absent
                                            ? t.missing.isEmpty() ? missing : t.missing
                                            : (ratio <= t.limit ? Verdict.MET : Verdict.NOT_MET)
                                                    .label(),
                                    !larger
                                            ? ""
                                            : t.whyLarger.isEmpty()
                                                    ? TargetTable.NOT_EXPLAINED
                                                    : t.whyLarger)));
        }
        List<String> header =
                new ArrayList<>(
                        List.of(
                                "Holstein",
                                "Bytes per entry",
                                "Alternative",
                                "Size",
                                "Holstein ÷ alternative",
                                "Target",
                                "Verdict"));
        if (anyLarger) {
            header.add("Why Holstein can take more");
        } else {
            lines.forEach(l -> l.remove(l.size() - 1));
        }
        return Formats.table(header, anyLarger ? "lllrrrll" : "lllrrrl", lines);
    }

    /**
     * The peer as markdown: {@code smallest}, the candidate with the fewest bytes, or all the
     * candidates if {@code smallest} is not known.
     */
    private String peerCode(String smallest) {
        if (peers.size() == 1) {
            return Formats.code(peers.get(0));
        }
        if (smallest == null) {
            return "smallest of "
                    + peers.stream().map(Formats::code).collect(Collectors.joining(", "));
        }
        return Formats.code(smallest) + " (smallest of " + peers.size() + ")";
    }

    /** The candidate with the fewest bytes per element in {@code table}. */
    private String smallestPeer(MarkdownTable table) {
        return peers.stream()
                .min(Comparator.comparingDouble(p -> bytes(table, p).orElseThrow()))
                .orElseThrow();
    }

    /**
     * Row {@code r}'s bytes per element at this target's size: the cell's leading number, as {@code
     * io.holstein.jmh.memory.Footprints} writes it ({@code 40.0}, {@code 24.1 (0.60 ×)}).
     */
    private Optional<Double> bytes(MarkdownTable table, String r) {
        return table.cell(r, Formats.size(size))
                .map(c -> c.split(" ")[0])
                .filter(c -> c.matches("[0-9]+(\\.[0-9]+)?"))
                .map(Double::parseDouble);
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }
}
