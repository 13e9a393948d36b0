package io.holstein.map;

import static com.google.common.collect.testing.Helpers.mapEntry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.testing.MapTestSuiteBuilder;
import com.google.common.collect.testing.SampleElements;
import com.google.common.collect.testing.TestStringMapGenerator;
import com.google.common.collect.testing.features.CollectionFeature;
import com.google.common.collect.testing.features.CollectionSize;
import com.google.common.collect.testing.features.Feature;
import com.google.common.collect.testing.features.MapFeature;
import io.holstein.testing.ForkedSides;
import io.holstein.testing.ForkedSides.Side;
import io.holstein.testing.JUnit3Suites;
import io.holstein.testing.KeptChecks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import junit.framework.Test;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Guava-testlib's map conformance suites, one per way of constructing a {@link CowHashMap}.
 *
 * <p>Every suite declares the features {@code HashMap} declares in Guava's {@code
 * TestsForMapsInJavaUtil.testsForHashMap()} and suppresses what Guava suppresses there for {@code
 * HashMap}: nothing. The builder derives suites for the key set, values and entry set views and a
 * "reserialized" suite from each map suite.
 *
 * <p>Suites whose subject shares storage with another map keep that other map and check after every
 * test that it still holds exactly the mappings it had, in the same iteration order, and that both
 * maps pass {@link CowHashMap#checkInvariants()}. Suites over keys with one hash code build their
 * maps so that the keys sit in a collision bucket, in its tree or in its flat list.
 */
class CowHashMapConformanceTest {

    private static final Feature<?>[] MAP_FEATURES = {
        MapFeature.GENERAL_PURPOSE,
        MapFeature.ALLOWS_NULL_KEYS,
        MapFeature.ALLOWS_NULL_VALUES,
        MapFeature.ALLOWS_ANY_NULL_QUERIES,
        MapFeature.FAILS_FAST_ON_CONCURRENT_MODIFICATION,
        CollectionFeature.SUPPORTS_ITERATOR_REMOVE,
        CollectionFeature.SERIALIZABLE,
        CollectionSize.ANY,
    };

    /** Blocks per colliding sample key: 2^6 strings with one hash code. */
    private static final int BLOCKS = 6;

    @TestFactory
    Stream<DynamicNode> put_oneByOne() {
        return suite(
                "new CowHashMap, then put one by one",
                fresh(CowHashMapConformanceTest::builtByPut));
    }

    @TestFactory
    Stream<DynamicNode> copyConstructor_fromLinkedHashMap() {
        return suite(
                "new CowHashMap of a LinkedHashMap",
                fresh(entries -> new CowHashMap<>(linked(entries))));
    }

    @TestFactory
    Stream<DynamicNode> capacityConstructor_smallestTable() {
        // Starts at the smallest table and grows through rebuilds while the tests add keys.
        return suite(
                "new CowHashMap with initial capacity 0, then put",
                fresh(entries -> putAll(new CowHashMap<>(0), entries)));
    }

    @TestFactory
    Stream<DynamicNode> loadFactorConstructor_clampedLow() {
        return suite(
                "new CowHashMap with load factor 0.01 clamped, then put",
                fresh(entries -> putAll(new CowHashMap<>(1, 0.01f), entries)));
    }

    @TestFactory
    Stream<DynamicNode> loadFactorConstructor_clampedHigh() {
        return suite(
                "new CowHashMap with load factor 4 clamped, then put",
                fresh(entries -> putAll(new CowHashMap<>(2, 4f), entries)));
    }

    @TestFactory
    Stream<DynamicNode> putAll_afterRemovals() {
        // Tombstones and emptied slots from earlier removals lie on the probe paths.
        return suite(
                "new CowHashMap with removed keys, then putAll",
                fresh(
                        entries -> {
                            CowHashMap<String, String> map = new CowHashMap<>();
                            for (int i = 0; i < 40; i++) {
                                map.put("gone" + i, "x");
                            }
                            for (int i = 0; i < 40; i++) {
                                map.remove("gone" + i);
                            }
                            map.putAll(linked(entries));
                            return map;
                        }));
    }

    @TestFactory
    Stream<DynamicNode> fork_ofSharedOriginal() {
        return suite("fork of a kept original", new SharingGenerator(Side.FORK, CowHashMap::fork));
    }

    @TestFactory
    Stream<DynamicNode> clone_ofSharedOriginal() {
        return suite(
                "clone of a kept original", new SharingGenerator(Side.FORK, CowHashMap::clone));
    }

    @TestFactory
    Stream<DynamicNode> copyConstructor_ofSharedOriginal() {
        return suite(
                "new CowHashMap of a kept original",
                new SharingGenerator(Side.FORK, CowHashMap::new));
    }

    @TestFactory
    Stream<DynamicNode> fork_originalSide() {
        return suite(
                "original after fork, the fork kept",
                new SharingGenerator(Side.ORIGINAL, CowHashMap::fork));
    }

    @TestFactory
    Stream<DynamicNode> collidingKeys_inPlainSlots() {
        return suite(
                "keys with one hash code, five in plain slots",
                colliding(CowHashMapConformanceTest::builtByPut));
    }

    @TestFactory
    Stream<DynamicNode> collidingKeys_inBucketTree() {
        return suite(
                "keys with one hash code, in a collision bucket's tree",
                colliding(
                        entries ->
                                inBucket(
                                        entries,
                                        CollidingKeys.strings(
                                                CowHashMap.BUCKET_THRESHOLD + 1,
                                                BLOCKS,
                                                1 << (BLOCKS - 1)))));
    }

    @TestFactory
    Stream<DynamicNode> collidingKeys_inBucketFlatList() {
        // The first filler is an Integer, so the bucket's tree takes Integers and strings go flat.
        List<Object> fillers = new ArrayList<>();
        int hash = CollidingKeys.stringHash(BLOCKS);
        fillers.add(hash);
        for (int i = 0; i < CowHashMap.BUCKET_THRESHOLD; i++) {
            fillers.add(new CollidingKeys.Plain(hash, i));
        }
        return suite(
                "keys with one hash code, in a collision bucket's flat list",
                colliding(entries -> inBucket(entries, fillers)));
    }

    @TestFactory
    Stream<DynamicNode> collidingKeys_forkOfBucket() {
        return suite(
                "fork of a kept original with a collision bucket",
                new SharingGenerator(Side.FORK, CowHashMap::fork) {
                    @Override
                    public SampleElements<Entry<String, String>> samples() {
                        return collidingSamples();
                    }

                    @Override
                    CowHashMap<String, String> original(Entry<String, String>[] entries) {
                        return inBucket(
                                entries,
                                CollidingKeys.strings(
                                        CowHashMap.BUCKET_THRESHOLD + 1,
                                        BLOCKS,
                                        1 << (BLOCKS - 1)));
                    }
                });
    }

    // ------------------------------------------------------------------ suites

    private static Stream<DynamicNode> suite(String name, TestStringMapGenerator generator) {
        MapTestSuiteBuilder<String, String> builder =
                MapTestSuiteBuilder.using(generator).named(name).withFeatures(MAP_FEATURES);
        if (generator instanceof SharingGenerator) {
            SharingGenerator sharing = (SharingGenerator) generator;
            builder.withSetUp(sharing.kept::forget).withTearDown(sharing.kept::verify);
        }
        // Nothing is suppressed: Guava suppresses no tester for HashMap.
        Test suite = builder.createTestSuite();
        assertTrue(
                suite.countTestCases() > 1000,
                "suspiciously small suite: " + suite.countTestCases());
        return JUnit3Suites.dynamicNodes(suite);
    }

    // ------------------------------------------------------------------ generators

    private static TestStringMapGenerator fresh(
            Function<Entry<String, String>[], Map<String, String>> factory) {
        return new TestStringMapGenerator() {
            @Override
            protected Map<String, String> create(Entry<String, String>[] entries) {
                Map<String, String> map = factory.apply(entries);
                ((CowHashMap<?, ?>) map).checkInvariants();
                return map;
            }
        };
    }

    private static TestStringMapGenerator colliding(
            Function<Entry<String, String>[], Map<String, String>> factory) {
        return new TestStringMapGenerator() {
            @Override
            public SampleElements<Entry<String, String>> samples() {
                return collidingSamples();
            }

            @Override
            protected Map<String, String> create(Entry<String, String>[] entries) {
                Map<String, String> map = factory.apply(entries);
                ((CowHashMap<?, ?>) map).checkInvariants();
                return map;
            }
        };
    }

    /** Five samples whose keys share one hash code. */
    static SampleElements<Entry<String, String>> collidingSamples() {
        List<String> keys = CollidingKeys.strings(5, BLOCKS, 0);
        return new SampleElements<>(
                mapEntry(keys.get(0), "January"),
                mapEntry(keys.get(1), "February"),
                mapEntry(keys.get(2), "March"),
                mapEntry(keys.get(3), "April"),
                mapEntry(keys.get(4), "May"));
    }

    /**
     * Builds a map of {@code entries} whose colliding keys sit in a collision bucket: puts {@code
     * fillers} (keys of the samples' hash code) first, then the entries, then removes the fillers,
     * which leaves the bucket with the entries' colliding keys only.
     */
    @SuppressWarnings("unchecked")
    static CowHashMap<String, String> inBucket(Entry<String, String>[] entries, List<?> fillers) {
        CowHashMap<Object, Object> map = new CowHashMap<>();
        for (Object f : fillers) {
            map.put(f, "filler");
        }
        for (Entry<String, String> e : entries) {
            map.put(e.getKey(), e.getValue());
        }
        for (Object f : fillers) {
            map.remove(f);
        }
        boolean anyColliding = Arrays.stream(entries).anyMatch(e -> e.getKey() != null);
        assertEquals(
                anyColliding ? 1 : 0,
                map.buckets,
                "collision buckets of " + Arrays.toString(entries));
        return (CowHashMap<String, String>) (CowHashMap<?, ?>) map;
    }

    static CowHashMap<String, String> builtByPut(Entry<String, String>[] entries) {
        return putAll(new CowHashMap<>(), entries);
    }

    private static CowHashMap<String, String> putAll(
            CowHashMap<String, String> map, Entry<String, String>[] entries) {
        for (Entry<String, String> e : entries) {
            map.put(e.getKey(), e.getValue());
        }
        return map;
    }

    private static Map<String, String> linked(Entry<String, String>[] entries) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Entry<String, String> e : entries) {
            m.put(e.getKey(), e.getValue());
        }
        return m;
    }

    /**
     * Builds an original map by {@code put}, forks it, hands one side to the test and keeps the
     * other with a snapshot of its mappings and iteration order.
     */
    static class SharingGenerator extends TestStringMapGenerator {

        /** The checks of the kept sides: the suite's set-up and tear-down. */
        final KeptChecks kept = new KeptChecks();

        private final ForkedSides<CowHashMap<String, String>> sides;

        SharingGenerator(Side side, UnaryOperator<CowHashMap<String, String>> forker) {
            this.sides = new ForkedSides<>(side, forker, CowHashMap::isShared, kept);
        }

        CowHashMap<String, String> original(Entry<String, String>[] entries) {
            return builtByPut(entries);
        }

        @Override
        protected Map<String, String> create(Entry<String, String>[] entries) {
            return sides.split(
                    original(entries),
                    (kept, written) -> {
                        assertTrue(kept.table == written.table, "a fork shares the table");
                        Map<String, String> snapshot = new HashMap<>(kept);
                        List<Entry<String, String>> order = entriesInOrder(kept);
                        return () -> {
                            kept.checkInvariants();
                            written.checkInvariants();
                            assertEquals(snapshot.size(), kept.size(), "size of the kept side");
                            for (Entry<String, String> e : snapshot.entrySet()) {
                                assertTrue(
                                        kept.containsKey(e.getKey()),
                                        "kept side lost " + e.getKey());
                                assertEquals(
                                        e.getValue(),
                                        kept.get(e.getKey()),
                                        "value of " + e.getKey() + " on the kept side");
                            }
                            assertEquals(order, entriesInOrder(kept), "iteration of the kept side");
                        };
                    });
        }

        private static List<Entry<String, String>> entriesInOrder(CowHashMap<String, String> map) {
            List<Entry<String, String>> order = new ArrayList<>();
            map.forEach((key, value) -> order.add(mapEntry(key, value)));
            return order;
        }
    }
}
