package io.holstein.string;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.holstein.testing.SeededRuns;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link RopeModelDriver} from seeds: a fixed, blocking set, and a time-capped batch of fresh
 * seeds ({@code -Dholstein.freshSeeds.seconds=N}).
 *
 * <p>Fresh seeds for longer: {@code mvn -B test -Dtest='RopeModelTest#freshSeeds*'
 * -Dholstein.freshSeeds.seconds=120}. A failure prints its seed. To replay it: {@code mvn -B test
 * -Dtest='RopeModelTest#freshSeeds*' -Dholstein.seed=SEED}; to keep it, add the seed to {@link
 * #REGRESSION_SEEDS}.
 */
class RopeModelTest {

    static final String REPLAY = "mvn -B test -Dtest='RopeModelTest#freshSeeds*' -Dholstein.seed=";

    private static final long FIRST_SEED = 1;

    private static final int SEEDS = 60;

    private static final int STEPS = 300;

    /** Seeds that once failed, kept after the fix. */
    private static final long[] REGRESSION_SEEDS = {};

    @Test
    void fixedSeeds_everyStep_matchesStringModel() {
        assumeFalse(
                SeededRuns.freshOnly(),
                "fresh seeds only: the fixed seeds ran in the main test run");
        Map<String, Integer> coverage = new TreeMap<>();
        for (long seed : REGRESSION_SEEDS) {
            SeededRuns.fixed(seed, 1, REPLAY, d -> RopeModelDriver.run(d, STEPS, coverage));
        }
        SeededRuns.fixed(FIRST_SEED, SEEDS, REPLAY, d -> RopeModelDriver.run(d, STEPS, coverage));
        coverage.forEach((situation, count) -> System.out.println(count + "\t" + situation));
        for (String situation :
                new String[] {
                    "tree of height 2 or more",
                    "concat with itself",
                    "concat of two ropes",
                    "indexOf found",
                    "indexOf not found",
                    "surrogate pairs",
                    "chars spliterator split",
                    "builder built",
                    "builder appended a rope",
                    "serialization round trip",
                    "equal versions made apart",
                    "both threw StringIndexOutOfBoundsException",
                    "both threw NullPointerException",
                }) {
            assertTrue(
                    coverage.getOrDefault(situation, 0) > 0,
                    "the fixed seeds never reached: " + situation);
        }
    }

    @Test
    void freshSeeds_forConfiguredTime_matchStringModel() {
        Map<String, Integer> coverage = new TreeMap<>();
        int runs = SeededRuns.fresh(REPLAY, d -> RopeModelDriver.run(d, STEPS, coverage));
        assertTrue(runs > 0);
    }
}
