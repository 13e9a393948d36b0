package io.holstein.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.google.common.collect.testing.ConcurrentNavigableMapTestSuiteBuilder;
import com.google.common.collect.testing.features.CollectionFeature;
import com.google.common.collect.testing.features.CollectionSize;
import com.google.common.collect.testing.features.Feature;
import com.google.common.collect.testing.features.MapFeature;
import io.holstein.sorted.PersistentTreeMap;
import io.holstein.testing.GuavaSuites;
import io.holstein.testing.KeptChecks;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import junit.framework.Test;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Guava-testlib's concurrent navigable-map conformance suites, one per way of constructing a {@link
 * SnapshotTreeMap}.
 *
 * <p>Every suite declares the features Guava declares for {@code ConcurrentSkipListMap} in {@code
 * TestsForMapsInJavaUtil} (general purpose, iterator removal, known order, serializable, no null
 * keys, values or queries). Guava suppresses the entry set's {@code setValue} testers for {@code
 * ConcurrentSkipListMap}, whose entries refuse it; this map's entry set entries write through, so
 * nothing is suppressed. The full derived tree (sub-map, descending and key-set suites,
 * recursively) runs for the map filled by {@code put}; every other construction runs the plain
 * suite (DESIGN.md §5's CI budget).
 *
 * <p>The suite over a map made from a {@link PersistentTreeMap} keeps that version and checks after
 * every test that the map's writes never reached it. That constructor is O(1) and does not check
 * the version's values for null (its Javadoc makes them the caller's obligation), so the generator
 * itself refuses entries with a null value, where Guava's testers expect a {@code
 * NullPointerException}.
 */
class SnapshotTreeMapConformanceTest {

    private static final List<Feature<?>> FEATURES =
            List.of(
                    MapFeature.GENERAL_PURPOSE,
                    CollectionFeature.SUPPORTS_ITERATOR_REMOVE,
                    CollectionFeature.KNOWN_ORDER,
                    CollectionFeature.SERIALIZABLE,
                    CollectionSize.ANY);

    /** Makes the map a test is given, registering with {@code kept} what to check after it. */
    @FunctionalInterface
    private interface Factory {
        SnapshotTreeMap<String, String> make(
                Comparator<String> cmp, Entry<String, String>[] entries, KeptChecks kept);
    }

    @TestFactory
    Stream<DynamicNode> put_oneByOne_fullDerivedTree() {
        return suite(
                "new SnapshotTreeMap, then put one by one",
                null,
                true,
                (cmp, entries, kept) -> byPut(cmp, entries));
    }

    @TestFactory
    Stream<DynamicNode> put_withComparator() {
        return suite(
                "new SnapshotTreeMap with a comparator, then put",
                Comparator.<String>reverseOrder(),
                false,
                (cmp, entries, kept) -> byPut(cmp, entries));
    }

    @TestFactory
    Stream<DynamicNode> sortedMapConstructor_fromTreeMap() {
        return suite(
                "new SnapshotTreeMap of a TreeMap",
                null,
                false,
                (cmp, entries, kept) -> new SnapshotTreeMap<>(model(cmp, entries)));
    }

    @TestFactory
    Stream<DynamicNode> mapConstructor_fromLinkedHashMap() {
        return suite(
                "new SnapshotTreeMap of a LinkedHashMap",
                null,
                false,
                (cmp, entries, kept) -> {
                    Map<String, String> linked = new LinkedHashMap<>();
                    for (Entry<String, String> e : entries) {
                        linked.put(e.getKey(), e.getValue());
                    }
                    return new SnapshotTreeMap<>(linked);
                });
    }

    @TestFactory
    Stream<DynamicNode> persistentConstructor_versionKept() {
        return suite(
                "new SnapshotTreeMap of a kept PersistentTreeMap",
                null,
                false,
                (cmp, entries, kept) -> {
                    for (Entry<String, String> e : entries) {
                        if (e.getValue() == null) {
                            // The O(1) constructor leaves a version's values unchecked (a scan
                            // would be O(n)) and documents that they must not be null.
                            throw new NullPointerException(
                                    "a null value breaks the constructor's documented precondition");
                        }
                    }
                    PersistentTreeMap<String, String> version =
                            PersistentTreeMap.copyOf(cmp, model(cmp, entries));
                    TreeMap<String, String> copy = new TreeMap<>(version);
                    SnapshotTreeMap<String, String> map = new SnapshotTreeMap<>(version);
                    assertSame(version, map.snapshot(), "the constructor shares the version");
                    kept.add(() -> assertEquals(copy, version, "the kept version changed"));
                    return map;
                });
    }

    // ------------------------------------------------------------------ suites

    private static SnapshotTreeMap<String, String> byPut(
            Comparator<String> cmp, Entry<String, String>[] entries) {
        SnapshotTreeMap<String, String> map = new SnapshotTreeMap<>(cmp);
        for (Entry<String, String> e : entries) {
            map.put(e.getKey(), e.getValue());
        }
        return map;
    }

    private static TreeMap<String, String> model(
            Comparator<String> cmp, Entry<String, String>[] entries) {
        TreeMap<String, String> m = new TreeMap<>(cmp);
        for (Entry<String, String> e : entries) {
            m.put(e.getKey(), e.getValue());
        }
        return m;
    }

    private static Stream<DynamicNode> suite(
            String name, Comparator<String> cmp, boolean derived, Factory factory) {
        GuavaSuites.SortedMapGenerator generator =
                new GuavaSuites.SortedMapGenerator() {
                    @Override
                    protected SortedMap<String, String> create(Entry<String, String>[] entries) {
                        SnapshotTreeMap<String, String> map = factory.make(cmp, entries, kept);
                        map.checkInvariants();
                        kept.add(map::checkInvariants);
                        return map;
                    }
                };
        generator.cmp = cmp;
        ConcurrentNavigableMapTestSuiteBuilder<String, String> builder =
                ConcurrentNavigableMapTestSuiteBuilder.using(generator);
        builder.named(name).withFeatures(GuavaSuites.features(FEATURES, derived));
        builder.withSetUp(generator.kept::forget).withTearDown(generator.kept::verify);
        Test suite = builder.createTestSuite();
        return GuavaSuites.dynamicNodes(suite, derived ? 20_000 : 1_000);
    }
}
