package io.holstein.sorted;

import io.holstein.testing.ModelRun;
import io.holstein.testing.ModelTest;

/** The {@link ModelTest} of {@link CowTreeMapModelDriver}. */
class CowTreeMapModelTest extends ModelTest {

    CowTreeMapModelTest() {
        super(
                ModelRun.of("CowTreeMap", CowTreeMapModelDriver::new)
                        .withSteps(300)
                        .withFixedSeeds(1, 120)
                        // A fork made and written inside replaceAll's function shared the leaf
                        // the loop went on writing in place.
                        .withRegressionSeeds(-7446788938528402151L)
                        .withMustReach(
                                "fork",
                                "clone",
                                "sharing copy constructor",
                                "toPersistent",
                                "map made from a persistent version",
                                "serialization round trip",
                                "member dropped unwritten",
                                "members share nodes",
                                "operation on a shared map",
                                "positional read",
                                "kept iterator used",
                                "kept iterator threw ConcurrentModificationException",
                                "kept iterator threw NoSuchElementException",
                                "iterator remove",
                                "iterator remove on a shared map",
                                "kept view used",
                                "range view cleared",
                                "entry setValue",
                                "entry setValue on a shared map",
                                "entries dropped after a structural modification",
                                "many keys put at once",
                                "bulk load into an empty map",
                                "clear",
                                "fork in a callback",
                                "callback modified the map structurally",
                                "both threw NullPointerException",
                                "both threw IllegalArgumentException",
                                "both threw NoSuchElementException",
                                "both threw ConcurrentModificationException"));
    }
}
