package io.holstein.map;

import io.holstein.testing.ModelRun;
import io.holstein.testing.ModelTest;

/** The {@link ModelTest} of {@link PersistentHashSetModelDriver}. */
class PersistentHashSetModelTest extends ModelTest {

    PersistentHashSetModelTest() {
        super(
                ModelRun.of("PersistentHashSet", PersistentHashSetModelDriver::new)
                        .withSteps(300)
                        .withFixedSeeds(1, 10)
                        .withMustReach(
                                "returned an operand unchanged",
                                "returned the argument",
                                "build",
                                "serialization round trip",
                                "of rejected a duplicate"));
    }
}
