package io.holstein.jmh.report;

/** The sizes the benchmarks declare (DESIGN.md §6), as JMH's results write them. */
final class Sizes {

    static final String TEN = "10";
    static final String THOUSAND = "1000";
    static final String HUNDRED_THOUSAND = "100000";
    static final String MILLION = "1000000";
    static final String TEN_MILLION = "10000000";

    /** The shortest text the string and rope benchmarks use. */
    static final String SIXTEEN = "16";

    /** The four sizes of the collection benchmarks. */
    static final String[] COLLECTIONS = {TEN, THOUSAND, HUNDRED_THOUSAND, MILLION};

    /** The four lengths of the string and rope benchmarks. */
    static final String[] TEXTS = {SIXTEEN, THOUSAND, MILLION, TEN_MILLION};

    private Sizes() {}
}
