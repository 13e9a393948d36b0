package io.holstein.concurrent;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.holstein.testing.SeededRuns;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link SnapshotHashMapModelDriver} from seeds: a fixed, blocking set (skipped with {@code
 * -Dholstein.freshSeeds.only=true}) and a time-capped batch of fresh seeds. To replay a failure:
 * {@code mvn -B test -Dtest='SnapshotHashMapModelTest#freshSeeds*' -Dholstein.seed=SEED}.
 */
class SnapshotHashMapModelTest {

    static final String REPLAY =
            "mvn -B test -Dtest='SnapshotHashMapModelTest#freshSeeds*' -Dholstein.seed=";

    private static final int SEEDS = 10;

    private static final int STEPS = 400;

    @Test
    void fixedSeeds_mapAndSnapshots_matchHashMapModel() {
        assumeFalse(
                SeededRuns.freshOnly(),
                "fresh seeds only: the fixed seeds ran in the main test run");
        Map<String, Integer> coverage = new TreeMap<>();
        SeededRuns.fixed(1, SEEDS, REPLAY, d -> SnapshotHashMapModelDriver.run(d, STEPS, coverage));
        coverage.forEach((situation, count) -> System.out.println(count + "\t" + situation));
        for (String situation :
                new String[] {
                    "write that changes nothing installed nothing", "update",
                            "compareAndSet succeeded",
                    "compareAndSet failed on a stale version", "map over a kept snapshot written",
                            "entry setValue written through",
                    "iterator remove on the live map", "iterator ran to the end of its version",
                            "serialization round trip",
                }) {
            assertTrue(
                    coverage.getOrDefault(situation, 0) > 0,
                    "the fixed seeds never reached: " + situation);
        }
    }

    @Test
    void freshSeeds_forConfiguredTime_matchHashMapModel() {
        int runs =
                SeededRuns.fresh(
                        REPLAY, d -> SnapshotHashMapModelDriver.run(d, STEPS, new TreeMap<>()));
        assertTrue(runs > 0);
    }
}
