package io.holstein.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.holstein.sorted.PersistentTreeMap;
import io.holstein.testing.ConcurrentRuns;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;

/**
 * A demonstration of what {@link SnapshotTreeMap}'s snapshots promise, for {@code
 * holstein.stress.millis} milliseconds (default 1000): two threads move amounts between accounts,
 * each transfer one {@link SnapshotTreeMap#update} of two keys, so the sum of the balances is the
 * same in every version; a reader sums the map through {@code snapshot()}, iteration of the entry
 * set, the values, the descending map, and two range views' sums taken from one snapshot, and
 * always finds that sum.
 *
 * <p>The same workload over a {@link java.util.concurrent.ConcurrentSkipListMap}, each transfer two
 * {@code merge} calls, is allowed to show a reader a sum off by a transfer in flight: its iterators
 * are weakly consistent and a transfer of two keys is two writes, so a scan may pass the debited
 * key after the debit and the credited key before the credit. That is what such a map promises and
 * not a failure, so it is not run or asserted here.
 */
class SnapshotTreeMapStressTest {

    private static final int ACCOUNTS = 300;
    private static final int BALANCE = 1000;
    private static final long TOTAL = (long) ACCOUNTS * BALANCE;

    @Test
    void transfersByUpdate_readerAlwaysSeesTheConstantSum() throws Exception {
        long budget = Long.getLong("holstein.stress.millis", 1000);
        PersistentTreeMap.Builder<Integer, Integer> b = PersistentTreeMap.builder();
        for (int i = 0; i < ACCOUNTS; i++) {
            b.put(i, BALANCE);
        }
        SnapshotTreeMap<Integer, Integer> map = new SnapshotTreeMap<>(b.build());
        AtomicBoolean stop = new AtomicBoolean();
        LongAdder transfers = new LongAdder();
        LongAdder reads = new LongAdder();
        CyclicBarrier start = new CyclicBarrier(3);
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
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
                                        PersistentTreeMap<Integer, Integer> debited =
                                                m.with(from, m.get(from) - amount);
                                        return debited.with(to, debited.get(to) + amount);
                                    });
                            transfers.increment();
                        }
                        return null;
                    });
        }
        tasks.add(
                () -> {
                    start.await();
                    for (int round = 0; !stop.get(); round++) {
                        switch (round % 5) {
                            case 0 -> assertSum(sum(map.snapshot()), "snapshot()");
                            case 1 -> assertSum(sum(map), "entry set iteration");
                            case 2 -> {
                                long sum = 0;
                                int n = 0;
                                for (int v : map.values()) {
                                    sum += v;
                                    n++;
                                }
                                assertEquals(ACCOUNTS, n);
                                assertEquals(TOTAL, sum, "values iteration");
                            }
                            case 3 -> assertSum(sum(map.descendingMap()), "descending map");
                            default -> {
                                PersistentTreeMap<Integer, Integer> s = map.snapshot();
                                long halves =
                                        sum(s.headMap(ACCOUNTS / 2)) + sum(s.tailMap(ACCOUNTS / 2));
                                assertEquals(TOTAL, halves, "two ranges of one snapshot");
                            }
                        }
                        reads.increment();
                    }
                    return null;
                });
        ConcurrentRuns.runFor(tasks, stop, budget);
        map.checkInvariants();
        assertSum(sum(map), "after the run");
        System.out.println(
                "SnapshotTreeMap transfers: "
                        + transfers.sum()
                        + " transfers, "
                        + reads.sum()
                        + " consistent reads");
        assertTrue(transfers.sum() > 0 && reads.sum() > 0, "both sides ran");
    }

    private static long sum(Map<Integer, Integer> m) {
        long sum = 0;
        for (Map.Entry<Integer, Integer> e : m.entrySet()) {
            sum += e.getValue();
        }
        return sum;
    }

    private static void assertSum(long sum, String how) {
        assertEquals(TOTAL, sum, how + ": the sum moved");
    }
}
