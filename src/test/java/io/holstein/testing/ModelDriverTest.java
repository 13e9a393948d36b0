package io.holstein.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.holstein.internal.RefCount;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelDriverTest {

    /** Counts to a failing step, logging each; both sides of its operation are a list's size. */
    private static final class Counting extends ModelDriver {
        private final int failAt;
        private final List<Integer> holstein = new ArrayList<>();
        private final List<Integer> model = new ArrayList<>();
        private int steps;

        Counting(Decisions d, int failAt) {
            super(d, Comparison.between("H", "M"));
            this.failAt = failAt;
        }

        @Override
        protected void start() {
            log("start");
        }

        @Override
        protected void step() {
            steps++;
            holstein.add(steps);
            model.add(steps == failAt ? -1 : steps);
            cover("step");
            both("step " + steps, s -> (s == Side.HOLSTEIN ? holstein : model).get(steps - 1));
        }
    }

    @Test
    void run_everyStepAgrees_returnsTheStepsRunAndCountsCoverage() {
        Coverage coverage = new Coverage();
        assertEquals(10, new Counting(new RandomDecisions(1), 0).run(10, coverage));
        assertEquals(10, coverage.count("step"));
    }

    @Test
    void run_aStepDisagrees_failsNamingTheStepAndTheStepsBefore() {
        AssertionError e =
                assertThrows(
                        AssertionError.class,
                        () -> new Counting(new RandomDecisions(1), 3).run(10, new Coverage()));
        assertTrue(e.getMessage().startsWith("step 3 failed: "), e.getMessage());
        assertTrue(
                e.getMessage().endsWith("(oldest first):\n  start\n  step 1\n  step 2\n  step 3"),
                e.getMessage());
    }

    @Test
    void run_twice_isRefused() {
        Counting driver = new Counting(new RandomDecisions(1), 0);
        driver.run(1, new Coverage());
        assertThrows(IllegalStateException.class, () -> driver.run(1, new Coverage()));
    }

    /** A member holding a count and a storage object, and saying whether it is shared. */
    private static final class Holder extends Family.Member<Object, Object, Object> {
        final RefCount count;
        final Object storage;
        final boolean shared;

        Holder(String name, RefCount count, Object storage, boolean shared) {
            super(name, storage, storage);
            this.count = count;
            this.storage = storage;
            this.shared = shared;
        }
    }

    private static final class Families extends ModelDriver {
        final Family<Holder> family = new Family<>(this, 2);

        Families() {
            super(new RandomDecisions(1));
        }

        @Override
        protected void start() {}

        @Override
        protected void step() {}

        void check() {
            family.checkCounts(h -> h.count, h -> h.storage, h -> h.shared);
        }
    }

    private static Families families(Holder... holders) {
        Families f = new Families();
        f.run(0, new Coverage());
        for (Holder h : holders) {
            f.family.add(h);
        }
        return f;
    }

    @Test
    void checkCounts_sharedStorageCountedAndShared_passes() {
        RefCount count = new RefCount();
        count.retain();
        Object storage = new Object();
        families(new Holder("a", count, storage, true), new Holder("b", count, storage, true))
                .check();
    }

    @Test
    void checkCounts_sharedStorageWithAnUnsharedHolder_fails() {
        RefCount count = new RefCount();
        count.retain();
        Object storage = new Object();
        Families f =
                families(
                        new Holder("a", count, storage, true),
                        new Holder("b", count, storage, false));
        assertThrows(AssertionError.class, f::check);
    }

    @Test
    void checkCounts_countBelowItsHolders_fails() {
        RefCount count = new RefCount();
        Object storage = new Object();
        Families f =
                families(
                        new Holder("a", count, storage, true),
                        new Holder("b", count, storage, true));
        assertThrows(AssertionError.class, f::check);
    }

    @Test
    void checkCounts_oneStorageTwoCounts_fails() {
        Object storage = new Object();
        Families f =
                families(
                        new Holder("a", new RefCount(), storage, false),
                        new Holder("b", new RefCount(), storage, false));
        assertThrows(AssertionError.class, f::check);
    }

    @Test
    void checkCounts_oneCountTwoStorages_fails() {
        RefCount count = new RefCount();
        count.retain();
        Families f =
                families(
                        new Holder("a", count, new Object(), true),
                        new Holder("b", count, new Object(), true));
        assertThrows(AssertionError.class, f::check);
    }

    @Test
    void add_toAFullFamily_dropsOneAndCountsIt() {
        Coverage coverage = new Coverage();
        Families f = new Families();
        f.run(0, coverage);
        for (int i = 0; i < 3; i++) {
            f.family.add(new Holder("h" + i, new RefCount(), new Object(), false));
        }
        assertEquals(2, f.family.size());
        assertEquals(1, coverage.count(Family.DROPPED));
    }

    @Test
    void keep_atTheLimit_dropsOneChosenByTheDecisions() {
        Families f = new Families();
        List<Integer> kept = new ArrayList<>(List.of(1, 2));
        assertNull(f.keep(kept, 3, 3));
        Integer dropped = f.keep(kept, 3, 4);
        assertEquals(3, kept.size());
        assertTrue(!kept.contains(dropped) && kept.contains(4));
    }
}
