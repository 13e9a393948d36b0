package io.holstein.string;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Forks and slices across threads: many threads fork one string at once (a read of it) and write
 * their forks while reading the original; forks are handed between threads and written while the
 * strings they share storage with are written elsewhere. Each test runs rounds for {@code
 * holstein.stress.millis} milliseconds (default 2000) and checks every string against its own
 * {@code StringBuilder} model.
 */
class CowStringStressTest {

    private static final int THREADS = 4;

    private static final long BUDGET_MILLIS = Long.getLong("holstein.stress.millis", 2000);

    private static final String TEXT = "The quick brown fox \u00e9\u00ff jumps over";

    /** A string and the model it must equal, handed from thread to thread together. */
    private record Twin(CowString string, StringBuilder model) {}

    private static void write(CowString s, StringBuilder model, SplittableRandom random) {
        int n = model.length();
        switch (random.nextInt(6)) {
            case 0 -> {
                char c = random.nextInt(8) == 0 ? '\u4e2d' : (char) ('a' + random.nextInt(26));
                s.append(c);
                model.append(c);
            }
            case 1 -> {
                int at = random.nextInt(n + 1);
                s.insert(at, "xy");
                model.insert(at, "xy");
            }
            case 2 -> {
                if (n > 0) {
                    int at = random.nextInt(n);
                    s.deleteCharAt(at);
                    model.deleteCharAt(at);
                }
            }
            case 3 -> {
                if (n > 0) {
                    int at = random.nextInt(n);
                    char c = (char) ('A' + random.nextInt(26));
                    s.setCharAt(at, c);
                    model.setCharAt(at, c);
                }
            }
            case 4 -> {
                if (n > 40) {
                    s.setLength(20);
                    model.setLength(20);
                }
            }
            default -> {
                s.reverse();
                model.reverse();
            }
        }
    }

    private static void check(CowString s, CharSequence model, String what) {
        if (!s.contentEquals(model) || s.hashCode() != model.toString().hashCode()) {
            throw new AssertionError(what + ": " + s + " but expected " + model);
        }
        s.checkInvariants();
    }

    @Test
    void fork_fromManyThreadsAtOnce_forksMatchTheirModelsAndOriginalStaysIntact() throws Exception {
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(BUDGET_MILLIS);
        int rounds = 0;
        SplittableRandom seeds = new SplittableRandom(42);
        while (System.nanoTime() < deadline && failures.isEmpty()) {
            CowString original = new CowString(TEXT);
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
                                        boolean slice = random.nextBoolean();
                                        int from = random.nextInt(TEXT.length());
                                        CowString mine =
                                                slice
                                                        ? original.slice(from, TEXT.length())
                                                        : original.fork();
                                        StringBuilder model =
                                                new StringBuilder(
                                                        slice ? TEXT.substring(from) : TEXT);
                                        for (int op = 0; op < 200; op++) {
                                            write(mine, model, random);
                                            if (op % 20 == 0) {
                                                check(
                                                        original,
                                                        TEXT,
                                                        "the original, read while its forks are written");
                                                CowString nested = mine.fork();
                                                nested.append('!');
                                                check(
                                                        mine,
                                                        model,
                                                        "a fork after its own fork was written");
                                            }
                                        }
                                        check(mine, model, "a fork");
                                    } catch (Throwable e) {
                                        failures.add(e);
                                    }
                                }));
            }
            threads.forEach(Thread::start);
            for (Thread thread : threads) {
                thread.join();
            }
            check(original, TEXT, "the original");
            original.setCharAt(0, '#');
            check(original, "#" + TEXT.substring(1), "the original after its own write");
            rounds++;
        }
        if (!failures.isEmpty()) {
            AssertionError e = new AssertionError(failures.size() + " thread(s) failed");
            failures.forEach(e::addSuppressed);
            throw e;
        }
        assertTrue(rounds > 0);
    }

    @Test
    void forks_handedBetweenThreads_writtenWhileTheirSourcesAreWritten() throws Exception {
        LinkedBlockingQueue<Twin> handoff = new LinkedBlockingQueue<>();
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(BUDGET_MILLIS);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            long seed = t;
            threads.add(
                    new Thread(
                            () -> {
                                SplittableRandom random = new SplittableRandom(seed);
                                CowString mine = new CowString(TEXT);
                                StringBuilder model = new StringBuilder(TEXT);
                                try {
                                    while (System.nanoTime() < deadline && failures.isEmpty()) {
                                        // Hand a fork (or slice) to another thread, then keep
                                        // writing our own.
                                        if (random.nextBoolean()) {
                                            handoff.put(
                                                    new Twin(
                                                            mine.fork(), new StringBuilder(model)));
                                        } else {
                                            int from = random.nextInt(model.length() + 1);
                                            handoff.put(
                                                    new Twin(
                                                            mine.slice(from, model.length()),
                                                            new StringBuilder(
                                                                    model.substring(from))));
                                        }
                                        for (int op = 0; op < 10; op++) {
                                            write(mine, model, random);
                                        }
                                        check(mine, model, "own string");
                                        Twin theirs = handoff.poll(1, TimeUnit.MILLISECONDS);
                                        if (theirs != null) {
                                            check(
                                                    theirs.string(),
                                                    theirs.model(),
                                                    "a string from another thread");
                                            mine = theirs.string();
                                            model = theirs.model();
                                        }
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
        if (!failures.isEmpty()) {
            AssertionError e = new AssertionError(failures.size() + " thread(s) failed");
            failures.forEach(e::addSuppressed);
            throw e;
        }
        for (Twin left : handoff) {
            check(left.string(), left.model(), "a string nobody took");
        }
        assertEquals(0, failures.size());
    }
}
