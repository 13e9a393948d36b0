package io.holstein.jmh.report;

import java.util.stream.Stream;

/**
 * One ratio of the report: Holstein's series divided by a peer's, at equal size (and equal values
 * of every parameter neither series fixes).
 *
 * @param operation what both sides do, e.g. {@code get}
 * @param holstein the numerator: Holstein's series
 * @param peer the denominator: the peer's series
 */
record Comparison(String operation, Series holstein, Series peer) {

    /** Holstein's series, then the peer's. */
    Stream<Series> series() {
        return Stream.of(holstein, peer);
    }

    /** The same two series under another name, e.g. a shorter one for a chart's legend. */
    Comparison named(String operation) {
        return new Comparison(operation, holstein, peer);
    }
}
