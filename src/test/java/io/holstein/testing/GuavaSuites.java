package io.holstein.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.testing.features.CollectionFeature;
import com.google.common.collect.testing.features.Feature;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import junit.framework.Test;
import org.junit.jupiter.api.DynamicNode;

/** What the sorted types' Guava-testlib suites share, in every package. */
public final class GuavaSuites {

    /**
     * A serializable order that puts null first, then the natural order, as the comparator of
     * Guava's null-friendly {@code TreeMap} suite does.
     */
    @SuppressWarnings("unchecked")
    public static final Comparator<String> NULLS_FIRST_ORDER =
            (Comparator<String> & Serializable)
                    (a, b) ->
                            Comparator.<String>nullsFirst(Comparator.naturalOrder()).compare(a, b);

    private GuavaSuites() {}

    /** {@code features}, plus the markers of {@link #noDerivedSuites()} unless {@code derived}. */
    public static List<Feature<?>> features(List<Feature<?>> features, boolean derived) {
        List<Feature<?>> all = new ArrayList<>(features);
        if (!derived) {
            all.addAll(noDerivedSuites());
        }
        return all;
    }

    /**
     * The suite's tests as dynamic nodes, once it is checked to hold more than {@code minimum}
     * tests and a reserialized suite (the sorted types are serializable).
     */
    public static Stream<DynamicNode> dynamicNodes(Test suite, int minimum) {
        assertTrue(
                suite.countTestCases() > minimum,
                "suspiciously small suite: " + suite.countTestCases());
        assertTrue(JUnit3Suites.reserializedSuites(suite) > 0, "no reserialized suite");
        return JUnit3Suites.dynamicNodes(suite);
    }

    /**
     * The marker features that stop Guava's sorted-collection suite builders from deriving sub-map,
     * sub-set and descending suites, leaving the plain suite with its key-set, values, entry-set
     * and reserialized derivations. The sets' markers are public features ({@code SUBSET_VIEW},
     * {@code DESCENDING_VIEW}); the maps' are the package-private enum {@code
     * SortedMapTestSuiteBuilder.NoRecurse}, looked up by name ({@link Enum#valueOf} reads a
     * non-public enum's constants).
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static List<Feature<?>> noDerivedSuites() {
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
