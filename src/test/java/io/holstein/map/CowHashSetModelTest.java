package io.holstein.map;

import io.holstein.testing.ModelRun;
import io.holstein.testing.ModelTest;

/** The {@link ModelTest} of {@link CowHashSetModelDriver}. */
class CowHashSetModelTest extends ModelTest {

    CowHashSetModelTest() {
        super(
                ModelRun.of("CowHashSet", CowHashSetModelDriver::new)
                        .withSteps(300)
                        .withFixedSeeds(1, 150)
                        .withMustReach(
                                "fork",
                                "fork, then writes on both sides",
                                "fork in a removeIf filter",
                                "operation on shared storage",
                                "serialization round trip",
                                "iterator read shared storage",
                                "stale iterator threw CME",
                                "iterator remove",
                                "iterator remove on shared storage"));
    }
}
