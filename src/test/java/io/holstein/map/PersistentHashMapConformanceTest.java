package io.holstein.map;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.testing.MapTestSuiteBuilder;
import com.google.common.collect.testing.SampleElements;
import com.google.common.collect.testing.TestStringMapGenerator;
import com.google.common.collect.testing.features.CollectionFeature;
import com.google.common.collect.testing.features.CollectionSize;
import com.google.common.collect.testing.features.Feature;
import com.google.common.collect.testing.features.MapFeature;
import io.holstein.testing.JUnit3Suites;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.function.Function;
import java.util.stream.Stream;
import junit.framework.Test;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Guava-testlib's map conformance suites, one per way of constructing a {@link PersistentHashMap},
 * with the features of an immutable map that permits nulls: Guava's own immutable-map suites
 * declare no mutation feature, and neither do these. The builder derives suites for the key set,
 * values and entry set views and a "reserialized" suite from each.
 */
class PersistentHashMapConformanceTest {

    private static final Feature<?>[] MAP_FEATURES = {
        MapFeature.ALLOWS_NULL_KEYS,
        MapFeature.ALLOWS_NULL_VALUES,
        MapFeature.ALLOWS_ANY_NULL_QUERIES,
        CollectionFeature.SERIALIZABLE,
        CollectionSize.ANY,
    };

    /** Blocks per colliding sample key: 2^6 strings with one hash code. */
    private static final int BLOCKS = 6;

    @TestFactory
    Stream<DynamicNode> with_oneByOne() {
        return suite(
                "empty, then with one by one",
                fresh(PersistentHashMapConformanceTest::builtByWith));
    }

    @TestFactory
    Stream<DynamicNode> builder_put() {
        return suite(
                "builder, put, build",
                fresh(
                        entries -> {
                            PersistentHashMap.Builder<String, String> b =
                                    PersistentHashMap.builder();
                            for (Entry<String, String> e : entries) {
                                b.put(e.getKey(), e.getValue());
                            }
                            return b.build();
                        }));
    }

    @TestFactory
    Stream<DynamicNode> builder_usedAfterBuild() {
        // The builder keeps writing after build(): the built map must not see it.
        return suite(
                "builder, build, then the builder writes on",
                fresh(
                        entries -> {
                            PersistentHashMap.Builder<String, String> b =
                                    PersistentHashMap.builder();
                            for (Entry<String, String> e : entries) {
                                b.put(e.getKey(), e.getValue());
                            }
                            PersistentHashMap<String, String> built = b.build();
                            for (Entry<String, String> e : entries) {
                                b.remove(e.getKey());
                                b.put(e.getKey() + "!", "x");
                            }
                            return built;
                        }));
    }

    @TestFactory
    Stream<DynamicNode> toBuilder_ofLargerMap() {
        return suite(
                "toBuilder of a larger map, remove the extras, build",
                fresh(
                        entries -> {
                            PersistentHashMap<String, String> larger = builtByWith(entries);
                            for (int i = 0; i < 100; i++) {
                                larger = larger.with("extra" + i, "x");
                            }
                            PersistentHashMap.Builder<String, String> b = larger.toBuilder();
                            for (int i = 0; i < 100; i++) {
                                b.remove("extra" + i);
                            }
                            return b.build();
                        }));
    }

    @TestFactory
    Stream<DynamicNode> withAll_ofTwoHalves() {
        return suite(
                "withAll of two halves",
                fresh(
                        entries -> {
                            int half = entries.length / 2;
                            return builtByWith(Arrays.copyOfRange(entries, 0, half))
                                    .withAll(
                                            builtByWith(
                                                    Arrays.copyOfRange(
                                                            entries, half, entries.length)));
                        }));
    }

    @TestFactory
    Stream<DynamicNode> withoutAll_ofExtras() {
        return suite(
                "copyOf, with extras, withoutAll of the extras",
                fresh(
                        entries -> {
                            PersistentHashMap<String, String> m =
                                    PersistentHashMap.copyOf(linked(entries));
                            List<String> extras =
                                    List.of(
                                            "x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9",
                                            "x10");
                            for (String x : extras) {
                                m = m.with(x, x);
                            }
                            return m.withoutAll(extras);
                        }));
    }

    @TestFactory
    Stream<DynamicNode> collidingKeys_flat() {
        return suite(
                "keys with one hash code, flat",
                colliding(PersistentHashMapConformanceTest::builtByWith));
    }

    @TestFactory
    Stream<DynamicNode> collidingKeys_backFromTree() {
        // Fillers of the same hash code push the node past FLAT_MAX into a tree, then leave:
        // the samples end in a flat node again (the tree itself is covered by the model tests).
        List<String> fillers =
                CollidingKeys.strings(CollisionMappings.FLAT_MAX + 1, BLOCKS, 1 << (BLOCKS - 1));
        return suite(
                "keys with one hash code, after a collision tree",
                colliding(
                        entries -> {
                            PersistentHashMap.Builder<String, String> b =
                                    PersistentHashMap.builder();
                            fillers.forEach(f -> b.put(f, "filler"));
                            for (Entry<String, String> e : entries) {
                                b.put(e.getKey(), e.getValue());
                            }
                            PersistentHashMap<String, String> m = b.build();
                            return m.without(fillers.get(0)).withoutAll(fillers);
                        }));
    }

    // ------------------------------------------------------------------ suites

    private static Stream<DynamicNode> suite(String name, TestStringMapGenerator generator) {
        Test suite =
                MapTestSuiteBuilder.using(generator)
                        .named(name)
                        .withFeatures(MAP_FEATURES)
                        .createTestSuite();
        assertTrue(
                suite.countTestCases() > 300,
                "suspiciously small suite: " + suite.countTestCases());
        return JUnit3Suites.dynamicNodes(suite);
    }

    private static TestStringMapGenerator fresh(
            Function<Entry<String, String>[], Map<String, String>> factory) {
        return new TestStringMapGenerator() {
            @Override
            protected Map<String, String> create(Entry<String, String>[] entries) {
                Map<String, String> map = factory.apply(entries);
                ((PersistentHashMap<?, ?>) map).checkInvariants();
                return map;
            }
        };
    }

    private static TestStringMapGenerator colliding(
            Function<Entry<String, String>[], Map<String, String>> factory) {
        return new TestStringMapGenerator() {
            @Override
            public SampleElements<Entry<String, String>> samples() {
                return CowHashMapConformanceTest.collidingSamples();
            }

            @Override
            protected Map<String, String> create(Entry<String, String>[] entries) {
                Map<String, String> map = factory.apply(entries);
                ((PersistentHashMap<?, ?>) map).checkInvariants();
                return map;
            }
        };
    }

    static PersistentHashMap<String, String> builtByWith(Entry<String, String>[] entries) {
        PersistentHashMap<String, String> m = PersistentHashMap.empty();
        for (Entry<String, String> e : entries) {
            m = m.with(e.getKey(), e.getValue());
        }
        return m;
    }

    private static Map<String, String> linked(Entry<String, String>[] entries) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (Entry<String, String> e : entries) {
            m.put(e.getKey(), e.getValue());
        }
        return m;
    }
}
