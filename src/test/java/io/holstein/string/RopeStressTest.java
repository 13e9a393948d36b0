package io.holstein.string;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code charAt} from several threads at once on one rope: a read that descends within a chunk's
 * length of the last descent stores the chunk it found in the rope's one racy cache field, as the
 * walks forwards, backwards and back and forth do at most of the chunk borders they cross, and all
 * threads write the index of their descents to one racy field; so the threads overwrite each
 * other's cache all the time, and every char read is checked against a {@code String} model. The
 * ropes are made by edits and substrings, so their chunks have uneven lengths and starts, Latin-1
 * and UTF-16 storage, and are shared with other ropes at other offsets: a chunk paired with another
 * read's start, or a range check made against one cached chunk and a read from another, gives a
 * wrong char. Runs rounds for {@code holstein.stress.millis} milliseconds (default 2000).
 */
class RopeStressTest {

    private static final int THREADS = 4;

    private static final long BUDGET_MILLIS = Long.getLong("holstein.stress.millis", 2000);

    /** Reads per thread and round. */
    private static final int READS = 50_000;

    /** A text of pseudo-random chars, a fifth of them above Latin-1, so offsets look different. */
    private static String text(SplittableRandom random, int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(
                    random.nextInt(5) == 0
                            ? (char) (0x4E00 + random.nextInt(0x100))
                            : (char) ('!' + random.nextInt(90)));
        }
        return s.toString();
    }

    /** How one thread walks the rope: each pattern crosses chunk borders often. */
    private static int nextIndex(
            int pattern, int step, int previous, int length, SplittableRandom r) {
        return switch (pattern) {
            case 0 -> (previous + 1) % length; // forwards
            case 1 -> (previous - 1 + length) % length; // backwards
            case 2 -> r.nextInt(length); // anywhere
            default -> {
                // Back and forth over a few chunks, each step within a chunk's length, so that
                // the descents at its borders are remembered.
                int hop = r.nextInt(1, RopeChunk.MAX_LENGTH + 1);
                yield (previous + (step % 2 == 0 ? hop : -hop) + length) % length;
            }
        };
    }

    @Test
    void charAt_fromManyThreadsOnOneRope_everyCharReadIsRight() throws Exception {
        SplittableRandom seeds = new SplittableRandom(42);
        String base = text(seeds, 12 * RopeChunk.MAX_LENGTH);
        Rope baseRope = Rope.of(base);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(BUDGET_MILLIS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        int rounds = 0;
        try {
            while (System.nanoTime() < deadline) {
                // A fresh rope each round, so its cache starts empty, sharing chunks with the base.
                int at = seeds.nextInt(base.length());
                String piece = text(seeds, seeds.nextInt(1, 50));
                int from = seeds.nextInt(RopeChunk.MAX_LENGTH);
                String model = (base.substring(0, at) + piece + base.substring(at)).substring(from);
                Rope rope = baseRope.insert(at, piece).substring(from, model.length() + from);
                CyclicBarrier start = new CyclicBarrier(THREADS);
                List<Callable<Void>> readers = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    int pattern = t % 4;
                    long seed = seeds.nextLong();
                    readers.add(
                            () -> {
                                read(rope, model, pattern, new SplittableRandom(seed), start);
                                return null;
                            });
                }
                for (Future<Void> reader : pool.invokeAll(readers)) {
                    reader.get(); // rethrows a reader's failure
                }
                rope.checkInvariants();
                rounds++;
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(rounds > 0);
    }

    /** {@link #READS} reads of {@code rope} in {@code pattern}, each checked against the model. */
    private static void read(
            Rope rope, String model, int pattern, SplittableRandom random, CyclicBarrier start)
            throws Exception {
        int length = model.length();
        int i = random.nextInt(length);
        start.await();
        for (int step = 0; step < READS; step++) {
            i = nextIndex(pattern, step, i, length, random);
            char read = rope.charAt(i);
            if (read != model.charAt(i)) {
                throw new AssertionError(
                        "pattern "
                                + pattern
                                + ": charAt("
                                + i
                                + ") read U+"
                                + Integer.toHexString(read)
                                + ", expected U+"
                                + Integer.toHexString(model.charAt(i)));
            }
        }
    }
}
