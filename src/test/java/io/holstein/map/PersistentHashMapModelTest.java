package io.holstein.map;

import io.holstein.testing.ModelRun;
import io.holstein.testing.ModelTest;

/** The {@link ModelTest} of {@link PersistentHashMapModelDriver}. */
class PersistentHashMapModelTest extends ModelTest {

    PersistentHashMapModelTest() {
        super(
                ModelRun.of("PersistentHashMap", PersistentHashMapModelDriver::new)
                        .withSteps(300)
                        .withFixedSeeds(1, 10)
                        .withMustReach(
                                "returned an operand unchanged",
                                "build from builder()",
                                "build from toBuilder()",
                                "serialization round trip",
                                "equal versions compared",
                                "unequal versions compared",
                                "spliterator split",
                                "of rejected a duplicate key",
                                "many colliding keys put"));
    }
}
