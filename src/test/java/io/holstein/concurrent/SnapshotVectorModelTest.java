package io.holstein.concurrent;

import io.holstein.testing.ModelRun;
import io.holstein.testing.ModelTest;

/** The {@link ModelTest} of {@link SnapshotVectorModelDriver}. */
class SnapshotVectorModelTest extends ModelTest {

    SnapshotVectorModelTest() {
        super(
                ModelRun.of("SnapshotVector", SnapshotVectorModelDriver::new)
                        .withSteps(300)
                        .withFixedSeeds(1, 200)
                        .withMustReach(
                                "list adopting another's snapshot",
                                "list copying another SnapshotVector",
                                "compareAndSet",
                                "update",
                                "snapshot kept",
                                "iterator kept",
                                "iterator used after its list changed",
                                "view of a view",
                                "view cut at the list's size",
                                "view starting past the list's end",
                                "write through a view",
                                "write through a view, same size",
                                "write straddling an outer view's end",
                                "view iterator kept its version",
                                "serialization round trip",
                                "addAll(i) of an ArrayList",
                                "callback threw, list unchanged",
                                "addAll(i) of a SnapshotVector",
                                "both threw IndexOutOfBoundsException",
                                "both threw UnsupportedOperationException",
                                "both threw NoSuchElementException"));
    }
}
