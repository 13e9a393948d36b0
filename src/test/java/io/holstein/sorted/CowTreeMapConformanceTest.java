package io.holstein.sorted;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.google.common.collect.testing.NavigableMapTestSuiteBuilder;
import com.google.common.collect.testing.features.CollectionFeature;
import com.google.common.collect.testing.features.CollectionSize;
import com.google.common.collect.testing.features.Feature;
import com.google.common.collect.testing.features.MapFeature;
import io.holstein.testing.ForkedSides;
import io.holstein.testing.ForkedSides.Side;
import io.holstein.testing.GuavaSuites;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import junit.framework.Test;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Guava-testlib's navigable-map conformance suites, one per way of constructing a {@link
 * CowTreeMap}.
 *
 * <p>Every suite declares the features {@code TreeMap} declares in Guava's {@code
 * TestsForMapsInJavaUtil} ({@code testsForTreeMapNatural()} and, with a null-friendly comparator,
 * {@code testsForTreeMapWithComparator()}) and suppresses what Guava suppresses there: nothing. The
 * full derived tree (sub-map, descending and key-set suites, recursively) runs for the map filled
 * by {@code put} in natural order; every other construction runs the plain suite, its derivations
 * switched off (DESIGN.md §5's CI budget).
 *
 * <p>Suites whose subject shares nodes with another map or a persistent version keep that other
 * holder and check after every test that it still holds exactly what it held, that none of its
 * nodes was written, and that no node either side may write in place is reachable from the other
 * ({@link TreeSharing}).
 */
class CowTreeMapConformanceTest {

    /** {@code testsForTreeMapNatural()}'s features. */
    private static final List<Feature<?>> NATURAL =
            List.of(
                    MapFeature.GENERAL_PURPOSE,
                    MapFeature.ALLOWS_NULL_VALUES,
                    MapFeature.FAILS_FAST_ON_CONCURRENT_MODIFICATION,
                    CollectionFeature.SUPPORTS_ITERATOR_REMOVE,
                    CollectionFeature.KNOWN_ORDER,
                    CollectionFeature.SERIALIZABLE,
                    CollectionSize.ANY);

    /** {@code testsForTreeMapWithComparator()}'s features. */
    private static final List<Feature<?>> NULLS_FIRST =
            List.of(
                    MapFeature.GENERAL_PURPOSE,
                    MapFeature.ALLOWS_NULL_KEYS,
                    MapFeature.ALLOWS_NULL_VALUES,
                    MapFeature.ALLOWS_ANY_NULL_QUERIES,
                    MapFeature.FAILS_FAST_ON_CONCURRENT_MODIFICATION,
                    CollectionFeature.SUPPORTS_ITERATOR_REMOVE,
                    CollectionFeature.KNOWN_ORDER,
                    CollectionFeature.SERIALIZABLE,
                    CollectionSize.ANY);

    /** Keys that sort below and above Guava's samples, which are letters. */
    private static final int EXTRAS = 300;

    @TestFactory
    Stream<DynamicNode> put_oneByOne_fullDerivedTree() {
        return suite(
                "put one by one", null, NATURAL, true, fresh(CowTreeMapConformanceTest::byPut));
    }

    @TestFactory
    Stream<DynamicNode> put_nullFriendlyComparator() {
        return suite(
                "put one by one, nulls first",
                GuavaSuites.NULLS_FIRST_ORDER,
                NULLS_FIRST,
                false,
                fresh(CowTreeMapConformanceTest::byPut));
    }

    @TestFactory
    Stream<DynamicNode> sortedMapConstructor_bulkLoad() {
        return suite(
                "new CowTreeMap of a TreeMap, a bulk load",
                GuavaSuites.NULLS_FIRST_ORDER,
                NULLS_FIRST,
                false,
                fresh((cmp, entries) -> new CowTreeMap<>(model(cmp, entries))));
    }

    @TestFactory
    Stream<DynamicNode> mapConstructor_fromLinkedHashMap() {
        return suite(
                "new CowTreeMap of a LinkedHashMap",
                null,
                NATURAL,
                false,
                fresh(
                        (cmp, entries) -> {
                            Map<String, String> linked = new LinkedHashMap<>();
                            for (Entry<String, String> e : entries) {
                                linked.put(e.getKey(), e.getValue());
                            }
                            return new CowTreeMap<>(linked);
                        }));
    }

    @TestFactory
    Stream<DynamicNode> fork_forkSide() {
        return suite(
                "fork of a kept original",
                null,
                NATURAL,
                false,
                new Forked(Side.FORK, CowTreeMap::fork, false));
    }

    @TestFactory
    Stream<DynamicNode> fork_originalSide() {
        return suite(
                "original after fork, the fork kept",
                GuavaSuites.NULLS_FIRST_ORDER,
                NULLS_FIRST,
                false,
                new Forked(Side.ORIGINAL, CowTreeMap::fork, false));
    }

    @TestFactory
    Stream<DynamicNode> copyConstructor_ofKeptOriginal() {
        return suite(
                "new CowTreeMap of a kept original, sharing",
                null,
                NATURAL,
                false,
                new Forked(Side.FORK, CowTreeMap::new, false));
    }

    @TestFactory
    Stream<DynamicNode> fork_ofLargerMap_rangeViewWritten() {
        // Many levels of shared nodes under the range the tests write through.
        return suite(
                "subMap of the fork of a larger kept map",
                null,
                NATURAL,
                false,
                new Forked(Side.FORK, CowTreeMap::fork, true));
    }

    @TestFactory
    Stream<DynamicNode> fork_ofLargerMap_originalWritten() {
        return suite(
                "subMap of a larger original after fork, the fork kept",
                null,
                NATURAL,
                false,
                new Forked(Side.ORIGINAL, CowTreeMap::fork, true));
    }

    @TestFactory
    Stream<DynamicNode> persistentConstructor_versionKept() {
        return suite(
                "new CowTreeMap of a kept PersistentTreeMap",
                GuavaSuites.NULLS_FIRST_ORDER,
                NULLS_FIRST,
                false,
                new KeptVersion(false));
    }

    @TestFactory
    Stream<DynamicNode> toPersistent_versionKept() {
        return suite(
                "a larger map after toPersistent, the version kept, written through a subMap",
                null,
                NATURAL,
                false,
                new KeptVersion(true));
    }

    // ------------------------------------------------------------------ constructions

    static CowTreeMap<String, String> byPut(
            Comparator<String> cmp, Entry<String, String>[] entries) {
        CowTreeMap<String, String> m = new CowTreeMap<>(cmp);
        for (Entry<String, String> e : entries) {
            m.put(e.getKey(), e.getValue());
        }
        return m;
    }

    /** The entries, with {@link #EXTRAS} keys below and above them. */
    static CowTreeMap<String, String> larger(
            Comparator<String> cmp, Entry<String, String>[] entries) {
        CowTreeMap<String, String> m = byPut(cmp, entries);
        for (int i = 0; i < EXTRAS; i++) {
            m.put("\u0001below" + i, "x");
            m.put("\uffffabove" + i, "x");
        }
        return m;
    }

    /** The range of {@link #larger} that holds the samples and none of the extras. */
    static SortedMap<String, String> samplesOf(CowTreeMap<String, String> larger) {
        return larger.subMap("\u0001~", false, "\uffff", false);
    }

    static TreeMap<String, String> model(Comparator<String> cmp, Entry<String, String>[] entries) {
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
            GuavaSuites.SortedMapGenerator generator) {
        generator.cmp = cmp;
        NavigableMapTestSuiteBuilder<String, String> builder =
                NavigableMapTestSuiteBuilder.using(generator);
        builder.named(name).withFeatures(GuavaSuites.features(features, derived));
        builder.withSetUp(generator.kept::forget).withTearDown(generator.kept::verify);
        // Nothing is suppressed: Guava suppresses no tester for TreeMap.
        Test suite = builder.createTestSuite();
        return GuavaSuites.dynamicNodes(suite, derived ? 20_000 : 1_000);
    }

    private static GuavaSuites.SortedMapGenerator fresh(
            BiFunction<Comparator<String>, Entry<String, String>[], SortedMap<String, String>>
                    factory) {
        return new GuavaSuites.SortedMapGenerator() {
            @Override
            protected SortedMap<String, String> create(Entry<String, String>[] entries) {
                SortedMap<String, String> map = factory.apply(cmp, entries);
                ((CowTreeMap<?, ?>) map).checkInvariants();
                return map;
            }
        };
    }

    /**
     * Builds a map, forks it, hands one side to the test (or its range of the samples, for a larger
     * map) and keeps the other with its mappings and node contents.
     */
    private static final class Forked extends GuavaSuites.SortedMapGenerator {

        private final ForkedSides<CowTreeMap<String, String>> sides;

        private final boolean larger;

        Forked(Side side, UnaryOperator<CowTreeMap<String, String>> forker, boolean larger) {
            this.sides = new ForkedSides<>(side, forker, CowTreeMap::isShared, kept);
            this.larger = larger;
        }

        @Override
        protected SortedMap<String, String> create(Entry<String, String>[] entries) {
            CowTreeMap<String, String> original =
                    larger ? larger(cmp, entries) : byPut(cmp, entries);
            CowTreeMap<String, String> tested =
                    sides.split(
                            original,
                            (kept, written) -> {
                                assertSame(kept.root(), written.root(), "a fork shares the root");
                                TreeMap<String, String> mappings = new TreeMap<>(kept);
                                TreeSharing.Contents nodes = new TreeSharing.Contents(kept.root());
                                return () -> {
                                    kept.checkInvariants();
                                    written.checkInvariants();
                                    nodes.assertUnchanged();
                                    assertEquals(mappings, kept, "the kept side changed");
                                    assertEquals(
                                            new ArrayList<>(mappings.entrySet()),
                                            new ArrayList<>(kept.entrySet()),
                                            "the kept side's order changed");
                                    TreeSharing.assertNoSharedWritable(
                                            List.of(kept.root(), written.root()), List.of());
                                };
                            });
            return larger ? samplesOf(tested) : tested;
        }
    }

    /**
     * Hands the test a map that shares its nodes with a persistent version, made by {@code new
     * CowTreeMap(version)} or by {@code toPersistent()} of a larger map (then written through its
     * range of the samples), and keeps the version with its mappings and node contents.
     */
    private static final class KeptVersion extends GuavaSuites.SortedMapGenerator {

        private final boolean fromMap;

        KeptVersion(boolean fromMap) {
            this.fromMap = fromMap;
        }

        @Override
        protected SortedMap<String, String> create(Entry<String, String>[] entries) {
            CowTreeMap<String, String> map;
            PersistentTreeMap<String, String> version;
            if (fromMap) {
                map = larger(cmp, entries);
                version = map.toPersistent();
                assertSame(map.root(), version.root(), "toPersistent shares the root");
            } else {
                version = PersistentTreeMap.copyOf(cmp, model(cmp, entries));
                map = new CowTreeMap<>(version);
                assertSame(version.root(), map.root(), "the constructor shares the root");
            }
            TreeMap<String, String> mappings = new TreeMap<>(version);
            TreeSharing.Contents nodes = new TreeSharing.Contents(version.root());
            kept.add(
                    () -> {
                        version.checkInvariants();
                        map.checkInvariants();
                        nodes.assertUnchanged();
                        assertEquals(mappings, version, "the kept version changed");
                        TreeSharing.assertNoSharedWritable(
                                List.of(map.root()), List.of(version.root()));
                    });
            return fromMap ? samplesOf(map) : map;
        }
    }
}
