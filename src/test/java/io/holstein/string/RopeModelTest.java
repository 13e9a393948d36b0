package io.holstein.string;

import io.holstein.testing.ModelRun;
import io.holstein.testing.ModelTest;

/** The {@link ModelTest} of {@link RopeModelDriver}. */
class RopeModelTest extends ModelTest {

    RopeModelTest() {
        super(
                ModelRun.of("Rope", RopeModelDriver::new)
                        .withSteps(300)
                        .withFixedSeeds(1, 60)
                        .withMustReach(
                                "tree of height 2 or more",
                                "concat with itself",
                                "concat of two ropes",
                                "indexOf found",
                                "indexOf not found",
                                "surrogate pairs",
                                "chars spliterator split",
                                "builder built",
                                "builder appended a rope",
                                "serialization round trip",
                                "equal versions made apart",
                                "both threw StringIndexOutOfBoundsException",
                                "both threw NullPointerException"));
    }
}
