package io.holstein.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Spliterator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Unit tests of {@link PersistentHashMap}: versions, collisions, canonical shape, equality and
 * views.
 */
class PersistentHashMapTest {

    @Test
    void with_sameValueInstance_returnsThis() {
        String v = "v";
        PersistentHashMap<Integer, String> m = PersistentHashMap.of(1, v, 2, "w");
        assertSame(m, m.with(1, v));
        assertTrue(m != m.with(1, new String("v")), "an equal but distinct value is a change");
    }

    @Test
    void without_absentKey_returnsThis() {
        PersistentHashMap<Integer, String> m = PersistentHashMap.of(1, "a");
        assertSame(m, m.without(2));
        assertSame(m, m.withoutAll(List.of(3, 4)));
        assertSame(PersistentHashMap.empty(), PersistentHashMap.empty().without(null));
    }

    @Test
    void withAll_resultEqualToAnOperand_returnsThatOperand() {
        PersistentHashMap<Integer, Integer> small = PersistentHashMap.copyOf(Map.of(1, 1, 2, 2));
        PersistentHashMap<Integer, Integer> big = small.with(3, 3);
        assertSame(big, small.withAll(big), "every key of small is in big, whose values win");
        assertSame(big, big.withAll(small), "small adds nothing");
        assertSame(big, PersistentHashMap.<Integer, Integer>empty().withAll(big));
    }

    @Test
    void ofEntries_andCopyOfEntries_buildTheMapAndRejectDuplicateKeys() {
        PersistentHashMap<Integer, String> m =
                PersistentHashMap.ofEntries(Map.entry(1, "a"), new SimpleEntry<>(null, null));
        assertEquals(Collections.singletonMap(null, null), m.without(1));
        assertEquals("a", m.get(1));
        assertEquals(m, PersistentHashMap.copyOf(m.entrySet()));
        assertSame(PersistentHashMap.empty(), PersistentHashMap.copyOf(List.of()));
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> PersistentHashMap.ofEntries(Map.entry(7, "a"), Map.entry(7, "b")));
        assertTrue(e.getMessage().contains("7"), e.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> PersistentHashMap.copyOf(List.of(Map.entry("k", 1), Map.entry("k", 1))));
        assertThrows(
                NullPointerException.class,
                () -> PersistentHashMap.copyOf(Collections.singletonList(null)));
    }

    @Test
    void of_duplicateKeys_throwIllegalArgument() {
        assertThrows(IllegalArgumentException.class, () -> PersistentHashMap.of(1, "a", 1, "b"));
        assertThrows(
                IllegalArgumentException.class,
                () -> PersistentHashMap.of(null, "a", 2, "b", 3, "c", 4, "d", null, "e"));
        assertEquals(5, PersistentHashMap.of(1, "a", 2, "b", 3, "c", 4, "d", 5, "e").size());
    }

    @Test
    void collector_duplicateKeys_throwIllegalState() {
        assertThrows(
                IllegalStateException.class,
                () -> Stream.of(1, 2, 1).collect(PersistentHashMap.collector(k -> k, k -> "x")));
        assertEquals(
                Map.of(1, 2, 2, 1),
                Stream.of(1, 2, 1)
                        .collect(PersistentHashMap.collector(k -> k, k -> 1, Integer::sum)));
        assertEquals(
                1000,
                IntStream.range(0, 1000)
                        .boxed()
                        .parallel()
                        .collect(PersistentHashMap.collector(k -> k, k -> k))
                        .size());
    }

    @Test
    void builder_afterBuild_neverChangesTheBuiltMap() {
        PersistentHashMap.Builder<Integer, Integer> b = PersistentHashMap.builder();
        for (int i = 0; i < 2000; i++) {
            b.put(i, i);
        }
        PersistentHashMap<Integer, Integer> first = b.build();
        Map<Integer, Integer> snapshot = new HashMap<>(first);
        for (int i = 0; i < 2000; i += 2) {
            b.remove(i);
            b.put(i + 1, -i);
        }
        PersistentHashMap<Integer, Integer> second = b.build();
        assertEquals(snapshot, first);
        first.checkInvariants();
        second.checkInvariants();
        assertEquals(1000, second.size());
        assertEquals(-1998, second.get(1999));
    }

    @Test
    void views_areReadOnly() {
        PersistentHashMap<String, String> m = PersistentHashMap.of("a", "1");
        assertThrows(UnsupportedOperationException.class, () -> m.put("b", "2"));
        assertThrows(UnsupportedOperationException.class, () -> m.remove("zz"));
        assertThrows(UnsupportedOperationException.class, () -> m.keySet().remove("a"));
        assertThrows(UnsupportedOperationException.class, () -> m.values().clear());
        assertThrows(
                UnsupportedOperationException.class,
                () -> m.entrySet().iterator().next().setValue("x"));
        assertThrows(UnsupportedOperationException.class, () -> m.keySet().iterator().remove());
        assertEquals(Map.of("a", "1"), m);
    }

    @Test
    void hashCode_followsMutableValues() {
        List<String> value = new ArrayList<>();
        PersistentHashMap<String, List<String>> m = PersistentHashMap.of("k", value);
        int before = m.hashCode();
        value.add("changed");
        assertNotEquals(before, m.hashCode(), "a value's hash must never be cached");
        assertEquals(Map.of("k", List.of("changed")).hashCode(), m.hashCode());
    }

    /** A value that counts calls of its equals. */
    private static final class Counted {
        static int equalsCalls;
        final int id;

        Counted(int id) {
            this.id = id;
        }

        @Override
        public boolean equals(Object o) {
            equalsCalls++;
            return o instanceof Counted c && c.id == id;
        }

        @Override
        public int hashCode() {
            return id;
        }
    }

    @Test
    void equals_sharingAllButOnePath_comparesAboutOnePath() {
        PersistentHashMap.Builder<Integer, Counted> b = PersistentHashMap.builder();
        for (int i = 0; i < 100_000; i++) {
            b.put(i, new Counted(i));
        }
        PersistentHashMap<Integer, Counted> m = b.build();
        PersistentHashMap<Integer, Counted> other = m.with(777, new Counted(777));
        Counted.equalsCalls = 0;
        assertTrue(m.equals(other));
        // One path of at most seven nodes, each with at most 32 inline mappings.
        assertTrue(
                Counted.equalsCalls <= 7 * 32,
                "equals compared " + Counted.equalsCalls + " values");
        PersistentHashMap<Integer, Counted> unequal = m.with(777, new Counted(-1));
        assertFalse(m.equals(unequal));
        assertFalse(m.equals(m.without(5)), "a size mismatch");
        assertEquals(new HashMap<>(m), m);
    }

    @Test
    void spliterator_splitsWithExactSizes() {
        PersistentHashMap<Integer, Integer> m =
                PersistentHashMap.copyOf(
                        IntStream.range(0, 10_000)
                                .boxed()
                                .collect(java.util.stream.Collectors.toMap(i -> i, i -> i)));
        Spliterator<Integer> sp = m.keySet().spliterator();
        assertTrue(
                sp.hasCharacteristics(
                        Spliterator.IMMUTABLE
                                | Spliterator.SIZED
                                | Spliterator.SUBSIZED
                                | Spliterator.DISTINCT));
        List<Spliterator<Integer>> parts = new ArrayList<>(List.of(sp));
        for (int round = 0; round < 6; round++) {
            List<Spliterator<Integer>> next = new ArrayList<>();
            for (Spliterator<Integer> p : parts) {
                long size = p.estimateSize();
                Spliterator<Integer> prefix = p.trySplit();
                if (prefix != null) {
                    assertEquals(size, prefix.estimateSize() + p.estimateSize());
                    next.add(prefix);
                }
                next.add(p);
            }
            parts = next;
        }
        assertTrue(parts.size() >= 32, "split into " + parts.size());
        List<Integer> all = new ArrayList<>();
        for (Spliterator<Integer> p : parts) {
            long size = p.estimateSize();
            int before = all.size();
            p.forEachRemaining(all::add);
            assertEquals(size, all.size() - before);
        }
        Collections.sort(all);
        assertEquals(IntStream.range(0, 10_000).boxed().toList(), all);
        assertEquals(
                m.keySet().stream().mapToLong(i -> i).sum(),
                m.keySet().parallelStream().mapToLong(i -> i).sum());
    }

    @Test
    void canonicalShape_randomWritesAndBuilders_matchBuiltFromEmpty() {
        SplittableRandom random = new SplittableRandom(42);
        PersistentHashMap<Integer, Integer> m = PersistentHashMap.empty();
        Map<Integer, Integer> model = new HashMap<>();
        for (int step = 0; step < 20_000; step++) {
            int k = random.nextInt(4000);
            if (random.nextInt(3) == 0) {
                m = m.without(k);
                model.remove(k);
            } else {
                m = m.with(k, k);
                model.put(k, k);
            }
        }
        PersistentHashMap.Builder<Integer, Integer> b = m.toBuilder();
        for (int i = 0; i < 3000; i++) {
            b.remove(random.nextInt(4000));
        }
        PersistentHashMap<Integer, Integer> removed = b.build();
        m.checkInvariants();
        removed.checkInvariants();
        assertEquals(model, m);
        assertTrue(m.sameShape(fromEmpty(model)), "shape after random writes");
        assertTrue(
                removed.sameShape(fromEmpty(new HashMap<>(removed))),
                "shape after builder removals");
        assertFalse(
                m.sameShape(m.without(model.keySet().iterator().next())),
                "control: the comparison can fail");
    }

    private static PersistentHashMap<Integer, Integer> fromEmpty(Map<Integer, Integer> model) {
        List<Integer> keys = new ArrayList<>(model.keySet());
        Collections.shuffle(keys, new java.util.Random(7));
        PersistentHashMap<Integer, Integer> m = PersistentHashMap.empty();
        for (Integer k : keys) {
            m = m.with(k, model.get(k));
        }
        return m;
    }

    @Test
    void collisions_100kStringsOfOneHash_insertLookUpRemove() {
        List<String> keys = CollidingKeys.strings(100_000, 17, 0);
        int hash = keys.get(0).hashCode();
        PersistentHashMap<String, Integer> m = PersistentHashMap.empty();
        for (int i = 0; i < keys.size(); i++) {
            assertEquals(hash, keys.get(i).hashCode());
            m = m.with(keys.get(i), i);
        }
        assertEquals(100_000, m.size());
        m.checkInvariants();
        for (int i = 0; i < keys.size(); i += 7) {
            assertEquals(i, m.get(keys.get(i)));
        }
        assertNull(m.get(CollidingKeys.strings(1, 17, 100_000).get(0)));
        PersistentHashMap.Builder<String, Integer> b = m.toBuilder();
        for (int i = 0; i < keys.size(); i += 2) {
            b.remove(keys.get(i));
        }
        PersistentHashMap<String, Integer> half = b.build();
        assertEquals(50_000, half.size());
        half.checkInvariants();
        for (int i = 1; i < keys.size(); i += 2) {
            m = m.without(keys.get(i));
        }
        assertEquals(50_000, m.size());
        assertEquals(m.keySet(), Set2.of(keys, 0));
        assertTrue(half.keySet().containsAll(Set2.of(keys, 1)));
        for (String k : keys) {
            m = m.without(k);
        }
        assertSame(PersistentHashMap.empty().size(), m.size());
        m.checkInvariants();
    }

    /** Every other key from {@code from}. */
    private static final class Set2 {
        static java.util.Set<String> of(List<String> keys, int from) {
            java.util.Set<String> s = new java.util.HashSet<>();
            for (int i = from; i < keys.size(); i += 2) {
                s.add(keys.get(i));
            }
            return s;
        }
    }

    @Test
    void collisions_5kPlainKeys_stayCorrectFlat() {
        PersistentHashMap<Object, Integer> m = PersistentHashMap.empty();
        for (int i = 0; i < 5000; i++) {
            m = m.with(new CollidingKeys.Plain(99, i), i);
        }
        m.checkInvariants();
        assertEquals(5000, m.size());
        for (int i = 0; i < 5000; i += 3) {
            assertEquals(i, m.get(new CollidingKeys.Plain(99, i)));
        }
        for (int i = 0; i < 5000; i += 2) {
            m = m.without(new CollidingKeys.Plain(99, i));
        }
        m.checkInvariants();
        assertEquals(2500, m.size());
        assertFalse(m.containsKey(new CollidingKeys.Plain(99, 0)));
        assertTrue(m.containsKey(new CollidingKeys.Plain(99, 1)));
    }

    @Test
    void collisions_compareToZeroButNotEqual_allKept() {
        PersistentHashMap<Object, Integer> m = PersistentHashMap.empty();
        for (int i = 0; i < 200; i++) {
            m = m.with(new CollidingKeys.Ranked(5, i % 3, i), i);
            m.checkInvariants();
        }
        assertEquals(200, m.size());
        for (int i = 0; i < 200; i++) {
            assertEquals(i, m.get(new CollidingKeys.Ranked(5, i % 3, i)));
        }
        assertNull(m.get(new CollidingKeys.Ranked(5, 1, 1000)));
        for (int i = 0; i < 200; i += 2) {
            m = m.without(new CollidingKeys.Ranked(5, i % 3, i));
            m.checkInvariants();
        }
        assertEquals(100, m.size());
    }

    /** The collision node of a map whose keys all have one hash code. */
    private static CollisionNode collisionNodeOf(PersistentHashMap<?, ?> m) {
        ChampNode n = m.root();
        while (!(n instanceof CollisionNode)) {
            assertEquals(0, n.payloadArity(), "keys of one hash code share one path");
            n = (ChampNode) n.iterationContent()[0];
        }
        return (CollisionNode) n;
    }

    @Test
    void collisions_foreignKeyInTree_goesFlatUntilTheNextInsertion() {
        PersistentHashMap<Object, Integer> m = PersistentHashMap.empty();
        for (int i = 0; i < 20; i++) {
            m = m.with(new CollidingKeys.Ranked(5, i, i), i);
        }
        assertTrue(collisionNodeOf(m).isTree());
        PersistentHashMap<Object, Integer> mixed = m.with(new CollidingKeys.Plain(5, 0), -1);
        mixed.checkInvariants();
        assertFalse(collisionNodeOf(mixed).isTree(), "a key outside the order makes it flat");
        assertEquals(-1, mixed.get(new CollidingKeys.Plain(5, 0)));
        assertEquals(7, mixed.get(new CollidingKeys.Ranked(5, 7, 7)));
        PersistentHashMap<Object, Integer> back = mixed.without(new CollidingKeys.Plain(5, 0));
        back.checkInvariants();
        assertEquals(m, back);
        assertTrue(back.sameShape(m));
        assertFalse(collisionNodeOf(back).isTree(), "a removal never reorders the others");
        List<Object> order = new ArrayList<>(mixed.keySet());
        order.remove(new CollidingKeys.Plain(5, 0));
        assertEquals(order, new ArrayList<>(back.keySet()));
        PersistentHashMap<Object, Integer> grown =
                back.with(new CollidingKeys.Ranked(5, 20, 20), 20);
        grown.checkInvariants();
        assertTrue(collisionNodeOf(grown).isTree(), "an insertion orders them again");
        assertEquals(21, grown.size());
    }

    /** An ordered key equal to any {@link Alias} of the same id; all of one hash code. */
    private static final class Key implements Comparable<Key> {
        final int id;

        Key(int id) {
            this.id = id;
        }

        @Override
        public int compareTo(Key o) {
            return Integer.compare(id, o.id);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.id == id || o instanceof Alias a && a.id == id;
        }

        @Override
        public int hashCode() {
            return 7;
        }
    }

    /** Another class whose instances equal the {@link Key} of their id. */
    private static final class Alias {
        final int id;

        Alias(int id) {
            this.id = id;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.id == id || o instanceof Alias a && a.id == id;
        }

        @Override
        public int hashCode() {
            return 7;
        }
    }

    @Test
    void collisions_keyOfAnotherClassEqualToATreeKey_isFound() {
        PersistentHashMap<Object, Integer> m = PersistentHashMap.empty();
        for (int i = 0; i < 20; i++) {
            m = m.with(new Key(i), i);
        }
        assertEquals(5, m.get(new Alias(5)));
        assertTrue(m.containsKey(new Alias(19)));
        assertFalse(m.containsKey(new Alias(20)));
        Integer five = m.get(new Key(5));
        assertSame(m, m.with(new Alias(5), five));
        PersistentHashMap<Object, Integer> replaced = m.with(new Alias(5), -5);
        replaced.checkInvariants();
        assertEquals(20, replaced.size());
        assertEquals(-5, replaced.get(new Key(5)));
        PersistentHashMap<Object, Integer> removed = m.without(new Alias(6));
        removed.checkInvariants();
        assertEquals(19, removed.size());
        assertFalse(removed.containsKey(new Key(6)));
        assertSame(m, m.without(new Alias(99)));
    }
}
