package io.holstein.testing;

import java.util.SplittableRandom;

/** Decisions drawn from a seeded {@link SplittableRandom}: the same seed, the same run. */
public final class RandomDecisions implements Decisions {

    private final long seed;

    private final SplittableRandom random;

    /**
     * Creates a stream of decisions from {@code seed}.
     *
     * @param seed the seed, reported on failure so that the run can be replayed
     */
    public RandomDecisions(long seed) {
        this.seed = seed;
        this.random = new SplittableRandom(seed);
    }

    @Override
    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    @Override
    public boolean exhausted() {
        return false;
    }

    @Override
    public String toString() {
        return "seed " + seed;
    }
}
