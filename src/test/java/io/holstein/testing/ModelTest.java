package io.holstein.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The model-based test of one type: runs its {@link ModelDriver} from seeds. A concrete test only
 * declares, in its constructor, its {@link ModelRun}s (usually one): the driver, the steps per
 * seed, the fixed seeds, seeds kept from past failures, and the situations the fixed seeds must
 * reach.
 *
 * <ul>
 *   <li>{@link #fixedSeeds_everyStep_matchesModel}: one test per run, blocking ({@code mvn
 *       verify}): the run's regression seeds, then its fixed seeds; then every situation the run
 *       names must have been reached. The counts of the situations reached are printed.
 *   <li>{@link #freshSeeds_forConfiguredTime_matchModel}: fresh random seeds, each on a run chosen
 *       by the runs' fresh weights, until {@value #SECONDS_PROPERTY} seconds have passed (default
 *       5). CI's fresh-seed stage runs only these: {@code -Dtest='*ModelTest#freshSeeds*'}. For
 *       longer: {@code mvn -B test -Dtest='CowArrayListModelTest#freshSeeds*'
 *       -Dholstein.freshSeeds.seconds=120}.
 * </ul>
 *
 * <p>A failure names its seed (and its run, where a test has several) and the command that replays
 * it: {@code mvn -B test -Dtest='CowArrayListModelTest#freshSeeds*' -Dholstein.seed=SEED}, with
 * {@code -Dholstein.run=NAME} where a test has several runs, runs that one seed instead of a fresh
 * batch, and prints the failing step and the steps before it. Once the cause is fixed, keep the
 * seed with {@link ModelRun#withRegressionSeeds} and a comment saying what it caught.
 */
public abstract class ModelTest {

    /** The seed to replay instead of a fresh batch. */
    public static final String SEED_PROPERTY = "holstein.seed";

    /** With {@value #SEED_PROPERTY}: the name of the run to replay it on (default: every run). */
    public static final String RUN_PROPERTY = "holstein.run";

    /** How long the fresh-seed batch runs, in seconds. */
    public static final String SECONDS_PROPERTY = "holstein.freshSeeds.seconds";

    private static final long DEFAULT_SECONDS = 5;

    private final List<ModelRun> runs;

    /**
     * @param runs the ways this test runs its driver, at least one
     */
    protected ModelTest(ModelRun... runs) {
        if (runs.length == 0) {
            throw new IllegalArgumentException("a model test declares at least one run");
        }
        this.runs = List.of(runs);
    }

    /** Each run's fixed seeds, which must reach the situations the run names. */
    @TestFactory
    public final Stream<DynamicTest> fixedSeeds_everyStep_matchesModel() {
        return runs.stream().map(run -> DynamicTest.dynamicTest(run.toString(), () -> fixed(run)));
    }

    /** Fresh seeds for the configured time, or the one seed given for replay. */
    @Test
    public final void freshSeeds_forConfiguredTime_matchModel() {
        String seed = System.getProperty(SEED_PROPERTY, "").trim();
        if (!seed.isEmpty()) {
            replay(Long.parseLong(seed), System.getProperty(RUN_PROPERTY, "").trim());
            return;
        }
        Duration budget = Duration.ofSeconds(Long.getLong(SECONDS_PROPERTY, DEFAULT_SECONDS));
        int totalWeight = runs.stream().mapToInt(ModelRun::freshWeight).sum();
        SplittableRandom random = new SplittableRandom();
        Coverage coverage = new Coverage();
        long start = System.nanoTime();
        int count = 0;
        do {
            int r = random.nextInt(totalWeight);
            int i = 0;
            while (r >= runs.get(i).freshWeight()) {
                r -= runs.get(i++).freshWeight();
            }
            run(runs.get(i), random.nextLong(), coverage);
            count++;
        } while (System.nanoTime() - start < budget.toNanos());
        System.out.println(
                getClass().getSimpleName()
                        + ": "
                        + count
                        + " fresh seeds passed in "
                        + budget.toSeconds()
                        + " s");
    }

    private void fixed(ModelRun run) {
        Coverage coverage = new Coverage();
        for (long seed : run.regressionSeeds()) {
            run(run, seed, coverage);
        }
        for (long seed = run.firstSeed(); seed < run.firstSeed() + run.seeds(); seed++) {
            run(run, seed, coverage);
        }
        System.out.print(getClass().getSimpleName() + " " + run + ", reached:\n" + coverage);
        List<String> missing = coverage.missing(run.mustReach());
        assertTrue(
                missing.isEmpty(), () -> run.name() + ": the fixed seeds never reached " + missing);
    }

    private void replay(long seed, String runName) {
        int replayed = 0;
        for (ModelRun run : runs) {
            if (runName.isEmpty() || run.name().equals(runName)) {
                System.out.println("Replaying seed " + seed + " on " + run.name());
                run(run, seed, new Coverage());
                replayed++;
            }
        }
        assertTrue(replayed > 0, () -> "no run named " + runName + " among " + runs);
    }

    private void run(ModelRun run, long seed, Coverage coverage) {
        try {
            run.runSeed(seed, coverage);
        } catch (RuntimeException | AssertionError e) {
            String message =
                    "Failed with seed "
                            + seed
                            + (runs.size() > 1 ? " on " + run.name() : "")
                            + "; replay with: mvn -B test -Dtest='"
                            + getClass().getSimpleName()
                            + "#freshSeeds*'"
                            + (runs.size() > 1 ? " -D" + RUN_PROPERTY + "=" + run.name() : "")
                            + " -D"
                            + SEED_PROPERTY
                            + "="
                            + seed;
            System.err.println(message);
            throw new AssertionError(message, e);
        }
    }
}
