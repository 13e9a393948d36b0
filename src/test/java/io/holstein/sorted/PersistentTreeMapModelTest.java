package io.holstein.sorted;

import io.holstein.testing.ModelRun;
import io.holstein.testing.ModelTest;

/**
 * The {@link ModelTest} of {@link PersistentTreeMapModelDriver}: one run per kind of key ({@link
 * SortedKeys}), the large span of natural order growing trees of height 3 (four levels), split at
 * every level and joined with trees of every other height.
 */
class PersistentTreeMapModelTest extends ModelTest {

    /** What every run must reach. */
    private static final String[] EVERY_RUN = {
        "returned an operand unchanged",
        "a descending version",
        "a bulk run",
        "toBuilder",
        "build from builder()",
        "build from toBuilder()",
        "a builder wrote after build()",
        "copyOf of a SortedMap",
        "collector",
        "collector with merge",
        "serialization round trip",
        "equal versions compared",
        "unequal versions compared",
        "rank of an absent key",
        "spliterator split",
        "concat joined trees of one height",
        "concat joined a shorter tree on the left",
        "concat joined a shorter tree on the right",
        "concat refused: keys not above",
        "concat refused: other order",
        "both threw ClassCastException",
        "both threw IllegalArgumentException",
        "both threw IllegalStateException",
        "both threw IndexOutOfBoundsException",
        "both threw NoSuchElementException",
    };

    PersistentTreeMapModelTest() {
        super(
                run(SortedKeys.naturalIntegers(64), 300, 8)
                        .withMustReach(
                                "both threw NullPointerException",
                                "a version of height 1",
                                "split of a tree of height 1"),
                run(SortedKeys.naturalIntegers(1 << 17), 150, 5)
                        .withMustReach(
                                "both threw NullPointerException",
                                "a bulk run of thousands",
                                "a version of height 3",
                                "split of a tree of height 2",
                                "split of a tree of height 3"),
                run(SortedKeys.nullsFirstIntegers(1 << 12), 200, 4)
                        .withMustReach("a version of height 2", "split of a tree of height 2"),
                run(SortedKeys.caseInsensitiveStrings(3), 200, 4)
                        .withMustReach(
                                "both threw NullPointerException",
                                "a version of height 2",
                                "split of a tree of height 2"));
    }

    private static ModelRun run(SortedKeys keys, int steps, int seeds) {
        return ModelRun.of(keys.name, d -> new PersistentTreeMapModelDriver(d, keys))
                .withSteps(steps)
                .withFixedSeeds(1, seeds)
                .withMustReach(EVERY_RUN);
    }
}
