package io.holstein.testing;

/**
 * What one side of a differential step did: returned a value, or threw an exception.
 *
 * @param value what the operation returned, or {@code null} if it threw
 * @param thrown what the operation threw, or {@code null} if it returned
 */
public record Outcome(Object value, Exception thrown) {

    /** An operation of one side, run by {@link #of}. */
    @FunctionalInterface
    public interface Action {
        /**
         * Runs the operation.
         *
         * @return its result
         * @throws Exception whatever the operation throws
         */
        Object run() throws Exception;
    }

    /**
     * Runs {@code action} and records what it did. Errors ({@link AssertionError} among them) are
     * not outcomes: they propagate.
     */
    public static Outcome of(Action action) {
        try {
            return new Outcome(action.run(), null);
        } catch (Exception e) {
            return new Outcome(null, e);
        }
    }

    /** Whether the operation threw. */
    public boolean threw() {
        return thrown != null;
    }

    @Override
    public String toString() {
        return thrown != null ? "threw " + thrown : "returned " + value;
    }
}
