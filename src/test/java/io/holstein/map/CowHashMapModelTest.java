package io.holstein.map;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.holstein.testing.SeededRuns;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link CowHashMapModelDriver} from seeds: a fixed, blocking set, and a time-capped batch of
 * fresh seeds ({@code -Dholstein.freshSeeds.seconds=N}). With {@code
 * -Dholstein.freshSeeds.only=true} (the CI's fresh-seed stage, which runs after the fixed seeds
 * already passed) only the fresh seeds run.
 *
 * <p>A failure prints its seed. To replay it: {@code mvn -B test
 * -Dtest='CowHashMapModelTest#freshSeeds*' -Dholstein.seed=SEED}; to keep it, add the seed to
 * {@link #REGRESSION_SEEDS}.
 */
class CowHashMapModelTest {

    static final String REPLAY =
            "mvn -B test -Dtest='CowHashMapModelTest#freshSeeds*' -Dholstein.seed=";

    private static final long FIRST_SEED = 1;

    private static final int SEEDS = 200;

    private static final int STEPS = 300;

    /** Seeds that once failed, kept after the fix. */
    private static final long[] REGRESSION_SEEDS = {};

    @Test
    void fixedSeeds_everyStep_matchesHashMapModel() {
        assumeFalse(
                SeededRuns.freshOnly(),
                "fresh seeds only: the fixed seeds ran in the main test run");
        Map<String, Integer> coverage = new TreeMap<>();
        for (long seed : REGRESSION_SEEDS) {
            SeededRuns.fixed(seed, 1, REPLAY, d -> CowHashMapModelDriver.run(d, STEPS, coverage));
        }
        SeededRuns.fixed(
                FIRST_SEED, SEEDS, REPLAY, d -> CowHashMapModelDriver.run(d, STEPS, coverage));
        coverage.forEach((situation, count) -> System.out.println(count + "\t" + situation));
        for (String situation :
                new String[] {
                    "fork",
                    "clone",
                    "sharing copy constructor",
                    "fork in a callback",
                    "callback did THROW",
                    "callback did WRITE_SELF",
                    "callback did STRUCTURAL",
                    "function modified the map structurally",
                    "fork, then writes on both sides",
                    "fork, then writes on both sides, with kept iterators or entries",
                    "operation on shared storage",
                    "member dropped unwritten",
                    "serialization round trip",
                    "map with a collision bucket",
                    "collision bucket emptied",
                    "many colliding keys put",
                    "fresh iterator used",
                    "stale iterator threw CME",
                    "stale spliterator threw CME",
                    "iterator read shared storage",
                    "iterator remove",
                    "iterator remove on shared storage",
                    "iterator remove without next",
                    "entry setValue on shared storage",
                    "entry used after its key left the map",
                    "removeIf through a view",
                    "clear of shared storage",
                    "putAll of itself",
                    "both threw NullPointerException",
                    "both threw ConcurrentModificationException",
                    "both threw PlannedFailure",
                }) {
            assertTrue(
                    coverage.getOrDefault(situation, 0) > 0,
                    "the fixed seeds never reached: " + situation);
        }
    }

    @Test
    void freshSeeds_forConfiguredTime_matchHashMapModel() {
        Map<String, Integer> coverage = new TreeMap<>();
        int runs = SeededRuns.fresh(REPLAY, d -> CowHashMapModelDriver.run(d, STEPS, coverage));
        assertTrue(runs > 0);
    }
}
