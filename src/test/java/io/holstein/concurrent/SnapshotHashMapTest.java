package io.holstein.concurrent;

import static io.holstein.testing.SerialStreams.allocatedBytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.holstein.map.PersistentHashMap;
import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Spliterator;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * Behaviour the conformance suites and the model test do not reach: retries forced
 * deterministically (a function that writes to the map itself overtakes its own attempt), the
 * checks of versions handed in, writes that change nothing, and iterators over a version while the
 * map moves on.
 */
class SnapshotHashMapTest {

    @Test
    void update_overtakenByAWrite_runsTheOperatorAgainOnTheNewVersion() {
        SnapshotHashMap<String, Integer> map = new SnapshotHashMap<>(PersistentHashMap.of("a", 1));
        int[] calls = {0};
        PersistentHashMap<String, Integer> result =
                map.update(
                        m -> {
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
        Integer result =
                map.compute(
                        "a",
                        (k, v) -> {
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
        Integer result =
                map.computeIfAbsent(
                        "a",
                        k -> {
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
        assertTrue(
                allocated < 64 * 1024,
                "allocated " + allocated + " bytes for 40,000 writes that change nothing");
    }

    @Test
    void iterators_walkTheirVersion_whileRemoveAndSetValueWriteTheLiveMap() {
        SnapshotHashMap<String, Integer> map =
                new SnapshotHashMap<>(PersistentHashMap.of("a", 1, "b", 2, "c", 3));
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
    void viewRemoveIf_overtakenByAWrite_runsAgainOnTheNewVersion() {
        SnapshotHashMap<String, Integer> map =
                new SnapshotHashMap<>(PersistentHashMap.of("a", 1, "b", 1, "c", 2));
        boolean[] wrote = {false};
        assertTrue(
                map.values()
                        .removeIf(
                                v -> {
                                    if (!wrote[0]) {
                                        wrote[0] = true;
                                        map.put("b", 5);
                                    }
                                    return v == 1;
                                }));
        assertEquals(Map.of("b", 5, "c", 2), map, "the second attempt saw b=5");
        wrote[0] = false;
        assertTrue(
                map.entrySet()
                        .removeIf(
                                e -> {
                                    if (!wrote[0]) {
                                        wrote[0] = true;
                                        map.put("c", 6);
                                    }
                                    return e.getValue() == 6;
                                }));
        assertEquals(Map.of("b", 5), map, "the second attempt saw c=6");
        assertFalse(map.keySet().removeIf(k -> false));
        assertEquals(Map.of("b", 5), map);
    }

    @Test
    void viewBulkRemovals_testEveryElementBeforeRemovingAny() {
        PersistentHashMap<String, Integer> first =
                PersistentHashMap.of("a", 1, "b", 2, "c", 3, "d", 4);
        SnapshotHashMap<String, Integer> map = new SnapshotHashMap<>(first);
        List<Integer> sizesSeen = new ArrayList<>();
        assertTrue(
                map.keySet()
                        .removeIf(
                                k -> {
                                    sizesSeen.add(map.size());
                                    return !k.equals("d");
                                }));
        assertEquals(List.of(4, 4, 4, 4), sizesSeen, "no key leaves before every key was tested");
        assertEquals(Map.of("d", 4), map);

        Collection<Object> watching =
                new AbstractCollection<>() {
                    @Override
                    public boolean contains(Object o) {
                        sizesSeen.add(map.size());
                        return o.equals(1) || o.equals(2);
                    }

                    @Override
                    public Iterator<Object> iterator() {
                        throw new UnsupportedOperationException("only contains is called");
                    }

                    @Override
                    public int size() {
                        return 2;
                    }
                };
        map.update(v -> first);
        sizesSeen.clear();
        assertTrue(map.values().removeAll(watching));
        assertEquals(List.of(4, 4, 4, 4), sizesSeen, "removeAll removes in one step");
        assertEquals(Map.of("c", 3, "d", 4), map);
        map.update(v -> first);
        sizesSeen.clear();
        assertTrue(map.values().retainAll(watching));
        assertEquals(List.of(4, 4, 4, 4), sizesSeen, "retainAll removes in one step");
        assertEquals(Map.of("a", 1, "b", 2), map);
    }

    @Test
    void viewContainsAll_readsOneVersion() {
        SnapshotHashMap<Integer, Integer> map =
                new SnapshotHashMap<>(PersistentHashMap.of(1, 1, 2, 2));
        // 1 and 3 are never both keys: the second element is produced after 1 left and 3 came.
        Collection<Integer> movingKeys =
                new AbstractCollection<>() {
                    @Override
                    public Iterator<Integer> iterator() {
                        return new Iterator<>() {
                            int i;

                            @Override
                            public boolean hasNext() {
                                return i < 2;
                            }

                            @Override
                            public Integer next() {
                                if (i == 1) {
                                    map.remove(1);
                                    map.put(3, 3);
                                }
                                return i++ == 0 ? 1 : 3;
                            }
                        };
                    }

                    @Override
                    public int size() {
                        return 2;
                    }
                };
        assertFalse(map.keySet().containsAll(movingKeys));
        map.update(v -> PersistentHashMap.of(1, 1, 2, 2));
        assertFalse(map.values().containsAll(movingKeys));
        map.update(v -> PersistentHashMap.of(1, 1, 2, 2));
        assertFalse(map.entrySet().containsAll(List.of(Map.entry(1, 1), Map.entry(3, 3))));
        assertTrue(map.entrySet().containsAll(List.of(Map.entry(1, 1), Map.entry(2, 2))));
    }

    @Test
    void valuesRemoveNull_returnsFalse_asConcurrentHashMapDoes() {
        SnapshotHashMap<String, Integer> map = new SnapshotHashMap<>(PersistentHashMap.of("a", 1));
        assertFalse(new ConcurrentHashMap<String, Integer>(map).values().remove(null));
        assertFalse(map.values().remove(null));
        assertEquals(Map.of("a", 1), map);
    }

    @Test
    void keyAndValueSpliterators_splitAlongTheTrie() {
        SnapshotHashMap<Integer, Integer> map = new SnapshotHashMap<>();
        map.update(
                v -> {
                    PersistentHashMap.Builder<Integer, Integer> b = v.toBuilder();
                    for (int i = 0; i < 10_000; i++) {
                        b.put(i, i);
                    }
                    return b.build();
                });
        for (Spliterator<Integer> s :
                List.of(map.keySet().spliterator(), map.values().spliterator())) {
            Spliterator<Integer> prefix = s.trySplit();
            // An iterator-based spliterator splits off batches of 1024 first; the trie splits in
            // halves.
            assertTrue(prefix.estimateSize() > 2048, "prefix of " + prefix.estimateSize());
            assertEquals(10_000, prefix.estimateSize() + s.estimateSize());
            assertTrue(s.hasCharacteristics(Spliterator.SIZED | Spliterator.NONNULL));
            assertFalse(
                    s.hasCharacteristics(Spliterator.IMMUTABLE), "the view's map can be written");
        }
    }

    @Test
    void aKeyMappedToNull_canStillBeRemovedAndReplaced() {
        SnapshotHashMap<String, Integer> map = new SnapshotHashMap<>(PersistentHashMap.of("a", 1));
        map.update(v -> v.with("n", null));
        assertNull(map.get("n"));
        assertTrue(map.containsKey("n"));
        assertEquals(2, map.size());
        assertNull(map.remove("n"));
        assertFalse(map.containsKey("n"), "remove(key) removes a key mapped to null");

        map.update(v -> v.with("n", null));
        assertTrue(map.keySet().remove("n"), "the key set reports it removed");
        assertFalse(map.containsKey("n"));

        map.update(v -> v.with("n", null));
        Iterator<String> it = map.keySet().iterator();
        while (!it.next().equals("n")) {
            // skip to the key
        }
        it.remove();
        assertFalse(map.containsKey("n"));

        map.compareAndSet(map.snapshot(), map.snapshot().with("n", null));
        assertNull(map.replace("n", 7));
        assertEquals(7, map.get("n"), "replace(key, value) replaces a key mapped to null");

        map.update(v -> v.with("n", null));
        assertNull(
                map.computeIfPresent(
                        "n",
                        (k, v) -> {
                            throw new AssertionError(
                                    "a null value counts as absent, as Map.computeIfPresent specifies");
                        }));
        assertFalse(map.remove("n", 1));
        assertFalse(map.replace("n", 1, 2));
        assertEquals(1, map.compute("n", (k, v) -> v == null ? 1 : 2));
        assertEquals(Map.of("a", 1, "n", 1), map);

        map.update(v -> v.with("n", null));
        Map.Entry<String, Integer> nullEntry = null;
        for (Map.Entry<String, Integer> e : map.entrySet()) {
            if (e.getKey().equals("n")) {
                nullEntry = e;
            }
        }
        assertEquals(new AbstractMap.SimpleEntry<>("n", null), nullEntry);
        assertEquals("n".hashCode(), nullEntry.hashCode());
        assertTrue(map.entrySet().contains(new AbstractMap.SimpleEntry<>("n", null)));
        assertEquals(new SnapshotHashMap<>(map.snapshot()).hashCode(), map.hashCode());
        map.clear();
        assertTrue(map.isEmpty());
    }

    @Test
    void writesThatChangeNothing_areStillOvertaken_asWritesAre() {
        // Each no-op write compare-and-sets its version onto itself, so a write in between
        // makes it start over: it is a write, with a write's memory effects.
        SnapshotHashMap<String, Integer> map = new SnapshotHashMap<>(PersistentHashMap.of("a", 1));
        int[] calls = {0};
        map.update(
                v -> {
                    if (calls[0]++ == 0) {
                        map.put("b", 2);
                    }
                    return v;
                });
        assertEquals(2, calls[0], "update returning its argument");
        calls[0] = 0;
        map.replaceAll(
                (k, v) -> {
                    if (calls[0]++ == 0) {
                        map.put("c", 3);
                    }
                    return v;
                });
        assertEquals(
                5, calls[0], "replaceAll changing nothing: 2 calls, then 3 on the newer version");
        calls[0] = 0;
        assertEquals(
                1,
                map.compute(
                        "a",
                        (k, v) -> {
                            if (calls[0]++ == 0) {
                                map.put("d", 4);
                            }
                            return v;
                        }));
        assertEquals(2, calls[0], "compute returning the present value");
        calls[0] = 0;
        assertEquals(
                1,
                map.merge(
                        "a",
                        1,
                        (old, v) -> {
                            if (calls[0]++ == 0) {
                                map.put("e", 5);
                            }
                            return old;
                        }));
        assertEquals(2, calls[0], "merge returning the present value");
        assertEquals(Map.of("a", 1, "b", 2, "c", 3, "d", 4, "e", 5), map);
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
