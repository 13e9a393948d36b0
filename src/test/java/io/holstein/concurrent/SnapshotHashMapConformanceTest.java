package io.holstein.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.testing.ConcurrentMapTestSuiteBuilder;
import com.google.common.collect.testing.TestStringMapGenerator;
import com.google.common.collect.testing.features.CollectionFeature;
import com.google.common.collect.testing.features.CollectionSize;
import com.google.common.collect.testing.features.Feature;
import com.google.common.collect.testing.features.MapFeature;
import io.holstein.map.PersistentHashMap;
import io.holstein.testing.JUnit3Suites;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Map.Entry;
import java.util.function.Function;
import java.util.stream.Stream;
import junit.framework.Test;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Guava-testlib's concurrent-map conformance suites, one per way of constructing a {@link
 * SnapshotHashMap}.
 *
 * <p>Every suite declares the features Guava declares for {@code ConcurrentHashMap} in {@code
 * TestsForMapsInJavaUtil.testsForConcurrentHashMap()} (general purpose, iterator removal,
 * serializable, no null keys, values or queries) and suppresses what Guava suppresses there:
 * nothing. The builder derives suites for the key set, values and entry set views and a
 * "reserialized" suite from each map suite.
 *
 * <p>The suite over a map made from a {@link PersistentHashMap} keeps that version and checks after
 * every test that the map's writes never reached it. That constructor is O(1) and checks the
 * version for a null key but not for null values (its Javadoc makes them the caller's obligation),
 * so the generator itself refuses entries with a null value, where Guava's "create with null value"
 * testers expect a {@code NullPointerException}.
 */
class SnapshotHashMapConformanceTest {

    private static final Feature<?>[] MAP_FEATURES = {
        MapFeature.GENERAL_PURPOSE,
        CollectionFeature.SUPPORTS_ITERATOR_REMOVE,
        CollectionFeature.SERIALIZABLE,
        CollectionSize.ANY,
    };

    @TestFactory
    Stream<DynamicNode> emptyConstructor_thenPut() {
        return suite(
                "new SnapshotHashMap, then put one by one",
                fresh(
                        entries -> {
                            SnapshotHashMap<String, String> map = new SnapshotHashMap<>();
                            for (Entry<String, String> e : entries) {
                                map.put(e.getKey(), e.getValue());
                            }
                            return map;
                        }));
    }

    @TestFactory
    Stream<DynamicNode> mapConstructor_fromLinkedHashMap() {
        return suite(
                "new SnapshotHashMap of a LinkedHashMap",
                fresh(entries -> new SnapshotHashMap<>(linked(entries))));
    }

    @TestFactory
    Stream<DynamicNode> persistentConstructor_versionKept() {
        KeptVersion kept = new KeptVersion();
        return suite("new SnapshotHashMap of a kept PersistentHashMap", kept, kept);
    }

    // ------------------------------------------------------------------ suites

    private static Stream<DynamicNode> suite(String name, TestStringMapGenerator generator) {
        return suite(name, generator, null);
    }

    private static Stream<DynamicNode> suite(
            String name, TestStringMapGenerator generator, KeptVersion kept) {
        ConcurrentMapTestSuiteBuilder<String, String> builder =
                ConcurrentMapTestSuiteBuilder.using(generator);
        builder.named(name).withFeatures(MAP_FEATURES);
        if (kept != null) {
            builder.withSetUp(kept::forget).withTearDown(kept::verify);
        }
        // Nothing is suppressed: Guava suppresses no tester for ConcurrentHashMap.
        Test suite = builder.createTestSuite();
        assertTrue(
                suite.countTestCases() > 1000,
                "suspiciously small suite: " + suite.countTestCases());
        return JUnit3Suites.dynamicNodes(suite);
    }

    private static TestStringMapGenerator fresh(
            Function<Entry<String, String>[], SnapshotHashMap<String, String>> factory) {
        return new TestStringMapGenerator() {
            @Override
            protected Map<String, String> create(Entry<String, String>[] entries) {
                SnapshotHashMap<String, String> map = factory.apply(entries);
                map.checkInvariants();
                return map;
            }
        };
    }

    private static Map<String, String> linked(Entry<String, String>[] entries) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Entry<String, String> e : entries) {
            m.put(e.getKey(), e.getValue());
        }
        return m;
    }

    /**
     * Builds a {@link PersistentHashMap} of the entries, hands the test a map over it and keeps the
     * version with a copy of its mappings, to check after the test.
     */
    private static final class KeptVersion extends TestStringMapGenerator {

        private PersistentHashMap<String, String> version;
        private Map<String, String> copy;
        private SnapshotHashMap<String, String> map;

        @Override
        protected Map<String, String> create(Entry<String, String>[] entries) {
            for (Entry<String, String> e : entries) {
                if (e.getValue() == null) {
                    // The O(1) constructor leaves a version's values unchecked (a scan would be
                    // O(n)) and documents that they must not be null; it checks keys.
                    throw new NullPointerException(
                            "a null value breaks the constructor's documented precondition");
                }
            }
            version = PersistentHashMap.copyOf(linked(entries));
            copy = new HashMap<>(version);
            map = new SnapshotHashMap<>(version);
            assertSame(version, map.snapshot(), "the constructor shares the version");
            map.checkInvariants();
            return map;
        }

        void forget() {
            version = null;
            copy = null;
            map = null;
        }

        void verify() {
            if (version != null) {
                assertEquals(copy, version, "the kept version changed");
                assertEquals(copy.size(), version.size());
                map.checkInvariants();
            }
        }
    }
}
