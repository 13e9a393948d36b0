package io.holstein.testing;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * One way to run a model driver, declared by a {@link ModelTest}: the driver and its parameters,
 * the steps per run, the fixed seeds (and seeds that once failed, kept after the fix) and the
 * situations the fixed seeds must reach. The fuzz test of the same type runs the same driver
 * through {@link #fuzz}, with a fuzzer's input as its decisions.
 *
 * <p>Immutable: each {@code with...} method returns a new run.
 *
 * @param name the run's name: in test names, failure messages and {@code -Dholstein.run=}
 * @param driver makes a driver that draws its choices from the given decisions
 * @param steps the steps per seed
 * @param firstSeed the first fixed seed; the others follow it
 * @param seeds how many fixed seeds
 * @param regressionSeeds seeds that once failed, run before the fixed seeds
 * @param mustReach the situations the fixed seeds must reach
 * @param freshWeight this run's share of the fresh seeds, against the test's other runs
 */
public record ModelRun(
        String name,
        Function<Decisions, ModelDriver> driver,
        int steps,
        long firstSeed,
        int seeds,
        List<Long> regressionSeeds,
        List<String> mustReach,
        int freshWeight) {

    public ModelRun {
        regressionSeeds = List.copyOf(regressionSeeds);
        mustReach = List.copyOf(mustReach);
    }

    /**
     * A run of the drivers {@code driver} makes, with no fixed seeds or steps yet: the test adds
     * them with {@link #withSteps} and {@link #withFixedSeeds}.
     */
    public static ModelRun of(String name, Function<Decisions, ModelDriver> driver) {
        return new ModelRun(name, driver, 0, 1, 0, List.of(), List.of(), 1);
    }

    /** The steps per seed. */
    public ModelRun withSteps(int steps) {
        return new ModelRun(
                name, driver, steps, firstSeed, seeds, regressionSeeds, mustReach, freshWeight);
    }

    /** The fixed seeds: {@code count} of them from {@code first} on. */
    public ModelRun withFixedSeeds(long first, int count) {
        return new ModelRun(
                name, driver, steps, first, count, regressionSeeds, mustReach, freshWeight);
    }

    /** Seeds that once failed, kept after the fix; they run first among the fixed seeds. */
    public ModelRun withRegressionSeeds(long... seeds) {
        List<Long> all = new ArrayList<>(regressionSeeds);
        Arrays.stream(seeds).forEach(all::add);
        return new ModelRun(
                name, driver, steps, firstSeed, this.seeds, all, mustReach, freshWeight);
    }

    /** The situations the fixed seeds must reach, in addition to those declared before. */
    public ModelRun withMustReach(String... situations) {
        List<String> all = new ArrayList<>(mustReach);
        all.addAll(List.of(situations));
        return new ModelRun(
                name, driver, steps, firstSeed, seeds, regressionSeeds, all, freshWeight);
    }

    /** This run's share of the fresh seeds, against the test's other runs (default 1). */
    public ModelRun withFreshWeight(int weight) {
        return new ModelRun(
                name, driver, steps, firstSeed, seeds, regressionSeeds, mustReach, weight);
    }

    /** Runs one seed; an {@link AssertionError} names the failing step. */
    public void runSeed(long seed, Coverage coverage) {
        driver.apply(new RandomDecisions(seed)).run(steps, coverage);
    }

    /**
     * Runs a driver on a fuzzer's input for at most {@code maxSteps} steps, or until the input runs
     * dry: the body of a Jazzer {@code @FuzzTest}, which Jazzer's coverage feedback steers through
     * the driver's decisions.
     *
     * <p>Under {@code mvn verify} a fuzz test runs in regression mode, once on the empty input and
     * once per input kept in {@code src/test/resources/<package>/<FuzzTest>Inputs/<method>/}.
     * {@code scripts/fuzz <FuzzTest> 10m} fuzzes it; a failing input is written into that
     * directory, where it stays as a regression input once its cause is fixed (renamed to say what
     * it caught).
     *
     * @param driver makes the driver, drawing its choices from the fuzzer's input
     */
    public static void fuzz(
            FuzzedDataProvider data, int maxSteps, Function<Decisions, ModelDriver> driver) {
        driver.apply(new FuzzedDecisions(data)).run(maxSteps, new Coverage());
    }

    /** The run's name, fixed seeds and steps, as a test's display name. */
    @Override
    public String toString() {
        return name
                + ": seeds "
                + firstSeed
                + " to "
                + (firstSeed + seeds - 1)
                + (regressionSeeds.isEmpty() ? "" : " and " + regressionSeeds)
                + ", "
                + steps
                + " steps";
    }
}
