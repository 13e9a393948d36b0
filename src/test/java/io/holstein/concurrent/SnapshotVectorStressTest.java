package io.holstein.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.holstein.list.PersistentVector;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Writers and readers of one {@link SnapshotVector} on several threads. Each test runs for {@code
 * holstein.stress.millis} milliseconds (default 2000) and checks what every reader sees in every
 * version: a version is complete (an invariant every write keeps holds in it), never changes once
 * taken, and no write is lost.
 */
class SnapshotVectorStressTest {

    private static final int WRITERS = 2;

    private static final int READERS = 2;

    private static final int SIZE = 64;

    private static final long BUDGET_MILLIS = Long.getLong("holstein.stress.millis", 2000);

    @Test
    void transfers_byAtomicUpdates_everySnapshotAndIteratorSeesTheConstantSum() throws Exception {
        SnapshotVector<Integer> list = new SnapshotVector<>();
        for (int i = 0; i < SIZE; i++) {
            list.add(100);
        }
        int total = 100 * SIZE;
        AtomicLong transfers = new AtomicLong();
        AtomicLong attempts = new AtomicLong();
        AtomicLong reads = new AtomicLong();
        runTogether(
                WRITERS,
                READERS,
                (writer, random) -> {
                    int from = random.nextInt(SIZE);
                    int to = random.nextInt(SIZE);
                    int amount = random.nextInt(1, 10);
                    switch (random.nextInt(4)) {
                        case 0 ->
                                list.update(
                                        v -> {
                                            attempts.incrementAndGet();
                                            PersistentVector<Integer> taken =
                                                    v.with(from, v.get(from) - amount);
                                            return taken.with(to, taken.get(to) + amount);
                                        });
                        case 1 -> {
                            // A removal and an insertion in one update: the size and the sum hold.
                            list.update(
                                    v -> {
                                        attempts.incrementAndGet();
                                        int moved = v.get(from);
                                        return v.removeAt(from).insert(to, moved);
                                    });
                        }
                        case 2 -> {
                            PersistentVector<Integer> v;
                            PersistentVector<Integer> next;
                            do {
                                v = list.snapshot();
                                PersistentVector<Integer> given =
                                        v.with(from, v.get(from) + amount);
                                next = given.with(to, given.get(to) - amount);
                                attempts.incrementAndGet();
                            } while (!list.compareAndSet(v, next));
                        }
                        default -> {
                            attempts.incrementAndGet();
                            list.sort(null);
                        }
                    }
                    transfers.incrementAndGet();
                },
                (reader, random) -> {
                    PersistentVector<Integer> snapshot = list.snapshot();
                    List<Integer> copy = new ArrayList<>(snapshot);
                    check(sum(snapshot), total, "a snapshot");
                    check(sum(list), total, "an iterator");
                    check(list.stream().mapToInt(Integer::intValue).sum(), total, "a stream");
                    check(sumOf(list.toArray()), total, "toArray");
                    check(
                            list.subList(0, SIZE).stream().mapToInt(Integer::intValue).sum(),
                            total,
                            "a sub list's stream");
                    check(list.size(), SIZE, "the size");
                    Iterator<Integer> it = list.iterator();
                    int walked = 0;
                    while (it.hasNext()) {
                        walked += it.next();
                    }
                    check(walked, total, "a slow iterator");
                    if (!snapshot.equals(copy)) {
                        throw new AssertionError("a snapshot changed after later writes");
                    }
                    reads.incrementAndGet();
                });
        assertEquals(SIZE, list.size());
        assertEquals(total, sum(list));
        assertTrue(
                transfers.get() > 0 && reads.get() > 0,
                transfers + " transfers, " + reads + " reads");
        assertTrue(attempts.get() >= transfers.get());
        System.out.println(
                "transfers " + transfers + ", attempts " + attempts + ", reads " + reads);
    }

    @Test
    void appends_fromManyThreads_noneLostAndEachThreadsOrderKeptInEveryVersion() throws Exception {
        SnapshotVector<Integer> list = new SnapshotVector<>();
        long[] added = new long[WRITERS];
        AtomicLong reads = new AtomicLong();
        runTogether(
                WRITERS,
                READERS,
                (writer, random) -> {
                    int next = (int) added[writer];
                    Integer e = writer * 10_000_000 + next;
                    boolean done = random.nextBoolean() ? list.add(e) : list.addIfAbsent(e);
                    if (!done) {
                        throw new AssertionError("addIfAbsent refused a value no one added: " + e);
                    }
                    added[writer]++;
                    if (next % 1000 == 999) {
                        // Keep the list small: remove this writer's oldest thousand values in one
                        // write.
                        int first = next - 999;
                        int base = writer * 10_000_000;
                        list.removeIf(x -> x >= base + first && x <= base + next - 500);
                    }
                },
                (reader, random) -> {
                    PersistentVector<Integer> v = list.snapshot();
                    int[] last = new int[WRITERS];
                    java.util.Arrays.fill(last, -1);
                    for (Integer e : v) {
                        int writer = e / 10_000_000;
                        int k = e % 10_000_000;
                        if (k <= last[writer]) {
                            throw new AssertionError(
                                    "writer "
                                            + writer
                                            + "'s values out of order: "
                                            + k
                                            + " after "
                                            + last[writer]);
                        }
                        last[writer] = k;
                    }
                    reads.incrementAndGet();
                });
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            long kept = list.stream().filter(e -> e / 10_000_000 == writer).count();
            long removed = added[w] / 1000 * 500;
            assertEquals(added[w] - removed, kept, "writer " + w + "'s values: none lost");
        }
        assertTrue(reads.get() > 0);
    }

    // ------------------------------------------------------------------ harness

    @FunctionalInterface
    private interface Role {
        void step(int index, SplittableRandom random);
    }

    /** Runs writers and readers until the budget is spent or one fails, then rethrows. */
    private static void runTogether(int writers, int readers, Role writer, Role reader)
            throws Exception {
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        CyclicBarrier start = new CyclicBarrier(writers + readers + 1);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < writers + readers; t++) {
            boolean writes = t < writers;
            int index = writes ? t : t - writers;
            long seed = 1000L + t;
            threads.add(
                    new Thread(
                            () -> {
                                SplittableRandom random = new SplittableRandom(seed);
                                try {
                                    start.await();
                                    while (!stop.get()) {
                                        (writes ? writer : reader).step(index, random);
                                    }
                                } catch (Throwable e) {
                                    failures.add(e);
                                    stop.set(true);
                                }
                            }));
        }
        threads.forEach(Thread::start);
        start.await();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(BUDGET_MILLIS);
        while (!stop.get() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        stop.set(true);
        for (Thread thread : threads) {
            thread.join();
        }
        Throwable first = failures.poll();
        if (first != null) {
            AssertionError e = new AssertionError("a thread failed: " + first, first);
            failures.forEach(e::addSuppressed);
            throw e;
        }
    }

    private static int sum(Iterable<Integer> elements) {
        int s = 0;
        for (Integer e : elements) {
            s += e;
        }
        return s;
    }

    private static int sumOf(Object[] elements) {
        int s = 0;
        for (Object e : elements) {
            s += (Integer) e;
        }
        return s;
    }

    private static void check(int actual, int expected, String what) {
        if (actual != expected) {
            throw new AssertionError(what + ": " + actual + ", expected " + expected);
        }
    }
}
