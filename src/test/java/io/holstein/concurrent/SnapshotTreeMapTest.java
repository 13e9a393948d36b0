package io.holstein.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.holstein.map.PersistentHashMap;
import io.holstein.sorted.PersistentTreeMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentNavigableMap;
import org.junit.jupiter.api.Test;

class SnapshotTreeMapTest {

    private static SnapshotTreeMap<Integer, Integer> mapOf(int n) {
        SnapshotTreeMap<Integer, Integer> map = new SnapshotTreeMap<>();
        for (int i = 0; i < n; i++) {
            map.put(2 * i, i);
        }
        return map;
    }

    @Test
    void snapshot_isTheCurrentVersion_andLaterWritesLeaveItAlone() {
        SnapshotTreeMap<Integer, Integer> map = mapOf(100);
        PersistentTreeMap<Integer, Integer> before = map.snapshot();
        assertSame(before, map.snapshot());
        map.put(1, 1);
        map.remove(0);
        map.headMap(50).clear();
        assertEquals(100, before.size());
        assertTrue(before.containsKey(0));
        assertEquals(75, map.size());
    }

    @Test
    void persistentConstructor_sharesTheVersion_andRefusesANullKey() {
        PersistentTreeMap<Integer, Integer> version = PersistentTreeMap.of(1, 1, 2, 2);
        SnapshotTreeMap<Integer, Integer> map = new SnapshotTreeMap<>(version);
        assertSame(version, map.snapshot());
        PersistentTreeMap<String, Integer> withNull =
                PersistentTreeMap.<String, Integer>empty(
                                Comparator.nullsFirst(Comparator.naturalOrder()))
                        .with(null, 1);
        assertThrows(NullPointerException.class, () -> new SnapshotTreeMap<>(withNull));
    }

    @Test
    void updateAndCompareAndSet_refuseAVersionInAnotherOrder() {
        SnapshotTreeMap<Integer, Integer> map = mapOf(10);
        PersistentTreeMap<Integer, Integer> reversed =
                PersistentTreeMap.<Integer, Integer>empty(Comparator.reverseOrder()).with(1, 1);
        assertThrows(IllegalArgumentException.class, () -> map.update(v -> reversed));
        assertThrows(
                IllegalArgumentException.class, () -> map.compareAndSet(map.snapshot(), reversed));
        assertThrows(NullPointerException.class, () -> map.update(v -> null));
        assertEquals(10, map.size());
        PersistentTreeMap<Integer, Integer> current = map.snapshot();
        assertTrue(map.compareAndSet(current, current.with(-1, -1)));
        assertFalse(map.compareAndSet(current, current.with(-2, -2)));
        assertEquals(-1, map.firstKey());
    }

    @Test
    void constructors_shareASiblingsVersion_andCopyAnyOtherMap() {
        SnapshotTreeMap<Integer, Integer> map = mapOf(10);
        assertSame(map.snapshot(), new SnapshotTreeMap<>((Map<Integer, Integer>) map).snapshot());
        assertSame(
                map.snapshot(),
                new SnapshotTreeMap<>((NavigableMap<Integer, Integer>) map).snapshot());
        SnapshotTreeMap<Integer, Integer> reversed =
                new SnapshotTreeMap<>(Comparator.<Integer>reverseOrder());
        reversed.putAll(map);
        SnapshotTreeMap<Integer, Integer> natural =
                new SnapshotTreeMap<>((Map<Integer, Integer>) reversed);
        assertEquals(0, natural.firstKey(), "TreeMap(Map) orders naturally");
        assertEquals(18, new SnapshotTreeMap<>(reversed).firstKey());
    }

    @Test
    void hashMapConstructor_ofASnapshotTreeMap_copiesItsMappings() {
        // A SnapshotTreeMap is a map but not a sibling of SnapshotHashMap: its version must not
        // be adopted as a hash map's.
        SnapshotTreeMap<Integer, Integer> tree = mapOf(10);
        SnapshotHashMap<Integer, Integer> hash = new SnapshotHashMap<>(tree);
        assertInstanceOf(PersistentHashMap.class, hash.snapshot());
        assertEquals(tree, hash);
        SnapshotTreeMap<Integer, Integer> back = new SnapshotTreeMap<>(hash);
        assertEquals(tree, back);
        assertEquals(0, back.firstKey());
    }

    @Test
    void rangeViews_readTheCurrentVersion_andIteratorsOneVersion() {
        SnapshotTreeMap<Integer, Integer> map = mapOf(100);
        ConcurrentNavigableMap<Integer, Integer> sub = map.subMap(10, 20);
        assertEquals(5, sub.size());
        Iterator<Integer> keys = sub.keySet().iterator();
        map.put(11, 11);
        map.remove(12);
        assertEquals(5, sub.size());
        assertEquals(List.of(10, 11, 14, 16, 18), new ArrayList<>(sub.keySet()));
        List<Integer> seen = new ArrayList<>();
        keys.forEachRemaining(seen::add);
        assertEquals(List.of(10, 12, 14, 16, 18), seen, "the version of the iterator's creation");
        assertThrows(IllegalArgumentException.class, () -> sub.put(20, 0));
        assertThrows(IllegalArgumentException.class, () -> sub.putIfAbsent(5, 0));
        assertThrows(IllegalArgumentException.class, () -> sub.subMap(8, 12));
        assertNull(sub.get(30));
        assertNull(sub.remove(30));
        assertTrue(map.containsKey(30));
        assertEquals(List.of(18, 16, 14, 11, 10), new ArrayList<>(sub.descendingKeySet()));
        assertEquals(Map.entry(18, 9), sub.descendingMap().pollFirstEntry());
        assertFalse(map.containsKey(18));
    }

    @Test
    void rangeClear_removesTheRangeAtOnce() {
        SnapshotTreeMap<Integer, Integer> map = mapOf(1000);
        map.subMap(100, true, 300, false).clear();
        map.headMap(10).clear();
        map.tailMap(1900, false).clear();
        map.descendingMap().headMap(1800, true).clear();
        TreeMap<Integer, Integer> model = new TreeMap<>();
        for (int i = 0; i < 1000; i++) {
            model.put(2 * i, i);
        }
        model.subMap(100, true, 300, false).clear();
        model.headMap(10).clear();
        model.tailMap(1900, false).clear();
        model.descendingMap().headMap(1800, true).clear();
        assertEquals(model, map);
        map.checkInvariants();
    }

    @Test
    void entries_fromTheEntrySetWriteThrough_navigationEntriesAreSnapshots() {
        SnapshotTreeMap<Integer, Integer> map = mapOf(10);
        Map.Entry<Integer, Integer> e = map.tailMap(4).entrySet().iterator().next();
        assertEquals(2, e.setValue(20));
        assertEquals(20, map.get(4));
        Map.Entry<Integer, Integer> first = map.firstEntry();
        assertThrows(UnsupportedOperationException.class, () -> first.setValue(5));
        assertThrows(UnsupportedOperationException.class, () -> map.ceilingEntry(3).setValue(5));
    }

    @Test
    void viewRemovals_areAtomicUpdatesOfTheRange() {
        SnapshotTreeMap<Integer, Integer> map = mapOf(100);
        PersistentTreeMap<Integer, Integer> before = map.snapshot();
        assertTrue(map.subMap(0, 50).values().removeIf(v -> v % 2 == 0));
        assertTrue(map.headMap(60).keySet().retainAll(List.of(2, 6, 50, 54)));
        assertFalse(map.containsKey(0));
        assertTrue(map.containsKey(2));
        assertTrue(map.containsKey(62));
        assertEquals(74, map.size());
        assertEquals(100, before.size());
        assertEquals(2, map.headMap(60).navigableKeySet().first());
        assertEquals(54, map.headMap(60).navigableKeySet().pollLast());
    }

    @Test
    void nulls_areRefusedEverywhere() {
        SnapshotTreeMap<String, Integer> map =
                new SnapshotTreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
        map.put("a", 1);
        assertThrows(NullPointerException.class, () -> map.put(null, 1));
        assertThrows(NullPointerException.class, () -> map.put("b", null));
        assertThrows(NullPointerException.class, () -> map.get(null));
        assertThrows(NullPointerException.class, () -> map.containsKey(null));
        assertThrows(NullPointerException.class, () -> map.ceilingKey(null));
        assertThrows(NullPointerException.class, () -> map.headMap(null));
        assertThrows(NullPointerException.class, () -> map.tailMap("a").get(null));
    }

    @Test
    void equalsHashCodeAndToString_readOneVersion() {
        SnapshotTreeMap<Integer, Integer> map = mapOf(20);
        TreeMap<Integer, Integer> model = new TreeMap<>(map.snapshot());
        assertEquals(model, map);
        assertEquals(map, model);
        assertEquals(model.hashCode(), map.hashCode());
        assertEquals(model.toString(), map.toString());
        assertEquals(model.headMap(10), map.headMap(10));
        assertEquals(model.headMap(10).toString(), map.headMap(10).toString());
        assertEquals(model.descendingMap().toString(), map.descendingMap().toString());
    }
}
