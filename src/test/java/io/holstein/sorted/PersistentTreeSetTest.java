package io.holstein.sorted;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NavigableSet;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.Set;
import java.util.SortedSet;
import java.util.Spliterator;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Unit tests of {@link PersistentTreeSet} at the sizes where the tree changes shape, and of its set
 * algebra against {@link TreeSet}: operands of every relative position (disjoint either way,
 * overlapping, nested, interleaved element by element and in runs), of every height.
 */
class PersistentTreeSetTest {

    private static final int F = TreeNode.FANOUT;

    private static final int[] SIZES = {0, 1, F - 1, F, F + 1, F * F + 1};

    static TreeSet<Integer> model(int n) {
        TreeSet<Integer> s = new TreeSet<>();
        for (int i = 0; i < n; i++) {
            s.add(2 * i);
        }
        return s;
    }

    static PersistentTreeSet<Integer> byWith(Collection<Integer> elements, long seed) {
        List<Integer> order = new ArrayList<>(elements);
        Collections.shuffle(order, new Random(seed));
        PersistentTreeSet<Integer> s = PersistentTreeSet.empty();
        for (Integer e : order) {
            s = s.with(e);
            s.checkInvariants();
        }
        return s;
    }

    static <E> void assertContents(SortedSet<E> expected, PersistentTreeSet<E> actual) {
        actual.checkInvariants();
        assertEquals(expected.size(), actual.size());
        assertEquals(new ArrayList<>(expected), new ArrayList<>(actual));
    }

    // ------------------------------------------------------------------ reads and versions

    @Test
    void withWithout_atBoundarySizes_matchTreeSetAndKeepVersions() {
        for (int n : SIZES) {
            TreeSet<Integer> model = model(n);
            PersistentTreeSet<Integer> s = byWith(model, n);
            assertContents(model, s);
            List<PersistentTreeSet<Integer>> versions = new ArrayList<>();
            List<TreeSet<Integer>> expected = new ArrayList<>();
            List<Integer> order = new ArrayList<>(model);
            Collections.shuffle(order, new Random(n));
            for (Integer e : order) {
                s = s.without(e).with(e + 1);
                model.remove(e);
                model.add(e + 1);
                s.checkInvariants();
                versions.add(s);
                expected.add(new TreeSet<>(model));
            }
            for (int i = 0; i < versions.size(); i++) {
                assertContents(expected.get(i), versions.get(i));
            }
        }
    }

    @Test
    void navigationAndRank_everyElementAndGap_matchTreeSetBothWays() {
        for (int n : SIZES) {
            TreeSet<Integer> model = model(n);
            PersistentTreeSet<Integer> s = byWith(model, n);
            for (NavigableSet<Integer> m : List.of(model, model.descendingSet())) {
                PersistentTreeSet<Integer> set = m == model ? s : s.descendingSet();
                assertEquals(m.comparator(), set.comparator());
                if (m.isEmpty()) {
                    assertThrows(NoSuchElementException.class, set::first);
                    assertThrows(NoSuchElementException.class, set::last);
                } else {
                    assertEquals(m.first(), set.first());
                    assertEquals(m.last(), set.last());
                }
                List<Integer> elements = new ArrayList<>(m);
                for (int i = 0; i < elements.size(); i++) {
                    assertEquals(elements.get(i), set.elementAt(i));
                }
                for (int p = -2; p <= 2 * n + 1; p++) {
                    assertEquals(m.lower(p), set.lower(p));
                    assertEquals(m.floor(p), set.floor(p));
                    assertEquals(m.ceiling(p), set.ceiling(p));
                    assertEquals(m.higher(p), set.higher(p));
                    assertEquals(m.contains(p), set.contains(p));
                    int before = m.headSet(p, false).size();
                    assertEquals(m.contains(p) ? before : -before - 1, set.indexOf(p));
                }
                List<Integer> down = new ArrayList<>();
                set.descendingIterator().forEachRemaining(down::add);
                assertEquals(new ArrayList<>(m.descendingSet()), down);
            }
            assertThrows(IndexOutOfBoundsException.class, () -> s.elementAt(n));
        }
    }

    @Test
    void ranges_everyBoundAndGap_matchTreeSetBothWays() {
        for (int n : SIZES) {
            TreeSet<Integer> model = model(n);
            PersistentTreeSet<Integer> s = byWith(model, n);
            int step = n > 2 * F ? 7 : 1;
            for (int p = -1; p <= 2 * n; p += step) {
                for (boolean inclusive : new boolean[] {true, false}) {
                    assertContents(model.headSet(p, inclusive), s.headSet(p, inclusive));
                    assertContents(model.tailSet(p, inclusive), s.tailSet(p, inclusive));
                    assertContents(
                            model.descendingSet().headSet(p, inclusive),
                            s.descendingSet().headSet(p, inclusive));
                }
                assertContents(model.headSet(p), s.headSet(p));
                assertContents(model.tailSet(p), s.tailSet(p));
                for (int q = p; q <= 2 * n; q += 3 * step + 2) {
                    assertContents(model.subSet(p, q), s.subSet(p, q));
                    assertContents(model.subSet(p, false, q, true), s.subSet(p, false, q, true));
                }
            }
            assertThrows(IllegalArgumentException.class, () -> s.subSet(5, 3));
        }
    }

    @Test
    void unchangedWrites_returnThis() {
        PersistentTreeSet<Integer> s = byWith(model(F + 1), 3);
        assertSame(s, s.with(4));
        assertSame(s, s.without(5));
        assertSame(s, s.headSet(1000));
        assertSame(s, s.union(List.of(2, 4)));
        assertSame(s, s.union(s.headSet(10)));
        assertSame(s, s.union(PersistentTreeSet.empty()));
        assertSame(s, s.intersection(s));
        assertSame(s, s.intersection(new HashSet<>(model(F + 1))));
        assertSame(s, s.intersection(byWith(model(F + 5), 4)));
        assertSame(s, s.difference(List.of(1, 3)));
        assertSame(s, s.difference(byWith(List.of(1, 3, 1001), 5)));
        assertSame(s, s.difference(PersistentTreeSet.empty()));
    }

    // ------------------------------------------------------------------ set algebra

    /** Operand pairs of every relative position and height. */
    private static List<TreeSet<Integer>[]> operandPairs() {
        List<TreeSet<Integer>[]> pairs = new ArrayList<>();
        int[] sizes = {0, 1, F / 2, F + 1, F * F + 1, 3 * F * F};
        Random random = new Random(31);
        for (int a : sizes) {
            for (int b : sizes) {
                // disjoint, b above a
                pairs.add(pair(range(0, a, 1), range(2 * a + 10, b, 1)));
                // disjoint, b below a
                pairs.add(pair(range(10 * b + 10, a, 1), range(0, b, 1)));
                // interleaved element by element
                pairs.add(pair(range(0, a, 2), range(1, b, 2)));
                // overlapping halves
                pairs.add(pair(range(0, a, 1), range(a / 2, b, 1)));
                // interleaved in runs of F * F
                pairs.add(pair(runs(0, a, F * F), runs(F * F, b, F * F)));
                // random
                pairs.add(
                        pair(
                                randomSet(random, a, 2 * (a + b) + 1),
                                randomSet(random, b, 2 * (a + b) + 1)));
            }
        }
        return pairs;
    }

    @SuppressWarnings("unchecked")
    private static TreeSet<Integer>[] pair(TreeSet<Integer> a, TreeSet<Integer> b) {
        return new TreeSet[] {a, b};
    }

    private static TreeSet<Integer> range(int from, int count, int stride) {
        TreeSet<Integer> s = new TreeSet<>();
        for (int i = 0; i < count; i++) {
            s.add(from + i * stride);
        }
        return s;
    }

    /** {@code count} elements in runs of {@code run}, leaving a gap of {@code run} between runs. */
    private static TreeSet<Integer> runs(int from, int count, int run) {
        TreeSet<Integer> s = new TreeSet<>();
        for (int i = 0; i < count; i++) {
            s.add(from + (i / run) * 2 * run + i % run);
        }
        return s;
    }

    private static TreeSet<Integer> randomSet(Random random, int count, int bound) {
        TreeSet<Integer> s = new TreeSet<>();
        while (s.size() < count) {
            s.add(random.nextInt(bound));
        }
        return s;
    }

    @Test
    void setAlgebra_everyRelativePositionAndHeight_matchesTreeSet() {
        for (TreeSet<Integer>[] pair : operandPairs()) {
            TreeSet<Integer> a = pair[0];
            TreeSet<Integer> b = pair[1];
            PersistentTreeSet<Integer> pa = PersistentTreeSet.copyOf(a);
            PersistentTreeSet<Integer> pb = PersistentTreeSet.empty();
            for (Integer e : b.descendingSet()) {
                pb = pb.with(e);
            }
            TreeSet<Integer> union = new TreeSet<>(a);
            union.addAll(b);
            TreeSet<Integer> intersection = new TreeSet<>(a);
            intersection.retainAll(b);
            TreeSet<Integer> difference = new TreeSet<>(a);
            difference.removeAll(b);
            assertContents(union, pa.union(pb));
            assertContents(intersection, pa.intersection(pb));
            assertContents(difference, pa.difference(pb));
            // The same through the general paths: a collection that is not a tree set.
            assertContents(union, pa.union(new ArrayList<>(b)));
            assertContents(intersection, pa.intersection(new HashSet<>(b)));
            assertContents(difference, pa.difference(new HashSet<>(b)));
            // Descending operands read the same tree.
            assertContents(union.descendingSet(), pa.descendingSet().union(pb));
            assertContents(a, pa);
            assertContents(b, pb);
        }
    }

    @Test
    void setAlgebra_operandsSharingSubtrees_reuseThem() {
        PersistentTreeSet<Integer> base = PersistentTreeSet.copyOf(model(4 * F * F));
        PersistentTreeSet<Integer> changed = base.with(1).without(100);
        TreeSet<Integer> expected = model(4 * F * F);
        expected.add(1);
        assertContents(expected, base.union(changed));
        expected.remove(1);
        expected.remove(100);
        assertContents(expected, base.intersection(changed));
        assertContents(new TreeSet<>(List.of(100)), base.difference(changed));
    }

    @Test
    void setAlgebra_disjointLargeOperands_compareOnlyAtTheSeam() {
        AtomicInteger comparisons = new AtomicInteger();
        Comparator<Integer> counting =
                (x, y) -> {
                    comparisons.incrementAndGet();
                    return Integer.compare(x, y);
                };
        PersistentTreeSet<Integer> low =
                PersistentTreeSet.copyOf(counting, IntStream.range(0, 8 * F * F).boxed().toList());
        PersistentTreeSet<Integer> high =
                PersistentTreeSet.copyOf(
                        counting, IntStream.range(8 * F * F, 16 * F * F).boxed().toList());
        comparisons.set(0);
        PersistentTreeSet<Integer> union = high.union(low);
        assertTrue(
                comparisons.get() < 4 * F, comparisons.get() + " comparisons for a disjoint union");
        union.checkInvariants();
        assertEquals(16 * F * F, union.size());
    }

    @Test
    void setAlgebra_operandsInterleavedInLongRuns_costFarLessThanTheirSize() {
        AtomicInteger comparisons = new AtomicInteger();
        Comparator<Integer> counting =
                (x, y) -> {
                    comparisons.incrementAndGet();
                    return Integer.compare(x, y);
                };
        int n = 16 * F * F;
        int run = 2 * F * F;
        PersistentTreeSet<Integer> even = PersistentTreeSet.copyOf(counting, runs(0, n, run));
        PersistentTreeSet<Integer> odd = PersistentTreeSet.copyOf(counting, runs(run, n, run));
        for (String operation : List.of("union", "intersection", "difference")) {
            comparisons.set(0);
            PersistentTreeSet<Integer> r =
                    operation.equals("union")
                            ? even.union(odd)
                            : operation.equals("intersection")
                                    ? even.intersection(odd)
                                    : even.difference(odd);
            assertTrue(
                    comparisons.get() < n / 8,
                    comparisons.get() + " comparisons for the " + operation + " of runs");
            r.checkInvariants();
        }
    }

    @Test
    void setAlgebra_equalElementsByTheComparator_keepThisSetsElements() {
        PersistentTreeSet<String> mine =
                PersistentTreeSet.copyOf(String.CASE_INSENSITIVE_ORDER, List.of("a", "B", "c"));
        PersistentTreeSet<String> theirs =
                PersistentTreeSet.copyOf(String.CASE_INSENSITIVE_ORDER, List.of("A", "b", "D"));
        TreeSet<String> union = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        union.addAll(mine);
        union.addAll(theirs);
        assertEquals(new ArrayList<>(union), new ArrayList<>(mine.union(theirs)));
        assertEquals(List.of("a", "B"), new ArrayList<>(mine.intersection(theirs)));
        assertEquals(List.of("c"), new ArrayList<>(mine.difference(theirs)));
        assertSame(mine, mine.with("C"));
        assertTrue(mine.contains("C"));
        TreeSet<String> general = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        general.addAll(theirs);
        assertEquals(List.of("a", "B"), new ArrayList<>(mine.intersection(general)));
    }

    // ------------------------------------------------------------------ nulls, factories, builders

    @Test
    void nullPolicy_naturalOrderRejects_comparatorDecides() {
        PersistentTreeSet<Integer> natural = PersistentTreeSet.of(1, 2);
        assertThrows(NullPointerException.class, () -> natural.with(null));
        assertThrows(NullPointerException.class, () -> natural.contains(null));
        assertThrows(NullPointerException.class, () -> PersistentTreeSet.empty().contains(null));
        assertThrows(NullPointerException.class, () -> PersistentTreeSet.of(1, null));
        assertThrows(ClassCastException.class, () -> PersistentTreeSet.of(new Object()));
        // Navigation in an empty set compares nothing, as in TreeSet.
        assertNull(new TreeSet<Object>().floor(new Object()));
        assertNull(PersistentTreeSet.empty().floor(new Object()));
        assertNull(PersistentTreeSet.empty().descendingSet().higher(new Object()));
        assertThrows(NullPointerException.class, () -> natural.floor(null));
        Comparator<Integer> nullsFirst = Comparator.nullsFirst(Comparator.naturalOrder());
        PersistentTreeSet<Integer> withNull =
                PersistentTreeSet.<Integer>empty(nullsFirst).with(3).with(null).with(1);
        TreeSet<Integer> model = new TreeSet<>(nullsFirst);
        model.addAll(java.util.Arrays.asList(3, null, 1));
        assertContents(model, withNull);
        assertNull(withNull.first());
        assertTrue(withNull.contains(null));
        assertEquals(1, withNull.higher(null));
        assertContents(model.tailSet(null, false), withNull.tailSet(null, false));
    }

    @Test
    void factories_rejectDuplicates_andCopyOfKeepsASortedSetsComparator() {
        assertThrows(IllegalArgumentException.class, () -> PersistentTreeSet.of(1, 2, 1));
        assertEquals(List.of(1, 2, 3), new ArrayList<>(PersistentTreeSet.of(3, 1, 2)));
        TreeSet<Integer> reversed = new TreeSet<>(Comparator.reverseOrder());
        reversed.addAll(List.of(1, 2, 3));
        PersistentTreeSet<Integer> copy = PersistentTreeSet.copyOf(reversed);
        assertEquals(List.of(3, 2, 1), new ArrayList<>(copy));
        assertSame(copy, PersistentTreeSet.copyOf(copy));
        assertSame(copy, PersistentTreeSet.copyOf(Comparator.reverseOrder(), copy));
        assertEquals(List.of(1, 2, 3), new ArrayList<>(PersistentTreeSet.copyOf(null, copy)));
        assertEquals(
                List.of(1, 2, 3), new ArrayList<>(PersistentTreeSet.copyOf(List.of(3, 2, 1, 2))));
        PersistentTreeSet<Integer> collected =
                IntStream.range(0, 10_000)
                        .parallel()
                        .map(i -> i % 777)
                        .boxed()
                        .collect(PersistentTreeSet.collector());
        collected.checkInvariants();
        assertEquals(777, collected.size());
        assertEquals(
                776,
                IntStream.range(0, 777)
                        .boxed()
                        .collect(PersistentTreeSet.collector(Comparator.reverseOrder()))
                        .first());
    }

    @Test
    void builder_usedAfterBuild_andAscendingInput() {
        PersistentTreeSet.Builder<Integer> b = PersistentTreeSet.builder();
        int n = 3 * TreeWriter.RUN_LIMIT + 5;
        for (int i = 0; i < n; i++) {
            b.add(i);
        }
        assertTrue(b.contains(n - 1));
        PersistentTreeSet<Integer> built = b.build();
        built.checkInvariants();
        assertTrue(
                PersistentTreeMapTest.leaves(built.root())
                        <= (n + F - 1) / F + n / TreeWriter.RUN_LIMIT + 1);
        b.remove(0).add(-1).add(n + 10);
        assertFalse(b.contains(0));
        assertEquals(n + 1, b.size());
        assertContents(new TreeSet<>(IntStream.range(0, n).boxed().toList()), built);
        PersistentTreeSet<Integer> again = b.build();
        again.checkInvariants();
        assertTrue(again.contains(-1));
        PersistentTreeSet.Builder<Integer> fromSet = again.toBuilder().addAll(List.of(5, 6, -5));
        assertEquals(n + 2, fromSet.build().size());
        assertEquals(n + 1, again.size());
    }

    // ------------------------------------------------------------------ equality, views

    @Test
    void equalsAndHashCode_followSet() {
        TreeSet<Integer> model = model(F * F + 1);
        PersistentTreeSet<Integer> s = PersistentTreeSet.copyOf(model);
        assertEquals(model, s);
        assertEquals(s, model);
        assertEquals(new HashSet<>(model), s);
        assertEquals(model.hashCode(), s.hashCode());
        assertEquals(model.hashCode(), s.hashCode(), "cached");
        assertEquals(s, s.descendingSet());
        assertEquals(s, byWith(model, 1));
        assertNotEquals(s, s.with(1));
        assertNotEquals(s, s.with(1).without(0));
        assertEquals(Set.of(), PersistentTreeSet.empty());
        assertEquals(0, PersistentTreeSet.empty().hashCode());
    }

    @Test
    void spliterator_sortedDistinctAndComparator() {
        PersistentTreeSet<Integer> s = PersistentTreeSet.copyOf(model(F * F + 1));
        Spliterator<Integer> sp = s.spliterator();
        assertTrue(
                sp.hasCharacteristics(
                        Spliterator.SORTED
                                | Spliterator.DISTINCT
                                | Spliterator.ORDERED
                                | Spliterator.SIZED
                                | Spliterator.SUBSIZED
                                | Spliterator.IMMUTABLE));
        assertNull(sp.getComparator());
        assertEquals(Comparator.reverseOrder(), s.descendingSet().spliterator().getComparator());
        assertEquals(
                s.stream().mapToLong(Integer::longValue).sum(),
                s.parallelStream().mapToLong(Integer::longValue).sum());
        Iterator<Integer> it = s.iterator();
        it.next();
        assertThrows(UnsupportedOperationException.class, it::remove);
    }

    @Test
    void hashCode_ofZero_isComputedOnce() throws Exception {
        PersistentTreeSet<Integer> zero = PersistentTreeSet.of(-7, 7);
        java.lang.reflect.Field marked = PersistentTreeSet.class.getDeclaredField("hashIsZero");
        marked.setAccessible(true);
        assertFalse(marked.getBoolean(zero));
        assertEquals(0, zero.hashCode());
        assertTrue(marked.getBoolean(zero), "a zero hash is remembered, not recomputed");
        assertEquals(0, zero.hashCode());
        assertEquals(0, PersistentTreeSet.<Integer>empty().hashCode());
    }
}
