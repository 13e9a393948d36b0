package io.holstein.jmh.report;

/**
 * One comparison's ratios across sizes, ready to draw; only sizes with both results appear.
 *
 * @param legend the line's name, e.g. {@code get vs ArrayList}
 * @param scale how to draw it
 * @param sizes the sizes, ascending
 * @param ratios Holstein ÷ peer at each size
 * @param errors the propagated error at each size, {@code 0} where unknown
 */
record RatioLine(
        String legend, Comparison.Scale scale, double[] sizes, double[] ratios, double[] errors) {}
