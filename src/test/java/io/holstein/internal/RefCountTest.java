package io.holstein.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RefCountTest {

    private static final int THREADS = 4;

    @Test
    void newCount_heldOnce_isNotShared() {
        RefCount count = new RefCount();
        assertEquals(1, count.get());
        assertFalse(count.isShared());
    }

    @Test
    void retainAndRelease_inTurn_countHolders() {
        RefCount count = new RefCount();
        count.retain();
        assertEquals(2, count.get());
        assertTrue(count.isShared());
        count.retain();
        assertEquals(3, count.get());
        count.release();
        count.release();
        assertEquals(1, count.get());
        assertFalse(count.isShared());
    }

    @Test
    void retain_justBelowSaturation_saturatesAndSticks() {
        RefCount count = new RefCount(RefCount.SATURATED - 1);
        assertTrue(count.isShared());

        count.retain();
        assertEquals(RefCount.SATURATED, count.get());
        assertTrue(count.isShared());

        for (int i = 0; i < 10; i++) {
            count.retain();
            assertEquals(RefCount.SATURATED, count.get(), "retain never wraps a saturated count");
        }
        for (int i = 0; i < 10; i++) {
            count.release();
            assertEquals(RefCount.SATURATED, count.get(), "release never lowers a saturated count");
            assertTrue(count.isShared());
        }
    }

    @Test
    void saturate_ofFreshCount_sticksThroughRetainAndRelease() {
        RefCount count = new RefCount();
        count.saturate();
        assertEquals(RefCount.SATURATED, count.get());
        assertTrue(count.isShared());
        count.retain();
        count.release();
        count.release();
        assertEquals(RefCount.SATURATED, count.get());
    }

    @Test
    void frozen_retainedAndReleased_staysSaturatedAndShared() {
        RefCount frozen = RefCount.FROZEN;
        assertEquals(RefCount.SATURATED, frozen.get());
        assertTrue(frozen.isShared());
        frozen.retain();
        frozen.release();
        assertEquals(RefCount.SATURATED, frozen.get());
        assertTrue(frozen.toString().contains("saturated"));
    }

    @Test
    void moveToCopy_ofSoleHolder_keepsTheCount() {
        RefCount count = new RefCount();
        assertSame(count, count.moveToCopy());
        assertEquals(1, count.get());
    }

    @Test
    void moveToCopy_ofSharedCount_releasesItAndReturnsAFreshOne() {
        RefCount count = new RefCount();
        count.retain();

        RefCount fresh = count.moveToCopy();

        assertNotSame(count, fresh);
        assertEquals(1, fresh.get());
        assertEquals(1, count.get(), "the other holder is the only one left");
    }

    @Test
    void moveToCopy_ofSaturatedCount_leavesItSaturated() {
        RefCount fresh = RefCount.FROZEN.moveToCopy();
        assertNotSame(RefCount.FROZEN, fresh);
        assertEquals(1, fresh.get());
        assertEquals(RefCount.SATURATED, RefCount.FROZEN.get());
    }

    @Test
    void release_belowZero_failsTheAssertion() {
        assertTrue(RefCount.class.desiredAssertionStatus(), "tests run with -ea");
        RefCount count = new RefCount();
        count.release();
        assertEquals(0, count.get());
        assertThrows(AssertionError.class, count::release);
    }

    @Test
    void retainAndRelease_fromManyThreads_balanceOut() throws Exception {
        RefCount count = new RefCount();
        int rounds = 200_000;
        runConcurrently(
                () -> {
                    for (int i = 0; i < rounds; i++) {
                        count.retain();
                        if (!count.isShared()) {
                            throw new AssertionError(
                                    "a holder saw itself alone while it held a retain");
                        }
                        count.release();
                    }
                });
        assertEquals(1, count.get());
        assertFalse(count.isShared());
    }

    @Test
    void retainThenRelease_inBatchesFromManyThreads_balanceOut() throws Exception {
        RefCount count = new RefCount();
        int batch = 50_000;
        runConcurrently(
                () -> {
                    for (int i = 0; i < batch; i++) {
                        count.retain();
                    }
                    for (int i = 0; i < batch; i++) {
                        count.release();
                    }
                });
        assertEquals(1, count.get());
    }

    @Test
    void retain_concurrentlyPastSaturation_neverWraps() throws Exception {
        RefCount count = new RefCount(RefCount.SATURATED - 1_000);
        runConcurrently(
                () -> {
                    for (int i = 0; i < 10_000; i++) {
                        count.retain();
                        if (count.get() < RefCount.SATURATED - 1_000) {
                            throw new AssertionError("count wrapped: " + count.get());
                        }
                    }
                    for (int i = 0; i < 10_000; i++) {
                        count.release();
                    }
                });
        assertEquals(RefCount.SATURATED, count.get());
        assertTrue(count.isShared());
    }

    private static void runConcurrently(Runnable task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CyclicBarrier start = new CyclicBarrier(THREADS);
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                futures.add(
                        pool.submit(
                                () -> {
                                    start.await();
                                    task.run();
                                    return null;
                                }));
            }
            for (Future<?> f : futures) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
