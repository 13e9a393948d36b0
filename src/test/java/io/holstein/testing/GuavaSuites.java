package io.holstein.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.testing.TestStringSortedMapGenerator;
import com.google.common.collect.testing.features.CollectionFeature;
import com.google.common.collect.testing.features.Feature;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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

    /**
     * A generator of string maps in the order {@link #cmp} (null for natural order), which tells
     * Guava the order of its entries and runs the checks of what it keeps beside each map.
     */
    public abstract static class SortedMapGenerator extends TestStringSortedMapGenerator {

        /** The order of the maps made; null for natural order. */
        public Comparator<String> cmp;

        /** What the generator keeps beside the maps it hands out: set-up and tear-down. */
        public final KeptChecks kept = new KeptChecks();

        @Override
        public Iterable<Map.Entry<String, String>> order(
                List<Map.Entry<String, String>> insertionOrder) {
            if (cmp == null) {
                return super.order(insertionOrder);
            }
            List<Map.Entry<String, String>> sorted = new ArrayList<>(insertionOrder);
            sorted.sort(Map.Entry.comparingByKey(cmp));
            return sorted;
        }
    }

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
