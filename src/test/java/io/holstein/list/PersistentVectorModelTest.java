package io.holstein.list;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.holstein.testing.SeededRuns;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link PersistentVectorModelDriver} from seeds, on 32-way and on 4-way tries: a fixed,
 * blocking set, and a time-capped batch of fresh seeds ({@code -Dholstein.freshSeeds.seconds=N}).
 *
 * <p>Replay a failing fresh seed with {@code mvn -B test
 * -Dtest='PersistentVectorModelTest#freshSeeds*' -Dholstein.seed=SEED}.
 */
class PersistentVectorModelTest {

    static final String REPLAY =
            "mvn -B test -Dtest='PersistentVectorModelTest#freshSeeds*' -Dholstein.seed=";

    private static final int SEEDS = 60;

    private static final int STEPS = 150;

    private static final VectorShape NARROW = new VectorShape(2);

    @Test
    void fixedSeeds_wideTrie_everyVersionMatchesArrayListModel() {
        assumeFalse(SeededRuns.freshOnly(), "fresh seeds only");
        runFixed(VectorShape.DEFAULT, 1);
    }

    @Test
    void fixedSeeds_fourWayTrie_everyVersionMatchesArrayListModel() {
        assumeFalse(SeededRuns.freshOnly(), "fresh seeds only");
        runFixed(NARROW, 1001);
    }

    private static void runFixed(VectorShape shape, long firstSeed) {
        Map<String, Integer> coverage = new TreeMap<>();
        SeededRuns.fixed(
                firstSeed,
                SEEDS,
                REPLAY,
                d -> PersistentVectorModelDriver.run(d, STEPS, shape, coverage));
        coverage.forEach(
                (situation, count) -> System.out.println(shape + "\t" + count + "\t" + situation));
        for (String situation :
                new String[] {
                    "append run",
                    "prepend run",
                    "with",
                    "insert",
                    "removeAt",
                    "concat",
                    "slice",
                    "take/drop",
                    "subList",
                    "appendAll of a list",
                    "builder step",
                    "build",
                    "builder set",
                    "builder removeLast",
                    "serialization round trip",
                    "relaxed trie",
                    "deep trie",
                }) {
            assertTrue(
                    coverage.getOrDefault(situation, 0) > 0,
                    "the fixed seeds never reached: " + situation);
        }
    }

    @Test
    void freshSeeds_forConfiguredTime_matchArrayListModel() {
        Map<String, Integer> coverage = new TreeMap<>();
        int runs =
                SeededRuns.fresh(
                        REPLAY,
                        d ->
                                PersistentVectorModelDriver.run(
                                        d,
                                        STEPS,
                                        d.nextBoolean() ? VectorShape.DEFAULT : NARROW,
                                        coverage));
        assertTrue(runs > 0);
    }
}
