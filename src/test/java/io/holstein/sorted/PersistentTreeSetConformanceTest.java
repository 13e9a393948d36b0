package io.holstein.sorted;

import com.google.common.collect.testing.NavigableSetTestSuiteBuilder;
import com.google.common.collect.testing.TestStringSortedSetGenerator;
import com.google.common.collect.testing.features.CollectionFeature;
import com.google.common.collect.testing.features.CollectionSize;
import com.google.common.collect.testing.features.Feature;
import io.holstein.testing.GuavaSuites;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import junit.framework.Test;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Guava-testlib's navigable-set conformance suites, one per way of constructing a {@link
 * PersistentTreeSet}, with the features of an immutable sorted set. The full derived tree (sub-set
 * and descending suites, recursively) runs for the set built by {@code with} in natural order;
 * every other construction runs the plain suite (DESIGN.md §5's CI budget).
 */
class PersistentTreeSetConformanceTest {

    private static final List<Feature<?>> NATURAL =
            List.of(
                    CollectionFeature.KNOWN_ORDER,
                    CollectionFeature.SERIALIZABLE,
                    CollectionSize.ANY);

    private static final List<Feature<?>> NULLS_FIRST =
            List.of(
                    CollectionFeature.ALLOWS_NULL_VALUES,
                    CollectionFeature.KNOWN_ORDER,
                    CollectionFeature.SERIALIZABLE,
                    CollectionSize.ANY);

    /** Elements that sort before and after Guava's samples, which are letters. */
    private static final List<String> EXTRAS =
            List.of("\u0001a", "\u0001b", "\u0001c", "\uffffa", "\uffffb", "\uffffc", "\uffffd");

    @TestFactory
    Stream<DynamicNode> with_oneByOne_fullDerivedTree() {
        return suite(
                "with one by one", null, NATURAL, true, PersistentTreeSetConformanceTest::byWith);
    }

    @TestFactory
    Stream<DynamicNode> with_oneByOne_nullFriendlyComparator() {
        return suite(
                "with one by one, nulls first",
                GuavaSuites.NULLS_FIRST_ORDER,
                NULLS_FIRST,
                false,
                PersistentTreeSetConformanceTest::byWith);
    }

    @TestFactory
    Stream<DynamicNode> builder_usedAfterBuild() {
        return suite(
                "builder, build, then the builder writes on",
                null,
                NATURAL,
                false,
                (cmp, elements) -> {
                    PersistentTreeSet.Builder<String> b = PersistentTreeSet.builder(cmp);
                    b.addAll(Arrays.asList(elements));
                    PersistentTreeSet<String> built = b.build();
                    for (String e : elements) {
                        b.remove(e).add(e + "!");
                    }
                    return built;
                });
    }

    @TestFactory
    Stream<DynamicNode> copyOf_sortedSet_bulkLoad() {
        return suite(
                "copyOf a TreeSet, a bulk load",
                GuavaSuites.NULLS_FIRST_ORDER,
                NULLS_FIRST,
                false,
                (cmp, elements) -> PersistentTreeSet.copyOf(model(cmp, elements)));
    }

    @TestFactory
    Stream<DynamicNode> union_ofInterleavedHalves() {
        return suite(
                "union of the even and the odd elements",
                null,
                NATURAL,
                false,
                (cmp, elements) ->
                        byWith(cmp, pick(elements, 0)).union(byWith(cmp, pick(elements, 1))));
    }

    @TestFactory
    Stream<DynamicNode> union_nullFriendlyComparator() {
        return suite(
                "union of the even and the odd elements, nulls first",
                GuavaSuites.NULLS_FIRST_ORDER,
                NULLS_FIRST,
                false,
                (cmp, elements) ->
                        byWith(cmp, pick(elements, 0)).union(byWith(cmp, pick(elements, 1))));
    }

    @TestFactory
    Stream<DynamicNode> intersection_withExtrasOnBothSides() {
        return suite(
                "intersection of the elements with different extras",
                null,
                NATURAL,
                false,
                (cmp, elements) -> {
                    PersistentTreeSet<String> a = byWith(cmp, elements);
                    PersistentTreeSet<String> b = byWith(cmp, elements);
                    for (int i = 0; i < EXTRAS.size(); i++) {
                        a = i % 2 == 0 ? a.with(EXTRAS.get(i)) : a;
                        b = i % 2 == 1 ? b.with(EXTRAS.get(i)) : b;
                    }
                    return a.intersection(b);
                });
    }

    @TestFactory
    Stream<DynamicNode> difference_ofTheExtras() {
        return suite(
                "difference of the elements and extras less the extras",
                null,
                NATURAL,
                false,
                (cmp, elements) -> {
                    PersistentTreeSet<String> a = byWith(cmp, elements);
                    for (int i = 0; i < 40; i++) {
                        a = a.with("\u0001" + i).with("\uffff" + i);
                    }
                    PersistentTreeSet<String> extras = PersistentTreeSet.empty(cmp);
                    for (int i = 0; i < 40; i++) {
                        extras = extras.with("\u0001" + i).with("\uffff" + i);
                    }
                    return a.difference(extras);
                });
    }

    @TestFactory
    Stream<DynamicNode> keySet_ofMap() {
        return suite(
                "key set of a map",
                GuavaSuites.NULLS_FIRST_ORDER,
                NULLS_FIRST,
                false,
                (cmp, elements) -> {
                    PersistentTreeMap<String, Integer> m = PersistentTreeMap.empty(cmp);
                    for (String e : elements) {
                        m = m.with(e, 1);
                    }
                    return m.navigableKeySet();
                });
    }

    @TestFactory
    Stream<DynamicNode> keySet_ofMap_withMore() {
        // A set over a map's tree, written through the set: leaves with values meet leaves without.
        return suite(
                "key set of a map, with and without",
                null,
                NATURAL,
                false,
                (cmp, elements) -> {
                    PersistentTreeMap<String, Integer> m = PersistentTreeMap.empty(cmp);
                    for (int i = 0; i < 100; i++) {
                        m = m.with("\u0001" + i, i);
                    }
                    PersistentTreeSet<String> s = m.navigableKeySet();
                    for (String e : elements) {
                        s = s.with(e);
                    }
                    for (int i = 0; i < 100; i++) {
                        s = s.without("\u0001" + i);
                    }
                    return s;
                });
    }

    @TestFactory
    Stream<DynamicNode> headSet_ofLargerSet() {
        return suite(
                "headSet of a larger set",
                null,
                NATURAL,
                false,
                (cmp, elements) -> {
                    PersistentTreeSet<String> larger = byWith(cmp, elements);
                    for (int i = 0; i < 100; i++) {
                        larger = larger.with("\uffff" + i);
                    }
                    return larger.headSet("\uffff");
                });
    }

    // ------------------------------------------------------------------ constructions

    static PersistentTreeSet<String> byWith(Comparator<String> cmp, String[] elements) {
        PersistentTreeSet<String> s = PersistentTreeSet.empty(cmp);
        for (String e : elements) {
            s = s.with(e);
        }
        return s;
    }

    /** Every other element, from {@code first}. */
    private static String[] pick(String[] elements, int first) {
        List<String> out = new ArrayList<>();
        for (int i = first; i < elements.length; i += 2) {
            out.add(elements[i]);
        }
        return out.toArray(new String[0]);
    }

    private static TreeSet<String> model(Comparator<String> cmp, String[] elements) {
        TreeSet<String> s = new TreeSet<>(cmp);
        s.addAll(Arrays.asList(elements));
        return s;
    }

    // ------------------------------------------------------------------ suites

    private static Stream<DynamicNode> suite(
            String name,
            Comparator<String> cmp,
            List<Feature<?>> features,
            boolean derived,
            BiFunction<Comparator<String>, String[], PersistentTreeSet<String>> factory) {
        Test suite =
                NavigableSetTestSuiteBuilder.using(generator(cmp, factory))
                        .named(name)
                        .withFeatures(GuavaSuites.features(features, derived))
                        .createTestSuite();
        return GuavaSuites.dynamicNodes(suite, (derived ? 2_000 : 300));
    }

    private static TestStringSortedSetGenerator generator(
            Comparator<String> cmp,
            BiFunction<Comparator<String>, String[], PersistentTreeSet<String>> factory) {
        return new TestStringSortedSetGenerator() {
            @Override
            protected SortedSet<String> create(String[] elements) {
                PersistentTreeSet<String> set = factory.apply(cmp, elements);
                set.checkInvariants();
                return set;
            }

            @Override
            public List<String> order(List<String> insertionOrder) {
                if (cmp == null) {
                    return super.order(insertionOrder);
                }
                List<String> sorted = new ArrayList<>(insertionOrder);
                sorted.sort(cmp);
                return sorted;
            }
        };
    }
}
