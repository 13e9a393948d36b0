package io.holstein.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.holstein.map.PersistentHashMap;
import io.holstein.testing.ConcurrentRuns;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;

/**
 * Threads write and read one {@link SnapshotHashMap} at once.
 *
 * <p>Snapshot consistency, for {@code holstein.stress.millis} milliseconds (default 2000): writers
 * move amounts between accounts, each transfer one {@link SnapshotHashMap#update}, so the sum of
 * the values is constant in every version; readers sum the live map through each view's iterator,
 * {@code forEach}, a stream and {@code snapshot()}, and must always find that sum and every
 * account. {@code ConcurrentHashMap}'s weakly consistent iteration does not promise this.
 *
 * <p>Atomicity of the single-key operations: threads count into shared keys with {@code merge},
 * {@code compute} and {@code computeIfPresent} while others put and remove keys of their own; no
 * increment may be lost.
 */
class SnapshotHashMapStressTest {

    private static final int ACCOUNTS = 200;
    private static final int BALANCE = 1000;
    private static final long TOTAL = (long) ACCOUNTS * BALANCE;
    private static final int WRITERS = 2;
    private static final int READERS = 2;

    @Test
    void transfersByUpdate_readersAlwaysSeeConstantSum() throws Exception {
        long budget = Long.getLong("holstein.stress.millis", 2000);
        PersistentHashMap.Builder<Integer, Integer> b = PersistentHashMap.builder();
        for (int i = 0; i < ACCOUNTS; i++) {
            b.put(i, BALANCE);
        }
        SnapshotHashMap<Integer, Integer> map = new SnapshotHashMap<>(b.build());
        AtomicBoolean stop = new AtomicBoolean();
        LongAdder transfers = new LongAdder();
        LongAdder reads = new LongAdder();
        CyclicBarrier start = new CyclicBarrier(WRITERS + READERS);
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            SplittableRandom r = new SplittableRandom(w);
            tasks.add(
                    () -> {
                        start.await();
                        while (!stop.get()) {
                            int from = r.nextInt(ACCOUNTS);
                            int to = r.nextInt(ACCOUNTS);
                            int amount = r.nextInt(1, 50);
                            map.update(
                                    m -> {
                                        PersistentHashMap<Integer, Integer> debited =
                                                m.with(from, m.get(from) - amount);
                                        return debited.with(to, debited.get(to) + amount);
                                    });
                            transfers.increment();
                        }
                        return null;
                    });
        }
        for (int t = 0; t < READERS; t++) {
            tasks.add(
                    () -> {
                        start.await();
                        int round = 0;
                        while (!stop.get()) {
                            switch (round++ % 6) {
                                case 0 -> {
                                    long sum = 0;
                                    int n = 0;
                                    for (Map.Entry<Integer, Integer> e : map.entrySet()) {
                                        sum += e.getValue();
                                        n++;
                                    }
                                    assertSum(sum, n, "entrySet iteration");
                                }
                                case 1 -> {
                                    long sum = 0;
                                    int n = 0;
                                    for (Iterator<Integer> it = map.values().iterator();
                                            it.hasNext();
                                            n++) {
                                        sum += it.next();
                                    }
                                    assertSum(sum, n, "values iteration");
                                }
                                case 2 -> {
                                    long[] sum = {0, 0};
                                    map.forEach(
                                            (k, v) -> {
                                                sum[0] += v;
                                                sum[1]++;
                                            });
                                    assertSum(sum[0], (int) sum[1], "forEach");
                                }
                                case 3 -> {
                                    PersistentHashMap<Integer, Integer> s = map.snapshot();
                                    assertSum(
                                            s.values().stream().mapToLong(Integer::longValue).sum(),
                                            s.size(),
                                            "snapshot");
                                }
                                case 4 ->
                                        assertSum(
                                                map.values().parallelStream()
                                                        .mapToLong(Integer::longValue)
                                                        .sum(),
                                                (int) map.keySet().stream().count(),
                                                "view streams");
                                default -> {
                                    long sum = 0;
                                    for (Object o : map.entrySet().toArray()) {
                                        sum +=
                                                ((Map.Entry<?, ?>) o).getValue()
                                                                instanceof Integer v
                                                        ? v
                                                        : 0;
                                    }
                                    assertSum(sum, map.entrySet().toArray().length, "toArray");
                                }
                            }
                            reads.increment();
                        }
                        return null;
                    });
        }
        ConcurrentRuns.runFor(tasks, stop, budget);
        map.checkInvariants();
        assertSum(
                map.values().stream().mapToLong(Integer::longValue).sum(),
                map.size(),
                "after the run");
        System.out.println(
                "SnapshotHashMap stress: "
                        + transfers.sum()
                        + " transfers, "
                        + reads.sum()
                        + " consistent reads");
        assertTrue(transfers.sum() > 0 && reads.sum() > 0, "both sides ran");
    }

    private static void assertSum(long sum, int accounts, String how) {
        assertEquals(ACCOUNTS, accounts, how + ": accounts");
        assertEquals(TOTAL, sum, how + ": the sum moved");
    }

    @Test
    void singleKeyOperations_underContention_loseNoIncrement() throws Exception {
        int threads = 4;
        int increments = 5_000;
        SnapshotHashMap<String, Integer> map = new SnapshotHashMap<>();
        CyclicBarrier start = new CyclicBarrier(threads);
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int id = t;
            tasks.add(
                    () -> {
                        start.await();
                        for (int i = 0; i < increments; i++) {
                            map.merge("merged", 1, Integer::sum);
                            map.compute("computed", (k, v) -> v == null ? 1 : v + 1);
                            map.putIfAbsent("present", 0);
                            map.computeIfPresent("present", (k, v) -> v + 1);
                            // Churn on keys of one's own, so that the shared keys' versions keep
                            // changing.
                            map.put("own" + id + "/" + (i % 16), i);
                            map.remove("own" + id + "/" + ((i + 8) % 16));
                        }
                        return null;
                    });
        }
        ConcurrentRuns.runFor(tasks, new AtomicBoolean(), 0);
        map.checkInvariants();
        assertEquals(threads * increments, map.get("merged"));
        assertEquals(threads * increments, map.get("computed"));
        assertEquals(threads * increments, map.get("present"));
    }
}
