package io.holstein.list;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.holstein.testing.SeededRuns;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link PersistentVectorModelDriver} from seeds, on 32-way and on 4-way tries: a fixed,
 * blocking set, and a time-capped batch of fresh seeds ({@code -Dholstein.freshSeeds.seconds=N}). A
 * second fixed set, and one fresh seed in eight, runs the driver's climb to {@link
 * Integer#MAX_VALUE} elements by shared self-concatenation.
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

    /** The fixed seeds near the limit are replayed all together: the run is deterministic. */
    private static final String REPLAY_NEAR_THE_LIMIT =
            "mvn -B test -Dtest='PersistentVectorModelTest#fixedSeeds_nearIntegerMaxValue*',"
                    + " which runs seed ";

    private static final int LIMIT_SEEDS = 10;

    private static final int LIMIT_STEPS = 100;

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

    /**
     * Shared self-concatenation takes versions to {@link Integer#MAX_VALUE} elements in a few dozen
     * steps; every growth past it must be refused with the version or builder unchanged.
     */
    @Test
    void fixedSeeds_nearIntegerMaxValue_everyVersionMatchesItsModel() {
        assumeFalse(SeededRuns.freshOnly(), "fresh seeds only");
        Map<String, Integer> coverage = new TreeMap<>();
        SeededRuns.fixed(
                2001,
                LIMIT_SEEDS,
                REPLAY_NEAR_THE_LIMIT,
                d -> PersistentVectorModelDriver.runNearTheLimit(d, LIMIT_STEPS, coverage));
        coverage.forEach(
                (situation, count) -> System.out.println("limit\t" + count + "\t" + situation));
        for (String situation :
                new String[] {
                    "size past 2^30",
                    "within 64 of Integer.MAX_VALUE",
                    "at Integer.MAX_VALUE",
                    "refused past Integer.MAX_VALUE",
                    "builder refused past Integer.MAX_VALUE",
                    "builder kept an iterable's elements up to the limit",
                }) {
            assertTrue(
                    coverage.getOrDefault(situation, 0) > 0,
                    "the fixed seeds never reached: " + situation + "; reached " + coverage);
        }
    }

    @Test
    void freshSeeds_forConfiguredTime_matchArrayListModel() {
        Map<String, Integer> coverage = new TreeMap<>();
        int runs =
                SeededRuns.fresh(
                        REPLAY,
                        d -> {
                            if (d.oneIn(8)) {
                                PersistentVectorModelDriver.runNearTheLimit(
                                        d, LIMIT_STEPS, coverage);
                            } else {
                                PersistentVectorModelDriver.run(
                                        d,
                                        STEPS,
                                        d.nextBoolean() ? VectorShape.DEFAULT : NARROW,
                                        coverage);
                            }
                        });
        assertTrue(runs > 0);
    }
}
