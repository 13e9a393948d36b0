package io.holstein.sorted;

import io.holstein.testing.ModelRun;
import io.holstein.testing.ModelTest;

/**
 * The {@link ModelTest} of {@link PersistentTreeSetModelDriver}: one run per kind of key ({@link
 * SortedKeys}), the large span of natural order growing trees of height 3 (four levels), split at
 * every level, and set algebra of operands disjoint, interleaved in runs, sharing subtrees or of
 * other kinds.
 */
class PersistentTreeSetModelTest extends ModelTest {

    /** What every run must reach. */
    private static final String[] EVERY_RUN = {
        "returned an operand unchanged",
        "a descending version",
        "a bulk run",
        "a map's key set",
        "toBuilder",
        "build from builder()",
        "build from toBuilder()",
        "a builder wrote after build()",
        "copyOf of a SortedSet",
        "collector",
        "serialization round trip",
        "equal versions compared",
        "unequal versions compared",
        "rank of an absent element",
        "spliterator split",
        "set algebra of disjoint operands",
        "set algebra of operands interleaved in runs",
        "set algebra with another collection",
        "union joined trees of different heights",
        "both threw ClassCastException",
        "both threw IllegalArgumentException",
        "both threw IndexOutOfBoundsException",
        "both threw NoSuchElementException",
    };

    PersistentTreeSetModelTest() {
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
        return ModelRun.of(keys.name, d -> new PersistentTreeSetModelDriver(d, keys))
                .withSteps(steps)
                .withFixedSeeds(1, seeds)
                .withMustReach(EVERY_RUN);
    }
}
