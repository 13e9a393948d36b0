package io.holstein.testing;

/**
 * The two sides of a differential step: the Holstein value under test, and its {@code java.util}
 * (or {@code java.lang}) model, which defines the expected behaviour.
 */
public enum Side {
    HOLSTEIN,
    MODEL;

    /** An operation written once for both sides, given the side it runs on. */
    @FunctionalInterface
    public interface Op {
        /**
         * Runs the operation on {@code side}.
         *
         * @return its result, compared with the other side's
         * @throws Exception whatever the operation throws, compared with the other side's
         */
        Object apply(Side side) throws Exception;
    }
}
