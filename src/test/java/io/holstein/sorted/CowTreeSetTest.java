package io.holstein.sorted;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.List;
import java.util.NavigableSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class CowTreeSetTest {

    private static CowTreeSet<Integer> setOf(int n) {
        CowTreeSet<Integer> set = new CowTreeSet<>();
        for (int i = 0; i < n; i++) {
            set.add(2 * i);
        }
        return set;
    }

    private static TreeSet<Integer> modelOf(int n) {
        TreeSet<Integer> model = new TreeSet<>();
        for (int i = 0; i < n; i++) {
            model.add(2 * i);
        }
        return model;
    }

    @Test
    void firstWriteAfterFork_copiesExactlyOnePath() {
        CowTreeSet<Integer> set = setOf(100_000);
        CowTreeSet<Integer> fork = set.fork();
        assertSame(set.root(), fork.root());
        assertTrue(set.isShared() && fork.isShared());
        int height = BTree.height(set.root());

        set.remove(77_776);
        set.add(77_776);

        Set<TreeNode> copied = TreeSharing.nodes(set.root());
        copied.removeAll(TreeSharing.nodes(fork.root()));
        assertEquals(height + 1, copied.size());
        assertEquals(modelOf(100_000), fork);
        TreeSharing.assertNoSharedWritable(List.of(set.root(), fork.root()), List.of());
    }

    @Test
    void toPersistentAndBack_shareTheRoot_andWritesStayOnTheirSide() {
        CowTreeSet<Integer> set = setOf(5000);
        PersistentTreeSet<Integer> version = set.toPersistent();
        assertSame(set.root(), version.root());
        CowTreeSet<Integer> again = new CowTreeSet<>(version);
        assertSame(version.root(), again.root());
        TreeSharing.Contents frozen = new TreeSharing.Contents(version.root());
        set.add(1);
        again.remove(0);
        PersistentTreeSet<Integer> later = version.with(3);
        frozen.assertUnchanged();
        assertEquals(modelOf(5000), version);
        assertFalse(again.contains(1));
        assertFalse(later.contains(1));
        assertTrue(later.contains(0));
        TreeSharing.assertNoSharedWritable(
                List.of(set.root(), again.root()), List.of(version.root(), later.root()));
    }

    @Test
    void persistentConstructor_ofAMapsKeySet_writesLeavesThatHoldValues() {
        PersistentTreeMap<Integer, String> map = PersistentTreeMap.of(1, "a", 2, "b", 3, "c");
        CowTreeSet<Integer> set = new CowTreeSet<>(map.navigableKeySet());
        set.add(0);
        set.remove(2);
        set.checkInvariants();
        assertEquals(List.of(0, 1, 3), new ArrayList<>(set));
        assertEquals(3, map.size());
    }

    @Test
    void constructors_shareOrLoadLikeTreeSet() {
        CowTreeSet<Integer> set = setOf(100);
        assertSame(set.root(), new CowTreeSet<>((SortedSet<Integer>) set).root());
        assertSame(set.root(), new CowTreeSet<>(set.clone()).root());
        CowTreeSet<Integer> loaded = new CowTreeSet<>(modelOf(10_000));
        loaded.checkInvariants();
        assertEquals(modelOf(10_000), loaded);
        CowTreeSet<Integer> reversed = new CowTreeSet<>(Comparator.reverseOrder());
        reversed.addAll(List.of(1, 3, 2));
        CowTreeSet<Integer> sameOrder = new CowTreeSet<>((SortedSet<Integer>) reversed);
        assertEquals(List.of(3, 2, 1), new ArrayList<>(sameOrder));
        CowTreeSet<Integer> natural = new CowTreeSet<>(List.of(3, 1, 2, 1));
        assertEquals(List.of(1, 2, 3), new ArrayList<>(natural));
    }

    @Test
    void rangeViews_areLive_andRefuseElementsOutOfRange() {
        CowTreeSet<Integer> set = setOf(50);
        NavigableSet<Integer> sub = set.subSet(10, true, 20, true);
        assertEquals(List.of(10, 12, 14, 16, 18, 20), new ArrayList<>(sub));
        assertTrue(sub.add(11));
        assertTrue(set.contains(11));
        assertThrows(IllegalArgumentException.class, () -> sub.add(21));
        assertThrows(IllegalArgumentException.class, () -> sub.tailSet(8));
        assertFalse(sub.remove(30));
        assertTrue(set.contains(30));
        NavigableSet<Integer> desc = sub.descendingSet();
        assertEquals(20, desc.first());
        assertEquals(18, desc.higher(20));
        assertEquals(20, desc.pollFirst());
        assertFalse(set.contains(20));
        assertEquals(List.of(18, 16, 14, 12, 11, 10), new ArrayList<>(desc));
        set.add(19);
        assertEquals(7, sub.size());
        assertEquals(19, sub.lower(20));
        assertNull(sub.higher(19));
        sub.clear();
        assertEquals(50 - 6, set.size());
        set.checkInvariants();
    }

    @Test
    void positionalReads_matchTheOrder() {
        CowTreeSet<Integer> set = setOf(3000);
        for (int i = 0; i < 3000; i += 29) {
            assertEquals(2 * i, set.elementAt(i));
            assertEquals(i, set.indexOf(2 * i));
            assertEquals(-(i + 1) - 1, set.indexOf(2 * i + 1));
        }
        assertThrows(IndexOutOfBoundsException.class, () -> set.elementAt(3000));
    }

    @Test
    void iterators_failFast_andRemoveThroughThemselves() {
        CowTreeSet<Integer> set = setOf(100);
        Iterator<Integer> it = set.iterator();
        it.next();
        set.fork().add(1);
        set.toPersistent();
        assertEquals(2, it.next(), "fork and toPersistent are not structural modifications");
        set.add(1);
        assertThrows(ConcurrentModificationException.class, it::next);
        Iterator<Integer> down = set.descendingIterator();
        assertEquals(198, down.next());
        down.remove();
        assertEquals(196, down.next());
        assertFalse(set.contains(198));
    }

    @Test
    void bulkOperations_matchTreeSet() {
        CowTreeSet<Integer> set = setOf(200);
        TreeSet<Integer> model = modelOf(200);
        List<Integer> some = List.of(0, 4, 5, 100, 398, 1000);
        assertEquals(model.removeAll(some), set.removeAll(some));
        assertEquals(model.retainAll(modelOf(150)), set.retainAll(modelOf(150)));
        assertEquals(model.removeIf(x -> x % 3 == 0), set.removeIf(x -> x % 3 == 0));
        assertEquals(model, set);
        assertEquals(set, model);
        assertEquals(model.hashCode(), set.hashCode());
        assertEquals(model.toString(), set.toString());
        assertEquals(List.of(model.toArray()), List.of(set.toArray()));
        assertEquals(model.pollFirst(), set.pollFirst());
        assertEquals(model.pollLast(), set.pollLast());
        assertEquals(model, set);
    }

    @Test
    void nulls_naturalOrderRejects_comparatorDecides() {
        CowTreeSet<String> natural = new CowTreeSet<>();
        assertThrows(NullPointerException.class, () -> natural.add(null));
        assertThrows(NullPointerException.class, () -> natural.contains(null));
        CowTreeSet<Object> mixed = new CowTreeSet<>();
        assertThrows(ClassCastException.class, () -> mixed.add(new Object()));
        CowTreeSet<String> nullsFirst =
                new CowTreeSet<>(Comparator.nullsFirst(Comparator.naturalOrder()));
        nullsFirst.add("a");
        nullsFirst.add(null);
        assertNull(nullsFirst.first());
    }
}
