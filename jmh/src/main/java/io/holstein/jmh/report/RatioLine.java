package io.holstein.jmh.report;

import java.util.List;

/**
 * One comparison's ratios along a chart's x axis; only x values with both results appear.
 *
 * @param legend the line's name in the legend
 * @param x the x values (sizes, or the values of another parameter), ascending
 * @param ratios Holstein ÷ peer at each x, with bounds
 */
record RatioLine(String legend, double[] x, List<Ratio> ratios) {}
