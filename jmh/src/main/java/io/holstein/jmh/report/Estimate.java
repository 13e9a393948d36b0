package io.holstein.jmh.report;

/**
 * A measured value with its error: JMH's score and score error (the half-width of the 99.9 %
 * confidence interval; {@code NaN} when a run had too few iterations to compute one).
 *
 * @param value the score
 * @param error the half-width of the confidence interval, or {@code NaN}
 */
record Estimate(double value, double error) {

    /**
     * This estimate divided by {@code divisor}, with the relative errors of both added in
     * quadrature (the two runs are independent).
     */
    Estimate dividedBy(Estimate divisor) {
        double ratio = value / divisor.value;
        double relativeError = Math.hypot(error / value, divisor.error / divisor.value);
        return new Estimate(ratio, ratio * relativeError);
    }

    /** Whether the error is known. */
    boolean hasError() {
        return Double.isFinite(error);
    }

    /** The error relative to the value, e.g. {@code 0.03} for 3 %. */
    double relativeError() {
        return error / value;
    }
}
