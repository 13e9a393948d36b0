package io.holstein.list;

import io.holstein.testing.ModelRun;
import io.holstein.testing.ModelTest;

/**
 * The {@link ModelTest} of {@link PersistentVectorModelDriver}, on 32-way and on 4-way tries, and
 * of its climb to {@link Integer#MAX_VALUE} elements by shared self-concatenation ({@link
 * PersistentVectorModelDriver.NearTheLimit}).
 */
class PersistentVectorModelTest extends ModelTest {

    private static final String[] EVERY_OPERATION = {
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
    };

    PersistentVectorModelTest() {
        super(
                ModelRun.of(
                                "wideTrie",
                                d -> new PersistentVectorModelDriver(d, VectorShape.DEFAULT))
                        .withSteps(150)
                        .withFixedSeeds(1, 60)
                        .withMustReach(EVERY_OPERATION)
                        .withFreshWeight(7),
                ModelRun.of(
                                "fourWayTrie",
                                d -> new PersistentVectorModelDriver(d, new VectorShape(2)))
                        .withSteps(150)
                        .withFixedSeeds(1001, 60)
                        .withMustReach(EVERY_OPERATION)
                        .withFreshWeight(7),
                ModelRun.of("nearIntegerMaxValue", PersistentVectorModelDriver.NearTheLimit::new)
                        .withSteps(100)
                        .withFixedSeeds(2001, 10)
                        .withMustReach(
                                "size past 2^30",
                                "within 64 of Integer.MAX_VALUE",
                                "at Integer.MAX_VALUE",
                                "refused past Integer.MAX_VALUE",
                                "builder refused past Integer.MAX_VALUE",
                                "builder kept an iterable's elements up to the limit")
                        .withFreshWeight(2));
    }
}
