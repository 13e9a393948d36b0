package io.holstein.string;

import io.holstein.testing.ModelRun;
import io.holstein.testing.ModelTest;

/** The {@link ModelTest} of {@link CowStringModelDriver}. */
class CowStringModelTest extends ModelTest {

    CowStringModelTest() {
        super(
                ModelRun.of("CowString", CowStringModelDriver::new)
                        .withSteps(300)
                        .withFixedSeeds(1, 60)
                        .withMustReach(
                                "fork",
                                "slice",
                                "slice out of range",
                                "serialization round trip",
                                "member dropped unwritten",
                                "operation on shared storage",
                                "own text as argument",
                                "another member as argument",
                                "stale iterator failed fast",
                                "iterator read after other members were written",
                                "iterator bound late",
                                "both threw StringIndexOutOfBoundsException",
                                "both threw IndexOutOfBoundsException",
                                "both threw NullPointerException",
                                "both threw IllegalArgumentException"));
    }
}
