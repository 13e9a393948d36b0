package io.holstein.concurrent;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.holstein.testing.SeededRuns;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link SnapshotVectorModelDriver} from seeds: a fixed, blocking set, and a time-capped batch
 * of fresh seeds ({@code -Dholstein.freshSeeds.seconds=N}).
 *
 * <p>Replay a failing fresh seed with {@code mvn -B test
 * -Dtest='SnapshotVectorModelTest#freshSeeds*' -Dholstein.seed=SEED}.
 */
class SnapshotVectorModelTest {

    static final String REPLAY =
            "mvn -B test -Dtest='SnapshotVectorModelTest#freshSeeds*' -Dholstein.seed=";

    private static final long FIRST_SEED = 1;

    private static final int SEEDS = 200;

    private static final int STEPS = 300;

    @Test
    void fixedSeeds_everyStep_matchesArrayListModel() {
        assumeFalse(
                SeededRuns.freshOnly(),
                "fresh seeds only: the fixed seeds ran in the main test run");
        Map<String, Integer> coverage = new TreeMap<>();
        SeededRuns.fixed(
                FIRST_SEED, SEEDS, REPLAY, d -> SnapshotVectorModelDriver.run(d, STEPS, coverage));
        coverage.forEach((situation, count) -> System.out.println(count + "\t" + situation));
        for (String situation :
                new String[] {
                    "list adopting another's snapshot",
                    "list copying another SnapshotVector",
                    "compareAndSet",
                    "update",
                    "snapshot kept",
                    "iterator kept",
                    "iterator used after its list changed",
                    "view of a view",
                    "view cut at the list's size",
                    "view starting past the list's end",
                    "write through a view",
                    "write through a view, same size",
                    "write straddling an outer view's end",
                    "view iterator kept its version",
                    "serialization round trip",
                    "addAll(i) of an ArrayList",
                    "callback threw, list unchanged",
                    "addAll(i) of a SnapshotVector",
                    "both threw IndexOutOfBoundsException",
                    "both threw UnsupportedOperationException",
                    "both threw NoSuchElementException",
                }) {
            assertTrue(
                    coverage.getOrDefault(situation, 0) > 0,
                    "the fixed seeds never reached: " + situation);
        }
    }

    @Test
    void freshSeeds_forConfiguredTime_matchArrayListModel() {
        Map<String, Integer> coverage = new TreeMap<>();
        int runs = SeededRuns.fresh(REPLAY, d -> SnapshotVectorModelDriver.run(d, STEPS, coverage));
        assertTrue(runs > 0);
    }
}
