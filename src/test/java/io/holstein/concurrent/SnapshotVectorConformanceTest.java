package io.holstein.concurrent;

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
import com.google.common.collect.testing.testers.CollectionSpliteratorTester;
import com.google.common.collect.testing.testers.ListListIteratorTester;
import io.holstein.list.PersistentVector;
import io.holstein.testing.JUnit3Suites;
import java.lang.reflect.Method;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import junit.framework.Test;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Guava-testlib's list conformance suites, one per way of constructing a {@link SnapshotVector} and
 * for its sub-list views.
 *
 * <p>Every suite declares the features {@code CopyOnWriteArrayList} declares in Guava's {@code
 * TestsForListsInJavaUtil.testsForCopyOnWriteArrayList()}: add, remove, set and the indexed add and
 * remove, nulls, serialization (not for views) and any size; not iterator removal, since snapshot
 * iterators cannot write, and not fail-fast iteration.
 *
 * <p>Suppressed, as Guava suppresses them for {@code CopyOnWriteArrayList} and for the same
 * documented reasons: {@code testListIterator_fullyModifiable} (a snapshot list iterator throws
 * {@code UnsupportedOperationException} from {@code set}, {@code add} and {@code remove}) and the
 * two {@code testSpliteratorNotImmutable_*} tests (the spliterator walks an immutable version and
 * reports {@code IMMUTABLE}, as {@code CopyOnWriteArrayList}'s does). Guava also suppresses three
 * sub-list tests for {@code CopyOnWriteArrayList}, whose views throw {@code
 * ConcurrentModificationException} after a write to the list; this list's views are live, so those
 * tests run here.
 */
class SnapshotVectorConformanceTest {

    private static final Feature<?>[] LIST_FEATURES = {
        ListFeature.SUPPORTS_ADD_WITH_INDEX,
        ListFeature.SUPPORTS_REMOVE_WITH_INDEX,
        ListFeature.SUPPORTS_SET,
        CollectionFeature.SUPPORTS_ADD,
        CollectionFeature.SUPPORTS_REMOVE,
        CollectionFeature.SERIALIZABLE,
        CollectionFeature.ALLOWS_NULL_VALUES,
        CollectionSize.ANY,
    };

    private static final Feature<?>[] VIEW_FEATURES = {
        ListFeature.SUPPORTS_ADD_WITH_INDEX,
        ListFeature.SUPPORTS_REMOVE_WITH_INDEX,
        ListFeature.SUPPORTS_SET,
        CollectionFeature.SUPPORTS_ADD,
        CollectionFeature.SUPPORTS_REMOVE,
        CollectionFeature.ALLOWS_NULL_VALUES,
        CollectionSize.ANY,
    };

    @TestFactory
    Stream<DynamicNode> copyConstructor_fromCollection() {
        return suite(
                "new SnapshotVector of a Collection",
                fresh(elements -> new SnapshotVector<>(MinimalCollection.of(elements))));
    }

    @TestFactory
    Stream<DynamicNode> constructor_fromPersistentVector() {
        return suite(
                "new SnapshotVector of a PersistentVector",
                fresh(elements -> new SnapshotVector<>(PersistentVector.of(elements))));
    }

    @TestFactory
    Stream<DynamicNode> add_oneByOne() {
        return suite(
                "new SnapshotVector, then add one by one",
                fresh(SnapshotVectorConformanceTest::builtByAdd));
    }

    @TestFactory
    Stream<DynamicNode> subList_ofFreshList() {
        return viewSuite(
                "subList of a fresh list",
                fresh(
                        elements -> {
                            SnapshotVector<String> list = builtByAdd(surround(elements));
                            return list.subList(BEFORE.length, BEFORE.length + elements.length);
                        }));
    }

    @TestFactory
    Stream<DynamicNode> subList_ofSubList() {
        return viewSuite(
                "subList of a subList",
                fresh(
                        elements -> {
                            SnapshotVector<String> list = builtByAdd(surround(elements));
                            List<String> outer = list.subList(1, list.size() - 1);
                            return outer.subList(
                                    BEFORE.length - 1, BEFORE.length - 1 + elements.length);
                        }));
    }

    // ------------------------------------------------------------------ suites

    private static Stream<DynamicNode> suite(String name, TestStringListGenerator generator) {
        ListTestSuiteBuilder<String> builder =
                ListTestSuiteBuilder.using(generator).named(name).withFeatures(LIST_FEATURES);
        Test suite = build(builder);
        // One reserialized suite derived per collection size (zero, one, several).
        assertEquals(3, JUnit3Suites.reserializedSuites(suite), "derived reserialized suites");
        return JUnit3Suites.dynamicNodes(suite);
    }

    private static Stream<DynamicNode> viewSuite(String name, TestStringListGenerator generator) {
        ListTestSuiteBuilder<String> builder =
                ListTestSuiteBuilder.using(generator).named(name).withFeatures(VIEW_FEATURES);
        return JUnit3Suites.dynamicNodes(build(builder));
    }

    private static Test build(ListTestSuiteBuilder<String> builder) {
        List<Method> suppressed =
                List.of(
                        ListListIteratorTester.getListIteratorFullyModifiableMethod(),
                        CollectionSpliteratorTester
                                .getSpliteratorNotImmutableCollectionAllowsAddMethod(),
                        CollectionSpliteratorTester
                                .getSpliteratorNotImmutableCollectionAllowsRemoveMethod());
        Test suite = builder.suppressing(suppressed).createTestSuite();
        assertTrue(
                suite.countTestCases() > 300,
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

    static SnapshotVector<String> builtByAdd(String[] elements) {
        SnapshotVector<String> list = new SnapshotVector<>();
        for (String e : elements) {
            list.add(e);
        }
        return list;
    }
}
