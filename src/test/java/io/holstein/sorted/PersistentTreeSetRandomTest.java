package io.holstein.sorted;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A seeded random walk over {@link PersistentTreeSet} against {@link TreeSet}, set algebra between
 * versions included (so operands share subtrees), and key sets of maps (whose leaves hold values);
 * every version is kept and checked again at the end, invariants after every step.
 */
class PersistentTreeSetRandomTest {

    private static final int STEPS = 10_000;

    private static final int KEYS = 3_000;

    private record Version(PersistentTreeSet<Integer> set, int[] elements) {

        static Version of(PersistentTreeSet<Integer> set, TreeSet<Integer> model) {
            return new Version(set, model.stream().mapToInt(Integer::intValue).toArray());
        }

        TreeSet<Integer> model() {
            TreeSet<Integer> m = new TreeSet<>();
            for (int e : elements) {
                m.add(e);
            }
            return m;
        }

        void check() {
            set.checkInvariants();
            assertEquals(elements.length, set.size());
            int i = 0;
            for (Integer e : set) {
                assertEquals(elements[i++], e);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2})
    void randomWalk_withSetAlgebra_everyVersionIntact(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Version> versions = new ArrayList<>();
        PersistentTreeSet<Integer> set = PersistentTreeSet.empty();
        TreeSet<Integer> model = new TreeSet<>();
        versions.add(Version.of(set, model));
        for (int step = 0; step < STEPS; step++) {
            int op = random.nextInt(100);
            int k = random.nextInt(KEYS);
            if (op < 45) {
                set = set.with(k);
                model.add(k);
            } else if (op < 70) {
                set = set.without(k);
                model.remove(k);
            } else if (op < 88) {
                Version other = versions.get(random.nextInt(versions.size()));
                PersistentTreeSet<Integer> o = other.set();
                TreeSet<Integer> om = other.model();
                if (random.nextBoolean()) {
                    // Shift the other operand's range so that operands overlap partly.
                    int shift = random.nextInt(KEYS) - KEYS / 2;
                    o = o.tailSet(shift < 0 ? 0 : shift);
                    om = new TreeSet<>(om.tailSet(shift < 0 ? 0 : shift));
                }
                int which = random.nextInt(3);
                if (which == 0) {
                    set = set.union(o);
                    model.addAll(om);
                } else if (which == 1) {
                    set = set.intersection(o);
                    model.retainAll(om);
                } else {
                    set = set.difference(o);
                    model.removeAll(om);
                }
            } else if (op < 93) {
                // A run of elements through the key set of a map: leaves with values join in.
                PersistentTreeMap<Integer, String> m = PersistentTreeMap.empty();
                int count = random.nextInt(300);
                for (int i = 0; i < count; i++) {
                    int e = random.nextInt(KEYS);
                    m = m.with(e, "v");
                    model.add(e);
                }
                set = set.union(m.keySet());
            } else {
                int lo = Math.min(k, random.nextInt(KEYS));
                PersistentTreeSet<Integer> sub = set.subSet(lo, true, k, true);
                sub.checkInvariants();
                versions.add(Version.of(sub, new TreeSet<>(model.subSet(lo, true, k, true))));
            }
            set.checkInvariants();
            assertEquals(model.size(), set.size());
            versions.add(Version.of(set, model));
        }
        for (Version v : versions) {
            v.check();
        }
    }
}
