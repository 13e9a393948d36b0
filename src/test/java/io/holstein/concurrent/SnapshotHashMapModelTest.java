package io.holstein.concurrent;

import io.holstein.testing.ModelRun;
import io.holstein.testing.ModelTest;

/** The {@link ModelTest} of {@link SnapshotHashMapModelDriver}. */
class SnapshotHashMapModelTest extends ModelTest {

    SnapshotHashMapModelTest() {
        super(
                ModelRun.of("SnapshotHashMap", SnapshotHashMapModelDriver::new)
                        .withSteps(400)
                        .withFixedSeeds(1, 10)
                        .withMustReach(
                                "write that changes nothing installed nothing",
                                "update",
                                "compareAndSet succeeded",
                                "compareAndSet failed on a stale version",
                                "map over a kept snapshot written",
                                "entry setValue written through",
                                "iterator remove on the live map",
                                "iterator ran to the end of its version",
                                "serialization round trip"));
    }
}
