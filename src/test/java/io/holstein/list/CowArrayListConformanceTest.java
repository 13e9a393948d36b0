package io.holstein.list;

import static io.holstein.testing.SurroundedElements.BEFORE;
import static io.holstein.testing.SurroundedElements.surround;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.testing.ListTestSuiteBuilder;
import com.google.common.collect.testing.MinimalCollection;
import com.google.common.collect.testing.TestStringListGenerator;
import com.google.common.collect.testing.features.CollectionFeature;
import com.google.common.collect.testing.features.CollectionSize;
import com.google.common.collect.testing.features.Feature;
import com.google.common.collect.testing.features.ListFeature;
import io.holstein.testing.ForkedSides;
import io.holstein.testing.ForkedSides.Side;
import io.holstein.testing.JUnit3Suites;
import io.holstein.testing.KeptChecks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import junit.framework.Test;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Guava-testlib's list conformance suites, one per way of constructing a {@link CowArrayList}.
 *
 * <p>Every suite declares the features {@code ArrayList} declares in Guava's {@code
 * TestsForListsInJavaUtil.testsForArrayList()} and suppresses what Guava suppresses there for
 * {@code ArrayList}: nothing. The builder derives a "reserialized" suite from each list suite (the
 * lists are serializable); sub-list views, which are not serializable, get suites of their own with
 * the same features less {@code SERIALIZABLE}, as {@code ArrayList}'s views have.
 *
 * <p>Suites whose subject shares storage with another list keep that other list and check after
 * every test that it still holds exactly the elements it had, and that both lists pass {@link
 * CowArrayList#checkInvariants()}.
 */
class CowArrayListConformanceTest {

    private static final Feature<?>[] LIST_FEATURES = {
        ListFeature.GENERAL_PURPOSE,
        CollectionFeature.SERIALIZABLE,
        CollectionFeature.ALLOWS_NULL_VALUES,
        CollectionFeature.FAILS_FAST_ON_CONCURRENT_MODIFICATION,
        CollectionSize.ANY,
    };

    private static final Feature<?>[] VIEW_FEATURES = {
        ListFeature.GENERAL_PURPOSE,
        CollectionFeature.ALLOWS_NULL_VALUES,
        CollectionFeature.FAILS_FAST_ON_CONCURRENT_MODIFICATION,
        CollectionSize.ANY,
    };

    @TestFactory
    Stream<DynamicNode> copyConstructor_fromCollection() {
        return suite(
                "new CowArrayList of a Collection, copying its array",
                fresh(elements -> new CowArrayList<>(MinimalCollection.of(elements))));
    }

    @TestFactory
    Stream<DynamicNode> copyConstructor_fromArrayList() {
        // ArrayList.toArray() hands out a fresh array, which the constructor adopts without a copy.
        return suite(
                "new CowArrayList of an ArrayList, adopting its array",
                fresh(elements -> new CowArrayList<>(new ArrayList<>(Arrays.asList(elements)))));
    }

    @TestFactory
    Stream<DynamicNode> add_oneByOne() {
        return suite(
                "new CowArrayList, then add one by one",
                fresh(CowArrayListConformanceTest::builtByAdd));
    }

    @TestFactory
    Stream<DynamicNode> fork_ofSharedOriginal() {
        return suite(
                "fork of a kept original", new SharingGenerator(Side.FORK, CowArrayList::fork));
    }

    @TestFactory
    Stream<DynamicNode> clone_ofSharedOriginal() {
        return suite(
                "clone of a kept original", new SharingGenerator(Side.FORK, CowArrayList::clone));
    }

    @TestFactory
    Stream<DynamicNode> copyConstructor_ofSharedOriginal() {
        return suite(
                "new CowArrayList of a kept original",
                new SharingGenerator(Side.FORK, CowArrayList::new));
    }

    @TestFactory
    Stream<DynamicNode> fork_originalSide() {
        return suite(
                "original after fork, the fork kept",
                new SharingGenerator(Side.ORIGINAL, CowArrayList::fork));
    }

    @TestFactory
    Stream<DynamicNode> subList_ofFreshList() {
        return viewSuite(
                "subList of a fresh list",
                fresh(
                        elements -> {
                            CowArrayList<String> root = builtByAdd(surround(elements));
                            return root.subList(BEFORE.length, BEFORE.length + elements.length);
                        }));
    }

    @TestFactory
    Stream<DynamicNode> subList_ofSubList() {
        return viewSuite(
                "subList of a subList",
                fresh(
                        elements -> {
                            CowArrayList<String> root = builtByAdd(surround(elements));
                            List<String> outer = root.subList(1, root.size() - 1);
                            return outer.subList(
                                    BEFORE.length - 1, BEFORE.length - 1 + elements.length);
                        }));
    }

    @TestFactory
    Stream<DynamicNode> subList_ofForkOfSharedOriginal() {
        return viewSuite(
                "subList of a fork of a kept original",
                new SharingGenerator(Side.FORK, CowArrayList::fork) {
                    @Override
                    String[] contents(String[] elements) {
                        return surround(elements);
                    }

                    @Override
                    List<String> subject(CowArrayList<String> list, String[] elements) {
                        return list.subList(BEFORE.length, BEFORE.length + elements.length);
                    }
                });
    }

    @TestFactory
    Stream<DynamicNode> subList_ofOriginalSide() {
        return viewSuite(
                "subList of an original after fork, the fork kept",
                new SharingGenerator(Side.ORIGINAL, CowArrayList::fork) {
                    @Override
                    String[] contents(String[] elements) {
                        return surround(elements);
                    }

                    @Override
                    List<String> subject(CowArrayList<String> list, String[] elements) {
                        return list.subList(BEFORE.length, BEFORE.length + elements.length);
                    }
                });
    }

    // ------------------------------------------------------------------ suites

    private static Stream<DynamicNode> suite(String name, TestStringListGenerator generator) {
        ListTestSuiteBuilder<String> builder =
                ListTestSuiteBuilder.using(generator).named(name).withFeatures(LIST_FEATURES);
        Test suite = build(builder, generator);
        // One reserialized suite derived per collection size (zero, one, several).
        assertEquals(3, JUnit3Suites.reserializedSuites(suite), "derived reserialized suites");
        return JUnit3Suites.dynamicNodes(suite);
    }

    private static Stream<DynamicNode> viewSuite(String name, TestStringListGenerator generator) {
        ListTestSuiteBuilder<String> builder =
                ListTestSuiteBuilder.using(generator).named(name).withFeatures(VIEW_FEATURES);
        return JUnit3Suites.dynamicNodes(build(builder, generator));
    }

    private static Test build(
            ListTestSuiteBuilder<String> builder, TestStringListGenerator generator) {
        if (generator instanceof SharingGenerator) {
            SharingGenerator sharing = (SharingGenerator) generator;
            builder.withSetUp(sharing.kept::forget).withTearDown(sharing.kept::verify);
        }
        // Nothing is suppressed: Guava suppresses no tester for ArrayList.
        Test suite = builder.createTestSuite();
        assertTrue(
                suite.countTestCases() > 400,
                "suspiciously small suite: " + suite.countTestCases());
        return suite;
    }

    // ------------------------------------------------------------------ generators

    private static TestStringListGenerator fresh(Function<String[], List<String>> factory) {
        return new TestStringListGenerator() {
            @Override
            protected List<String> create(String[] elements) {
                return factory.apply(elements);
            }
        };
    }

    static CowArrayList<String> builtByAdd(String[] elements) {
        CowArrayList<String> list = new CowArrayList<>();
        for (String e : elements) {
            list.add(e);
        }
        return list;
    }

    /**
     * Builds an original list by {@code add} (so it has spare capacity), forks it, hands one side
     * to the test and keeps the other with a snapshot of its contents.
     */
    static class SharingGenerator extends TestStringListGenerator {

        /** The checks of the kept sides: the suite's set-up and tear-down. */
        final KeptChecks kept = new KeptChecks();

        private final ForkedSides<CowArrayList<String>> sides;

        SharingGenerator(Side side, UnaryOperator<CowArrayList<String>> forker) {
            this.sides = new ForkedSides<>(side, forker, CowArrayList::isShared, kept);
        }

        /** The elements of the original list: by default exactly the subject's. */
        String[] contents(String[] elements) {
            return elements;
        }

        /** The list under test, derived from the tested side. */
        List<String> subject(CowArrayList<String> list, String[] elements) {
            return list;
        }

        @Override
        protected List<String> create(String[] elements) {
            CowArrayList<String> tested =
                    sides.split(
                            builtByAdd(contents(elements)),
                            (kept, written) -> {
                                List<String> snapshot = Arrays.asList(contents(elements).clone());
                                return () -> {
                                    kept.checkInvariants();
                                    written.checkInvariants();
                                    assertEquals(
                                            snapshot.size(), kept.size(), "size of the kept side");
                                    for (int i = 0; i < snapshot.size(); i++) {
                                        assertEquals(
                                                snapshot.get(i),
                                                kept.get(i),
                                                "element " + i + " of the kept side");
                                    }
                                    assertEquals(
                                            snapshot,
                                            Arrays.asList(kept.toArray()),
                                            "array of the kept side");
                                };
                            });
            return subject(tested, elements);
        }
    }
}
