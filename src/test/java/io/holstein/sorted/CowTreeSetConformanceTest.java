package io.holstein.sorted;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.google.common.collect.testing.NavigableSetTestSuiteBuilder;
import com.google.common.collect.testing.TestStringSortedSetGenerator;
import com.google.common.collect.testing.features.CollectionFeature;
import com.google.common.collect.testing.features.CollectionSize;
import com.google.common.collect.testing.features.Feature;
import com.google.common.collect.testing.features.SetFeature;
import io.holstein.testing.ForkedSides;
import io.holstein.testing.ForkedSides.Side;
import io.holstein.testing.GuavaSuites;
import io.holstein.testing.KeptChecks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import junit.framework.Test;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Guava-testlib's navigable-set conformance suites, one per way of constructing a {@link
 * CowTreeSet}.
 *
 * <p>Every suite declares the features {@code TreeSet} declares in Guava's {@code
 * TestsForSetsInJavaUtil} ({@code testsForTreeSetNatural()} and, with a null-friendly comparator,
 * {@code testsForTreeSetWithComparator()}) and suppresses what Guava suppresses there: nothing. The
 * full derived tree (sub-set and descending suites, recursively) runs for the set filled by {@code
 * add} in natural order; every other construction runs the plain suite (DESIGN.md §5's CI budget).
 * Suites whose subject shares nodes with another set or a persistent version check that holder
 * after every test, as {@link CowTreeMapConformanceTest} does.
 */
class CowTreeSetConformanceTest {

    /** {@code testsForTreeSetNatural()}'s features. */
    private static final List<Feature<?>> NATURAL =
            List.of(
                    SetFeature.GENERAL_PURPOSE,
                    CollectionFeature.SERIALIZABLE,
                    CollectionFeature.KNOWN_ORDER,
                    CollectionFeature.FAILS_FAST_ON_CONCURRENT_MODIFICATION,
                    CollectionSize.ANY);

    /** {@code testsForTreeSetWithComparator()}'s features. */
    private static final List<Feature<?>> NULLS_FIRST =
            List.of(
                    SetFeature.GENERAL_PURPOSE,
                    CollectionFeature.SERIALIZABLE,
                    CollectionFeature.ALLOWS_NULL_VALUES,
                    CollectionFeature.KNOWN_ORDER,
                    CollectionFeature.FAILS_FAST_ON_CONCURRENT_MODIFICATION,
                    CollectionSize.ANY);

    /** Elements below and above Guava's samples, which are letters. */
    private static final int EXTRAS = 300;

    @TestFactory
    Stream<DynamicNode> add_oneByOne_fullDerivedTree() {
        return suite(
                "add one by one", null, NATURAL, true, fresh(CowTreeSetConformanceTest::byAdd));
    }

    @TestFactory
    Stream<DynamicNode> add_nullFriendlyComparator() {
        return suite(
                "add one by one, nulls first",
                GuavaSuites.NULLS_FIRST_ORDER,
                NULLS_FIRST,
                false,
                fresh(CowTreeSetConformanceTest::byAdd));
    }

    @TestFactory
    Stream<DynamicNode> sortedSetConstructor_bulkLoad() {
        return suite(
                "new CowTreeSet of a TreeSet, a bulk load",
                GuavaSuites.NULLS_FIRST_ORDER,
                NULLS_FIRST,
                false,
                fresh((cmp, elements) -> new CowTreeSet<>(model(cmp, elements))));
    }

    @TestFactory
    Stream<DynamicNode> collectionConstructor_fromList() {
        return suite(
                "new CowTreeSet of a list",
                null,
                NATURAL,
                false,
                fresh((cmp, elements) -> new CowTreeSet<>(Arrays.asList(elements))));
    }

    @TestFactory
    Stream<DynamicNode> fork_forkSide() {
        return suite(
                "fork of a kept original",
                null,
                NATURAL,
                false,
                new Forked(Side.FORK, CowTreeSet::fork, false));
    }

    @TestFactory
    Stream<DynamicNode> fork_originalSide() {
        return suite(
                "original after fork, the fork kept",
                GuavaSuites.NULLS_FIRST_ORDER,
                NULLS_FIRST,
                false,
                new Forked(Side.ORIGINAL, CowTreeSet::fork, false));
    }

    @TestFactory
    Stream<DynamicNode> fork_ofLargerSet_rangeViewWritten() {
        return suite(
                "subSet of the fork of a larger kept set",
                null,
                NATURAL,
                false,
                new Forked(Side.FORK, CowTreeSet::fork, true));
    }

    @TestFactory
    Stream<DynamicNode> persistentConstructor_versionKept() {
        return suite(
                "new CowTreeSet of a kept PersistentTreeSet",
                null,
                NATURAL,
                false,
                new KeptVersion());
    }

    // ------------------------------------------------------------------ constructions

    static CowTreeSet<String> byAdd(Comparator<String> cmp, String[] elements) {
        CowTreeSet<String> s = new CowTreeSet<>(cmp);
        for (String e : elements) {
            s.add(e);
        }
        return s;
    }

    private static CowTreeSet<String> larger(Comparator<String> cmp, String[] elements) {
        CowTreeSet<String> s = byAdd(cmp, elements);
        for (int i = 0; i < EXTRAS; i++) {
            s.add("\u0001below" + i);
            s.add("\uffffabove" + i);
        }
        return s;
    }

    private static TreeSet<String> model(Comparator<String> cmp, String[] elements) {
        TreeSet<String> s = new TreeSet<>(cmp);
        s.addAll(Arrays.asList(elements));
        return s;
    }

    // ------------------------------------------------------------------ suites

    private static Stream<DynamicNode> suite(
            String name,
            Comparator<String> cmp,
            List<Feature<?>> features,
            boolean derived,
            Generator generator) {
        generator.cmp = cmp;
        NavigableSetTestSuiteBuilder<String> builder =
                NavigableSetTestSuiteBuilder.using(generator);
        builder.named(name).withFeatures(GuavaSuites.features(features, derived));
        builder.withSetUp(generator.kept::forget).withTearDown(generator.kept::verify);
        // Nothing is suppressed: Guava suppresses no tester for TreeSet.
        Test suite = builder.createTestSuite();
        return GuavaSuites.dynamicNodes(suite, derived ? 5_000 : 500);
    }

    private static Generator fresh(
            BiFunction<Comparator<String>, String[], CowTreeSet<String>> factory) {
        return new Generator() {
            @Override
            protected SortedSet<String> create(String[] elements) {
                CowTreeSet<String> set = factory.apply(cmp, elements);
                set.checkInvariants();
                return set;
            }
        };
    }

    /** A generator in a given order, with a check after each test of what it kept. */
    private abstract static class Generator extends TestStringSortedSetGenerator {

        Comparator<String> cmp;

        /** What the generator keeps beside the sets it hands out: set-up and tear-down. */
        final KeptChecks kept = new KeptChecks();

        @Override
        public List<String> order(List<String> insertionOrder) {
            List<String> sorted = new ArrayList<>(insertionOrder);
            sorted.sort(cmp);
            return sorted;
        }
    }

    /** Forks a set and hands one side (or its range of the samples) to the test. */
    private static final class Forked extends Generator {

        private final ForkedSides<CowTreeSet<String>> sides;

        private final boolean larger;

        Forked(Side side, UnaryOperator<CowTreeSet<String>> forker, boolean larger) {
            this.sides = new ForkedSides<>(side, forker, CowTreeSet::isShared, kept);
            this.larger = larger;
        }

        @Override
        protected SortedSet<String> create(String[] elements) {
            CowTreeSet<String> original = larger ? larger(cmp, elements) : byAdd(cmp, elements);
            CowTreeSet<String> tested =
                    sides.split(
                            original,
                            (kept, written) -> {
                                assertSame(kept.root(), written.root(), "a fork shares the root");
                                List<String> elementsBefore = new ArrayList<>(kept);
                                TreeSharing.Contents nodes = new TreeSharing.Contents(kept.root());
                                return () -> {
                                    kept.checkInvariants();
                                    written.checkInvariants();
                                    nodes.assertUnchanged();
                                    assertEquals(
                                            elementsBefore,
                                            new ArrayList<>(kept),
                                            "the kept side changed");
                                    TreeSharing.assertNoSharedWritable(
                                            List.of(kept.root(), written.root()), List.of());
                                };
                            });
            return larger ? tested.subSet("\u0001~", false, "\uffff", false) : tested;
        }
    }

    /** Hands the test a set over a persistent version, which it keeps and checks. */
    private static final class KeptVersion extends Generator {

        @Override
        protected SortedSet<String> create(String[] elements) {
            PersistentTreeSet<String> version = PersistentTreeSet.copyOf(model(cmp, elements));
            CowTreeSet<String> set = new CowTreeSet<>(version);
            assertSame(version.root(), set.root(), "the constructor shares the root");
            List<String> elementsBefore = new ArrayList<>(version);
            TreeSharing.Contents nodes = new TreeSharing.Contents(version.root());
            kept.add(
                    () -> {
                        version.checkInvariants();
                        set.checkInvariants();
                        nodes.assertUnchanged();
                        assertEquals(elementsBefore, new ArrayList<>(version));
                        TreeSharing.assertNoSharedWritable(
                                List.of(set.root()), List.of(version.root()));
                    });
            return set;
        }
    }
}
