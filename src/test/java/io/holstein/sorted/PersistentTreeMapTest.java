package io.holstein.sorted;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.holstein.PersistentSortedMap;
import io.holstein.internal.RefCounted;
import java.io.Serializable;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.SortedMap;
import java.util.Spliterator;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Unit tests of {@link PersistentTreeMap}, at the sizes where the tree changes shape: empty, one
 * entry, a leaf short of full, a full leaf, one more (two leaves under a branch) and {@code F * F +
 * 1} (three levels). Keys are the even numbers, so that every odd number probes a gap. Invariants
 * are checked after every step.
 */
class PersistentTreeMapTest {

    private static final int F = TreeNode.FANOUT;

    private static final int[] SIZES = {0, 1, F - 1, F, F + 1, F * F + 1};

    // ------------------------------------------------------------------ helpers

    /** Keys 0, 2, 4, ..., 2(n - 1), each mapped to "v" + key. */
    static TreeMap<Integer, String> model(int n) {
        TreeMap<Integer, String> m = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            m.put(2 * i, "v" + 2 * i);
        }
        return m;
    }

    static List<Integer> shuffled(Iterable<Integer> keys, long seed) {
        List<Integer> list = new ArrayList<>();
        keys.forEach(list::add);
        Collections.shuffle(list, new Random(seed));
        return list;
    }

    /** Built by {@code with} in random order, invariants checked at every step. */
    static PersistentTreeMap<Integer, String> byWith(Map<Integer, String> model, long seed) {
        PersistentTreeMap<Integer, String> m = PersistentTreeMap.empty();
        for (Integer k : shuffled(model.keySet(), seed)) {
            m = m.with(k, model.get(k));
            m.checkInvariants();
        }
        return m;
    }

    /** Checks invariants, then contents and order against {@code expected}. */
    static <K, V> void assertContents(SortedMap<K, V> expected, PersistentTreeMap<K, V> actual) {
        actual.checkInvariants();
        assertEquals(expected.size(), actual.size());
        assertEquals(new ArrayList<>(expected.entrySet()), new ArrayList<>(actual.entrySet()));
    }

    /** The number of leaves of a map's tree. */
    static int leaves(TreeNode node) {
        if (node instanceof TreeBranch b) {
            int count = 0;
            for (int i = 0; i < b.n; i++) {
                count += leaves(b.children[i]);
            }
            return count;
        }
        return 1;
    }

    // ------------------------------------------------------------------ with, without

    @Test
    void with_ascendingDescendingAndShuffled_atBoundarySizes_matchesTreeMap() {
        for (int n : SIZES) {
            TreeMap<Integer, String> model = model(n);
            List<List<Integer>> orders =
                    List.of(
                            new ArrayList<>(model.keySet()),
                            new ArrayList<>(model.descendingKeySet()),
                            shuffled(model.keySet(), n));
            for (List<Integer> order : orders) {
                PersistentTreeMap<Integer, String> m = PersistentTreeMap.empty();
                for (Integer k : order) {
                    m = m.with(k, model.get(k));
                    m.checkInvariants();
                }
                assertContents(model, m);
                for (int probe = -1; probe <= 2 * n; probe++) {
                    assertEquals(model.get(probe), m.get(probe));
                    assertEquals(model.containsKey(probe), m.containsKey(probe));
                    assertEquals(model.getOrDefault(probe, "d"), m.getOrDefault(probe, "d"));
                }
            }
        }
    }

    @Test
    void with_presentKey_replacesValueAndKeepsEveryVersion() {
        TreeMap<Integer, String> model = model(F * F + 1);
        PersistentTreeMap<Integer, String> m = byWith(model, 1);
        List<PersistentTreeMap<Integer, String>> versions = new ArrayList<>();
        List<TreeMap<Integer, String>> expected = new ArrayList<>();
        for (Integer k : shuffled(model.keySet(), 2)) {
            m = m.with(k, "w" + k);
            model.put(k, "w" + k);
            m.checkInvariants();
            versions.add(m);
            expected.add(new TreeMap<>(model));
        }
        for (int i = 0; i < versions.size(); i++) {
            assertContents(expected.get(i), versions.get(i));
        }
    }

    @Test
    void without_everyKeyInRandomOrder_rebalancesAndKeepsEveryVersion() {
        for (int n : SIZES) {
            TreeMap<Integer, String> model = model(n);
            PersistentTreeMap<Integer, String> m = byWith(model, n);
            List<PersistentTreeMap<Integer, String>> versions = new ArrayList<>();
            List<TreeMap<Integer, String>> expected = new ArrayList<>();
            for (Integer k : shuffled(model.keySet(), n + 1)) {
                m = m.without(k);
                model.remove(k);
                m.checkInvariants();
                versions.add(m);
                expected.add(new TreeMap<>(model));
            }
            assertSame(PersistentTreeMap.empty(), m);
            for (int i = 0; i < versions.size(); i++) {
                assertContents(expected.get(i), versions.get(i));
            }
        }
    }

    @Test
    void without_fromEitherEnd_ofALargeTree_keepsNodesHalfFull() {
        TreeMap<Integer, String> model = model(4 * F * F);
        PersistentTreeMap<Integer, String> m = PersistentTreeMap.copyOf(model);
        PersistentTreeMap<Integer, String> fromTop = m;
        TreeMap<Integer, String> topModel = new TreeMap<>(model);
        while (!m.isEmpty()) {
            m = m.without(m.firstKey());
            model.pollFirstEntry();
            fromTop = fromTop.without(fromTop.lastKey());
            topModel.pollLastEntry();
            m.checkInvariants();
            fromTop.checkInvariants();
        }
        assertContents(topModel, fromTop);
    }

    @Test
    void unchangedWrites_returnThis() {
        PersistentTreeMap<Integer, String> m = byWith(model(F + 1), 3);
        String v = m.get(4);
        assertSame(m, m.with(4, v));
        assertSame(m, m.without(5));
        assertSame(m, m.without(-1));
        assertSame(m, m.headMap(2 * F + 1));
        assertSame(m, m.headMap(2 * F, true));
        assertSame(m, m.tailMap(0));
        assertSame(m, m.tailMap(-5, false));
        assertSame(m, m.subMap(-1, 1000));
        assertSame(m, m.withAll(Map.of(4, v, 6, m.get(6))));
        assertSame(m, m.withAll(Map.of()));
        assertSame(m, m.withoutAll(List.of(1, 3, 5)));
        assertSame(m, m.withComputed(4, (k, old) -> old));
        assertSame(m, m.withComputed(5, (k, old) -> null));
        assertSame(m, m.concat(PersistentTreeMap.empty()));
        PersistentTreeMap<Integer, String> d = m.descendingMap();
        assertSame(d, d.with(4, v));
        assertSame(d, d.headMap(-1));
    }

    // ------------------------------------------------------------------ navigation and rank

    @Test
    void navigation_everyKeyAndGap_matchesTreeMapBothWays() {
        for (int n : SIZES) {
            TreeMap<Integer, String> model = model(n);
            PersistentTreeMap<Integer, String> m = byWith(model, n);
            checkNavigation(model, m);
            checkNavigation(model.descendingMap(), m.descendingMap());
        }
    }

    private static void checkNavigation(
            NavigableMap<Integer, String> model, PersistentTreeMap<Integer, String> m) {
        assertEquals(model.comparator(), m.comparator());
        assertEquals(model.firstEntry(), m.firstEntry());
        assertEquals(model.lastEntry(), m.lastEntry());
        if (model.isEmpty()) {
            assertThrows(NoSuchElementException.class, m::firstKey);
            assertThrows(NoSuchElementException.class, m::lastKey);
        } else {
            assertEquals(model.firstKey(), m.firstKey());
            assertEquals(model.lastKey(), m.lastKey());
        }
        int n = model.size();
        for (int probe = -2; probe <= 2 * n + 1; probe++) {
            assertEquals(model.lowerEntry(probe), m.lowerEntry(probe), "lower " + probe);
            assertEquals(model.floorEntry(probe), m.floorEntry(probe), "floor " + probe);
            assertEquals(model.ceilingEntry(probe), m.ceilingEntry(probe), "ceiling " + probe);
            assertEquals(model.higherEntry(probe), m.higherEntry(probe), "higher " + probe);
            assertEquals(model.lowerKey(probe), m.lowerKey(probe));
            assertEquals(model.floorKey(probe), m.floorKey(probe));
            assertEquals(model.ceilingKey(probe), m.ceilingKey(probe));
            assertEquals(model.higherKey(probe), m.higherKey(probe));
        }
    }

    @Test
    void rank_everyPositionAndGap_matchesTreeMapBothWays() {
        for (int n : SIZES) {
            TreeMap<Integer, String> model = model(n);
            PersistentTreeMap<Integer, String> m = byWith(model, n);
            checkRanks(model, m);
            checkRanks(model.descendingMap(), m.descendingMap());
        }
    }

    private static void checkRanks(
            NavigableMap<Integer, String> model, PersistentTreeMap<Integer, String> m) {
        List<Map.Entry<Integer, String>> entries = new ArrayList<>(model.entrySet());
        for (int i = 0; i < entries.size(); i++) {
            assertEquals(entries.get(i), m.entryAt(i));
            assertEquals(entries.get(i).getKey(), m.keyAt(i));
        }
        for (int probe = -2; probe <= 2 * entries.size() + 1; probe++) {
            int before = model.headMap(probe, false).size();
            int expected = model.containsKey(probe) ? before : -before - 1;
            assertEquals(expected, m.indexOfKey(probe), "rank of " + probe);
        }
        assertThrows(IndexOutOfBoundsException.class, () -> m.entryAt(-1));
        assertThrows(IndexOutOfBoundsException.class, () -> m.keyAt(m.size()));
    }

    // ------------------------------------------------------------------ split and join

    @Test
    void ranges_everyBoundAndGap_matchTreeMapBothWays() {
        for (int n : SIZES) {
            TreeMap<Integer, String> model = model(n);
            PersistentTreeMap<Integer, String> m = byWith(model, n);
            int step = n > 2 * F ? 7 : 1;
            for (int p = -1; p <= 2 * n; p += step) {
                for (boolean inclusive : new boolean[] {true, false}) {
                    assertContents(model.headMap(p, inclusive), m.headMap(p, inclusive));
                    assertContents(model.tailMap(p, inclusive), m.tailMap(p, inclusive));
                    NavigableMap<Integer, String> down = model.descendingMap();
                    PersistentTreeMap<Integer, String> mDown = m.descendingMap();
                    assertContents(down.headMap(p, inclusive), mDown.headMap(p, inclusive));
                    assertContents(down.tailMap(p, inclusive), mDown.tailMap(p, inclusive));
                }
                assertContents(model.headMap(p), m.headMap(p));
                assertContents(model.tailMap(p), m.tailMap(p));
                for (int q = p; q <= 2 * n; q += 3 * step + 2) {
                    assertContents(model.subMap(p, q), m.subMap(p, q));
                    assertContents(model.subMap(p, false, q, true), m.subMap(p, false, q, true));
                    assertContents(
                            model.descendingMap().subMap(q, true, p, false),
                            m.descendingMap().subMap(q, true, p, false));
                }
            }
        }
    }

    @Test
    void ranges_boundsOutOfOrder_throwIllegalArgumentException() {
        PersistentTreeMap<Integer, String> m = byWith(model(5), 1);
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> m.subMap(4, 2));
        assertTrue(e.getMessage().contains("4"));
        assertThrows(IllegalArgumentException.class, () -> m.descendingMap().subMap(2, 4));
        assertThrows(IllegalArgumentException.class, () -> new TreeMap<>(model(5)).subMap(4, 2));
        assertEquals(m.subMap(2, 2), PersistentTreeMap.empty());
    }

    @Test
    void ranges_keepNoBounds_andOnlyEntriesInRange() {
        PersistentTreeMap<Integer, String> m = byWith(model(3 * F), 4);
        PersistentTreeMap<Integer, String> head = m.headMap(10);
        PersistentTreeMap<Integer, String> grown = head.with(1000, "far");
        assertEquals(1000, grown.lastKey());
        assertEquals(6, grown.size());
        assertTrue(leaves(head.root()) <= 1, "a range keeps only the leaves it needs");
    }

    @Test
    void concat_everySplitPoint_restoresTheMapBothWays() {
        for (int n : SIZES) {
            TreeMap<Integer, String> model = model(n);
            PersistentTreeMap<Integer, String> m = byWith(model, n);
            int step = n > 2 * F ? 5 : 1;
            for (int p = -1; p <= 2 * n + 1; p += step) {
                PersistentTreeMap<Integer, String> joined = m.headMap(p).concat(m.tailMap(p));
                assertContents(model, joined);
                PersistentTreeMap<Integer, String> down = m.descendingMap();
                assertContents(model.descendingMap(), down.headMap(p).concat(down.tailMap(p)));
            }
        }
    }

    @Test
    void concat_treesOfDifferentHeights_joinsAtEitherSpine() {
        int[][] pairs = {
            {1, F * F + 1},
            {F * F + 1, 1},
            {F / 2, 3 * F * F},
            {3 * F * F, F - 1},
            {F + 1, F + 1},
            {F * F, F * F},
            {2, F * F * 2 + 3}
        };
        for (int[] pair : pairs) {
            TreeMap<Integer, String> low = model(pair[0]);
            TreeMap<Integer, String> high = new TreeMap<>();
            for (int i = 0; i < pair[1]; i++) {
                high.put(2 * pair[0] + 2 * i, "h" + i);
            }
            PersistentTreeMap<Integer, String> joined =
                    byWith(low, 1).concat(PersistentTreeMap.copyOf(high));
            TreeMap<Integer, String> all = new TreeMap<>(low);
            all.putAll(high);
            assertContents(all, joined);
        }
    }

    @Test
    void concat_argumentNotAbove_orOtherComparator_throwsIllegalArgumentException() {
        PersistentTreeMap<Integer, String> m = byWith(model(10), 1);
        PersistentTreeMap<Integer, String> overlapping = PersistentTreeMap.of(18, "x", 30, "y");
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> m.concat(overlapping));
        assertTrue(e.getMessage().contains("18"));
        assertThrows(IllegalArgumentException.class, () -> m.concat(PersistentTreeMap.of(5, "x")));
        PersistentTreeMap<Integer, String> reversed =
                PersistentTreeMap.<Integer, String>empty(Comparator.reverseOrder()).with(100, "x");
        assertThrows(IllegalArgumentException.class, () -> m.concat(reversed));
        assertThrows(NullPointerException.class, () -> m.concat(null));
        assertContents(model(10), byWith(model(10), 2));
        PersistentTreeMap<Integer, String> empty = PersistentTreeMap.empty();
        assertSame(m, m.concat(empty));
        assertContents(model(10), empty.concat(m));
    }

    @Test
    void concat_sameComparatorOtherDirection_loadsTheArgument() {
        // An ascending tree in reverse order, and a descending map of a natural-order tree:
        // both read in reverse natural order, so they concatenate, the second one loaded.
        PersistentTreeMap<Integer, String> down =
                PersistentTreeMap.<Integer, String>empty(Collections.reverseOrder());
        for (int i = 0; i < 3 * F; i++) {
            down = down.with(1000 - i, "d");
        }
        PersistentTreeMap<Integer, String> lower = byWith(model(2 * F), 5).descendingMap();
        PersistentTreeMap<Integer, String> joined = down.concat(lower);
        joined.checkInvariants();
        assertEquals(5 * F, joined.size());
        assertEquals(1000, joined.firstKey());
        assertEquals(0, joined.lastKey());
        TreeMap<Integer, String> expected = new TreeMap<>(Collections.reverseOrder());
        expected.putAll(down);
        expected.putAll(lower);
        assertContents(expected, joined);
    }

    // ------------------------------------------------------------------ nulls and comparators

    @Test
    void naturalOrder_nullKey_throwsNullPointerExceptionAsTreeMap() {
        PersistentTreeMap<Integer, String> empty = PersistentTreeMap.empty();
        PersistentTreeMap<Integer, String> m = byWith(model(F + 1), 1);
        TreeMap<Integer, String> treeMap = new TreeMap<>();
        assertThrows(NullPointerException.class, () -> treeMap.put(null, "x"));
        assertThrows(NullPointerException.class, () -> treeMap.get(null));
        for (PersistentTreeMap<Integer, String> map : List.of(empty, m)) {
            assertThrows(NullPointerException.class, () -> map.with(null, "x"));
            assertThrows(NullPointerException.class, () -> map.get(null));
            assertThrows(NullPointerException.class, () -> map.containsKey(null));
            assertThrows(NullPointerException.class, () -> map.without(null));
            assertThrows(NullPointerException.class, () -> map.headMap(null));
            assertThrows(NullPointerException.class, () -> map.tailMap(null, false));
            assertThrows(NullPointerException.class, () -> map.indexOfKey(null));
            assertThrows(NullPointerException.class, () -> map.toBuilder().put(null, "x"));
        }
        assertThrows(NullPointerException.class, () -> m.lowerKey(null));
        assertNull(treeMap.lowerKey(null));
        assertNull(empty.lowerKey(null), "no comparison on an empty map, as in TreeMap");
        assertThrows(NullPointerException.class, () -> PersistentTreeMap.of(null, "x"));
        assertNull(m.with(4, null).get(4), "null values are allowed");
        assertTrue(m.with(4, null).containsKey(4));
    }

    @Test
    void withComputed_emptyMapAndNoValue_checksNoKeyAsTreeMapCompute() {
        PersistentTreeMap<Object, String> empty = PersistentTreeMap.empty();
        TreeMap<Object, String> treeMap = new TreeMap<>();
        for (Object key : Arrays.asList(null, new Object())) {
            assertNull(treeMap.compute(key, (k, v) -> null));
            assertSame(empty, empty.withComputed(key, (k, v) -> null));
            assertThrows(RuntimeException.class, () -> treeMap.compute(key, (k, v) -> "x"));
            assertThrows(RuntimeException.class, () -> empty.withComputed(key, (k, v) -> "x"));
        }
        PersistentTreeMap<Object, String> one = empty.with(1, "a");
        assertThrows(NullPointerException.class, () -> one.withComputed(null, (k, v) -> null));
    }

    @Test
    void naturalOrder_incomparableKey_throwsClassCastException() {
        PersistentTreeMap<Object, String> empty = PersistentTreeMap.empty();
        assertThrows(
                ClassCastException.class,
                () -> new TreeMap<Object, String>().put(new Object(), "x"));
        assertThrows(ClassCastException.class, () -> empty.with(new Object(), "x"));
        assertThrows(ClassCastException.class, () -> empty.get(new Object()));
        // Navigation in an empty map compares nothing, so TreeMap casts nothing either.
        assertNull(new TreeMap<Object, String>().lowerKey(new Object()));
        assertNull(empty.lowerKey(new Object()));
        assertNull(empty.ceilingEntry(new Object()));
        assertNull(empty.descendingMap().higherKey(new Object()));
        PersistentTreeMap<Object, String> m = empty.with("a", "x");
        assertThrows(ClassCastException.class, () -> m.lowerKey(new Object()));
        assertThrows(ClassCastException.class, () -> m.with(1, "y"));
        assertThrows(ClassCastException.class, () -> m.containsKey(new Object()));
    }

    @Test
    void nullsFirstComparator_nullKey_behavesAsTreeMap() {
        Comparator<Integer> nullsFirst = Comparator.nullsFirst(Comparator.naturalOrder());
        TreeMap<Integer, String> model = new TreeMap<>(nullsFirst);
        PersistentTreeMap<Integer, String> m = PersistentTreeMap.empty(nullsFirst);
        assertNull(m.get(null));
        for (Integer k : List.of(5, 3, 9, 1, 7)) {
            model.put(k, "v" + k);
            m = m.with(k, "v" + k);
        }
        model.put(null, "null");
        m = m.with(null, "null");
        assertContents(model, m);
        assertEquals("null", m.get(null));
        assertNull(m.firstKey());
        assertEquals(0, m.indexOfKey(null));
        assertEquals(model.headMap(3), m.headMap(3));
        assertContents(model.tailMap(null, false), m.tailMap(null, false));
        assertEquals(model.higherKey(null), m.higherKey(null));
        assertContents(model.descendingMap(), m.descendingMap());
        assertContents(
                new TreeMap<>(Map.of(1, "v1", 3, "v3", 5, "v5", 7, "v7", 9, "v9")),
                m.without(null).with(1, "v1"));
    }

    @Test
    void caseInsensitiveOrder_equalKeysByTheComparator_behaveAsTreeMap() {
        TreeMap<String, Integer> model = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        PersistentTreeMap<String, Integer> m =
                PersistentTreeMap.empty(String.CASE_INSENSITIVE_ORDER);
        String[] keys = {"a", "B", "A", "b", "c", "C", "aa", "AA", "Ab"};
        for (int i = 0; i < keys.length; i++) {
            model.put(keys[i], i);
            m = m.with(keys[i], i);
        }
        assertContents(model, m);
        assertEquals(new ArrayList<>(model.keySet()), new ArrayList<>(m.keySet()));
        assertEquals("a", m.firstKey(), "the first key object stays, as in TreeMap");
        assertEquals(model.get("AA"), m.get("AA"));
        assertTrue(m.containsKey("C"));
        assertTrue(m.keySet().contains("B"));
        assertEquals(model, m);
        assertEquals(m, model);
        model.remove("AB");
        assertContents(model, m.without("AB"));
        PersistentTreeSet<String> keySet = m.keySet();
        assertSame(keySet.size(), keySet.with("C").size());
    }

    /** A natural order that throws on one key, standing for a comparator that fails mid-write. */
    private static final class Poisoned implements Comparator<Integer>, Serializable {
        private static final long serialVersionUID = 1L;
        final int poison;

        Poisoned(int poison) {
            this.poison = poison;
        }

        @Override
        public int compare(Integer a, Integer b) {
            if (a == poison || b == poison) {
                throw new IllegalStateException("poison " + poison);
            }
            return Integer.compare(a, b);
        }
    }

    @Test
    void throwingComparator_failedWrites_leaveEveryVersionUnchanged() {
        Comparator<Integer> cmp = new Poisoned(-7);
        TreeMap<Integer, String> model = new TreeMap<>(cmp);
        model.putAll(model(F * F + 1));
        PersistentTreeMap<Integer, String> m = PersistentTreeMap.copyOf(cmp, model);
        PersistentTreeMap<Integer, String> older = m.without(8).with(9, "nine");
        TreeMap<Integer, String> olderModel = new TreeMap<>(model);
        olderModel.remove(8);
        olderModel.put(9, "nine");
        PersistentTreeMap.Builder<Integer, String> b = m.toBuilder();
        b.put(-100, "low");
        for (int i = 0; i < 100; i++) {
            b.put(10_000 + i, "run");
        }
        PersistentTreeMap<Integer, String> built = b.build();
        b.put(-200, "after");
        assertThrows(IllegalStateException.class, () -> m.with(-7, "x"));
        assertThrows(IllegalStateException.class, () -> m.without(-7));
        assertThrows(IllegalStateException.class, () -> m.headMap(-7));
        assertThrows(IllegalStateException.class, () -> older.withAll(Map.of(-7, "x")));
        assertThrows(IllegalStateException.class, () -> b.put(-7, "x"));
        assertThrows(IllegalStateException.class, () -> b.remove(-7));
        assertThrows(IllegalStateException.class, () -> m.keySet().union(List.of(-7)));
        assertContents(model, m);
        assertContents(olderModel, older);
        TreeMap<Integer, String> builtModel = new TreeMap<>(model);
        builtModel.put(-100, "low");
        for (int i = 0; i < 100; i++) {
            builtModel.put(10_000 + i, "run");
        }
        assertContents(builtModel, built);
        builtModel.put(-200, "after");
        assertContents(builtModel, b.build());
    }

    // ------------------------------------------------------------------ builders

    @Test
    void builder_usedAfterBuild_neverChangesWhatItBuilt() {
        PersistentTreeMap.Builder<Integer, String> b = PersistentTreeMap.builder();
        TreeMap<Integer, String> model = new TreeMap<>();
        List<PersistentTreeMap<Integer, String>> built = new ArrayList<>();
        List<TreeMap<Integer, String>> expected = new ArrayList<>();
        Random random = new Random(7);
        for (int round = 0; round < 40; round++) {
            for (int i = 0; i < 100; i++) {
                int k = random.nextInt(3 * F * F);
                if (random.nextInt(3) == 0) {
                    b.remove(k);
                    model.remove(k);
                } else {
                    b.put(k, "r" + round);
                    model.put(k, "r" + round);
                }
            }
            assertEquals(model.size(), b.size());
            PersistentTreeMap<Integer, String> m = b.build();
            assertEquals(RefCounted.SATURATED, m.root().get(), "build() freezes the root");
            built.add(m);
            expected.add(new TreeMap<>(model));
        }
        for (int i = 0; i < built.size(); i++) {
            assertContents(expected.get(i), built.get(i));
        }
    }

    @Test
    void builder_writesItsOwnNodesInPlace_andCopiesOncePerBuild() {
        PersistentTreeMap.Builder<Integer, String> b = PersistentTreeMap.builder();
        for (int k = F * F; k > 0; k--) {
            b.put(2 * k, "d");
        }
        TreeNode root = b.root();
        assertEquals(1, root.get(), "the builder's own root is held once");
        b.put(7, "x").put(9, "y").remove(8);
        assertSame(root, b.root(), "written in place");
        PersistentTreeMap<Integer, String> built = b.build();
        assertSame(root, built.root());
        assertEquals(RefCounted.SATURATED, root.get());
        b.put(11, "z");
        TreeNode copy = b.root();
        assertNotEquals(root, copy);
        assertEquals(1, copy.get());
        b.put(13, "w").remove(4);
        assertSame(copy, b.root(), "the copy is the builder's own");
        assertFalse(built.containsKey(11));
        assertTrue(built.containsKey(4));
        built.checkInvariants();
    }

    @Test
    void toBuilder_writes_neverChangeTheSourceMap() {
        TreeMap<Integer, String> model = model(F * F + 1);
        PersistentTreeMap<Integer, String> m = byWith(model, 9);
        PersistentTreeMap.Builder<Integer, String> b = m.toBuilder();
        for (int k = 0; k < 2 * F * F; k += 3) {
            b.put(k, "b");
            b.remove(k + 1);
        }
        assertContents(model, m);
        PersistentTreeMap<Integer, String> other = b.build();
        other.checkInvariants();
        assertNotEquals(m, other);
    }

    @Test
    void builder_ascendingInput_loadsFullLeavesInEveryApi() {
        int n = 5 * TreeWriter.RUN_LIMIT + 17;
        TreeMap<Integer, String> model = model(n);
        PersistentTreeMap.Builder<Integer, String> b = PersistentTreeMap.builder();
        model.forEach(b::put);
        List<PersistentTreeMap<Integer, String>> maps =
                List.of(
                        b.build(),
                        PersistentTreeMap.copyOf(model),
                        model.entrySet().stream()
                                .collect(
                                        PersistentTreeMap.collector(
                                                Map.Entry::getKey, Map.Entry::getValue)));
        int full = (n + F - 1) / F;
        for (PersistentTreeMap<Integer, String> m : maps) {
            assertContents(model, m);
            int leafCount = leaves(m.root());
            assertTrue(
                    leafCount <= full + n / TreeWriter.RUN_LIMIT + 1,
                    leafCount + " leaves for " + n + " ascending keys");
        }
    }

    @Test
    void builder_readsAndWrites_seeThePendingAscendingRun() {
        PersistentTreeMap.Builder<Integer, String> b = PersistentTreeMap.builder();
        b.put(10, "a").put(20, "b").put(30, "c");
        assertEquals(3, b.size());
        assertEquals("b", b.get(20));
        assertTrue(b.containsKey(30));
        assertFalse(b.containsKey(25));
        assertNull(b.get(40));
        b.put(30, "c2").put(20, "b2").put(15, "x").remove(10);
        TreeMap<Integer, String> expected = new TreeMap<>(Map.of(15, "x", 20, "b2", 30, "c2"));
        assertContents(expected, b.build());
        b.put(40, "d");
        assertEquals("d", b.get(40));
        assertEquals("b2", b.get(20));
        expected.put(40, "d");
        assertContents(expected, b.build());
    }

    // ------------------------------------------------------------------ bulk versions

    @Test
    void withAllWithoutAllWithComputed_matchTreeMap() {
        TreeMap<Integer, String> model = model(F * F + 1);
        PersistentTreeMap<Integer, String> m = byWith(model, 11);
        Map<Integer, String> more = new HashMap<>();
        for (int k = -F; k < 3 * F * F; k += 5) {
            more.put(k, "m" + k);
        }
        TreeMap<Integer, String> expected = new TreeMap<>(model);
        expected.putAll(more);
        assertContents(expected, m.withAll(more));
        List<Integer> gone = IntStream.range(0, F * F).map(i -> 3 * i).boxed().toList();
        expected = new TreeMap<>(model);
        expected.keySet().removeAll(gone);
        assertContents(expected, m.withoutAll(gone));
        expected = new TreeMap<>(model);
        expected.compute(4, (k, v) -> v + "!");
        expected.compute(5, (k, v) -> "new");
        expected.compute(6, (k, v) -> null);
        assertContents(
                expected,
                m.withComputed(4, (k, v) -> v + "!")
                        .withComputed(5, (k, v) -> "new")
                        .withComputed(6, (k, v) -> null));
        assertContents(model, m);
        assertThrows(NullPointerException.class, () -> m.withComputed(4, null));
        assertThrows(NullPointerException.class, () -> m.withAll(null));
    }

    // ------------------------------------------------------------------ factories

    @Test
    void of_upToFivePairs_inNaturalOrder_rejectDuplicates() {
        assertSame(PersistentTreeMap.empty(), PersistentTreeMap.of());
        assertEquals(Map.of(1, "a"), PersistentTreeMap.of(1, "a"));
        assertEquals(List.of(1, 2), new ArrayList<>(PersistentTreeMap.of(2, "b", 1, "a").keySet()));
        assertEquals(3, PersistentTreeMap.of(3, "c", 1, "a", 2, "b").size());
        assertEquals(4, PersistentTreeMap.of(3, "c", 1, "a", 2, "b", 4, "d").size());
        PersistentTreeMap<Integer, String> five =
                PersistentTreeMap.of(5, "e", 3, "c", 1, "a", 2, "b", 4, "d");
        assertEquals(List.of(1, 2, 3, 4, 5), new ArrayList<>(five.keySet()));
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class, () -> PersistentTreeMap.of(1, "a", 1, "b"));
        assertTrue(e.getMessage().contains("1"));
        assertThrows(
                IllegalArgumentException.class,
                () -> PersistentTreeMap.ofEntries(Map.entry(2, "a"), Map.entry(2, "b")));
        assertEquals(
                Map.of(1, "a", 2, "b"),
                PersistentTreeMap.ofEntries(Map.entry(2, "b"), Map.entry(1, "a")));
        assertThrows(
                IllegalArgumentException.class,
                () -> PersistentTreeMap.copyOf(List.of(Map.entry(2, "a"), Map.entry(2, "b"))));
    }

    @Test
    void copyOf_sortedMapBringsItsComparator_andAPersistentTreeMapIsReturned() {
        TreeMap<String, Integer> reversed = new TreeMap<>(Comparator.reverseOrder());
        reversed.put("a", 1);
        reversed.put("b", 2);
        PersistentTreeMap<String, Integer> copy = PersistentTreeMap.copyOf(reversed);
        assertEquals(reversed.comparator(), copy.comparator());
        assertEquals("b", copy.firstKey());
        assertSame(copy, PersistentTreeMap.copyOf(copy));
        assertSame(copy, PersistentTreeMap.copyOf(Comparator.reverseOrder(), copy));
        PersistentTreeMap<String, Integer> natural = PersistentTreeMap.copyOf(null, copy);
        assertEquals("a", natural.firstKey());
        assertNull(natural.comparator());
        assertEquals("a", PersistentTreeMap.copyOf(new HashMap<>(reversed)).firstKey());
        PersistentTreeMap<String, Integer> fromEntries =
                PersistentTreeMap.copyOf(String.CASE_INSENSITIVE_ORDER, reversed.entrySet());
        assertEquals(String.CASE_INSENSITIVE_ORDER, fromEntries.comparator());
    }

    @Test
    void collector_duplicateKeys_throwIllegalStateException_orMerge() {
        assertThrows(
                IllegalStateException.class,
                () ->
                        List.of("a", "bb", "c").stream()
                                .collect(PersistentTreeMap.collector(String::length, s -> s)));
        PersistentTreeMap<Integer, String> merged =
                List.of("a", "bb", "c", "dd", "e").stream()
                        .collect(
                                PersistentTreeMap.collector(
                                        String::length, s -> s, String::concat));
        assertEquals(Map.of(1, "ace", 2, "bbdd"), merged);
        PersistentTreeMap<Integer, Integer> parallel =
                IntStream.range(0, 20_000)
                        .parallel()
                        .boxed()
                        .collect(PersistentTreeMap.collector(i -> i % 1000, i -> 1, Integer::sum));
        parallel.checkInvariants();
        assertEquals(1000, parallel.size());
        assertTrue(parallel.values().stream().allMatch(v -> v == 20));
        PersistentTreeMap<Integer, Integer> byComparator =
                IntStream.range(0, 3 * F)
                        .boxed()
                        .collect(
                                PersistentTreeMap.collector(
                                        Comparator.reverseOrder(), i -> i, i -> i));
        assertEquals(3 * F - 1, byComparator.firstKey());
        assertThrows(
                IllegalStateException.class,
                () ->
                        IntStream.range(0, 3 * F)
                                .parallel()
                                .boxed()
                                .collect(PersistentTreeMap.collector(i -> i % 5, i -> i)));
    }

    // ------------------------------------------------------------------ views and iteration

    @Test
    void keySets_shareTheTree_andWriteAsSets() {
        TreeMap<Integer, String> model = model(F * F + 1);
        PersistentTreeMap<Integer, String> m = byWith(model, 13);
        PersistentTreeSet<Integer> keys = m.keySet();
        assertSame(m.root(), keys.root());
        assertEquals(model.navigableKeySet(), keys);
        assertEquals(
                new ArrayList<>(model.descendingKeySet()), new ArrayList<>(m.descendingKeySet()));
        PersistentTreeSet<Integer> more = keys.with(-1).with(3).without(4);
        more.checkInvariants();
        assertEquals(F * F + 2, more.size());
        assertEquals(-1, more.first());
        assertContents(model, m);
    }

    @Test
    void valuesAndEntrySet_readInKeyOrder() {
        TreeMap<Integer, String> model = model(F + 1);
        PersistentTreeMap<Integer, String> m = byWith(model, 17);
        assertEquals(new ArrayList<>(model.values()), new ArrayList<>(m.values()));
        assertEquals(
                new ArrayList<>(model.descendingMap().values()),
                new ArrayList<>(m.descendingMap().values()));
        assertTrue(m.values().contains("v4"));
        assertFalse(m.values().contains("v5"));
        assertTrue(m.containsValue("v4"));
        assertTrue(m.entrySet().contains(Map.entry(4, "v4")));
        assertFalse(m.entrySet().contains(Map.entry(4, "v5")));
        assertFalse(m.entrySet().contains("not an entry"));
        List<String> seen = new ArrayList<>();
        m.descendingMap().forEach((k, v) -> seen.add(v));
        assertEquals(new ArrayList<>(model.descendingMap().values()), seen);
        Iterator<Map.Entry<Integer, String>> it = m.entrySet().iterator();
        Map.Entry<Integer, String> first = it.next();
        assertThrows(UnsupportedOperationException.class, () -> first.setValue("x"));
        assertThrows(UnsupportedOperationException.class, it::remove);
    }

    @Test
    void spliterators_areSortedAndSplitOnNodeBoundaries() {
        TreeMap<Integer, String> model = model(F * F + 1);
        PersistentTreeMap<Integer, String> m = byWith(model, 19);
        int expected =
                Spliterator.SORTED
                        | Spliterator.DISTINCT
                        | Spliterator.ORDERED
                        | Spliterator.SIZED
                        | Spliterator.SUBSIZED
                        | Spliterator.IMMUTABLE;
        Spliterator<Integer> keys = m.keySet().spliterator();
        assertEquals(expected, keys.characteristics());
        assertNull(keys.getComparator());
        assertEquals(Comparator.reverseOrder(), m.descendingKeySet().spliterator().getComparator());
        Spliterator<Map.Entry<Integer, String>> entries = m.entrySet().spliterator();
        assertTrue(entries.hasCharacteristics(expected));
        assertTrue(entries.getComparator().compare(Map.entry(1, "z"), Map.entry(2, "a")) < 0);
        Spliterator<String> values = m.values().spliterator();
        assertFalse(values.hasCharacteristics(Spliterator.SORTED));
        assertThrows(IllegalStateException.class, values::getComparator);
        for (PersistentTreeMap<Integer, String> map : List.of(m, m.descendingMap())) {
            List<Integer> all = new ArrayList<>();
            collectSplitting(map.keySet().spliterator(), all);
            assertEquals(new ArrayList<>(map.keySet()), all);
        }
        assertNull(
                byWith(model(F), 1).keySet().spliterator().trySplit(), "one leaf does not split");
        assertEquals(
                model.keySet().stream().mapToLong(Integer::longValue).sum(),
                m.keySet().parallelStream().mapToLong(Integer::longValue).sum());
    }

    private static void collectSplitting(Spliterator<Integer> s, List<Integer> out) {
        long size = s.estimateSize();
        Spliterator<Integer> prefix = s.trySplit();
        if (prefix == null) {
            s.forEachRemaining(out::add);
            return;
        }
        assertEquals(size, prefix.estimateSize() + s.estimateSize());
        assertTrue(prefix.estimateSize() > 0 && s.estimateSize() > 0);
        collectSplitting(prefix, out);
        collectSplitting(s, out);
    }

    // ------------------------------------------------------------------ equality

    @Test
    void equalsAndHashCode_followMap() {
        TreeMap<Integer, String> model = model(F * F + 1);
        PersistentTreeMap<Integer, String> m = byWith(model, 21);
        assertEquals(model, m);
        assertEquals(m, model);
        assertEquals(new HashMap<>(model), m);
        assertEquals(model.hashCode(), m.hashCode());
        assertEquals(m, m.descendingMap());
        assertEquals(m, PersistentTreeMap.copyOf(Comparator.reverseOrder(), model));
        assertEquals(m, m.with(4, new String("v4")));
        assertNotEquals(m, m.with(4, "other"));
        assertNotEquals(m, m.without(4));
        assertNotEquals(m, m.with(5, "v5").without(4));
        assertNotEquals(m, "not a map");
    }

    @Test
    void equals_ofVersionsSharingNodes_comparesOnlyWhatDiffers() {
        AtomicInteger comparisons = new AtomicInteger();
        Comparator<Integer> counting =
                (a, b) -> {
                    comparisons.incrementAndGet();
                    return Integer.compare(a, b);
                };
        TreeMap<Integer, String> model = new TreeMap<>(counting);
        model.putAll(model(4 * F * F));
        PersistentTreeMap<Integer, String> m = PersistentTreeMap.copyOf(counting, model);
        PersistentTreeMap<Integer, String> changed = m.with(2 * F * F, "changed");
        PersistentTreeMap<Integer, String> same = m.with(2 * F * F, "v" + 2 * F * F);
        comparisons.set(0);
        assertNotEquals(m, changed);
        assertTrue(same.equals(m));
        assertTrue(
                comparisons.get() < 4 * F,
                comparisons.get() + " key comparisons for versions differing on one path");
    }

    // ------------------------------------------------------------------ descending

    @Test
    void descendingMap_isAFullMap_whoseWritesStayDescending() {
        TreeMap<Integer, String> model = model(F + 1);
        PersistentTreeMap<Integer, String> m = byWith(model, 29);
        PersistentTreeMap<Integer, String> d = m.descendingMap();
        NavigableMap<Integer, String> down = model.descendingMap();
        assertContents(down, d);
        assertEquals(Collections.reverseOrder(), d.comparator());
        assertContents(model, d.descendingMap());
        assertNull(d.descendingMap().comparator());
        TreeMap<Integer, String> expected = new TreeMap<>(Collections.reverseOrder());
        expected.putAll(model);
        expected.put(1, "one");
        expected.remove(4);
        PersistentTreeMap<Integer, String> written = d.with(1, "one").without(4);
        assertContents(expected, written);
        assertEquals(model.lastEntry(), d.entryAt(0));
        PersistentSortedMap<Integer, String> head = d.headMap(10);
        assertEquals(new ArrayList<>(down.headMap(10).keySet()), new ArrayList<>(head.keySet()));
        assertEquals(
                new ArrayList<>(model.headMap(10, false).descendingKeySet()),
                new ArrayList<>(d.tailMap(10, false).keySet()));
        assertInstanceOf(PersistentTreeMap.class, head);
    }

    @Test
    void toString_listsMappingsInOrder() {
        assertEquals("{1=a, 2=b}", PersistentTreeMap.of(2, "b", 1, "a").toString());
        assertEquals("{2=b, 1=a}", PersistentTreeMap.of(2, "b", 1, "a").descendingMap().toString());
        assertEquals(
                model(3).entrySet().stream().map(Object::toString).collect(Collectors.toList()),
                byWith(model(3), 1).entrySet().stream().map(Object::toString).toList());
        assertEquals(new SimpleImmutableEntry<>(0, "v0"), byWith(model(3), 1).firstEntry());
        assertEquals(Function.identity().apply(3), byWith(model(3), 1).size());
    }

    @Test
    void withComputed_nullResultOnEmptyMap_returnsThisWhateverTheKey_asTreeMapCompute() {
        PersistentTreeMap<Object, Object> empty = PersistentTreeMap.empty();
        assertNull(new TreeMap<>().compute(null, (k, v) -> null));
        assertSame(empty, empty.withComputed(null, (k, v) -> null));
        assertSame(empty, empty.withComputed(new Object(), (k, v) -> null));
        PersistentTreeMap<Object, Object> one = empty.with(1, "a");
        assertThrows(NullPointerException.class, () -> one.withComputed(null, (k, v) -> null));
        assertThrows(NullPointerException.class, () -> empty.withComputed(null, (k, v) -> "v"));
    }

    @Test
    void mergeCollector_nullMergeResult_isKeptAsTheValue() {
        PersistentTreeMap<Integer, Integer> m =
                IntStream.of(1, 1, 2)
                        .boxed()
                        .collect(PersistentTreeMap.collector(x -> x, x -> x, (a, b) -> null));
        assertEquals(Collections.singletonMap(1, null), m.headMap(2));
        assertEquals(2, m.size());
    }

    @Test
    void builderWrite_ofANewKeyIntoAFullTree_throwsBeforeWriting() {
        PersistentTreeMap<Integer, String> m = PersistentTreeMap.of(1, "a", 3, "c");
        TreeWriter full = new TreeWriter(null, true, m.root(), Integer.MAX_VALUE);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> full.put(2, "b"));
        assertTrue(e.getMessage().contains("2"), e.getMessage());
        assertEquals("a", full.put(1, "A"), "a present key is replaced, not refused");
        assertEquals(Map.of(1, "a", 3, "c"), m);
    }
}
