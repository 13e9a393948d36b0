package io.holstein.sorted;

import com.google.common.collect.testing.features.CollectionFeature;
import com.google.common.collect.testing.features.Feature;
import java.util.List;

/** What the sorted types' Guava-testlib suites share. */
final class GuavaSuites {

    private GuavaSuites() {}

    /**
     * The marker features that stop Guava's sorted-collection suite builders from deriving sub-map,
     * sub-set and descending suites, leaving the plain suite with its key-set, values, entry-set
     * and reserialized derivations. The sets' markers are public features ({@code SUBSET_VIEW},
     * {@code DESCENDING_VIEW}); the maps' are the package-private enum {@code
     * SortedMapTestSuiteBuilder.NoRecurse}, looked up by name ({@link Enum#valueOf} reads a
     * non-public enum's constants).
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static List<Feature<?>> noDerivedSuites() {
        try {
            Class noRecurse =
                    Class.forName(
                            "com.google.common.collect.testing.SortedMapTestSuiteBuilder$NoRecurse");
            return List.of(
                    (Feature<?>) Enum.valueOf(noRecurse, "SUBMAP"),
                    (Feature<?>) Enum.valueOf(noRecurse, "DESCENDING"),
                    CollectionFeature.SUBSET_VIEW,
                    CollectionFeature.DESCENDING_VIEW);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(
                    "Guava-testlib no longer has SortedMapTestSuiteBuilder.NoRecurse", e);
        }
    }
}
