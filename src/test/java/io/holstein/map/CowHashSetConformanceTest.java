package io.holstein.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.testing.MinimalCollection;
import com.google.common.collect.testing.SampleElements;
import com.google.common.collect.testing.SetTestSuiteBuilder;
import com.google.common.collect.testing.TestCollidingSetGenerator;
import com.google.common.collect.testing.TestSetGenerator;
import com.google.common.collect.testing.TestStringSetGenerator;
import com.google.common.collect.testing.features.CollectionFeature;
import com.google.common.collect.testing.features.CollectionSize;
import com.google.common.collect.testing.features.Feature;
import com.google.common.collect.testing.features.SetFeature;
import io.holstein.testing.ForkedSides;
import io.holstein.testing.ForkedSides.Side;
import io.holstein.testing.JUnit3Suites;
import io.holstein.testing.KeptChecks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import junit.framework.Test;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Guava-testlib's set conformance suites, one per way of constructing a {@link CowHashSet}.
 *
 * <p>Every suite declares the features {@code HashSet} declares in Guava's {@code
 * TestsForSetsInJavaUtil.testsForHashSet()} (and, for colliding elements, {@code
 * testsForBadlyCollidingHashSet()}), and suppresses what Guava suppresses there for {@code
 * HashSet}: nothing. Suites whose subject shares storage with another set check after every test
 * that the other set still holds exactly its elements, in the same order.
 */
class CowHashSetConformanceTest {

    private static final Feature<?>[] SET_FEATURES = {
        SetFeature.GENERAL_PURPOSE,
        CollectionFeature.SERIALIZABLE,
        CollectionFeature.ALLOWS_NULL_VALUES,
        CollectionFeature.FAILS_FAST_ON_CONCURRENT_MODIFICATION,
        CollectionSize.ANY,
    };

    private static final int BLOCKS = 6;

    @TestFactory
    Stream<DynamicNode> copyConstructor_fromCollection() {
        return suite(
                "new CowHashSet of a Collection",
                fresh(elements -> new CowHashSet<>(MinimalCollection.of(elements))));
    }

    @TestFactory
    Stream<DynamicNode> add_oneByOne() {
        return suite(
                "new CowHashSet, then add one by one",
                fresh(CowHashSetConformanceTest::builtByAdd));
    }

    @TestFactory
    Stream<DynamicNode> capacityConstructors_thenAdd() {
        return suite(
                "new CowHashSet with capacity 0 and load factor 0.9 clamped, then add",
                fresh(
                        elements -> {
                            CowHashSet<String> set = new CowHashSet<>(0, 0.9f);
                            set.addAll(Arrays.asList(elements));
                            return set;
                        }));
    }

    @TestFactory
    Stream<DynamicNode> fork_ofSharedOriginal() {
        return suite("fork of a kept original", new SharingGenerator(Side.FORK, CowHashSet::fork));
    }

    @TestFactory
    Stream<DynamicNode> clone_ofSharedOriginal() {
        return suite(
                "clone of a kept original", new SharingGenerator(Side.FORK, CowHashSet::clone));
    }

    @TestFactory
    Stream<DynamicNode> copyConstructor_ofSharedOriginal() {
        return suite(
                "new CowHashSet of a kept original",
                new SharingGenerator(Side.FORK, CowHashSet::new));
    }

    @TestFactory
    Stream<DynamicNode> fork_originalSide() {
        return suite(
                "original after fork, the fork kept",
                new SharingGenerator(Side.ORIGINAL, CowHashSet::fork));
    }

    @TestFactory
    Stream<DynamicNode> badlyColliding() {
        // As Guava's testsForBadlyCollidingHashSet: elements whose hashCode is always 1.
        TestCollidingSetGenerator generator =
                new TestCollidingSetGenerator() {
                    @Override
                    public Set<Object> create(Object... elements) {
                        CowHashSet<Object> set = new CowHashSet<>(MinimalCollection.of(elements));
                        set.checkInvariants();
                        return set;
                    }
                };
        Test suite =
                SetTestSuiteBuilder.using(generator)
                        .named("badly colliding CowHashSet")
                        .withFeatures(
                                SetFeature.GENERAL_PURPOSE,
                                CollectionFeature.ALLOWS_NULL_VALUES,
                                CollectionSize.SEVERAL)
                        .createTestSuite();
        return JUnit3Suites.dynamicNodes(suite);
    }

    @TestFactory
    Stream<DynamicNode> collidingElements_inBucketTree() {
        TestStringSetGenerator generator =
                new TestStringSetGenerator() {
                    @Override
                    public SampleElements<String> samples() {
                        List<String> s = CollidingKeys.strings(5, BLOCKS, 0);
                        return new SampleElements<>(
                                s.get(0), s.get(1), s.get(2), s.get(3), s.get(4));
                    }

                    @Override
                    protected Set<String> create(String[] elements) {
                        CowHashSet<String> set = new CowHashSet<>();
                        List<String> fillers =
                                CollidingKeys.strings(
                                        CowHashMap.BUCKET_THRESHOLD + 1, BLOCKS, 1 << (BLOCKS - 1));
                        set.addAll(fillers);
                        set.addAll(Arrays.asList(elements));
                        set.removeAll(fillers);
                        boolean anyColliding = Arrays.stream(elements).anyMatch(e -> e != null);
                        assertEquals(anyColliding ? 1 : 0, set.map().buckets, "collision buckets");
                        set.checkInvariants();
                        return set;
                    }
                };
        return suite("elements with one hash code, in a collision bucket's tree", generator);
    }

    // ------------------------------------------------------------------ suites

    private static Stream<DynamicNode> suite(String name, TestSetGenerator<String> generator) {
        SetTestSuiteBuilder<String> builder =
                SetTestSuiteBuilder.using(generator).named(name).withFeatures(SET_FEATURES);
        if (generator instanceof SharingGenerator) {
            SharingGenerator sharing = (SharingGenerator) generator;
            builder.withSetUp(sharing.kept::forget).withTearDown(sharing.kept::verify);
        }
        // Nothing is suppressed: Guava suppresses no tester for HashSet.
        Test suite = builder.createTestSuite();
        assertTrue(
                suite.countTestCases() > 300,
                "suspiciously small suite: " + suite.countTestCases());
        return JUnit3Suites.dynamicNodes(suite);
    }

    private static TestStringSetGenerator fresh(Function<String[], Set<String>> factory) {
        return new TestStringSetGenerator() {
            @Override
            protected Set<String> create(String[] elements) {
                Set<String> set = factory.apply(elements);
                ((CowHashSet<?>) set).checkInvariants();
                return set;
            }
        };
    }

    static CowHashSet<String> builtByAdd(String[] elements) {
        CowHashSet<String> set = new CowHashSet<>();
        for (String e : elements) {
            set.add(e);
        }
        return set;
    }

    /**
     * Builds an original set by {@code add}, forks it, hands one side to the test, keeps the other.
     */
    static class SharingGenerator extends TestStringSetGenerator {

        /** The checks of the kept sides: the suite's set-up and tear-down. */
        final KeptChecks kept = new KeptChecks();

        private final ForkedSides<CowHashSet<String>> sides;

        SharingGenerator(Side side, UnaryOperator<CowHashSet<String>> forker) {
            this.sides = new ForkedSides<>(side, forker, CowHashSet::isShared, kept);
        }

        @Override
        protected Set<String> create(String[] elements) {
            return sides.split(
                    builtByAdd(elements),
                    (kept, written) -> {
                        Set<String> snapshot = new HashSet<>(kept);
                        List<String> order = new ArrayList<>(kept);
                        return () -> {
                            kept.checkInvariants();
                            written.checkInvariants();
                            assertEquals(snapshot.size(), kept.size(), "size of the kept side");
                            for (String e : snapshot) {
                                assertTrue(kept.contains(e), "kept side lost " + e);
                            }
                            assertEquals(
                                    order, new ArrayList<>(kept), "iteration of the kept side");
                        };
                    });
        }
    }
}
