package io.holstein.sorted;

import com.google.common.collect.testing.NavigableMapTestSuiteBuilder;
import com.google.common.collect.testing.TestStringSortedMapGenerator;
import com.google.common.collect.testing.features.CollectionFeature;
import com.google.common.collect.testing.features.CollectionSize;
import com.google.common.collect.testing.features.Feature;
import com.google.common.collect.testing.features.MapFeature;
import io.holstein.testing.GuavaSuites;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import junit.framework.Test;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Guava-testlib's navigable-map conformance suites, one per way of constructing a {@link
 * PersistentTreeMap}, with the features of an immutable sorted map: no mutation feature, as Guava's
 * own immutable sorted map suites declare. Guava derives sub-map, descending and key-set suites
 * from a navigable map suite, recursively (tens of thousands of tests): the full derived tree runs
 * for the map built by {@code with} in natural order; every other construction runs the plain
 * suite, its derivations switched off (DESIGN.md §5's CI budget).
 */
class PersistentTreeMapConformanceTest {

    /** Natural order: null keys rejected, null values allowed. */
    private static final List<Feature<?>> NATURAL =
            List.of(
                    MapFeature.ALLOWS_NULL_VALUES,
                    CollectionFeature.KNOWN_ORDER,
                    CollectionFeature.SERIALIZABLE,
                    CollectionSize.ANY);

    /** A comparator that orders null first, as Guava's null-friendly TreeMap suite uses. */
    private static final List<Feature<?>> NULLS_FIRST =
            List.of(
                    MapFeature.ALLOWS_NULL_KEYS,
                    MapFeature.ALLOWS_NULL_VALUES,
                    MapFeature.ALLOWS_ANY_NULL_QUERIES,
                    CollectionFeature.KNOWN_ORDER,
                    CollectionFeature.SERIALIZABLE,
                    CollectionSize.ANY);

    @TestFactory
    Stream<DynamicNode> with_oneByOne_fullDerivedTree() {
        return suite(
                "with one by one", null, NATURAL, true, PersistentTreeMapConformanceTest::byWith);
    }

    @TestFactory
    Stream<DynamicNode> with_oneByOne_nullFriendlyComparator() {
        return suite(
                "with one by one, nulls first",
                GuavaSuites.NULLS_FIRST_ORDER,
                NULLS_FIRST,
                false,
                PersistentTreeMapConformanceTest::byWith);
    }

    @TestFactory
    Stream<DynamicNode> builder_put() {
        return suite("builder", null, NATURAL, false, PersistentTreeMapConformanceTest::byBuilder);
    }

    @TestFactory
    Stream<DynamicNode> builder_nullFriendlyComparator() {
        return suite(
                "builder, nulls first",
                GuavaSuites.NULLS_FIRST_ORDER,
                NULLS_FIRST,
                false,
                PersistentTreeMapConformanceTest::byBuilder);
    }

    @TestFactory
    Stream<DynamicNode> builder_usedAfterBuild() {
        return suite(
                "builder, build, then the builder writes on",
                null,
                NATURAL,
                false,
                (cmp, entries) -> {
                    PersistentTreeMap.Builder<String, String> b = PersistentTreeMap.builder(cmp);
                    for (Entry<String, String> e : entries) {
                        b.put(e.getKey(), e.getValue());
                    }
                    PersistentTreeMap<String, String> built = b.build();
                    for (Entry<String, String> e : entries) {
                        b.remove(e.getKey()).put(e.getKey() + "!", "x");
                    }
                    return built;
                });
    }

    @TestFactory
    Stream<DynamicNode> copyOf_sortedMap_bulkLoad() {
        return suite(
                "copyOf a TreeMap, a bulk load",
                null,
                NATURAL,
                false,
                (cmp, entries) -> PersistentTreeMap.copyOf(model(cmp, entries)));
    }

    @TestFactory
    Stream<DynamicNode> concat_ofTwoHalves() {
        return suite(
                "concat of two halves",
                null,
                NATURAL,
                false,
                PersistentTreeMapConformanceTest::byConcat);
    }

    @TestFactory
    Stream<DynamicNode> concat_nullFriendlyComparator() {
        return suite(
                "concat of two halves, nulls first",
                GuavaSuites.NULLS_FIRST_ORDER,
                NULLS_FIRST,
                false,
                PersistentTreeMapConformanceTest::byConcat);
    }

    @TestFactory
    Stream<DynamicNode> toBuilder_ofLargerMap() {
        return suite(
                "toBuilder of a larger map, remove the extras",
                null,
                NATURAL,
                false,
                (cmp, entries) -> {
                    PersistentTreeMap<String, String> larger = byWith(cmp, entries);
                    for (int i = 0; i < 100; i++) {
                        larger = larger.with("extra" + i, "x");
                    }
                    PersistentTreeMap.Builder<String, String> b = larger.toBuilder();
                    for (int i = 0; i < 100; i++) {
                        b.remove("extra" + i);
                    }
                    return b.build();
                });
    }

    @TestFactory
    Stream<DynamicNode> subMap_ofLargerMap() {
        return suite(
                "subMap of a larger map",
                null,
                NATURAL,
                false,
                (cmp, entries) -> {
                    PersistentTreeMap<String, String> larger = byWith(cmp, entries);
                    // Guava's sample keys are letters: these extras sort before and after them.
                    for (int i = 0; i < 100; i++) {
                        larger = larger.with("\u0001below" + i, "x").with("\uffffabove" + i, "x");
                    }
                    return larger.subMap("\u0001~", false, "\uffff", false);
                });
    }

    // ------------------------------------------------------------------ constructions

    static PersistentTreeMap<String, String> byWith(
            Comparator<String> cmp, Entry<String, String>[] entries) {
        PersistentTreeMap<String, String> m = PersistentTreeMap.empty(cmp);
        for (Entry<String, String> e : entries) {
            m = m.with(e.getKey(), e.getValue());
        }
        return m;
    }

    private static PersistentTreeMap<String, String> byBuilder(
            Comparator<String> cmp, Entry<String, String>[] entries) {
        PersistentTreeMap.Builder<String, String> b = PersistentTreeMap.builder(cmp);
        for (Entry<String, String> e : entries) {
            b.put(e.getKey(), e.getValue());
        }
        return b.build();
    }

    /** The two halves of the sorted, de-duplicated entries, each built by with, concatenated. */
    @SuppressWarnings("unchecked")
    private static PersistentTreeMap<String, String> byConcat(
            Comparator<String> cmp, Entry<String, String>[] entries) {
        List<Entry<String, String>> sorted = new ArrayList<>(model(cmp, entries).entrySet());
        int half = sorted.size() / 2;
        Entry<String, String>[] low = sorted.subList(0, half).toArray(new Entry[0]);
        Entry<String, String>[] high = sorted.subList(half, sorted.size()).toArray(new Entry[0]);
        return byWith(cmp, low).concat(byWith(cmp, high));
    }

    private static TreeMap<String, String> model(
            Comparator<String> cmp, Entry<String, String>[] entries) {
        TreeMap<String, String> m = new TreeMap<>(cmp);
        for (Entry<String, String> e : entries) {
            m.put(e.getKey(), e.getValue());
        }
        return m;
    }

    // ------------------------------------------------------------------ suites

    private static Stream<DynamicNode> suite(
            String name,
            Comparator<String> cmp,
            List<Feature<?>> features,
            boolean derived,
            BiFunction<
                            Comparator<String>,
                            Entry<String, String>[],
                            PersistentTreeMap<String, String>>
                    factory) {
        Test suite =
                NavigableMapTestSuiteBuilder.using(generator(cmp, factory))
                        .named(name)
                        .withFeatures(GuavaSuites.features(features, derived))
                        .createTestSuite();
        return GuavaSuites.dynamicNodes(suite, (derived ? 20_000 : 500));
    }

    private static TestStringSortedMapGenerator generator(
            Comparator<String> cmp,
            BiFunction<
                            Comparator<String>,
                            Entry<String, String>[],
                            PersistentTreeMap<String, String>>
                    factory) {
        return new TestStringSortedMapGenerator() {
            @Override
            protected SortedMap<String, String> create(Entry<String, String>[] entries) {
                PersistentTreeMap<String, String> map = factory.apply(cmp, entries);
                map.checkInvariants();
                return map;
            }

            @Override
            public Iterable<Entry<String, String>> order(
                    List<Entry<String, String>> insertionOrder) {
                if (cmp == null) {
                    return super.order(insertionOrder);
                }
                List<Entry<String, String>> sorted = new ArrayList<>(insertionOrder);
                sorted.sort(Map.Entry.comparingByKey(cmp));
                return sorted;
            }
        };
    }
}
