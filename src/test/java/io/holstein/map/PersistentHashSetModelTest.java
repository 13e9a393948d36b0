package io.holstein.map;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.holstein.testing.SeededRuns;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link PersistentHashSetModelDriver} from seeds: a fixed, blocking set (skipped with {@code
 * -Dholstein.freshSeeds.only=true}) and a time-capped batch of fresh seeds. To replay a failure:
 * {@code mvn -B test -Dtest='PersistentHashSetModelTest#freshSeeds*' -Dholstein.seed=SEED}.
 */
class PersistentHashSetModelTest {

    static final String REPLAY =
            "mvn -B test -Dtest='PersistentHashSetModelTest#freshSeeds*' -Dholstein.seed=";

    private static final int SEEDS = 10;

    private static final int STEPS = 300;

    @Test
    void fixedSeeds_everyVersion_matchesHashSetModel() {
        assumeFalse(
                SeededRuns.freshOnly(),
                "fresh seeds only: the fixed seeds ran in the main test run");
        Map<String, Integer> coverage = new TreeMap<>();
        SeededRuns.fixed(
                1, SEEDS, REPLAY, d -> PersistentHashSetModelDriver.run(d, STEPS, coverage));
        coverage.forEach((situation, count) -> System.out.println(count + "\t" + situation));
        for (String situation :
                new String[] {
                    "returned an operand unchanged",
                    "returned the argument",
                    "build",
                    "serialization round trip",
                    "of rejected a duplicate",
                }) {
            assertTrue(
                    coverage.getOrDefault(situation, 0) > 0,
                    "the fixed seeds never reached: " + situation);
        }
    }

    @Test
    void freshSeeds_forConfiguredTime_matchHashSetModel() {
        int runs =
                SeededRuns.fresh(
                        REPLAY, d -> PersistentHashSetModelDriver.run(d, STEPS, new TreeMap<>()));
        assertTrue(runs > 0);
    }
}
