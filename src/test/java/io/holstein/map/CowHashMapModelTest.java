package io.holstein.map;

import io.holstein.testing.ModelRun;
import io.holstein.testing.ModelTest;

/** The {@link ModelTest} of {@link CowHashMapModelDriver}. */
class CowHashMapModelTest extends ModelTest {

    CowHashMapModelTest() {
        super(
                ModelRun.of("CowHashMap", CowHashMapModelDriver::new)
                        .withSteps(300)
                        .withFixedSeeds(1, 200)
                        .withMustReach(
                                "fork",
                                "clone",
                                "sharing copy constructor",
                                "fork in a callback",
                                "callback did THROW",
                                "callback did WRITE_SELF",
                                "callback did STRUCTURAL",
                                "function modified the map structurally",
                                "fork, then writes on both sides",
                                "fork, then writes on both sides, with kept iterators or entries",
                                "operation on shared storage",
                                "member dropped unwritten",
                                "serialization round trip",
                                "map with a collision bucket",
                                "collision bucket emptied",
                                "many colliding keys put",
                                "fresh iterator used",
                                "stale iterator threw CME",
                                "stale spliterator threw CME",
                                "iterator read shared storage",
                                "iterator remove",
                                "iterator remove on shared storage",
                                "iterator remove without next",
                                "entry setValue on shared storage",
                                "entry used after its key left the map",
                                "removeIf through a view",
                                "clear of shared storage",
                                "putAll of itself",
                                "both threw NullPointerException",
                                "both threw ConcurrentModificationException",
                                "both threw PlannedFailure"));
    }
}
