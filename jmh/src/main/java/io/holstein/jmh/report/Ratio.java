package io.holstein.jmh.report;

/**
 * Holstein's time divided by a peer's, with the bounds DESIGN.md §6 defines from JMH's 99.9 %
 * half-widths {@code ea}, {@code eb} of the two scores {@code a}, {@code b}: lower bound {@code (a
 * − ea) / (b + eb)}, upper bound {@code (a + ea) / (b − eb)}. The upper bound is infinite when
 * {@code eb ≥ b}; the lower bound is never below 0, since no time is.
 *
 * @param value {@code a / b}
 * @param lower the lower bound, or {@code NaN} if a score has no error (a single iteration)
 * @param upper the upper bound, or {@code NaN} likewise
 */
record Ratio(double value, double lower, double upper) {

    /** Holstein's score {@code holstein} divided by the peer's {@code peer}. */
    static Ratio of(Estimate holstein, Estimate peer) {
        double a = holstein.value();
        double b = peer.value();
        if (!holstein.hasError() || !peer.hasError()) {
            return new Ratio(a / b, Double.NaN, Double.NaN);
        }
        double ea = holstein.error();
        double eb = peer.error();
        double lower = Math.max(0, a - ea) / (b + eb);
        double upper = b > eb ? (a + ea) / (b - eb) : Double.POSITIVE_INFINITY;
        return new Ratio(a / b, lower, upper);
    }

    /** Whether both scores had an error, so the bounds are known. */
    boolean hasBounds() {
        return !Double.isNaN(lower);
    }
}
