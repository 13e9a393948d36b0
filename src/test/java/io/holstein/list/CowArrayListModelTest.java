package io.holstein.list;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.holstein.testing.SeededRuns;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link CowArrayListModelDriver} from seeds: a fixed, blocking set, and a time-capped batch
 * of fresh seeds ({@code -Dholstein.freshSeeds.seconds=N}).
 *
 * <p>Fresh seeds for longer: {@code mvn -B test -Dtest='CowArrayListModelTest#freshSeeds*'
 * -Dholstein.freshSeeds.seconds=120}. A failure prints its seed. To replay it: {@code mvn -B test
 * -Dtest='CowArrayListModelTest#freshSeeds*' -Dholstein.seed=SEED}; to keep it, add the seed to
 * {@link #REGRESSION_SEEDS}.
 */
class CowArrayListModelTest {

    static final String REPLAY =
            "mvn -B test -Dtest='CowArrayListModelTest#freshSeeds*' -Dholstein.seed=";

    private static final long FIRST_SEED = 1;

    private static final int SEEDS = 500;

    private static final int STEPS = 500;

    /** Seeds that once failed, kept after the fix. */
    private static final long[] REGRESSION_SEEDS = {
        // A callback forked the list inside an operation on a stale view; the fork was dropped,
        // but the list's storage stayed shared, so clear() let its capacity go.
        -2862513798117444896L,
    };

    @Test
    void fixedSeeds_everyStep_matchesArrayListModel() {
        assumeFalse(
                SeededRuns.freshOnly(),
                "fresh seeds only: the fixed seeds ran in the main test run");
        Map<String, Integer> coverage = new TreeMap<>();
        for (long seed : REGRESSION_SEEDS) {
            SeededRuns.fixed(seed, 1, REPLAY, d -> CowArrayListModelDriver.run(d, STEPS, coverage));
        }
        SeededRuns.fixed(
                FIRST_SEED, SEEDS, REPLAY, d -> CowArrayListModelDriver.run(d, STEPS, coverage));
        coverage.forEach((situation, count) -> System.out.println(count + "\t" + situation));
        for (String situation :
                new String[] {
                    "fork",
                    "clone",
                    "sharing copy constructor",
                    "fork in a callback",
                    "callback threw",
                    "fork, then writes on both sides",
                    "iterator read after its list and a fork were both written",
                    "ViewTwin used after its list and a fork were both written",
                    "SpliteratorTwin used after its list and a fork were both written",
                    "operation on shared storage",
                    "member dropped unwritten",
                    "serialization round trip",
                    "replaceAll on a stale view",
                    "both threw ConcurrentModificationException",
                    "both threw IndexOutOfBoundsException",
                    "both threw IllegalStateException",
                    "both threw NoSuchElementException",
                    "both threw IllegalArgumentException",
                }) {
            assertTrue(
                    coverage.getOrDefault(situation, 0) > 0,
                    "the fixed seeds never reached: " + situation);
        }
    }

    @Test
    void freshSeeds_forConfiguredTime_matchArrayListModel() {
        Map<String, Integer> coverage = new TreeMap<>();
        int runs = SeededRuns.fresh(REPLAY, d -> CowArrayListModelDriver.run(d, STEPS, coverage));
        assertTrue(runs > 0);
    }
}
