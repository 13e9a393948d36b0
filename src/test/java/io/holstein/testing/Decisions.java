package io.holstein.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * A source of choices for a model-based test driver: a seeded pseudo-random stream for fixed and
 * fresh seeds, or a fuzzer's input for coverage-guided exploration.
 *
 * <p>Drivers draw every choice from here and nowhere else, so a run is replayed exactly from its
 * seed or its fuzzer input.
 */
public interface Decisions {

    /**
     * Returns a value in {@code [0, bound)}.
     *
     * @param bound the exclusive upper bound, positive
     * @return the chosen value
     */
    int nextInt(int bound);

    /**
     * Returns a value in {@code [min, max]}, both inclusive.
     *
     * @param min the smallest value
     * @param max the largest value, at least {@code min}
     * @return the chosen value
     */
    default int nextInt(int min, int max) {
        if (max < min) {
            throw new IllegalArgumentException(min + " > " + max);
        }
        return min + nextInt(max - min + 1);
    }

    /** Returns a coin flip. */
    default boolean nextBoolean() {
        return nextInt(2) == 1;
    }

    /**
     * Returns true with probability about {@code 1 / n}.
     *
     * @param n the inverse probability, positive
     * @return whether the rare event happens
     */
    default boolean oneIn(int n) {
        return nextInt(n) == 0;
    }

    /**
     * Picks one of {@code choices}.
     *
     * @param choices a non-empty list
     * @param <T> the type of the choices
     * @return the chosen element
     */
    default <T> T pick(List<? extends T> choices) {
        return choices.get(nextInt(choices.size()));
    }

    /**
     * Picks from {@code choices} a number of times in {@code [0, max]}: the number first, then each
     * pick.
     *
     * @param choices a non-empty list
     * @param max the most picks
     * @param <T> the type of the choices
     * @return the picks, in order, repeats allowed
     */
    default <T> List<T> some(List<? extends T> choices, int max) {
        int n = nextInt(0, max);
        List<T> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(pick(choices));
        }
        return out;
    }

    /**
     * Picks an index by weight: index {@code i} with probability {@code weights[i] / sum}.
     *
     * @param weights non-negative weights, not all zero
     * @return the chosen index
     */
    default int weighted(int... weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        throw new AssertionError("unreachable");
    }

    /**
     * Tells whether the source has run dry. A seeded source never does; a fuzzer's input does,
     * after which drivers end the run at the next step (choices still return defaults meanwhile).
     *
     * @return {@code true} if no further choices carry information
     */
    boolean exhausted();
}
