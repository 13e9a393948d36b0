package io.holstein.testing;

/**
 * Thrown by a user callback on plan ({@link Callbacks.Act#THROW}), on both sides at the same call,
 * so that the two sides must leave their containers alike after a callback failed midway.
 */
public final class PlannedFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A failure without a stack trace: it is expected, and thrown often. */
    public PlannedFailure() {
        super("planned failure in a callback", null, false, false);
    }
}
