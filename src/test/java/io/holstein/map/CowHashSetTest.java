package io.holstein.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.Spliterator;
import org.junit.jupiter.api.Test;

class CowHashSetTest {

    private static CowHashSet<String> setOf(int n) {
        CowHashSet<String> set = new CowHashSet<>();
        for (int i = 0; i < n; i++) {
            set.add("e" + i);
        }
        return set;
    }

    private static Set<String> modelOf(int n) {
        Set<String> model = new HashSet<>();
        for (int i = 0; i < n; i++) {
            model.add("e" + i);
        }
        return model;
    }

    @Test
    void fork_sharesStorage_andWritesStayOnTheirSide() {
        CowHashSet<String> set = setOf(20);
        CowHashSet<String> fork = set.fork();
        assertTrue(set.isShared() && fork.isShared());
        assertSame(set.map().table, fork.map().table);
        assertEquals(
                new ArrayList<>(set), new ArrayList<>(fork), "a fork iterates like its source");
        set.add("new");
        fork.remove("e1");
        assertEquals(21, set.size());
        assertTrue(set.contains("e1"));
        assertEquals(19, fork.size());
        assertFalse(fork.contains("new"));
        set.checkInvariants();
        fork.checkInvariants();
    }

    @Test
    void add_ofPresentElement_neitherWritesNorCopies() {
        CowHashSet<String> set = setOf(5);
        CowHashSet<String> fork = set.fork();
        Object[] table = set.map().table;
        assertFalse(set.add("e3"));
        assertSame(table, set.map().table, "adding a present element leaves shared storage alone");
        assertTrue(set.isShared());
        assertTrue(fork.isShared());
    }

    @Test
    void cloneAndCopyConstructor_ofCowHashSet_areForks() {
        CowHashSet<String> set = setOf(8);
        CowHashSet<String> clone = set.clone();
        CowHashSet<String> copy = new CowHashSet<>(set);
        assertSame(set.map().table, clone.map().table);
        assertSame(set.map().table, copy.map().table);
        clone.clear();
        copy.add("x");
        assertEquals(modelOf(8), set);
        CowHashSet<String> fromList = new CowHashSet<>(List.of("a", "b", "a"));
        assertEquals(Set.of("a", "b"), fromList);
        assertFalse(fromList.isShared());
    }

    @Test
    void iteratorRemove_afterFork_removesFromItsOwnSetOnly() {
        CowHashSet<String> set = setOf(10);
        Iterator<String> it = set.iterator();
        String first = it.next();
        CowHashSet<String> fork = set.fork();
        it.remove();
        assertFalse(set.contains(first));
        assertTrue(fork.contains(first));
        assertEquals(modelOf(10), fork);
    }

    @Test
    void removeIfAndRetainAll_afterFork_writeOnlyTheirSet() {
        CowHashSet<String> set = setOf(30);
        CowHashSet<String> fork = set.fork();
        assertTrue(set.removeIf(e -> e.endsWith("1")));
        assertTrue(set.retainAll(List.of("e2", "e3", "e11", "zz")));
        assertTrue(set.removeAll(List.of("e3")));
        assertEquals(Set.of("e2"), set);
        assertEquals(modelOf(30), fork);
    }

    @Test
    void iterator_takenBeforeFork_readsItsOwnSetAfterBothSidesWrite() {
        CowHashSet<String> x = setOf(10);
        Iterator<String> it = x.iterator();
        List<String> order = new ArrayList<>(x);
        CowHashSet<String> y = x.fork();
        y.removeIf(e -> true);
        y.add("other");
        List<String> seen = new ArrayList<>();
        it.forEachRemaining(seen::add);
        assertEquals(order, seen);
    }

    @Test
    void behaviourAndExceptions_likeHashSet() {
        assertThrows(IllegalArgumentException.class, () -> new CowHashSet<>(-1));
        assertThrows(IllegalArgumentException.class, () -> new CowHashSet<>(1, Float.NaN));
        assertThrows(IllegalArgumentException.class, () -> new CowHashSet<>(1, 0f));
        assertThrows(NullPointerException.class, () -> new CowHashSet<>(null));
        CowHashSet<String> set = setOf(3);
        Set<String> model = modelOf(3);
        set.add(null);
        model.add(null);
        assertEquals(model, set);
        assertEquals(set, model);
        assertEquals(model.hashCode(), set.hashCode());
        assertEquals(model.toString().length(), set.toString().length());
        Iterator<String> it = set.iterator();
        assertThrows(IllegalStateException.class, it::remove);
        set.add("more");
        assertThrows(java.util.ConcurrentModificationException.class, it::next);
        Spliterator<String> sp = set.spliterator();
        assertEquals(Spliterator.DISTINCT | Spliterator.SIZED, sp.characteristics());
        assertEquals(5, sp.estimateSize());
        String[] a = set.toArray(new String[0]);
        assertEquals(5, a.length);
        assertNotSame(set.toArray(), set.toArray());
    }

    /**
     * Adds {@code elements} in order to a {@code CowHashSet} and a {@code HashSet}, checks that the
     * set's bucket is a tree or not as {@code tree} says, then compares them with elements of both
     * classes of {@link CollidingKeys.Ranked}: contains, add, remove, size, equals both ways.
     */
    private static void assertEqualElementsOfTwoClassesMatchHashSet(
            List<CollidingKeys.Ranked> elements, boolean tree) {
        CowHashSet<Object> set = new CowHashSet<>();
        Set<Object> model = new HashSet<>();
        for (CollidingKeys.Ranked e : elements) {
            assertEquals(model.add(e), set.add(e), "add " + e);
        }
        assertEquals(1, set.map().buckets, "more than eight elements of one hash share a bucket");
        assertEquals(tree, set.map().bucketAt(bucketSlot(set)).isTree(), "a tree of ordered keys");
        set.checkInvariants();
        for (int id = 0; id < 10; id++) {
            for (Object e : List.of(ordered(id), orderedSubclass(id))) {
                assertEquals(model.contains(e), set.contains(e), "contains " + e);
                assertEquals(model.add(e), set.add(e), "add " + e);
            }
        }
        assertEquals(model.size(), set.size());
        assertEquals(model, set);
        assertEquals(set, model);
        for (int id = 0; id < 9; id += 2) {
            Object e = id % 4 == 0 ? ordered(id) : orderedSubclass(id);
            assertEquals(model.remove(e), set.remove(e), "remove " + e);
            assertFalse(set.contains(ordered(id)), "removed " + e);
            assertFalse(set.contains(orderedSubclass(id)), "removed " + e);
        }
        assertEquals(model.size(), set.size());
        assertEquals(model, set);
        assertEquals(set, model);
        assertEquals(model.hashCode(), set.hashCode());
        set.checkInvariants();
    }

    /** The slot of the one collision bucket of {@code set}. */
    private static int bucketSlot(CowHashSet<?> set) {
        int i = 0;
        while (set.map().bucketAt(i) == null) {
            i++;
        }
        return i;
    }

    private static CollidingKeys.Ranked ordered(int id) {
        return new CollidingKeys.Ranked(42, id, id);
    }

    private static CollidingKeys.Ranked orderedSubclass(int id) {
        return new CollidingKeys.RankedSubclass(42, id, id);
    }

    @Test
    void equalElementsOfTwoClasses_subclassElementAfterTheBucketFormed_matchHashSet() {
        List<CollidingKeys.Ranked> elements = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            elements.add(ordered(i));
        }
        elements.add(orderedSubclass(5));
        assertEqualElementsOfTwoClassesMatchHashSet(elements, true);
    }

    @Test
    void equalElementsOfTwoClasses_subclassElementBeforeTheBucketFormed_matchHashSet() {
        List<CollidingKeys.Ranked> elements = new ArrayList<>();
        elements.add(orderedSubclass(5));
        for (int i = 0; i < 10; i++) {
            elements.add(ordered(i));
        }
        assertEqualElementsOfTwoClassesMatchHashSet(elements, false);
    }

    @Test
    void collidingElements_100k_inOneBucket() {
        List<String> elements = CollidingKeys.strings(100_000, 17, 0);
        CowHashSet<String> set = new CowHashSet<>(elements);
        assertEquals(100_000, set.size());
        assertEquals(1, set.map().buckets);
        for (String e : elements) {
            assertTrue(set.contains(e));
        }
        assertTrue(set.removeAll(new HashSet<>(elements.subList(0, 50_000))));
        assertEquals(50_000, set.size());
        set.checkInvariants();
    }
}
