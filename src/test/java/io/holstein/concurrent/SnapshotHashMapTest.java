package io.holstein.concurrent;

import static io.holstein.testing.SerialStreams.allocatedBytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.holstein.map.PersistentHashMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Behaviour the conformance suites and the model test do not reach: retries forced
 * deterministically (a function that writes to the map itself overtakes its own attempt), the
 * checks of versions handed in, writes that change nothing, and iterators over a version while
 * the map moves on.
 */
class SnapshotHashMapTest {

    @Test
    void update_overtakenByAWrite_runsTheOperatorAgainOnTheNewVersion() {
        SnapshotHashMap<String, Integer> map = new SnapshotHashMap<>(PersistentHashMap.of("a", 1));
        int[] calls = {0};
        PersistentHashMap<String, Integer> result = map.update(m -> {
            if (calls[0]++ == 0) {
                map.put("b", 2);
            }
            return m.with("c", m.size());
        });
        assertEquals(2, calls[0]);
        assertSame(result, map.snapshot());
        assertEquals(Map.of("a", 1, "b", 2, "c", 2), map);
    }

    @Test
    void compute_overtakenByAWrite_seesTheNewValue() {
        SnapshotHashMap<String, Integer> map = new SnapshotHashMap<>(PersistentHashMap.of("a", 1));
        int[] calls = {0};
        Integer result = map.compute("a", (k, v) -> {
            if (calls[0]++ == 0) {
                map.put("a", 10);
            }
            return v + 1;
        });
        assertEquals(2, calls[0]);
        assertEquals(11, result);
        assertEquals(11, map.get("a"));
    }

    @Test
    void computeIfAbsent_overtakenByAPut_runsOnceAndReturnsTheWinner() {
        SnapshotHashMap<String, Integer> map = new SnapshotHashMap<>();
        int[] calls = {0};
        Integer result = map.computeIfAbsent("a", k -> {
            calls[0]++;
            map.put("a", 7);
            return 1;
        });
        assertEquals(1, calls[0]);
        assertEquals(7, result);
        assertEquals(7, map.get("a"));
    }

    @Test
    void versionsWithANullKey_areRejected_mapUnchanged() {
        PersistentHashMap<String, Integer> nullKey = PersistentHashMap.of(null, 1);
        assertThrows(NullPointerException.class, () -> new SnapshotHashMap<>(nullKey));
        SnapshotHashMap<String, Integer> map = new SnapshotHashMap<>(PersistentHashMap.of("a", 1));
        PersistentHashMap<String, Integer> before = map.snapshot();
        assertThrows(NullPointerException.class, () -> map.compareAndSet(before, nullKey));
        assertThrows(NullPointerException.class, () -> map.update(m -> m.with(null, 2)));
        assertThrows(NullPointerException.class, () -> map.update(m -> null));
        Map<String, Integer> withNullValue = new HashMap<>();
        withNullValue.put("b", null);
        assertThrows(NullPointerException.class, () -> map.putAll(withNullValue));
        assertThrows(NullPointerException.class, () -> map.replaceAll((k, v) -> null));
        assertSame(before, map.snapshot());
    }

    @Test
    void queriesWithNull_throw_asConcurrentHashMapDoes() {
        SnapshotHashMap<String, Integer> map = new SnapshotHashMap<>(PersistentHashMap.of("a", 1));
        assertThrows(NullPointerException.class, () -> map.get(null));
        assertThrows(NullPointerException.class, () -> map.containsKey(null));
        assertThrows(NullPointerException.class, () -> map.containsValue(null));
        assertThrows(NullPointerException.class, () -> map.getOrDefault(null, 1));
        assertFalse(map.remove("a", null));
        assertEquals(1, map.get("a"));
    }

    @Test
    void compareAndSet_installsOnlyOverTheExpectedVersion() {
        SnapshotHashMap<String, Integer> map = new SnapshotHashMap<>();
        PersistentHashMap<String, Integer> empty = map.snapshot();
        PersistentHashMap<String, Integer> one = empty.with("a", 1);
        assertTrue(map.compareAndSet(empty, one));
        assertFalse(map.compareAndSet(empty, empty.with("b", 2)), "a stale expected version");
        assertSame(one, map.snapshot());
        assertTrue(map.compareAndSet(one, one), "the current version to itself");
        assertFalse(map.compareAndSet(empty, empty), "a stale version to itself");
    }

    @Test
    void writesThatChangeNothing_allocateNothing() {
        SnapshotHashMap<Integer, Integer> map = new SnapshotHashMap<>();
        Integer[] values = new Integer[64];
        for (int i = 0; i < values.length; i++) {
            values[i] = 1000 + i;
            map.put(i, values[i]);
        }
        PersistentHashMap<Integer, Integer> before = map.snapshot();
        Integer absent = 5000;
        long start = allocatedBytes();
        for (int round = 0; round < 10_000; round++) {
            Integer k = round & 63;
            map.put(k, values[k]);
            map.putIfAbsent(k, absent);
            map.remove(absent);
            map.replace(absent, absent);
        }
        long allocated = allocatedBytes() - start;
        assertSame(before, map.snapshot());
        assertTrue(allocated < 64 * 1024, "allocated " + allocated + " bytes for 40,000 writes that change nothing");
    }

    @Test
    void iterators_walkTheirVersion_whileRemoveAndSetValueWriteTheLiveMap() {
        SnapshotHashMap<String, Integer> map = new SnapshotHashMap<>(PersistentHashMap.of("a", 1, "b", 2, "c", 3));
        Iterator<Map.Entry<String, Integer>> it = map.entrySet().iterator();
        map.clear();
        map.put("d", 4);
        Map<String, Integer> seen = new HashMap<>();
        while (it.hasNext()) {
            Map.Entry<String, Integer> e = it.next();
            seen.put(e.getKey(), e.getValue());
            if (e.getKey().equals("a")) {
                assertEquals(1, e.setValue(10));
                assertEquals(10, e.getValue());
            }
        }
        assertEquals(Map.of("a", 1, "b", 2, "c", 3), seen);
        assertEquals(Map.of("a", 10, "d", 4), map);
        Iterator<String> keys = map.keySet().iterator();
        String first = keys.next();
        keys.remove();
        assertFalse(map.containsKey(first));
        assertThrows(IllegalStateException.class, keys::remove);
        assertEquals(1, map.size());
    }

    @Test
    void removeIf_onValuesAndEntries_removesOnlyMappingsStillHoldingTheValue() {
        SnapshotHashMap<String, Integer> map = new SnapshotHashMap<>(PersistentHashMap.of("a", 1, "b", 1, "c", 2));
        assertTrue(map.values().removeIf(v -> {
            map.put("b", 5);
            return v == 1;
        }));
        assertEquals(Map.of("b", 5, "c", 2), map);
        assertTrue(map.entrySet().removeIf(e -> {
            map.put("c", 6);
            return true;
        }));
        assertEquals(Map.of("c", 6), map, "c changed after the entry was read, so it stays");
        assertTrue(map.keySet().removeIf(k -> {
            map.put("c", 7);
            return true;
        }));
        assertTrue(map.isEmpty(), "a key goes whatever it maps to now");
        assertFalse(map.keySet().removeIf(k -> true));
    }

    @Test
    void views_areLive_andCompareOneVersion() {
        SnapshotHashMap<String, Integer> map = new SnapshotHashMap<>();
        Set<String> keys = map.keySet();
        assertTrue(keys.isEmpty());
        map.put("a", 1);
        assertEquals(Set.of("a"), keys);
        assertTrue(map.values().contains(1));
        assertTrue(map.values().remove(1));
        assertTrue(map.isEmpty());
        map.put("x", 1);
        map.put("y", 1);
        assertTrue(map.values().remove(1));
        assertEquals(1, map.size());
        assertNull(map.putIfAbsent("z", 3));
        assertEquals("{", map.toString().substring(0, 1));
        assertEquals(map.snapshot().hashCode(), map.hashCode());
    }
}
