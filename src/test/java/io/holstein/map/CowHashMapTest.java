package io.holstein.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.holstein.internal.RefCount;
import io.holstein.testing.SerialStreams;
import java.util.ArrayList;
import java.util.Collection;
import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class CowHashMapTest {

    private static CowHashMap<String, Integer> mapOf(int n) {
        CowHashMap<String, Integer> map = new CowHashMap<>();
        for (int i = 0; i < n; i++) {
            map.put("k" + i, i);
        }
        return map;
    }

    private static Map<String, Integer> modelOf(int n) {
        Map<String, Integer> model = new HashMap<>();
        for (int i = 0; i < n; i++) {
            model.put("k" + i, i);
        }
        return model;
    }

    private static <K, V> List<Map.Entry<K, V>> order(Map<K, V> map) {
        List<Map.Entry<K, V>> out = new ArrayList<>();
        map.forEach((k, v) -> out.add(Map.entry(k, v)));
        return out;
    }

    // ------------------------------------------------------------------ sharing

    @Test
    void fork_ofMap_bothSidesShareOneStorage() {
        CowHashMap<String, Integer> map = mapOf(20);
        assertFalse(map.isShared());
        CowHashMap<String, Integer> fork = map.fork();
        assertTrue(map.isShared());
        assertTrue(fork.isShared());
        assertSame(map.table, fork.table);
        assertSame(map.hashes, fork.hashes);
        assertSame(map.shares(), fork.shares());
        assertEquals(2, map.shares().get());
        assertEquals(map, fork);
        map.checkInvariants();
        fork.checkInvariants();
    }

    @Test
    void put_afterFork_writerCopiesKeysAndValues_insertCopiesHashCodes() {
        CowHashMap<String, Integer> map = mapOf(20);
        CowHashMap<String, Integer> fork = map.fork();
        map.put("k3", 300);
        assertNotSame(map.table, fork.table, "the writer moved to a private copy");
        assertSame(map.hashes, fork.hashes, "a value write leaves the hash codes shared");
        assertFalse(map.shares().isShared());
        assertFalse(fork.shares().isShared(), "the writer released the old keys and values");
        assertTrue(map.isShared(), "an insert of either map would copy the hash codes");
        assertTrue(fork.isShared());
        assertEquals(300, map.get("k3"));
        assertEquals(3, fork.get("k3"));
        Object[] forkTable = fork.table;
        fork.put("k4", 400);
        assertSame(forkTable, fork.table, "the last holder writes in place");
        assertEquals(4, map.get("k4"));
        map.put("new", -1);
        assertNotSame(map.hashes, fork.hashes, "an insert copies shared hash codes first");
        assertFalse(map.isShared(), "the writer moved to private copies of both arrays");
        assertFalse(fork.isShared(), "the writer released the old hash codes");
        int[] forkHashes = fork.hashes;
        fork.put("other", -2);
        assertSame(
                forkHashes, fork.hashes, "the last holder of the hash codes writes them in place");
        assertEquals(-1, map.get("new"));
        assertNull(fork.get("new"));
        assertNull(map.get("other"));
        assertEquals(-2, fork.get("other"));
        map.checkInvariants();
        fork.checkInvariants();
    }

    @Test
    void put_sameValueObjectAfterFork_storesNothingAndCopiesNothing() {
        CowHashMap<String, Integer> map = mapOf(20);
        Integer present = map.get("k3");
        CowHashMap<String, Integer> fork = map.fork();
        assertSame(present, map.put("k3", present));
        assertSame(present, map.replace("k3", present));
        assertSame(map.table, fork.table, "a value already present needs no store, so no copy");
        assertTrue(map.isShared());
        map.put("k3", 300);
        assertNotSame(map.table, fork.table, "a new value still copies first");
        assertEquals(3, fork.get("k3"));
        map.checkInvariants();
        fork.checkInvariants();
    }

    @Test
    void fork_droppedWithoutWriting_costsAtMostOneCopy() {
        CowHashMap<String, Integer> map = mapOf(20);
        map.fork();
        Object[] before = map.table;
        map.put("k1", 100);
        assertNotSame(before, map.table, "one copy");
        Object[] after = map.table;
        map.put("k2", 200);
        map.remove("k5");
        assertSame(after, map.table, "later writes in place");
    }

    @Test
    void fork_iteratesLikeItsSource_untilWritten() {
        CowHashMap<String, Integer> map = mapOf(100);
        CowHashMap<String, Integer> fork = map.fork();
        assertEquals(order(map), order(fork));
        List<Map.Entry<String, Integer>> before = order(fork);
        map.put("new", -1);
        map.remove("k7");
        assertEquals(before, order(fork), "a write to the source never changes the fork's order");
        assertEquals(
                new ArrayList<>(fork.keySet()), new ArrayList<>(new CowHashMap<>(fork).keySet()));
    }

    @Test
    void clear_ofSharedMap_dropsStorageWithoutCopying() {
        CowHashMap<String, Integer> map = mapOf(20);
        CowHashMap<String, Integer> fork = map.fork();
        map.clear();
        assertTrue(map.isEmpty());
        assertEquals(20, fork.size());
        assertEquals(1, fork.shares().get(), "clear released the shared storage");
        assertSame(RefCount.FROZEN, map.shares());
        map.put("a", 1);
        assertEquals(Map.of("a", 1), map);
        map.checkInvariants();
        fork.checkInvariants();
    }

    @Test
    void emptyMap_allocatesNothingAndSharesStaticStorage() {
        CowHashMap<String, Integer> a = new CowHashMap<>();
        CowHashMap<String, Integer> b = new CowHashMap<>(1000);
        assertSame(a.table, b.table);
        assertSame(RefCount.FROZEN, a.shares());
        assertEquals(2, a.capacity());
        b.put("x", 1);
        assertTrue(
                b.capacity() >= 2048,
                "the first insert allocates room for 1000 mappings: " + b.capacity());
        a.checkInvariants();
        b.checkInvariants();
    }

    @Test
    void cloneAndCopyConstructor_ofCowHashMap_areForks() {
        CowHashMap<String, Integer> map = mapOf(10);
        CowHashMap<String, Integer> clone = map.clone();
        CowHashMap<String, Integer> copy = new CowHashMap<>(map);
        assertSame(map.table, clone.table);
        assertSame(map.table, copy.table);
        assertEquals(3, map.shares().get());
        clone.put("c", 1);
        copy.put("d", 2);
        assertEquals(modelOf(10), map);
    }

    @Test
    void copyConstructor_ofOtherMap_copies() {
        Map<String, Integer> source = new LinkedHashMap<>(modelOf(50));
        source.put(null, null);
        CowHashMap<String, Integer> map = new CowHashMap<>(source);
        assertEquals(source, map);
        assertFalse(map.isShared());
        map.checkInvariants();
    }

    // ------------------------------------------------------------------ no leaked writes or reads

    @Test
    void entrySetValue_afterFork_writesOnlyItsOwnMap() {
        CowHashMap<String, Integer> map = mapOf(10);
        Map.Entry<String, Integer> entry = map.entrySet().iterator().next();
        String key = entry.getKey();
        CowHashMap<String, Integer> fork = map.fork();
        assertEquals(entry.getValue(), entry.setValue(-1));
        assertEquals(-1, map.get(key));
        assertEquals(modelOf(10), fork, "the fork does not see the entry's write");
        map.checkInvariants();
        fork.checkInvariants();
    }

    @Test
    void entrySetValue_afterForkWroteFirst_writesOnlyItsOwnMap() {
        // The fork copies first; the map then holds the old storage alone and writes it in place.
        CowHashMap<String, Integer> map = mapOf(10);
        Map.Entry<String, Integer> entry = map.entrySet().iterator().next();
        String key = entry.getKey();
        CowHashMap<String, Integer> fork = map.fork();
        fork.put(key, 1000);
        assertFalse(map.shares().isShared(), "the map holds its keys and values alone");
        entry.setValue(-1);
        assertEquals(-1, map.get(key));
        assertEquals(1000, fork.get(key));
        assertEquals(-1, entry.getValue());
    }

    @Test
    void entry_afterItsKeyLeft_keepsItsLastValueAndWritesNothing() {
        CowHashMap<String, Integer> map = mapOf(3);
        Map.Entry<String, Integer> entry = map.entrySet().iterator().next();
        String key = entry.getKey();
        map.remove(key);
        assertEquals(modelOf(3).get(key), entry.getValue());
        assertEquals(modelOf(3).get(key), entry.setValue(77));
        assertEquals(77, entry.getValue());
        assertFalse(map.containsKey(key), "setValue never puts a key back");
    }

    @Test
    void iteratorRemove_afterFork_removesFromItsOwnMapOnly() {
        CowHashMap<String, Integer> map = mapOf(10);
        Iterator<String> it = map.keySet().iterator();
        String first = it.next();
        CowHashMap<String, Integer> fork = map.fork();
        it.remove();
        assertFalse(map.containsKey(first));
        assertTrue(fork.containsKey(first));
        assertEquals(10, fork.size());
        int rest = 0;
        while (it.hasNext()) {
            it.next();
            rest++;
        }
        assertEquals(9, rest, "the iteration goes on over the map's own copy");
        map.checkInvariants();
        fork.checkInvariants();
    }

    @Test
    void viewRemoveIf_afterFork_removesFromItsOwnMapOnly() {
        CowHashMap<String, Integer> map = mapOf(30);
        Collection<Integer> values = map.values();
        CowHashMap<String, Integer> fork = map.fork();
        assertTrue(values.removeIf(v -> v % 2 == 0));
        assertTrue(map.keySet().retainAll(List.of("k1", "k3", "k5")));
        assertTrue(map.entrySet().removeIf(e -> e.getValue() == 5));
        assertEquals(Map.of("k1", 1, "k3", 3), map);
        assertEquals(modelOf(30), fork);
        map.checkInvariants();
        fork.checkInvariants();
    }

    @Test
    void iterator_takenBeforeFork_readsItsOwnMapAfterBothSidesWrite() {
        // Y = X.fork(); X.put(...); Y.put(...): X moves to a copy, Y writes the old storage in
        // place. X's iterator must read X's copy, never the storage Y now writes.
        CowHashMap<String, Integer> x = mapOf(10);
        Iterator<Map.Entry<String, Integer>> it = x.entrySet().iterator();
        Iterator<Integer> values = x.values().iterator();
        CowHashMap<String, Integer> y = x.fork();
        for (int i = 0; i < 10; i++) {
            x.put("k" + i, 100 + i);
        }
        for (int i = 0; i < 10; i++) {
            y.put("k" + i, -i);
        }
        int n = 0;
        while (it.hasNext()) {
            Map.Entry<String, Integer> e = it.next();
            assertEquals(100 + Integer.parseInt(e.getKey().substring(1)), e.getValue());
            assertTrue(values.next() >= 100);
            n++;
        }
        assertEquals(10, n);
    }

    @Test
    void spliterator_keptAcrossFork_readsItsOwnMap() {
        CowHashMap<String, Integer> x = mapOf(10);
        Spliterator<Integer> sp = x.values().spliterator();
        CowHashMap<String, Integer> y = x.fork();
        x.replaceAll((k, v) -> v + 100);
        y.replaceAll((k, v) -> -v);
        List<Integer> seen = new ArrayList<>();
        sp.forEachRemaining(seen::add);
        assertEquals(10, seen.size());
        assertTrue(seen.stream().allMatch(v -> v >= 100), seen.toString());
    }

    @Test
    void forEach_actionForksAndWritesBothSides_seesOnlyItsMapsWrites() {
        CowHashMap<String, Integer> map = mapOf(20);
        List<CowHashMap<String, Integer>> forks = new ArrayList<>();
        map.forEach(
                (k, v) -> {
                    assertEquals(map.get(k), v, "forEach hands out the map's current value");
                    if (forks.isEmpty()) {
                        CowHashMap<String, Integer> fork = map.fork();
                        forks.add(fork);
                        for (int i = 0; i < 20; i++) {
                            fork.put("k" + i, -1);
                            map.put("k" + i, 1000 + i);
                        }
                    }
                });
        assertTrue(forks.get(0).values().stream().allMatch(v -> v == -1));
        assertTrue(map.values().stream().allMatch(v -> v >= 1000));
    }

    @Test
    void replaceAll_functionForks_forkKeepsValuesBeforeTheLoop() {
        CowHashMap<String, Integer> map = mapOf(20);
        Map<String, Integer> seenByFork = new HashMap<>();
        map.replaceAll(
                (k, v) -> {
                    if (seenByFork.isEmpty()) {
                        CowHashMap<String, Integer> fork = map.fork();
                        seenByFork.putAll(fork);
                        fork.put("k0", -5);
                    }
                    return v * 10;
                });
        Map<String, Integer> expected = new HashMap<>();
        modelOf(20).forEach((k, v) -> expected.put(k, v * 10));
        assertEquals(expected, map);
        assertEquals(modelOf(20), seenByFork);
    }

    @Test
    void fork_whileIteratorsAreOpen_invalidatesNone() {
        CowHashMap<String, Integer> map = mapOf(10);
        Iterator<String> keys = map.keySet().iterator();
        keys.next();
        Spliterator<String> sp = map.keySet().spliterator();
        sp.tryAdvance(k -> {});
        map.fork();
        map.put("k0", 5);
        assertTrue(sp.tryAdvance(k -> {}), "the copy made by a write is not structural");
        keys.next();
        keys.remove();
        assertThrows(
                ConcurrentModificationException.class,
                () -> sp.tryAdvance(k -> {}),
                "the iterator's removal was structural");
    }

    // ------------------------------------------------------------------ collisions

    @Test
    void collidingStrings_100k_putGetRemoveIterate() {
        int n = 100_000;
        List<String> keys = CollidingKeys.strings(n, 17, 0);
        int hash = keys.get(0).hashCode();
        assertTrue(keys.stream().allMatch(k -> k.hashCode() == hash));
        CowHashMap<String, Integer> map = new CowHashMap<>();
        for (int i = 0; i < n; i++) {
            assertNull(map.put(keys.get(i), i));
        }
        assertEquals(n, map.size());
        assertEquals(1, map.buckets, "one bucket holds every key of the hash");
        map.checkInvariants();
        for (int i = 0; i < n; i++) {
            assertEquals(i, map.get(keys.get(i)));
        }
        assertFalse(map.containsKey(CollidingKeys.strings(1, 18, 0).get(0)));
        CowHashMap<String, Integer> fork = map.fork();
        for (int i = 0; i < n; i += 2) {
            assertEquals(i, map.remove(keys.get(i)));
        }
        assertEquals(n / 2, map.size());
        assertEquals(n, fork.size(), "the fork's bucket was not touched");
        int seen = 0;
        for (Map.Entry<String, Integer> e : map.entrySet()) {
            assertEquals(1, e.getValue() % 2);
            seen++;
        }
        assertEquals(n / 2, seen);
        map.checkInvariants();
        fork.checkInvariants();
    }

    /** A key with one hash code for all, Comparable, counting the comparisons made with it. */
    private static final class CountingKey implements Comparable<CountingKey> {
        static long calls;
        final int id;

        CountingKey(int id) {
            this.id = id;
        }

        @Override
        public int compareTo(CountingKey o) {
            calls++;
            return Integer.compare(id, o.id);
        }

        @Override
        public boolean equals(Object o) {
            calls++;
            return o instanceof CountingKey k && k.id == id;
        }

        @Override
        public int hashCode() {
            return 42;
        }
    }

    @Test
    void comparableCollidingKeys_costLogarithmicComparisonsPerOperation() {
        int n = 1 << 15;
        CowHashMap<CountingKey, Integer> map = new CowHashMap<>();
        CountingKey.calls = 0;
        for (int i = 0; i < n; i++) {
            map.put(new CountingKey(i * 7919 % n), i);
        }
        for (int i = 0; i < n; i++) {
            assertTrue(map.containsKey(new CountingKey(i)));
        }
        for (int i = 0; i < n; i += 3) {
            assertTrue(map.remove(new CountingKey(i)) != null);
        }
        long perOperation = CountingKey.calls / (n + n + n / 3);
        // log2(32768) = 15: a balanced tree makes a small multiple of that; a list makes thousands.
        assertTrue(perOperation <= 4 * 15, "comparisons per operation: " + perOperation);
        map.checkInvariants();
    }

    @Test
    void nonComparableCollidingKeys_allOperationsMatchHashMap() {
        CowHashMap<Object, Integer> map = new CowHashMap<>();
        Map<Object, Integer> model = new HashMap<>();
        for (int i = 0; i < 2000; i++) {
            Object k = new CollidingKeys.Plain(7, i);
            map.put(k, i);
            model.put(k, i);
        }
        map.put(7, -7);
        model.put(7, -7);
        assertEquals(model, map);
        for (int i = 0; i < 2000; i += 2) {
            assertEquals(
                    model.remove(new CollidingKeys.Plain(7, i)),
                    map.remove(new CollidingKeys.Plain(7, i)));
        }
        assertEquals(model, map);
        assertEquals(map, model);
        assertEquals(model.hashCode(), map.hashCode());
        map.checkInvariants();
    }

    @Test
    void rankedKeys_equalByCompareToButNotEquals_areKeptApart() {
        CowHashMap<Object, Integer> map = new CowHashMap<>();
        for (int i = 0; i < 40; i++) {
            map.put(new CollidingKeys.Ranked(5, i / 4, i), i);
        }
        assertEquals(40, map.size());
        assertEquals(1, map.buckets);
        for (int i = 0; i < 40; i++) {
            assertEquals(i, map.get(new CollidingKeys.Ranked(5, i / 4, i)));
        }
        assertNull(map.get(new CollidingKeys.Ranked(5, 0, 99)));
        for (int i = 0; i < 40; i += 4) {
            map.remove(new CollidingKeys.Ranked(5, i / 4, i));
        }
        assertEquals(30, map.size());
        assertEquals(1, map.get(new CollidingKeys.Ranked(5, 0, 1)));
        map.checkInvariants();
    }

    /**
     * Puts {@code keys} in order into a {@code CowHashMap} and a {@code HashMap}, checks that the
     * map's bucket is a tree or not as {@code tree} says, then compares them with keys of both
     * classes of {@link CollidingKeys.Ranked}: put replacing, get, containsKey, remove, size,
     * equals both ways.
     */
    private static void assertEqualKeysOfTwoClassesMatchHashMap(
            List<CollidingKeys.Ranked> keys, boolean tree) {
        CowHashMap<Object, String> map = new CowHashMap<>();
        Map<Object, String> model = new HashMap<>();
        for (CollidingKeys.Ranked k : keys) {
            assertEquals(model.put(k, "v" + k), map.put(k, "v" + k), "put " + k);
        }
        assertEquals(tree, onlyBucket(map).isTree(), "a tree of ordered keys");
        map.checkInvariants();
        for (int id = 0; id < 10; id++) {
            for (Object k : List.of(ordered(id), orderedSubclass(id))) {
                assertEquals(model.get(k), map.get(k), "get " + k);
                assertEquals(model.containsKey(k), map.containsKey(k), "containsKey " + k);
            }
        }
        for (int id = 0; id < 9; id += 2) {
            Object k = id % 4 == 0 ? orderedSubclass(id) : ordered(id);
            assertEquals(model.put(k, "w" + k), map.put(k, "w" + k), "put replacing " + k);
        }
        assertEquals(model.size(), map.size());
        assertEquals(model, map);
        assertEquals(map, model);
        for (int id = 1; id < 9; id += 3) {
            Object k = id % 2 == 0 ? ordered(id) : orderedSubclass(id);
            assertEquals(model.remove(k), map.remove(k), "remove " + k);
            assertFalse(map.containsKey(ordered(id)), "removed " + k);
            assertFalse(map.containsKey(orderedSubclass(id)), "removed " + k);
        }
        assertEquals(model.size(), map.size());
        assertEquals(model, map);
        assertEquals(map, model);
        assertEquals(model.hashCode(), map.hashCode());
        map.checkInvariants();
    }

    private static CollidingKeys.Ranked ordered(int id) {
        return new CollidingKeys.Ranked(42, id, id);
    }

    private static CollidingKeys.Ranked orderedSubclass(int id) {
        return new CollidingKeys.RankedSubclass(42, id, id);
    }

    @Test
    void equalKeysOfTwoClasses_subclassKeyAfterTheBucketFormed_matchHashMap() {
        List<CollidingKeys.Ranked> keys = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            keys.add(ordered(i));
        }
        keys.add(orderedSubclass(3));
        // The subclass key finds its equal in the tree and replaces its value: still a tree.
        assertEqualKeysOfTwoClassesMatchHashMap(keys, true);
    }

    @Test
    void equalKeysOfTwoClasses_subclassKeyBeforeTheBucketFormed_matchHashMap() {
        List<CollidingKeys.Ranked> keys = new ArrayList<>();
        keys.add(orderedSubclass(3));
        for (int i = 0; i < 10; i++) {
            keys.add(ordered(i));
        }
        // The subclass key stays, holding the value of ordered(3): the bucket is flat.
        assertEqualKeysOfTwoClassesMatchHashMap(keys, false);
    }

    /** The one collision bucket of {@code map}. */
    private static CollisionBucket onlyBucket(CowHashMap<?, ?> map) {
        assertEquals(1, map.buckets);
        for (int i = 0; ; i++) {
            CollisionBucket b = map.bucketAt(i);
            if (b != null) {
                return b;
            }
        }
    }

    @Test
    void bucket_removalOfTheOnlyKeyOutsideTheOrder_keepsTheOrderOfTheOthers() {
        CowHashMap<Object, Integer> map = new CowHashMap<>();
        for (int i = 0; i < 12; i++) {
            map.put(new CollidingKeys.Ranked(5, i, i), i);
        }
        assertTrue(onlyBucket(map).isTree());
        map.put(new CollidingKeys.Plain(5, 0), -1);
        assertFalse(onlyBucket(map).isTree(), "a key outside the order makes the bucket flat");
        List<Object> order = new ArrayList<>(map.keySet());
        map.remove(new CollidingKeys.Plain(5, 0));
        order.remove(new CollidingKeys.Plain(5, 0));
        assertEquals(order, new ArrayList<>(map.keySet()), "only an insertion reorders");
        map.checkInvariants();
        map.put(new CollidingKeys.Ranked(5, 12, 12), 12);
        assertTrue(onlyBucket(map).isTree(), "an insertion orders the keys again");
        map.checkInvariants();
    }

    @Test
    void bucket_shrunkByRemovals_isDissolvedByTheNextRebuild() {
        // Regression: a rebuild that dissolves a shrunk bucket takes more slots than it had.
        CowHashMap<Object, Integer> map = new CowHashMap<>(0);
        for (int i = 0; i < 12; i++) {
            map.put(new CollidingKeys.Plain(9, i), i);
        }
        for (int i = 0; i < 6; i++) {
            map.remove(new CollidingKeys.Plain(9, i));
        }
        assertEquals(1, map.buckets);
        for (int i = 0; i < 200; i++) {
            map.put(i, i);
            map.checkInvariants();
        }
        assertEquals(0, map.buckets, "six keys do not need a bucket after a rebuild");
        for (int i = 6; i < 12; i++) {
            assertEquals(i, map.get(new CollidingKeys.Plain(9, i)));
        }
    }

    @Test
    void nullKey_collidesWithZeroHashes() {
        CowHashMap<Object, String> map = new CowHashMap<>();
        map.put(null, "null");
        for (int i = 0; i < 12; i++) {
            map.put(new CollidingKeys.Plain(0, i), "p" + i);
        }
        map.put(0, "zero");
        assertEquals("null", map.get(null));
        assertEquals("zero", map.get(0));
        assertEquals(14, map.size());
        assertEquals("null", map.remove(null));
        assertFalse(map.containsKey(null));
        map.checkInvariants();
    }

    // ------------------------------------------------------------------ behaviour as HashMap

    @Test
    void equalsAndHashCode_withHashMap_bothDirections() {
        CowHashMap<String, Integer> map = mapOf(30);
        map.put(null, null);
        map.put("n", null);
        Map<String, Integer> model = new HashMap<>(modelOf(30));
        model.put(null, null);
        model.put("n", null);
        assertEquals(model, map);
        assertEquals(map, model);
        assertEquals(model.hashCode(), map.hashCode());
        assertEquals(model.entrySet(), map.entrySet());
        assertEquals(map.keySet(), model.keySet());
        assertEquals(model.keySet().hashCode(), map.keySet().hashCode());
        model.put("n", 1);
        assertNotEquals(model, map);
        assertNotEquals(map, model);
        model.put("n", null);
        model.remove("k0");
        model.put("other", 0);
        assertNotEquals(map, model);
        assertNotEquals(map, new TreeMap<>(Map.of("a", 1)));
        assertNotEquals(map, List.of());
    }

    @Test
    void toString_likeHashMap() {
        CowHashMap<Object, Object> map = new CowHashMap<>();
        assertEquals("{}", map.toString());
        map.put("a", 1);
        assertEquals("{a=1}", map.toString());
        map.clear();
        map.put(map, map);
        assertEquals("{(this Map)=(this Map)}", map.toString());
    }

    @Test
    void constructors_rejectArgumentsLikeHashMap() {
        for (Runnable r :
                List.<Runnable>of(
                        () -> new CowHashMap<>(-1),
                        () -> new CowHashMap<>(-1, 0.5f),
                        () -> new CowHashMap<>(1, 0f),
                        () -> new CowHashMap<>(1, -1f),
                        () -> new CowHashMap<>(1, Float.NaN))) {
            IllegalArgumentException ours = assertThrows(IllegalArgumentException.class, r::run);
            assertTrue(ours.getMessage().startsWith("Illegal "), ours.getMessage());
        }
        assertEquals(messageOf(() -> new HashMap<>(-1)), messageOf(() -> new CowHashMap<>(-1)));
        assertEquals(
                messageOf(() -> new HashMap<>(1, Float.NaN)),
                messageOf(() -> new CowHashMap<>(1, Float.NaN)));
        assertThrows(
                NullPointerException.class, () -> new CowHashMap<>((Map<String, String>) null));
        assertEquals(
                0,
                new CowHashMap<>(Integer.MAX_VALUE).size(),
                "a huge capacity is clamped, as HashMap's");
        assertEquals(0.75f, new CowHashMap<>(1, 100f).loadFactor);
        assertEquals(0.125f, new CowHashMap<>(1, 0.001f).loadFactor);
    }

    private static String messageOf(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    @Test
    void sizeBeyondTheTable_failsBeforeAnythingIsBuilt() {
        assertThrows(
                IllegalStateException.class,
                () -> CowHashMap.capacityFor(CowHashMap.MAX_OCCUPIED + 1L, 0.5f));
        assertEquals(
                CowHashMap.MAX_CAPACITY, CowHashMap.capacityFor(CowHashMap.MAX_OCCUPIED, 0.125f));
        assertEquals(CowHashMap.MIN_CAPACITY, CowHashMap.capacityFor(0, 0.5f));
        // Tables of up to 16 slots fill to 3/4; larger ones to the load factor, but never to
        // fewer keys than the largest small table takes.
        assertEquals(8, CowHashMap.capacityFor(6, 0.5f));
        assertEquals(16, CowHashMap.capacityFor(7, 0.5f));
        assertEquals(32, CowHashMap.capacityFor(13, 0.5f));
        assertEquals(128, CowHashMap.capacityFor(13, 0.125f));
        assertEquals(256, CowHashMap.capacityFor(17, 0.125f));
        assertEquals(12, CowHashMap.thresholdOf(64, 0.125f));
    }

    @Test
    void nullArguments_throwLikeHashMap() {
        CowHashMap<String, Integer> map = mapOf(3);
        Map<String, Integer> model = modelOf(3);
        for (Consumer<Map<String, Integer>> op :
                List.<Consumer<Map<String, Integer>>>of(
                        m -> m.computeIfAbsent("k1", null),
                        m -> m.computeIfAbsent("x", null),
                        m -> m.computeIfPresent("k1", null),
                        m -> m.compute("k1", null),
                        m -> m.merge("k1", null, (a, b) -> a),
                        m -> m.merge("k1", 1, null),
                        m -> m.forEach(null),
                        m -> m.replaceAll(null),
                        m -> m.putAll(null),
                        m -> m.keySet().toArray((Object[]) null),
                        m -> m.keySet().forEach(null),
                        m -> m.values().forEach(null),
                        m -> m.entrySet().forEach(null),
                        m -> m.keySet().spliterator().forEachRemaining(null),
                        m -> m.keySet().removeIf(null))) {
            assertThrows(NullPointerException.class, () -> op.accept(model), "HashMap");
            assertThrows(NullPointerException.class, () -> op.accept(map), "CowHashMap");
        }
        assertEquals(modelOf(3), map);
    }

    @Test
    void iterators_failLikeHashMaps() {
        CowHashMap<String, Integer> map = mapOf(3);
        Iterator<String> it = map.keySet().iterator();
        assertThrows(IllegalStateException.class, it::remove);
        it.next();
        it.remove();
        assertThrows(IllegalStateException.class, it::remove);
        it.next();
        it.next();
        assertFalse(it.hasNext());
        assertThrows(NoSuchElementException.class, it::next);
        Iterator<Integer> values = map.values().iterator();
        map.put("new", 9);
        assertThrows(ConcurrentModificationException.class, values::next);
        Iterator<Integer> again = map.values().iterator();
        map.put("new", 10);
        again.next();
        map.clear();
        assertThrows(
                ConcurrentModificationException.class,
                again::next,
                "clear is structural, as HashMap's");
    }

    @Test
    void computeFunctions_thatModifyTheMap_throwConcurrentModification() {
        for (Function<Map<String, Integer>, Object> op :
                List.<Function<Map<String, Integer>, Object>>of(
                        m -> m.computeIfAbsent("x", k -> m.put("y", 1)),
                        m -> m.computeIfPresent("k1", (k, v) -> m.remove("k2")),
                        m -> m.compute("k1", (k, v) -> m.put("z", 2)),
                        m -> m.merge("k1", 5, (a, b) -> m.remove("k0")))) {
            CowHashMap<String, Integer> map = mapOf(3);
            Map<String, Integer> model = modelOf(3);
            assertThrows(ConcurrentModificationException.class, () -> op.apply(model));
            assertThrows(ConcurrentModificationException.class, () -> op.apply(map));
            assertEquals(model, map);
            map.checkInvariants();
        }
    }

    @Test
    void computeFunctions_nullResults_removeAsHashMap() {
        CowHashMap<String, Integer> map = mapOf(5);
        Map<String, Integer> model = modelOf(5);
        for (Map<String, Integer> m : List.of(map, model)) {
            assertNull(m.computeIfPresent("k1", (k, v) -> null));
            assertNull(m.compute("k2", (k, v) -> null));
            assertNull(m.merge("k3", 1, (a, b) -> null));
            assertNull(m.computeIfAbsent("k9", k -> null));
            m.put("n", null);
            assertEquals(7, m.computeIfAbsent("n", k -> 7));
            assertEquals(8, m.merge("k4", 4, Integer::sum));
            assertEquals(1, m.merge("fresh", 1, Integer::sum));
        }
        assertEquals(model, map);
        map.checkInvariants();
    }

    @Test
    void replaceAndRemove_withValues_compareLikeHashMap() {
        CowHashMap<String, Integer> map = mapOf(5);
        Map<String, Integer> model = modelOf(5);
        for (Map<String, Integer> m : List.of(map, model)) {
            assertFalse(m.remove("k1", 2));
            assertTrue(m.remove("k1", 1));
            assertFalse(m.replace("k2", 3, 30));
            assertTrue(m.replace("k2", 2, 20));
            assertNull(m.replace("absent", 1));
            assertEquals(3, m.replace("k3", 33));
            assertEquals(4, m.putIfAbsent("k4", 44));
            m.put("nul", null);
            assertNull(m.putIfAbsent("nul", 5));
            assertEquals(5, m.getOrDefault("nul", 6));
            assertEquals(6, m.getOrDefault("absent", 6));
        }
        assertEquals(model, map);
    }

    @Test
    void views_toArray_likeHashMaps() {
        CowHashMap<String, Integer> map = mapOf(4);
        String[] big = new String[6];
        big[4] = "x";
        big[5] = "y";
        String[] out = map.keySet().toArray(big);
        assertSame(big, out);
        assertNull(out[4]);
        assertEquals("y", out[5]);
        Integer[] small = map.values().toArray(new Integer[1]);
        assertEquals(4, small.length);
        assertThrows(ArrayStoreException.class, () -> map.values().toArray(new String[4]));
        assertEquals(4, map.entrySet().toArray().length);
    }

    @Test
    void putAll_fromCowHashMap_reusesItsHashesAndMatchesHashMap() {
        CowHashMap<String, Integer> source = mapOf(500);
        source.put(null, 0);
        CowHashMap<String, Integer> target = new CowHashMap<>();
        target.put("k1", -1);
        target.put("own", 1);
        target.putAll(source);
        Map<String, Integer> expected = new HashMap<>(Map.of("own", 1));
        expected.putAll(source);
        assertEquals(expected, target);
        target.putAll(target);
        assertEquals(expected, target);
        target.checkInvariants();
    }

    @Test
    void copyByIteration_intoFreshMap_staysFast() {
        // With top-bit indexing, a map filled in another's iteration order degrades quadratically;
        // here only correctness is asserted, the timing is in the class comment.
        CowHashMap<Integer, Integer> big = new CowHashMap<>();
        for (int i = 0; i < 50_000; i++) {
            big.put(i * 0x9E3779B9, i);
        }
        CowHashMap<Integer, Integer> copy = new CowHashMap<>();
        for (Map.Entry<Integer, Integer> e : big.entrySet()) {
            copy.put(e.getKey(), e.getValue());
        }
        assertEquals(big, copy);
        copy.checkInvariants();
    }

    @Test
    void serialization_roundTrip_keepsMappingsAndSharesNothing() throws Exception {
        CowHashMap<Object, Object> map = new CowHashMap<>(4, 0.3f);
        map.put(null, "n");
        map.put("a", null);
        for (int i = 0; i < 20; i++) {
            map.put(new CollidingKeys.Ranked(3, i, i), i);
        }
        CowHashMap<Object, Object> fork = map.fork();
        CowHashMap<Object, Object> back = SerialStreams.roundTrip(fork);
        assertEquals(map, back);
        assertFalse(back.isShared());
        assertEquals(0.3f, back.loadFactor);
        back.checkInvariants();
    }
}
