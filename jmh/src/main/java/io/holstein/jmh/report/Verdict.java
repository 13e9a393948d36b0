package io.holstein.jmh.report;

/**
 * How a ratio stands against a target "at most T" (DESIGN.md §6): met when its upper bound is at
 * most T, not met when its lower bound is above T, level otherwise. Only results that {@linkplain
 * BenchmarkResult#decidesVerdicts() decide verdicts} get one; the others are indicative.
 */
enum Verdict {
    MET("met"),
    LEVEL("level"),
    NOT_MET("not met");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    /** The verdict on {@code ratio} against "at most {@code limit}"; level without bounds. */
    static Verdict judge(Ratio ratio, double limit) {
        if (!ratio.hasBounds()) {
            return LEVEL;
        }
        return judge(ratio.lower(), ratio.upper(), limit);
    }

    /** The verdict on a figure with bounds {@code lower} and {@code upper} against "at most". */
    static Verdict judge(double lower, double upper, double limit) {
        if (upper <= limit) {
            return MET;
        }
        return lower > limit ? NOT_MET : LEVEL;
    }

    /** How tables write it: {@code met}, {@code level} or {@code not met}. */
    String label() {
        return label;
    }
}
