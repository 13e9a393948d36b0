package io.holstein.sorted;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A seeded random walk over {@link PersistentTreeMap} against {@link TreeMap}: every version made
 * is kept with its expected contents and all are checked again at the end, so a write that reached
 * into a shared node shows; invariants are checked after every step. A builder keeps writing after
 * it built, and the maps it built are re-checked too.
 */
class PersistentTreeMapRandomTest {

    private static final int STEPS = 20_000;

    private static final int KEYS = 600;

    /** A version and what it must hold, in key order. */
    private record Version(PersistentTreeMap<Integer, Integer> map, int[] keys, int[] values) {

        static Version of(PersistentTreeMap<Integer, Integer> map, Map<Integer, Integer> model) {
            return new Version(
                    map,
                    model.keySet().stream().mapToInt(Integer::intValue).toArray(),
                    model.values().stream().mapToInt(Integer::intValue).toArray());
        }

        void check() {
            map.checkInvariants();
            assertEquals(keys.length, map.size());
            int i = 0;
            for (Map.Entry<Integer, Integer> e : map.entrySet()) {
                assertEquals(keys[i], e.getKey());
                assertEquals(values[i], e.getValue());
                i++;
            }
        }
    }

    /** A builder and what it must hold. */
    private record Writer(
            PersistentTreeMap.Builder<Integer, Integer> builder, TreeMap<Integer, Integer> model) {}

    @ParameterizedTest
    @ValueSource(longs = {1, 2})
    void randomWalk_againstTreeMap_everyVersionAndBuilderIntact(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Version> versions = new ArrayList<>();
        List<Writer> writers = new ArrayList<>();
        writers.add(new Writer(PersistentTreeMap.builder(), new TreeMap<>()));
        PersistentTreeMap<Integer, Integer> map = PersistentTreeMap.empty();
        TreeMap<Integer, Integer> model = new TreeMap<>();
        for (int step = 0; step < STEPS; step++) {
            int op = random.nextInt(100);
            int k = random.nextInt(KEYS);
            Writer w = writers.get(random.nextInt(writers.size()));
            if (op < 40) {
                map = map.with(k, step);
                model.put(k, step);
            } else if (op < 65) {
                map = map.without(k);
                model.remove(k);
            } else if (op < 68) {
                int j = random.nextInt(KEYS);
                boolean fromInclusive = random.nextBoolean();
                boolean toInclusive = random.nextBoolean();
                int lo = Math.min(k, j);
                int hi = Math.max(k, j);
                PersistentTreeMap<Integer, Integer> sub =
                        map.subMap(lo, fromInclusive, hi, toInclusive);
                sub.checkInvariants();
                versions.add(Version.of(sub, model.subMap(lo, fromInclusive, hi, toInclusive)));
            } else if (op < 71) {
                // Split at k and join back.
                PersistentTreeMap<Integer, Integer> head = map.headMap(k);
                PersistentTreeMap<Integer, Integer> tail = map.tailMap(k, true);
                head.checkInvariants();
                tail.checkInvariants();
                versions.add(Version.of(head, model.headMap(k)));
                versions.add(Version.of(tail, model.tailMap(k, true)));
                map = head.concat(tail);
            } else if (op < 80) {
                w.builder().put(k, -step);
                w.model().put(k, -step);
            } else if (op < 85) {
                w.builder().remove(k);
                w.model().remove(k);
            } else if (op < 88) {
                PersistentTreeMap<Integer, Integer> built = w.builder().build();
                built.checkInvariants();
                versions.add(Version.of(built, w.model()));
            } else if (op < 90) {
                // An ascending run into a builder, appended at the right edge.
                int start = w.model().isEmpty() ? k : w.model().lastKey() + 1;
                int count = random.nextInt(200);
                for (int i = 0; i < count; i++) {
                    w.builder().put(start + i, i);
                    w.model().put(start + i, i);
                }
            } else if (op < 92 || w.model().size() > 4 * KEYS) {
                // A new builder from the current version; builders stay in play until the end.
                Writer fresh = new Writer(map.toBuilder(), new TreeMap<>(model));
                if (writers.size() < 16) {
                    writers.add(fresh);
                } else {
                    writers.set(random.nextInt(writers.size()), fresh);
                }
            } else if (op < 95) {
                if (!model.isEmpty()) {
                    int i = random.nextInt(model.size());
                    Integer key = map.keyAt(i);
                    assertEquals(i, map.indexOfKey(key));
                    assertEquals(i, model.headMap(key).size());
                }
                int before = model.headMap(k).size();
                assertEquals(model.containsKey(k) ? before : -before - 1, map.indexOfKey(k));
            } else {
                map = map.withComputed(k, PersistentTreeMapRandomTest::bump);
                model.compute(k, PersistentTreeMapRandomTest::bump);
            }
            map.checkInvariants();
            assertEquals(model.size(), map.size());
            versions.add(Version.of(map, model));
        }
        for (Writer w : writers) {
            Version.of(w.builder().build(), w.model()).check();
        }
        for (Version v : versions) {
            v.check();
        }
    }

    /** A remapping that adds, updates and removes. */
    private static Integer bump(Integer key, Integer value) {
        if (value == null) {
            return 1;
        }
        return value % 3 == 0 ? null : value + 1;
    }
}
