package io.holstein.map;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.testing.SampleElements;
import com.google.common.collect.testing.SetTestSuiteBuilder;
import com.google.common.collect.testing.TestStringSetGenerator;
import com.google.common.collect.testing.features.CollectionFeature;
import com.google.common.collect.testing.features.CollectionSize;
import com.google.common.collect.testing.features.Feature;
import io.holstein.testing.JUnit3Suites;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import junit.framework.Test;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Guava-testlib's set conformance suites, one per way of constructing a {@link PersistentHashSet},
 * with the features of an immutable set that permits {@code null}: no mutation feature, as Guava's
 * own immutable-set suites declare.
 */
class PersistentHashSetConformanceTest {

    private static final Feature<?>[] SET_FEATURES = {
        CollectionFeature.SERIALIZABLE,
        CollectionFeature.ALLOWS_NULL_VALUES,
        CollectionFeature.ALLOWS_NULL_QUERIES,
        CollectionSize.ANY,
    };

    private static final int BLOCKS = 6;

    @TestFactory
    Stream<DynamicNode> with_oneByOne() {
        return suite(
                "empty, then with one by one",
                fresh(PersistentHashSetConformanceTest::builtByWith));
    }

    @TestFactory
    Stream<DynamicNode> builder_usedAfterBuild() {
        return suite(
                "builder, build, then the builder writes on",
                fresh(
                        elements -> {
                            PersistentHashSet.Builder<String> b = PersistentHashSet.builder();
                            b.addAll(Arrays.asList(elements));
                            PersistentHashSet<String> built = b.build();
                            for (String e : elements) {
                                b.remove(e).add(e + "!");
                            }
                            return built;
                        }));
    }

    @TestFactory
    Stream<DynamicNode> copyOf_collection() {
        return suite(
                "copyOf a list",
                fresh(elements -> PersistentHashSet.copyOf(Arrays.asList(elements))));
    }

    @TestFactory
    Stream<DynamicNode> union_ofTwoHalves() {
        return suite(
                "union of two halves",
                fresh(
                        elements -> {
                            int half = elements.length / 2;
                            return builtByWith(Arrays.copyOfRange(elements, 0, half))
                                    .union(
                                            builtByWith(
                                                    Arrays.copyOfRange(
                                                            elements, half, elements.length)));
                        }));
    }

    @TestFactory
    Stream<DynamicNode> intersection_withSuperset() {
        return suite(
                "intersection of a larger set with a HashSet",
                fresh(
                        elements -> {
                            PersistentHashSet<String> larger =
                                    builtByWith(elements).union(List.of("x1", "x2", "x3", "x4"));
                            return larger.intersection(new HashSet<>(Arrays.asList(elements)));
                        }));
    }

    @TestFactory
    Stream<DynamicNode> difference_ofExtras() {
        return suite(
                "difference of a larger set and its extras",
                fresh(
                        elements -> {
                            List<String> extras =
                                    List.of(
                                            "x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9",
                                            "x10");
                            return builtByWith(elements)
                                    .union(extras)
                                    .difference(PersistentHashSet.copyOf(extras));
                        }));
    }

    @TestFactory
    Stream<DynamicNode> collidingElements_backFromTree() {
        List<String> fillers =
                CollidingKeys.strings(CollisionMappings.FLAT_MAX + 1, BLOCKS, 1 << (BLOCKS - 1));
        return suite(
                "elements with one hash code, after a collision tree",
                colliding(
                        elements ->
                                PersistentHashSet.<String>builder()
                                        .addAll(fillers)
                                        .addAll(Arrays.asList(elements))
                                        .build()
                                        .without(fillers.get(0))
                                        .difference(new HashSet<>(fillers))));
    }

    @TestFactory
    Stream<DynamicNode> collidingElements_flat() {
        return suite(
                "elements with one hash code, flat",
                colliding(PersistentHashSetConformanceTest::builtByWith));
    }

    private static Stream<DynamicNode> suite(String name, TestStringSetGenerator generator) {
        Test suite =
                SetTestSuiteBuilder.using(generator)
                        .named(name)
                        .withFeatures(SET_FEATURES)
                        .createTestSuite();
        assertTrue(
                suite.countTestCases() > 100,
                "suspiciously small suite: " + suite.countTestCases());
        return JUnit3Suites.dynamicNodes(suite);
    }

    private static TestStringSetGenerator fresh(Function<String[], Set<String>> factory) {
        return new TestStringSetGenerator() {
            @Override
            protected Set<String> create(String[] elements) {
                Set<String> set = factory.apply(elements);
                ((PersistentHashSet<?>) set).checkInvariants();
                return set;
            }
        };
    }

    private static TestStringSetGenerator colliding(Function<String[], Set<String>> factory) {
        List<String> keys = CollidingKeys.strings(5, BLOCKS, 0);
        return new TestStringSetGenerator() {
            @Override
            public SampleElements<String> samples() {
                return new SampleElements<>(
                        keys.get(0), keys.get(1), keys.get(2), keys.get(3), keys.get(4));
            }

            @Override
            protected Set<String> create(String[] elements) {
                Set<String> set = factory.apply(elements);
                ((PersistentHashSet<?>) set).checkInvariants();
                return set;
            }
        };
    }

    static PersistentHashSet<String> builtByWith(String[] elements) {
        PersistentHashSet<String> s = PersistentHashSet.empty();
        for (String e : elements) {
            s = s.with(e);
        }
        return s;
    }
}
