package io.holstein.testing;

import io.holstein.testing.Comparison.Difference;
import io.holstein.testing.Comparison.Outcomes;
import java.io.IOException;
import java.util.List;

/**
 * A model-based test driver: applies a sequence of operations, each chosen from {@link Decisions},
 * to a Holstein type and to a {@code java.util} model, and checks after every step that the two
 * agree. One driver serves the fixed-seed and fresh-seed runs of its {@link ModelTest} and the
 * coverage-guided runs of its Jazzer fuzz test ({@link ModelRun#fuzz}).
 *
 * <p>A driver implements {@link #start} (the first container or version), {@link #step} (one
 * operation and its checks), where it has any, {@link #checkAll} (what every step must leave true)
 * and, where it keeps versions, {@link #finish} (check them all again). It draws every choice from
 * {@link #d} and nowhere else, so that a run replays exactly from its seed or fuzzer input (nor
 * does it choose by the iteration order of a {@code HashMap} or {@code HashSet} model, which for
 * colliding keys without a natural order depends on identity hash codes); it {@link #log}s one line
 * per operation for the failure message, {@link #cover}s the situations its test requires to be
 * reached, and runs an operation on both sides with {@link #both}. A failure is rethrown naming its
 * step and the steps before it.
 */
public abstract class ModelDriver {

    /** The source of every choice. */
    protected final Decisions d;

    private final Comparison comparison;

    private final Trace trace = new Trace();

    private Coverage coverage;

    private int nextId;

    /**
     * A driver that compares the sides by {@code equals} and exception class, naming them
     * "Holstein" and "model" in failures.
     */
    protected ModelDriver(Decisions d) {
        this(d, Comparison.between("Holstein", "model"));
    }

    /** A driver that compares the two sides of {@link #both} as {@code comparison} says. */
    protected ModelDriver(Decisions d, Comparison comparison) {
        this.d = d;
        this.comparison = comparison;
    }

    /**
     * Runs {@link #start}, then {@link #step} at most {@code maxSteps} times or until the decisions
     * run out, then {@link #finish}. A driver runs once.
     *
     * @param coverage where the situations reached are counted
     * @return the number of steps run
     * @throws AssertionError naming the failing step (0 for {@code start}) and the steps before it
     */
    public final int run(int maxSteps, Coverage coverage) {
        if (this.coverage != null) {
            throw new IllegalStateException("a driver runs once");
        }
        this.coverage = coverage;
        int n = 0;
        try {
            start();
            checkAll();
            for (n = 1; n <= maxSteps && !d.exhausted(); n++) {
                step();
                checkAll();
            }
            finish();
            return n - 1;
        } catch (RuntimeException | AssertionError e) {
            throw new AssertionError("step " + n + " failed: " + e + "\n" + trace, e);
        }
    }

    /** Makes the first container or version, and checks it. */
    protected abstract void start();

    /** Chooses one operation, runs it and checks the outcome. */
    protected abstract void step();

    /**
     * Checks what every step must leave true (each container against its model, invariants), after
     * {@link #start} and after every {@link #step}. Nothing by default.
     */
    protected void checkAll() {}

    /** After the last step: checks again what the run kept. Nothing by default. */
    protected void finish() {}

    /** Records one operation for the failure message. */
    protected final void log(String step) {
        trace.log(step);
    }

    /** Counts one more occurrence of {@code situation}. */
    protected final void cover(String situation) {
        coverage.cover(situation);
    }

    /** A number not handed out before in this run, to name members, iterators and views. */
    protected final int nextId() {
        return nextId++;
    }

    /**
     * @throws AssertionError with {@code message} unless {@code condition}
     */
    protected static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    /**
     * @throws AssertionError unless {@code action} throws an instance of {@code expected}
     */
    protected static void expectThrows(Class<? extends Throwable> expected, Runnable action) {
        try {
            action.run();
        } catch (Throwable t) {
            if (expected.isInstance(t)) {
                return;
            }
            throw new AssertionError("expected " + expected.getSimpleName() + " but got " + t, t);
        }
        throw new AssertionError("expected " + expected.getSimpleName());
    }

    /**
     * Adds {@code x} to what the driver keeps of a container (iterators, views, snapshots), first
     * dropping one chosen by the decisions if {@code kept} holds {@code max} already.
     *
     * @return the one dropped, or {@code null}
     */
    protected final <T> T keep(List<T> kept, int max, T x) {
        T dropped = kept.size() == max ? kept.remove(d.nextInt(kept.size())) : null;
        kept.add(x);
        return dropped;
    }

    /**
     * Logs {@code what}, runs {@code op} on the Holstein side and then on the model side, and
     * compares their outcomes.
     *
     * @return both outcomes
     * @throws AssertionError if they differ
     */
    protected final Outcomes both(String what, Side.Op op) {
        return both(what, Difference.NONE, op);
    }

    /** As {@link #both(String, Side.Op)}, accepting the documented difference {@code accepted}. */
    protected final Outcomes both(String what, Difference accepted, Side.Op op) {
        log(what);
        return compare(
                what,
                Outcome.of(() -> op.apply(Side.HOLSTEIN)),
                Outcome.of(() -> op.apply(Side.MODEL)),
                accepted);
    }

    /**
     * Runs {@code holstein}, then {@code model}, and compares their outcomes, without logging.
     *
     * @return both outcomes
     * @throws AssertionError if they differ
     */
    protected final Outcomes compare(String what, Outcome.Action holstein, Outcome.Action model) {
        Outcome h = Outcome.of(holstein);
        return compare(what, h, Outcome.of(model), Difference.NONE);
    }

    /** Compares two outcomes as this driver's {@link Comparison} says. */
    protected final Outcomes compare(
            String what, Outcome holstein, Outcome model, Difference accepted) {
        return comparison.compare(what, holstein, model, accepted, coverage);
    }

    /**
     * A copy of {@code value} made by serializing it and reading it back.
     *
     * @throws AssertionError if either fails
     */
    protected static <T> T roundTrip(T value) {
        try {
            return SerialStreams.roundTrip(value);
        } catch (IOException | ClassNotFoundException e) {
            throw new AssertionError("serialization round trip failed", e);
        }
    }
}
