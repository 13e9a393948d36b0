package io.holstein.list;

import io.holstein.testing.ModelRun;
import io.holstein.testing.ModelTest;

/** The {@link ModelTest} of {@link CowArrayListModelDriver}. */
class CowArrayListModelTest extends ModelTest {

    CowArrayListModelTest() {
        super(
                ModelRun.of("CowArrayList", CowArrayListModelDriver::new)
                        .withSteps(500)
                        .withFixedSeeds(1, 500)
                        .withRegressionSeeds(
                                // A callback forked the list inside an operation on a stale view;
                                // the fork was dropped, but the list's storage stayed shared, so
                                // clear() let its capacity go.
                                -2862513798117444896L)
                        .withMustReach(
                                "fork",
                                "clone",
                                "sharing copy constructor",
                                "fork in a callback",
                                "callback threw",
                                "fork, then writes on both sides",
                                "iterator read after its list and a fork were both written",
                                "ViewTwin used after its list and a fork were both written",
                                "SpliteratorTwin used after its list and a fork were both written",
                                "operation on shared storage",
                                "member dropped unwritten",
                                "serialization round trip",
                                "replaceAll on a stale view",
                                "both threw ConcurrentModificationException",
                                "both threw IndexOutOfBoundsException",
                                "both threw IllegalStateException",
                                "both threw NoSuchElementException",
                                "both threw IllegalArgumentException"));
    }
}
