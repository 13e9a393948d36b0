package io.holstein.string;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.holstein.testing.SeededRuns;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link CowStringModelDriver} from seeds: a fixed, blocking set, and a time-capped batch of
 * fresh seeds ({@code -Dholstein.freshSeeds.seconds=N}).
 *
 * <p>Fresh seeds for longer: {@code mvn -B test -Dtest='CowStringModelTest#freshSeeds*'
 * -Dholstein.freshSeeds.seconds=120}. A failure prints its seed. To replay it: {@code mvn -B test
 * -Dtest='CowStringModelTest#freshSeeds*' -Dholstein.seed=SEED}; to keep it, add the seed to {@link
 * #REGRESSION_SEEDS}.
 */
class CowStringModelTest {

    static final String REPLAY =
            "mvn -B test -Dtest='CowStringModelTest#freshSeeds*' -Dholstein.seed=";

    private static final long FIRST_SEED = 1;

    private static final int SEEDS = 60;

    private static final int STEPS = 300;

    /** Seeds that once failed, kept after the fix. */
    private static final long[] REGRESSION_SEEDS = {};

    @Test
    void fixedSeeds_everyStep_matchesStringBuilderModel() {
        assumeFalse(
                SeededRuns.freshOnly(),
                "fresh seeds only: the fixed seeds ran in the main test run");
        Map<String, Integer> coverage = new TreeMap<>();
        for (long seed : REGRESSION_SEEDS) {
            SeededRuns.fixed(seed, 1, REPLAY, d -> CowStringModelDriver.run(d, STEPS, coverage));
        }
        SeededRuns.fixed(
                FIRST_SEED, SEEDS, REPLAY, d -> CowStringModelDriver.run(d, STEPS, coverage));
        coverage.forEach((situation, count) -> System.out.println(count + "\t" + situation));
        for (String situation :
                new String[] {
                    "fork",
                    "slice",
                    "slice out of range",
                    "serialization round trip",
                    "member dropped unwritten",
                    "operation on shared storage",
                    "own text as argument",
                    "another member as argument",
                    "stale iterator failed fast",
                    "iterator read after other members were written",
                    "iterator bound late",
                    "both threw StringIndexOutOfBoundsException",
                    "both threw IndexOutOfBoundsException",
                    "both threw NullPointerException",
                    "both threw IllegalArgumentException",
                }) {
            assertTrue(
                    coverage.getOrDefault(situation, 0) > 0,
                    "the fixed seeds never reached: " + situation);
        }
    }

    @Test
    void freshSeeds_forConfiguredTime_matchStringBuilderModel() {
        Map<String, Integer> coverage = new TreeMap<>();
        int runs = SeededRuns.fresh(REPLAY, d -> CowStringModelDriver.run(d, STEPS, coverage));
        assertTrue(runs > 0);
    }
}
