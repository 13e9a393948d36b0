package io.holstein.list;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Forks across threads: many threads fork one list at once (a read of it) and write their forks
 * while reading the original; forks are handed between threads and written concurrently with the
 * lists they share storage with. Each test runs rounds for {@code holstein.stress.millis}
 * milliseconds (default 2000) and checks every list against its own model.
 */
class CowArrayListStressTest {

    private static final int THREADS = 4;

    private static final int SIZE = 48;

    private static final long BUDGET_MILLIS = Long.getLong("holstein.stress.millis", 2000);

    /** A list and the model it must equal, handed from thread to thread together. */
    private record Twin(CowArrayList<Integer> list, List<Integer> model) {}

    @Test
    void fork_fromManyThreadsAtOnce_forksMatchTheirModelsAndOriginalStaysIntact() throws Exception {
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(BUDGET_MILLIS);
        int rounds = 0;
        SplittableRandom seeds = new SplittableRandom(42);
        while (System.nanoTime() < deadline && failures.isEmpty()) {
            CowArrayList<Integer> original = new CowArrayList<>();
            for (int i = 0; i < SIZE; i++) {
                original.add(i);
            }
            List<Integer> snapshot = List.copyOf(original);
            ConcurrentLinkedQueue<Twin> results = new ConcurrentLinkedQueue<>();
            CyclicBarrier start = new CyclicBarrier(THREADS);
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                long seed = seeds.nextLong();
                threads.add(
                        new Thread(
                                () -> {
                                    try {
                                        start.await();
                                        SplittableRandom random = new SplittableRandom(seed);
                                        CowArrayList<Integer> fork = original.fork();
                                        List<Integer> model = new ArrayList<>(snapshot);
                                        for (int op = 0; op < 200; op++) {
                                            write(fork, model, random);
                                            if (op % 20 == 0) {
                                                check(
                                                        original,
                                                        snapshot,
                                                        "the original, read while its forks are written");
                                                CowArrayList<Integer> nested = fork.fork();
                                                nested.set(0, -1);
                                                check(
                                                        fork,
                                                        model,
                                                        "a fork after its own fork was written");
                                            }
                                        }
                                        check(fork, model, "a fork");
                                        results.add(new Twin(fork, model));
                                    } catch (Throwable e) {
                                        failures.add(e);
                                    }
                                }));
            }
            threads.forEach(Thread::start);
            for (Thread thread : threads) {
                thread.join();
            }
            check(original, snapshot, "the original");
            original.set(0, -2); // the original writes now; no fork may see it
            for (Twin twin : results) {
                check(twin.list, twin.model, "a fork after the original was written");
            }
            assertEquals(THREADS, results.size());
            rounds++;
        }
        rethrow(failures);
        assertTrue(rounds > 0);
    }

    @Test
    void forks_handedBetweenThreads_writeConcurrentlyWithTheirSources() throws Exception {
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        List<BlockingQueue<Twin>> inboxes = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            inboxes.add(new LinkedBlockingQueue<>());
        }
        for (int t = 0; t < THREADS; t++) {
            CowArrayList<Integer> list = new CowArrayList<>();
            for (int i = 0; i < SIZE; i++) {
                list.add(t * 1000 + i);
            }
            inboxes.get(t).add(new Twin(list, new ArrayList<>(list)));
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(BUDGET_MILLIS);
        AtomicLong handoffs = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            BlockingQueue<Twin> inbox = inboxes.get(t);
            BlockingQueue<Twin> next = inboxes.get((t + 1) % THREADS);
            long seed = 1000L + t;
            threads.add(
                    new Thread(
                            () -> {
                                SplittableRandom random = new SplittableRandom(seed);
                                try {
                                    while (System.nanoTime() < deadline && failures.isEmpty()) {
                                        Twin mine = inbox.poll(10, TimeUnit.MILLISECONDS);
                                        if (mine == null) {
                                            continue;
                                        }
                                        check(
                                                mine.list,
                                                mine.model,
                                                "a list received from another thread");
                                        // The fork goes to the next thread, which writes it while
                                        // this one
                                        // writes the list it shares storage with.
                                        next.put(
                                                new Twin(
                                                        mine.list.fork(),
                                                        new ArrayList<>(mine.model)));
                                        handoffs.incrementAndGet();
                                        for (int op = 0; op < 50; op++) {
                                            write(mine.list, mine.model, random);
                                            if (op % 10 == 0) {
                                                check(
                                                        mine.list,
                                                        mine.model,
                                                        "a list whose fork another thread writes");
                                            }
                                        }
                                        check(mine.list, mine.model, "a list after its writes");
                                    }
                                } catch (Throwable e) {
                                    failures.add(e);
                                }
                            }));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        rethrow(failures);
        for (BlockingQueue<Twin> inbox : inboxes) {
            for (Twin left : inbox) {
                check(left.list, left.model, "a list left in a queue");
            }
        }
        assertTrue(handoffs.get() > 0);
    }

    /** One random write, applied to the list and its model alike; sizes stay near SIZE. */
    private static void write(
            CowArrayList<Integer> list, List<Integer> model, SplittableRandom random) {
        int size = model.size();
        int value = random.nextInt(100);
        switch (random.nextInt(size == 0 ? 2 : size > 2 * SIZE ? 9 : 10)) {
            case 0, 1 -> {
                int i = random.nextInt(size + 1);
                list.add(i, value);
                model.add(i, value);
            }
            case 2, 3 -> {
                int i = random.nextInt(size);
                assertEquals(model.set(i, value), list.set(i, value));
            }
            case 4 -> {
                int i = random.nextInt(size);
                assertEquals(model.remove(i), list.remove(i));
            }
            case 5 -> {
                int limit = random.nextInt(100);
                assertEquals(
                        model.removeIf(e -> e != null && e > limit && e % 7 == 0),
                        list.removeIf(e -> e != null && e > limit && e % 7 == 0));
            }
            case 6 -> {
                list.replaceAll(e -> e == null ? null : e + 1);
                model.replaceAll(e -> e == null ? null : e + 1);
            }
            case 7 -> {
                list.sort(Comparator.nullsFirst(Comparator.reverseOrder()));
                model.sort(Comparator.nullsFirst(Comparator.reverseOrder()));
            }
            case 8 -> {
                int from = random.nextInt(size);
                int to = Math.min(size, from + random.nextInt(4));
                list.subList(from, to).clear();
                model.subList(from, to).clear();
            }
            default -> {
                list.addAll(List.of(value, value + 1));
                model.addAll(List.of(value, value + 1));
            }
        }
    }

    private static void check(CowArrayList<Integer> list, List<Integer> model, String what) {
        list.checkInvariants();
        if (list.size() != model.size()) {
            throw new AssertionError(what + ": size " + list.size() + ", model " + model.size());
        }
        for (int i = 0; i < model.size(); i++) {
            if (!Objects.equals(list.get(i), model.get(i))) {
                throw new AssertionError(
                        what + ": element " + i + " is " + list.get(i) + ", model " + model.get(i));
            }
        }
    }

    private static void rethrow(ConcurrentLinkedQueue<Throwable> failures) {
        Throwable first = failures.poll();
        if (first != null) {
            AssertionError e = new AssertionError("a thread failed: " + first, first);
            failures.forEach(e::addSuppressed);
            throw e;
        }
    }
}
