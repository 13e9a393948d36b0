package io.holstein.sorted;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.holstein.internal.RefCounted;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.NavigableMap;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SortedMap;
import java.util.Spliterator;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class CowTreeMapTest {

    private static CowTreeMap<Integer, Integer> mapOf(int n) {
        CowTreeMap<Integer, Integer> map = new CowTreeMap<>();
        for (int i = 0; i < n; i++) {
            map.put(2 * i, i);
        }
        return map;
    }

    private static TreeMap<Integer, Integer> modelOf(int n) {
        TreeMap<Integer, Integer> model = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            model.put(2 * i, i);
        }
        return model;
    }

    /** The nodes of {@code a}'s tree that {@code b}'s tree does not reach. */
    private static Set<TreeNode> notIn(CowTree<?> a, CowTree<?> b) {
        Set<TreeNode> own = TreeSharing.nodes(a.root());
        own.removeAll(TreeSharing.nodes(b.root()));
        return own;
    }

    private static void assertSharingInvariant(CowTree<?>... trees) {
        List<TreeNode> roots = new ArrayList<>();
        for (CowTree<?> t : trees) {
            roots.add(t.root());
            t.checkTree();
        }
        TreeSharing.assertNoSharedWritable(roots, List.of());
    }

    // ------------------------------------------------------------------ sharing

    @Test
    void fork_ofMap_sharesTheRootCountedTwice() {
        CowTreeMap<Integer, Integer> map = mapOf(1000);
        assertFalse(map.isShared());
        CowTreeMap<Integer, Integer> fork = map.fork();
        assertSame(map.root(), fork.root());
        assertEquals(2, map.root().get());
        assertTrue(map.isShared());
        assertTrue(fork.isShared());
        assertEquals(map, fork);
        assertSharingInvariant(map, fork);
    }

    @Test
    void fork_writesNothingButTheRootCount() {
        CowTreeMap<Integer, Integer> map = mapOf(5000);
        TreeSharing.Contents before = new TreeSharing.Contents(map.root());
        long epoch = map.epoch;
        int modCount = map.modCount;
        map.fork();
        before.assertUnchanged();
        assertEquals(epoch, map.epoch, "a fork is not a write");
        assertEquals(modCount, map.modCount, "a fork is not a structural modification");
    }

    @Test
    void firstWriteAfterFork_copiesExactlyOnePath() {
        CowTreeMap<Integer, Integer> map = mapOf(100_000);
        int height = BTree.height(map.root());
        assertTrue(height >= 2, "a tree of several levels: " + height);
        CowTreeMap<Integer, Integer> fork = map.fork();
        int nodes = TreeSharing.nodes(map.root()).size();

        map.put(77_776, -1);

        Set<TreeNode> copied = notIn(map, fork);
        assertEquals(height + 1, copied.size(), "one node per level was copied");
        assertEquals(nodes, TreeSharing.nodes(map.root()).size(), "no node more or less");
        for (TreeNode n : copied) {
            assertEquals(1, n.get(), "a copy is its writer's alone");
        }
        assertEquals(-1, map.get(77_776));
        assertEquals(38_888, fork.get(77_776));
        assertFalse(map.isShared(), "the writer moved to its copy");
        assertFalse(fork.isShared(), "the writer released the old root");
        assertSharingInvariant(map, fork);
    }

    @Test
    void writesAfterTheFirst_copyOnlyWhatTheirPathStillShares() {
        CowTreeMap<Integer, Integer> map = mapOf(100_000);
        CowTreeMap<Integer, Integer> fork = map.fork();
        map.put(0, -1);
        Set<TreeNode> afterFirst = notIn(map, fork);

        map.put(2, -2); // the same leaf: written in place
        assertEquals(afterFirst, notIn(map, fork), "a write along an owned path copies nothing");

        map.put(199_998, -3); // another leaf: the root is owned, the rest of the path copied
        int height = BTree.height(map.root());
        assertEquals(afterFirst.size() + height, notIn(map, fork).size());
        assertSharingInvariant(map, fork);
    }

    @Test
    void forkSide_afterSourceMoved_ownsTheOldRootAndCopiesSharedChildren() {
        CowTreeMap<Integer, Integer> map = mapOf(10_000);
        CowTreeMap<Integer, Integer> fork = map.fork();
        TreeNode oldRoot = fork.root();
        map.put(0, -1);
        assertEquals(1, oldRoot.get());
        fork.put(0, -2);
        assertSame(oldRoot, fork.root(), "the fork writes its root in place");
        assertEquals(-1, map.get(0));
        assertEquals(-2, fork.get(0));
        assertSharingInvariant(map, fork);
    }

    @Test
    void forkDroppedWithoutWriting_costsTheSourceOneCopy() {
        CowTreeMap<Integer, Integer> map = mapOf(1000);
        map.fork();
        assertTrue(map.isShared(), "conservative: the dropped fork is never uncounted");
        TreeNode before = map.root();
        map.put(1, 1);
        assertNotSame(before, map.root());
        assertFalse(map.isShared());
        TreeNode after = map.root();
        map.put(3, 3);
        assertSame(after, map.root());
    }

    @Test
    void isShared_ofNewEmptyMap_isTrueUntilTheFirstWrite() {
        CowTreeMap<String, Integer> map = new CowTreeMap<>();
        assertTrue(map.isShared(), "an empty map starts from the frozen empty root");
        map.put("a", 1);
        assertFalse(map.isShared());
        map.clear();
        assertTrue(map.isShared());
    }

    @Test
    void clear_ofSharedMap_releasesTheRootWithoutCopying() {
        CowTreeMap<Integer, Integer> map = mapOf(1000);
        CowTreeMap<Integer, Integer> fork = map.fork();
        TreeNode root = map.root();
        map.clear();
        assertEquals(1, root.get(), "the fork holds the root alone again");
        assertTrue(map.isEmpty());
        assertEquals(modelOf(1000), fork);
        fork.put(0, -1);
        assertSame(root, fork.root(), "the fork writes in place");
    }

    @Test
    void cloneAndSortedMapConstructor_ofCowTreeMap_areForks() {
        CowTreeMap<Integer, Integer> map = mapOf(100);
        CowTreeMap<Integer, Integer> clone = map.clone();
        CowTreeMap<Integer, Integer> copy = new CowTreeMap<>((SortedMap<Integer, Integer>) map);
        CowTreeMap<Integer, Integer> natural = new CowTreeMap<>((Map<Integer, Integer>) map);
        assertSame(map.root(), clone.root());
        assertSame(map.root(), copy.root());
        assertSame(map.root(), natural.root());
        assertEquals(4, map.root().get());
        clone.put(1, 1);
        copy.remove(0);
        natural.clear();
        assertEquals(modelOf(100), map);
        assertSharingInvariant(map, clone, copy, natural);
    }

    @Test
    void mapConstructor_ofCowTreeMapInAnotherOrder_copiesInNaturalOrder() {
        CowTreeMap<Integer, Integer> reversed = new CowTreeMap<>(Comparator.reverseOrder());
        reversed.putAll(modelOf(100));
        CowTreeMap<Integer, Integer> natural = new CowTreeMap<>((Map<Integer, Integer>) reversed);
        assertNull(natural.comparator());
        assertNotSame(reversed.root(), natural.root());
        assertEquals(0, natural.firstKey());
        assertEquals(198, reversed.firstKey());
    }

    // ------------------------------------------------------------------ persistent versions

    @Test
    void toPersistent_sharesTheFrozenRoot_andLaterWritesLeaveItAlone() {
        CowTreeMap<Integer, Integer> map = mapOf(10_000);
        PersistentTreeMap<Integer, Integer> version = map.toPersistent();
        assertSame(map.root(), version.root());
        assertEquals(RefCounted.SATURATED, version.root().get());
        assertTrue(map.isShared());
        TreeSharing.Contents frozen = new TreeSharing.Contents(version.root());

        map.put(1, 1);
        map.remove(0);
        map.put(4000, -1);

        frozen.assertUnchanged();
        assertEquals(modelOf(10_000), version);
        version.checkInvariants();
        TreeSharing.assertNoSharedWritable(List.of(map.root()), List.of(version.root()));
        assertEquals(map.size(), 10_000);
    }

    @Test
    void toPersistent_isNotAStructuralModification() {
        CowTreeMap<Integer, Integer> map = mapOf(100);
        Iterator<Integer> it = map.keySet().iterator();
        it.next();
        map.toPersistent();
        map.put(0, 5); // copies the frozen root: still not structural
        assertEquals(2, it.next());
    }

    @Test
    void persistentConstructor_sharesTheRoot_andWritesOnEitherSideStayThere() {
        PersistentTreeMap<Integer, Integer> version = PersistentTreeMap.copyOf(modelOf(10_000));
        CowTreeMap<Integer, Integer> map = new CowTreeMap<>(version);
        assertSame(version.root(), map.root());
        TreeSharing.Contents frozen = new TreeSharing.Contents(version.root());

        map.put(3, 3);
        PersistentTreeMap<Integer, Integer> next = version.with(5, 5).without(2);
        map.remove(4);

        frozen.assertUnchanged();
        assertEquals(modelOf(10_000), version);
        assertFalse(map.containsKey(5));
        assertFalse(next.containsKey(3));
        assertTrue(next.containsKey(4));
        TreeSharing.assertNoSharedWritable(
                List.of(map.root()), List.of(version.root(), next.root()));
    }

    @Test
    void toPersistentThenBack_roundTrips_andBothSidesWriteIndependently() {
        CowTreeMap<Integer, Integer> map = mapOf(5000);
        PersistentTreeMap<Integer, Integer> version = map.toPersistent();
        CowTreeMap<Integer, Integer> again = new CowTreeMap<>(version);
        PersistentTreeMap<Integer, Integer> later = version.with(-2, -2);
        map.put(-4, -4);
        again.put(-6, -6);
        assertEquals(5000, version.size());
        assertEquals(5001, map.size());
        assertEquals(5001, again.size());
        assertEquals(5001, later.size());
        assertFalse(map.containsKey(-6));
        assertFalse(again.containsKey(-4));
        assertFalse(later.containsKey(-4));
        TreeSharing.assertNoSharedWritable(
                List.of(map.root(), again.root()), List.of(version.root(), later.root()));
    }

    @Test
    void persistentConstructor_ofDescendingVersion_loadsItsOrder() {
        PersistentTreeMap<Integer, Integer> version =
                PersistentTreeMap.copyOf(modelOf(100)).descendingMap();
        CowTreeMap<Integer, Integer> map = new CowTreeMap<>(version);
        assertEquals(version.comparator(), map.comparator());
        assertEquals(new ArrayList<>(version.keySet()), new ArrayList<>(map.keySet()));
        map.put(1, 1);
        assertEquals(100, version.size());
    }

    @Test
    void toPersistent_ofEmptyMap_keepsTheOrder() {
        CowTreeMap<String, Integer> map = new CowTreeMap<>(Comparator.reverseOrder());
        assertEquals(Comparator.reverseOrder(), map.toPersistent().comparator());
        assertTrue(map.toPersistent().isEmpty());
    }

    // ------------------------------------------------------------------ no leaked reads

    @Test
    void iterator_takenBeforeFork_readsItsOwnMapAfterBothSidesWrite() {
        CowTreeMap<Integer, Integer> map = mapOf(10_000);
        Iterator<Entry<Integer, Integer>> it = map.entrySet().iterator();
        for (int i = 0; i < 100; i++) {
            it.next();
        }
        CowTreeMap<Integer, Integer> fork = map.fork();
        map.put(200, -100); // the source copies its path: the fork now owns the old nodes
        for (int k = 200; k < 400; k += 2) {
            fork.put(k, -7); // ...and writes them in place
        }
        Entry<Integer, Integer> e = it.next();
        assertEquals(200, e.getKey());
        assertEquals(-100, e.getValue(), "the iterator reads its own map");
        for (int i = 101; i < 200; i++) {
            assertEquals(i, it.next().getValue(), "the fork's writes never show");
        }
        assertSharingInvariant(map, fork);
    }

    @Test
    void entry_takenBeforeFork_writesOnlyItsOwnMap() {
        CowTreeMap<Integer, Integer> map = mapOf(1000);
        Entry<Integer, Integer> e = map.entrySet().iterator().next();
        CowTreeMap<Integer, Integer> fork = map.fork();
        assertEquals(0, e.setValue(-1));
        assertEquals(-1, map.get(0));
        assertEquals(0, fork.get(0));
        fork.put(0, -2);
        assertEquals(-1, e.getValue());
        assertSharingInvariant(map, fork);
    }

    @Test
    void entry_followsItsKeysCurrentMapping() {
        CowTreeMap<Integer, Integer> map = mapOf(10);
        Entry<Integer, Integer> e = map.entrySet().iterator().next();
        map.put(0, 5);
        assertEquals(5, e.getValue());
        map.remove(0);
        assertEquals(5, e.getValue(), "keeps the last value once its key left");
        assertEquals(5, e.setValue(6));
        assertFalse(map.containsKey(0), "writes nothing once its key left");
        map.put(0, 7);
        assertEquals(7, e.getValue(), "follows its key again once put back");
    }

    @Test
    void spliterator_keptAcrossFork_readsItsOwnMap() {
        CowTreeMap<Integer, Integer> map = mapOf(1000);
        Spliterator<Integer> values = map.values().spliterator();
        CowTreeMap<Integer, Integer> fork = map.fork();
        fork.replaceAll((k, v) -> -v);
        List<Integer> seen = new ArrayList<>();
        values.forEachRemaining(seen::add);
        assertEquals(new ArrayList<>(modelOf(1000).values()), seen);
    }

    @Test
    void forEach_actionForksAndWritesBothSides_seesOnlyItsMapsWrites() {
        CowTreeMap<Integer, Integer> map = mapOf(3000);
        List<CowTreeMap<Integer, Integer>> forks = new ArrayList<>();
        List<Integer> seen = new ArrayList<>();
        map.forEach(
                (k, v) -> {
                    seen.add(v);
                    if (k % 200 == 0) {
                        CowTreeMap<Integer, Integer> f = map.fork();
                        forks.add(f);
                        map.put(k + 2, -v); // not structural: the loop goes on
                        for (int j = k + 2; j < k + 400 && j < 6000; j += 2) {
                            f.put(j, 12345);
                        }
                    }
                });
        for (int i = 0; i < 3000; i++) {
            int expected = (2 * i) % 200 == 2 ? -(i - 1) : i;
            assertEquals(expected, seen.get(i), "value of rank " + i);
        }
        List<CowTree<?>> all = new ArrayList<>(forks);
        all.add(map);
        assertSharingInvariant(all.toArray(new CowTree<?>[0]));
    }

    @Test
    void replaceAll_functionForks_forkKeepsTheValuesOfTheMomentItForked() {
        // Written or not: a fork's write copies its path and releases the map's root, whose count
        // falls back to 1, while below it the leaf the loop is writing is now shared with the fork.
        for (boolean writeTheFork : new boolean[] {false, true}) {
            CowTreeMap<Integer, Integer> map = mapOf(5000);
            List<CowTreeMap<Integer, Integer>> forks = new ArrayList<>();
            List<TreeMap<Integer, Integer>> snapshots = new ArrayList<>();
            map.replaceAll(
                    (k, v) -> {
                        if (k % 1000 == 500) {
                            CowTreeMap<Integer, Integer> f = map.fork();
                            if (writeTheFork) {
                                f.put(k + 2 * 40, -7); // another leaf
                            }
                            forks.add(f);
                            snapshots.add(new TreeMap<>(f));
                        }
                        return -v;
                    });
            for (int i = 0; i < 5000; i++) {
                assertEquals(-i, map.get(2 * i));
            }
            for (int f = 0; f < forks.size(); f++) {
                assertEquals(snapshots.get(f), forks.get(f), "fork " + f + " changed");
            }
            List<CowTree<?>> all = new ArrayList<>(forks);
            all.add(map);
            assertSharingInvariant(all.toArray(new CowTree<?>[0]));
        }
    }

    @Test
    void replaceAll_functionWritesTheMap_asTreeMapDoes() {
        CowTreeMap<Integer, Integer> map = mapOf(1000);
        TreeMap<Integer, Integer> model = modelOf(1000);
        for (Map<Integer, Integer> m : List.<Map<Integer, Integer>>of(map, model)) {
            m.replaceAll(
                    (k, v) -> {
                        if (k == 100) {
                            m.put(102, 999); // read by the loop next
                            m.put(0, 999); // stays: the loop passed it
                        }
                        return v + 1;
                    });
        }
        assertEquals(model, map);
        assertEquals(1000, map.get(102));
    }

    @Test
    void replaceAll_ofSharedMap_copiesEveryLeafOnceAndLeavesTheForkAlone() {
        CowTreeMap<Integer, Integer> map = mapOf(20_000);
        CowTreeMap<Integer, Integer> fork = map.fork();
        map.replaceAll((k, v) -> v * 3);
        assertEquals(modelOf(20_000), fork);
        assertTrue(notIn(map, fork).containsAll(TreeSharing.nodes(map.root())));
        assertSharingInvariant(map, fork);
    }

    // ------------------------------------------------------------------ TreeMap's behaviour

    @Test
    void iterators_failFastOnStructuralModificationOnly() {
        CowTreeMap<Integer, Integer> map = mapOf(100);
        Iterator<Integer> it = map.keySet().iterator();
        it.next();
        map.put(0, 99); // not structural
        map.fork().put(1, 1);
        assertEquals(2, it.next());
        map.put(1, 1);
        assertThrows(ConcurrentModificationException.class, it::next);

        Iterator<Integer> removing = map.values().iterator();
        assertThrows(IllegalStateException.class, removing::remove);
        removing.next();
        removing.remove();
        assertThrows(IllegalStateException.class, removing::remove);
        assertFalse(map.containsKey(0));
        assertEquals(1, removing.next(), "the key 1 follows");
    }

    @Test
    void iterator_removeWhileDescending_visitsEveryKeyOnce() {
        CowTreeMap<Integer, Integer> map = mapOf(3000);
        List<Integer> seen = new ArrayList<>();
        for (Iterator<Integer> it = map.descendingKeySet().iterator(); it.hasNext(); ) {
            int k = it.next();
            seen.add(k);
            if (k % 3 != 0) {
                it.remove();
            }
        }
        List<Integer> expected = new ArrayList<>(modelOf(3000).descendingKeySet());
        assertEquals(expected, seen);
        assertEquals(1000, map.size());
        map.checkInvariants();
    }

    @Test
    void navigationEntries_areSnapshots_whoseSetValueThrows() {
        CowTreeMap<Integer, Integer> map = mapOf(10);
        for (Entry<Integer, Integer> e :
                List.of(
                        map.firstEntry(),
                        map.lastEntry(),
                        map.floorEntry(5),
                        map.ceilingEntry(5),
                        map.lowerEntry(5),
                        map.higherEntry(5),
                        map.entryAt(3),
                        map.descendingMap().firstEntry(),
                        map.headMap(6, false).lastEntry())) {
            assertThrows(UnsupportedOperationException.class, () -> e.setValue(0));
        }
        Entry<Integer, Integer> first = map.firstEntry();
        map.put(0, 100);
        assertEquals(0, first.getValue(), "a snapshot");
    }

    @Test
    void pollFirstAndLast_removeAndReturnSnapshots() {
        CowTreeMap<Integer, Integer> map = mapOf(100);
        CowTreeMap<Integer, Integer> fork = map.fork();
        assertEquals(Map.entry(0, 0), map.pollFirstEntry());
        assertEquals(Map.entry(198, 99), map.pollLastEntry());
        assertEquals(98, map.size());
        assertEquals(100, fork.size());
        assertNull(new CowTreeMap<Integer, Integer>().pollFirstEntry());
    }

    @Test
    void positionalReads_matchTheSortedOrder() {
        CowTreeMap<Integer, Integer> map = mapOf(5000);
        for (int i = 0; i < 5000; i += 37) {
            assertEquals(2 * i, map.keyAt(i));
            assertEquals(Map.entry(2 * i, i), map.entryAt(i));
            assertEquals(i, map.indexOfKey(2 * i));
            assertEquals(-(i + 1) - 1, map.indexOfKey(2 * i + 1));
        }
        assertEquals(-1, map.indexOfKey(-5));
        assertThrows(IndexOutOfBoundsException.class, () -> map.entryAt(5000));
        assertThrows(IndexOutOfBoundsException.class, () -> map.keyAt(-1));
    }

    @Test
    void rangeViews_areLive_andRefuseKeysOutOfRange() {
        CowTreeMap<Integer, Integer> map = mapOf(100);
        NavigableMap<Integer, Integer> sub = map.subMap(10, true, 20, false);
        assertEquals(List.of(10, 12, 14, 16, 18), new ArrayList<>(sub.keySet()));
        map.put(11, 11);
        assertEquals(6, sub.size());
        assertThrows(IllegalArgumentException.class, () -> sub.put(20, 0));
        assertThrows(IllegalArgumentException.class, () -> sub.put(9, 0));
        assertThrows(IllegalArgumentException.class, () -> sub.subMap(8, 12));
        assertThrows(IllegalArgumentException.class, () -> sub.headMap(21));
        assertThrows(IllegalArgumentException.class, () -> map.subMap(5, 4));
        assertNull(sub.get(30));
        assertNull(sub.remove(30));
        assertTrue(map.containsKey(30));
        sub.put(13, 13);
        assertEquals(13, map.get(13));
        NavigableMap<Integer, Integer> desc = sub.descendingMap();
        assertEquals(18, desc.firstKey());
        assertEquals(16, desc.higherKey(18));
        assertEquals(10, desc.lastKey());
        assertEquals(Map.entry(10, 5), desc.pollLastEntry());
        assertFalse(map.containsKey(10));
        int before = map.size();
        assertEquals(6, sub.size());
        sub.clear();
        assertEquals(before - 6, map.size());
        assertTrue(sub.isEmpty());
        map.checkInvariants();
    }

    @Test
    void rangeViews_computeOutOfRange_throwOnlyForAValue() {
        CowTreeMap<Integer, Integer> map = mapOf(10);
        NavigableMap<Integer, Integer> head = map.headMap(6, false);
        assertNull(head.computeIfAbsent(8, k -> null));
        assertThrows(IllegalArgumentException.class, () -> head.computeIfAbsent(8, k -> 1));
        assertNull(head.compute(8, (k, v) -> null));
        assertThrows(IllegalArgumentException.class, () -> head.compute(8, (k, v) -> 1));
        assertNull(head.computeIfPresent(8, (k, v) -> 1));
        assertThrows(IllegalArgumentException.class, () -> head.merge(8, 1, Integer::sum));
        assertThrows(IllegalArgumentException.class, () -> head.putIfAbsent(8, 1));
        assertEquals(4, head.merge(4, 2, Integer::sum));
    }

    @Test
    void computeFunctions_thatModifyTheMapStructurally_throwConcurrentModification() {
        CowTreeMap<Integer, Integer> map = mapOf(10);
        assertThrows(
                ConcurrentModificationException.class,
                () -> map.computeIfAbsent(1, k -> map.put(101, 0)));
        assertThrows(
                ConcurrentModificationException.class,
                () -> map.computeIfPresent(2, (k, v) -> map.remove(4)));
        assertThrows(
                ConcurrentModificationException.class,
                () -> map.compute(3, (k, v) -> map.put(103, 1)));
        assertThrows(
                ConcurrentModificationException.class,
                () -> map.merge(6, 1, (a, b) -> map.put(105, 1)));
        assertThrows(
                ConcurrentModificationException.class,
                () -> map.replaceAll((k, v) -> map.put(k + 1, v)));
        assertThrows(
                ConcurrentModificationException.class, () -> map.forEach((k, v) -> map.remove(k)));
    }

    @Test
    void computeFunctions_matchTreeMap() {
        CowTreeMap<Integer, Integer> map = mapOf(20);
        TreeMap<Integer, Integer> model = modelOf(20);
        map.put(1, null);
        model.put(1, null);
        List<Function<NavigableMap<Integer, Integer>, Object>> ops =
                List.of(
                        m -> m.putIfAbsent(1, 5),
                        m -> m.putIfAbsent(2, 5),
                        m -> m.computeIfAbsent(3, k -> null),
                        m -> m.computeIfAbsent(5, k -> 9),
                        m -> m.computeIfPresent(4, (k, v) -> null),
                        m -> m.computeIfPresent(7, (k, v) -> v),
                        m -> m.compute(6, (k, v) -> v == null ? 1 : null),
                        m -> m.compute(9, (k, v) -> v == null ? 1 : null),
                        m -> m.merge(8, 3, Integer::sum),
                        m -> m.merge(11, 3, Integer::sum),
                        m -> m.merge(10, 3, (a, b) -> null),
                        m -> m.replace(12, 0),
                        m -> m.replace(13, 0),
                        m -> m.replace(14, 7, 70),
                        m -> m.replace(16, 7, 70),
                        m -> m.remove(18, 9),
                        m -> m.getOrDefault(19, -1),
                        m -> m.getOrDefault(20, -1));
        for (Function<NavigableMap<Integer, Integer>, Object> op : ops) {
            assertEquals(op.apply(model), op.apply(map));
            assertEquals(model, map);
        }
        map.checkInvariants();
    }

    @Test
    void putAll_ofSortedMapIntoEmptyMap_loadsInLinearTime_andMatchesTreeMap() {
        TreeMap<Integer, Integer> model = modelOf(50_000);
        CowTreeMap<Integer, Integer> map = new CowTreeMap<>();
        map.putAll(model);
        map.checkInvariants();
        assertEquals(model, map);
        assertEquals(map, model);
        assertEquals(model.hashCode(), map.hashCode());
        assertEquals(model.toString(), map.toString());
        CowTreeMap<Integer, Integer> reversed = new CowTreeMap<>(Collections.reverseOrder());
        reversed.putAll(model);
        reversed.checkInvariants();
        assertEquals(99_998, reversed.firstKey());
    }

    @Test
    void equals_withOtherMaps_bothDirections() {
        CowTreeMap<Integer, Integer> map = mapOf(1000);
        CowTreeMap<Integer, Integer> fork = map.fork();
        fork.put(10, 10);
        assertFalse(map.equals(fork));
        fork.put(10, 5);
        assertEquals(map, fork);
        assertEquals(map, map.toPersistent());
        assertEquals(map.toPersistent(), map);
        assertEquals(map, new java.util.HashMap<>(modelOf(1000)));
        assertFalse(map.equals(modelOf(999)));
        assertFalse(map.equals(List.of()));
    }

    @Test
    void nullKeys_naturalOrderRejects_comparatorDecides() {
        CowTreeMap<String, Integer> natural = new CowTreeMap<>();
        assertThrows(NullPointerException.class, () -> natural.put(null, 1));
        assertThrows(NullPointerException.class, () -> natural.get(null));
        assertThrows(NullPointerException.class, () -> natural.containsKey(null));
        assertThrows(NullPointerException.class, () -> natural.remove(null));
        CowTreeMap<Object, Integer> mixed = new CowTreeMap<>();
        assertThrows(ClassCastException.class, () -> mixed.put(new Object(), 1));
        CowTreeMap<String, Integer> nullsFirst =
                new CowTreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
        nullsFirst.put("b", 2);
        nullsFirst.put(null, 0);
        assertNull(nullsFirst.firstKey());
        assertEquals(0, nullsFirst.get(null));
    }

    @Test
    void emptyMap_readsLikeTreeMap() {
        CowTreeMap<Integer, Integer> map = new CowTreeMap<>();
        assertThrows(NoSuchElementException.class, map::firstKey);
        assertThrows(NoSuchElementException.class, map::lastKey);
        assertNull(map.firstEntry());
        assertNull(map.lowerKey(3));
        assertEquals("{}", map.toString());
        assertEquals(0, map.hashCode());
        assertTrue(map.descendingMap().isEmpty());
    }

    @Test
    void navigationWithNull_onAnEmptyMap_comparesNothing_asTreeMap() {
        for (NavigableMap<Integer, Integer> m :
                List.<NavigableMap<Integer, Integer>>of(new CowTreeMap<>(), new TreeMap<>())) {
            assertNull(m.lowerKey(null));
            assertNull(m.ceilingEntry(null));
            assertNull(m.descendingMap().higherKey(null));
            assertNull(m.headMap(5, true).ceilingKey(null));
            assertThrows(NullPointerException.class, () -> m.tailMap(5, true).ceilingKey(null));
            assertThrows(NullPointerException.class, () -> m.get(null));
            m.put(1, 1);
            assertThrows(NullPointerException.class, () -> m.lowerKey(null));
            assertThrows(NullPointerException.class, () -> m.headMap(5, true).ceilingKey(null));
        }
    }

    @Test
    void toString_showsItselfAsThisMap() {
        CowTreeMap<Integer, Object> map = new CowTreeMap<>();
        map.put(1, map);
        assertEquals("{1=(this Map)}", map.toString());
    }

    @Test
    void randomWalk_withForksAndPersistentVersions_keepsTheSharingInvariant() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(11);
        List<CowTreeMap<Integer, Integer>> maps = new ArrayList<>(List.of(new CowTreeMap<>()));
        List<TreeMap<Integer, Integer>> models = new ArrayList<>(List.of(new TreeMap<>()));
        List<PersistentTreeMap<Integer, Integer>> versions = new ArrayList<>();
        List<TreeMap<Integer, Integer>> versionModels = new ArrayList<>();
        for (int step = 0; step < 4000; step++) {
            int i = random.nextInt(maps.size());
            CowTreeMap<Integer, Integer> m = maps.get(i);
            TreeMap<Integer, Integer> model = models.get(i);
            int k = random.nextInt(3000);
            switch (random.nextInt(12)) {
                case 0 -> {
                    if (maps.size() < 6) {
                        maps.add(m.fork());
                        models.add(new TreeMap<>(model));
                    }
                }
                case 1 -> {
                    versions.add(m.toPersistent());
                    versionModels.add(new TreeMap<>(model));
                }
                case 2 -> {
                    if (!versions.isEmpty() && maps.size() < 6) {
                        int v = random.nextInt(versions.size());
                        maps.add(new CowTreeMap<>(versions.get(v)));
                        models.add(new TreeMap<>(versionModels.get(v)));
                    }
                }
                case 3, 4 -> assertEquals(model.remove(k), m.remove(k));
                case 5 -> {
                    BiFunction<Integer, Integer, Integer> f = (key, v) -> v + 1;
                    m.replaceAll(f);
                    model.replaceAll(f);
                }
                default -> assertEquals(model.put(k, step), m.put(k, step));
            }
            List<TreeNode> roots = new ArrayList<>();
            for (CowTreeMap<Integer, Integer> each : maps) {
                roots.add(each.root());
            }
            List<TreeNode> frozen = new ArrayList<>();
            for (PersistentTreeMap<Integer, Integer> v : versions) {
                frozen.add(v.root());
            }
            if (step % 50 == 0) {
                TreeSharing.assertNoSharedWritable(roots, frozen);
                for (int j = 0; j < maps.size(); j++) {
                    maps.get(j).checkInvariants();
                    assertEquals(models.get(j), maps.get(j));
                }
                for (int j = 0; j < versions.size(); j++) {
                    assertEquals(versionModels.get(j), versions.get(j));
                }
            }
        }
    }
}
