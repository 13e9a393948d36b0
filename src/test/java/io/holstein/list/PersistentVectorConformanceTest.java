package io.holstein.list;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.testing.ListTestSuiteBuilder;
import com.google.common.collect.testing.TestStringListGenerator;
import com.google.common.collect.testing.features.CollectionFeature;
import com.google.common.collect.testing.features.CollectionSize;
import com.google.common.collect.testing.features.Feature;
import io.holstein.testing.JUnit3Suites;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import junit.framework.Test;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Guava-testlib's list conformance suites, one per way of constructing a {@link PersistentVector}.
 *
 * <p>Every suite declares what Guava declares for its own {@code ImmutableList}: known order, null
 * elements, serializable, any size, and no mutation feature (so the suites check that every mutator
 * throws {@code UnsupportedOperationException}). Nothing is suppressed. Each generator also runs
 * {@link PersistentVector#checkInvariants()} on what it builds. Prepends and {@code of} are covered
 * by the model and unit tests, since each suite here runs Guava's exhaustive list-iterator tester.
 */
class PersistentVectorConformanceTest {

    private static final Feature<?>[] FEATURES = {
        CollectionFeature.KNOWN_ORDER,
        CollectionFeature.ALLOWS_NULL_VALUES,
        CollectionFeature.SERIALIZABLE,
        CollectionSize.ANY,
    };

    /** Elements around a slice's range, more than a leaf on each side on 4-way tries. */
    private static final int PAD = 9;

    private static final VectorShape NARROW = new VectorShape(2);

    @TestFactory
    Stream<DynamicNode> append_oneByOne() {
        return suite(
                "append one by one",
                elements -> appended(VectorShape.DEFAULT, Arrays.asList(elements)));
    }

    @TestFactory
    Stream<DynamicNode> builder() {
        return suite(
                "builder",
                elements ->
                        PersistentVector.<String>builder().addAll(Arrays.asList(elements)).build());
    }

    @TestFactory
    Stream<DynamicNode> concat_ofRandomPieces_fourWay() {
        return suite(
                "concat of random pieces, 4-way",
                elements -> {
                    Random random = new Random(elements.length);
                    PersistentVector<String> v = PersistentVector.empty(NARROW);
                    int i = 0;
                    while (i < elements.length) {
                        int piece = 1 + random.nextInt(elements.length - i);
                        v =
                                v.concat(
                                        appended(
                                                NARROW,
                                                Arrays.asList(elements).subList(i, i + piece)));
                        i += piece;
                    }
                    return v;
                });
    }

    @TestFactory
    Stream<DynamicNode> slice_fourWay() {
        return suite(
                "slice, 4-way",
                elements -> padded(NARROW, elements).slice(PAD, PAD + elements.length));
    }

    @TestFactory
    Stream<DynamicNode> subList() {
        return suite(
                "subList",
                elements ->
                        padded(VectorShape.DEFAULT, elements).subList(PAD, PAD + elements.length));
    }

    private static PersistentVector<String> padded(VectorShape shape, String[] elements) {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < PAD; i++) {
            all.add("before" + i);
        }
        all.addAll(Arrays.asList(elements));
        for (int i = 0; i < PAD; i++) {
            all.add("after" + i);
        }
        return appended(shape, all);
    }

    private static PersistentVector<String> appended(VectorShape shape, List<String> elements) {
        PersistentVector<String> v = PersistentVector.empty(shape);
        for (String e : elements) {
            v = v.append(e);
        }
        return v;
    }

    private static Stream<DynamicNode> suite(
            String name, Function<String[], PersistentVector<String>> factory) {
        TestStringListGenerator generator =
                new TestStringListGenerator() {
                    @Override
                    protected List<String> create(String[] elements) {
                        PersistentVector<String> v = factory.apply(elements);
                        v.checkInvariants();
                        return v;
                    }
                };
        Test suite =
                ListTestSuiteBuilder.using(generator)
                        .named(name)
                        .withFeatures(FEATURES)
                        .createTestSuite();
        assertTrue(
                suite.countTestCases() > 100,
                "suspiciously small suite: " + suite.countTestCases());
        return JUnit3Suites.dynamicNodes(suite);
    }
}
