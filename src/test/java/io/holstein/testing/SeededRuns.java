package io.holstein.testing;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Runs a model-based driver from seeds: a fixed, blocking set, a time-capped batch of fresh seeds,
 * or one seed given on the command line for replay. A failure names its seed and how to replay it.
 *
 * <p>System properties:
 *
 * <ul>
 *   <li>{@value #SECONDS_PROPERTY}: how long the fresh-seed batch runs (default 5 seconds);
 *   <li>{@value #SEED_PROPERTY}: when set, the fresh-seed batch replays exactly this seed;
 *   <li>{@value #FRESH_ONLY_PROPERTY}: when {@code true}, fixed-seed tests stand aside (for a run
 *       that follows one where they already ran).
 * </ul>
 */
public final class SeededRuns {

    /** The seed to replay instead of a fresh batch. */
    public static final String SEED_PROPERTY = "holstein.seed";

    /** The duration of the fresh-seed batch, in seconds. */
    public static final String SECONDS_PROPERTY = "holstein.freshSeeds.seconds";

    /** When true, only the fresh-seed batches run. */
    public static final String FRESH_ONLY_PROPERTY = "holstein.freshSeeds.only";

    private static final long DEFAULT_SECONDS = 5;

    private SeededRuns() {}

    /**
     * Runs {@code run} once for each of {@code count} seeds derived from {@code firstSeed}, in
     * order, stopping at the first failure.
     *
     * @param firstSeed the first seed; the others are {@code firstSeed + 1}, {@code + 2}, ...
     * @param count how many seeds to run
     * @param replay how to replay one seed, e.g. a Maven command line ending in {@code
     *     -Dholstein.seed=}
     * @param run the driver, fed one seed's decisions per call
     */
    public static void fixed(long firstSeed, int count, String replay, Consumer<Decisions> run) {
        for (long seed = firstSeed; seed < firstSeed + count; seed++) {
            runSeed(seed, replay, run);
        }
    }

    /**
     * Runs {@code run} from fresh random seeds until the configured time is up, or replays the seed
     * given in {@value #SEED_PROPERTY}. Prints how many seeds ran.
     *
     * @param replay how to replay one seed, as for {@link #fixed}
     * @param run the driver, fed one seed's decisions per call
     * @return the number of seeds run
     */
    public static int fresh(String replay, Consumer<Decisions> run) {
        OptionalLong given = replaySeed();
        if (given.isPresent()) {
            System.out.println("Replaying seed " + given.getAsLong());
            runSeed(given.getAsLong(), replay, run);
            return 1;
        }
        Duration budget = Duration.ofSeconds(Long.getLong(SECONDS_PROPERTY, DEFAULT_SECONDS));
        SplittableRandom seeds = new SplittableRandom();
        long start = System.nanoTime();
        int runs = 0;
        do {
            runSeed(seeds.nextLong(), replay, run);
            runs++;
        } while (System.nanoTime() - start < budget.toNanos());
        System.out.println("Fresh seeds: " + runs + " passed in " + budget.toSeconds() + " s");
        return runs;
    }

    /** Whether this run is for fresh seeds only, see {@value #FRESH_ONLY_PROPERTY}. */
    public static boolean freshOnly() {
        return Boolean.getBoolean(FRESH_ONLY_PROPERTY);
    }

    /** The seed given for replay, if any. */
    public static OptionalLong replaySeed() {
        String value = System.getProperty(SEED_PROPERTY);
        return value == null || value.isBlank()
                ? OptionalLong.empty()
                : OptionalLong.of(Long.parseLong(value.trim()));
    }

    private static void runSeed(long seed, String replay, Consumer<Decisions> run) {
        try {
            run.accept(new RandomDecisions(seed));
        } catch (RuntimeException | AssertionError e) {
            String message = "Failed with seed " + seed + "; replay with: " + replay + seed;
            System.err.println(message);
            throw new AssertionError(message, e);
        }
    }
}
