package io.holstein.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The sharing half of a conformance suite's generator: forks each container it is given, hands one
 * side to the test and keeps the other, registering with the generator's {@link KeptChecks} the
 * check, after the test, that the test's writes never showed on it.
 *
 * @param <C> the container type
 */
public final class ForkedSides<C> {

    /** Which side of a fork the suite tests; the other side is kept and must not change. */
    public enum Side {
        FORK,
        ORIGINAL
    }

    private final Side side;

    private final UnaryOperator<C> forker;

    private final Predicate<C> isShared;

    private final KeptChecks checks;

    /**
     * @param side the side handed to the test
     * @param forker how a container is forked (fork, clone, a sharing constructor, ...)
     * @param isShared the container's {@code isShared()}, asserted on both sides after the fork
     * @param checks where the check of each kept side is registered: the generator's, wired as the
     *     suite's set-up and tear-down
     */
    public ForkedSides(
            Side side, UnaryOperator<C> forker, Predicate<C> isShared, KeptChecks checks) {
        this.side = side;
        this.forker = forker;
        this.isShared = isShared;
        this.checks = checks;
    }

    /**
     * Forks {@code original} and returns the side to test.
     *
     * @param original a container built for the test
     * @param keep given the kept side and the tested side, snapshots the kept side now and returns
     *     the check to run after the test (contents unchanged, invariants of both sides)
     * @return the side the test writes
     */
    public C split(C original, BiFunction<C, C, Runnable> keep) {
        C fork = forker.apply(original);
        assertTrue(
                isShared.test(original) && isShared.test(fork),
                "a fork shares its original's storage");
        C tested = side == Side.FORK ? fork : original;
        C kept = side == Side.FORK ? original : fork;
        checks.add(keep.apply(kept, tested));
        return tested;
    }
}
