package io.holstein.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** Runs the tasks of a stress test on threads of their own, bounded in time. */
public final class ConcurrentRuns {

    private ConcurrentRuns() {}

    /**
     * Runs the tasks at once, lets them run for {@code millis} (if positive), sets {@code stop},
     * waits for them and rethrows the first failure.
     *
     * @param tasks the tasks, each on a thread of its own; they poll {@code stop}
     * @param stop set when the time is up
     * @param millis how long to let them run; 0 to wait until they finish by themselves
     * @throws Exception the first task's failure
     */
    public static void runFor(List<Callable<Void>> tasks, AtomicBoolean stop, long millis)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<Void>> results = new ArrayList<>();
            for (Callable<Void> task : tasks) {
                results.add(pool.submit(task));
            }
            if (millis > 0) {
                Thread.sleep(millis);
            }
            stop.set(true);
            for (Future<Void> f : results) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
            assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
        }
    }
}
