package io.holstein.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Many threads fork one map at once and write their forks at once, for {@code
 * holstein.stress.millis} milliseconds (default 2000), in rounds. After each round every fork
 * equals its own model, the original is unchanged, and the original's shared count is back to 1:
 * every fork wrote, so every fork released its share exactly once.
 */
class CowHashMapStressTest {

    private static final int THREADS = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());

    private static final int WRITES_PER_FORK = 200;

    private static final List<Object> KEYS = CowHashMapModelDriver.KEYS;

    @Test
    void forksWrittenConcurrently_eachEqualsItsModel_originalUnchanged() throws Exception {
        long budget = Long.getLong("holstein.stress.millis", 2000);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(budget);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        int rounds = 0;
        try {
            do {
                runRound(pool, rounds);
                rounds++;
            } while (System.nanoTime() < deadline);
        } finally {
            pool.shutdownNow();
            assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
        }
        System.out.println("CowHashMap stress: " + rounds + " rounds of " + THREADS + " threads");
        assertTrue(rounds > 0);
    }

    private static void runRound(ExecutorService pool, int round) throws Exception {
        CowHashMap<Object, Object> original = new CowHashMap<>();
        SplittableRandom setup = new SplittableRandom(round);
        for (int i = 0; i < 3000; i++) {
            original.put(i, "v" + i);
        }
        for (Object k : KEYS) {
            original.put(k, "colliding " + setup.nextInt(10));
        }
        Map<Object, Object> snapshot = new HashMap<>(original);
        List<Map.Entry<String, String>> order =
                new ArrayList<>(
                        original.entrySet().stream()
                                .map(
                                        e ->
                                                Map.entry(
                                                        String.valueOf(e.getKey()),
                                                        String.valueOf(e.getValue())))
                                .toList());
        CyclicBarrier forked = new CyclicBarrier(THREADS);
        List<Future<?>> results = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            long seed = round * 1000L + t;
            results.add(
                    pool.submit(
                            () -> {
                                CowHashMap<Object, Object> fork = original.fork();
                                forked.await();
                                // Every thread writes at once: all copy the shared storage
                                // concurrently.
                                SplittableRandom r = new SplittableRandom(seed);
                                Map<Object, Object> model = new HashMap<>(snapshot);
                                for (int i = 0; i < WRITES_PER_FORK; i++) {
                                    Object k =
                                            r.nextBoolean()
                                                    ? KEYS.get(r.nextInt(KEYS.size()))
                                                    : (Object) r.nextInt(4000);
                                    if (r.nextInt(3) == 0) {
                                        assertEquals(model.remove(k), fork.remove(k));
                                    } else {
                                        String v = "t" + seed + "/" + i;
                                        assertEquals(model.put(k, v), fork.put(k, v));
                                    }
                                    // Reads of the original, never written, are allowed meanwhile.
                                    assertEquals(snapshot.get(k), original.get(k));
                                }
                                fork.put("written", seed);
                                model.put("written", seed);
                                CowHashMap<Object, Object> second = fork.fork();
                                second.remove("written");
                                fork.checkInvariants();
                                assertEquals(model, fork);
                                assertEquals(fork.size() - 1, second.size());
                                return null;
                            }));
        }
        for (Future<?> f : results) {
            f.get(60, TimeUnit.SECONDS);
        }
        original.checkInvariants();
        assertEquals(snapshot, original);
        List<Map.Entry<String, String>> after =
                new ArrayList<>(
                        original.entrySet().stream()
                                .map(
                                        e ->
                                                Map.entry(
                                                        String.valueOf(e.getKey()),
                                                        String.valueOf(e.getValue())))
                                .toList());
        assertEquals(order, after, "the original's order is unchanged");
        assertEquals(1, original.shares().get(), "every fork released its share once");
    }

    @Test
    void setForksWrittenConcurrently_eachEqualsItsModel() throws Exception {
        CowHashSet<Object> original = new CowHashSet<>(KEYS);
        for (int i = 0; i < 1000; i++) {
            original.add(i);
        }
        java.util.Set<Object> snapshot = new java.util.HashSet<>(original);
        CyclicBarrier forked = new CyclicBarrier(THREADS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int id = t;
                results.add(
                        pool.submit(
                                () -> {
                                    CowHashSet<Object> fork = original.fork();
                                    forked.await();
                                    java.util.Set<Object> model = new java.util.HashSet<>(snapshot);
                                    for (int i = 0; i < 500; i++) {
                                        Object e =
                                                i % 2 == 0
                                                        ? (Object) (i * (id + 1))
                                                        : KEYS.get(i % KEYS.size());
                                        assertEquals(model.remove(e), fork.remove(e));
                                        assertEquals(model.add(-i - id), fork.add(-i - id));
                                    }
                                    fork.checkInvariants();
                                    assertEquals(model, fork);
                                    return null;
                                }));
            }
            for (Future<?> f : results) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(snapshot, original);
        assertEquals(1, original.map().shares().get());
    }
}
