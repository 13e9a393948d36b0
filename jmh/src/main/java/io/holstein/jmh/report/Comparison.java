package io.holstein.jmh.report;

/**
 * One ratio of the report: Holstein's series divided by a peer's, size by size.
 *
 * @param operation what both sides do, e.g. {@code get}
 * @param holstein the numerator: Holstein's series
 * @param peer the denominator: the peer's series
 * @param scale how far apart the two are expected to be, which decides how to draw it
 */
record Comparison(String operation, Series holstein, Series peer, Scale scale) {

    /** How a ratio is drawn. */
    enum Scale {
        /** Expected near 1: drawn on a linear axis. */
        PARITY,
        /** Expected orders of magnitude below 1: drawn on a logarithmic axis. */
        SPEEDUP
    }
}
