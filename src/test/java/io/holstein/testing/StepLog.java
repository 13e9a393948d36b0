package io.holstein.testing;

import java.util.ArrayDeque;
import java.util.Map;

/**
 * The step loop every model driver runs, and what it reports: the most recent steps (each driver
 * logs one line per operation) and the situations reached (coverage counts, which the fixed-seed
 * tests check). A failure is rethrown naming its step and the steps before it, so that a seed or a
 * fuzzer input can be replayed and read.
 */
public final class StepLog {

    /** Recent steps kept for a failure's message; {@code -Dholstein.traceLength=N} keeps more. */
    private static final int TRACE_LENGTH = Integer.getInteger("holstein.traceLength", 40);

    private final Map<String, Integer> coverage;
    private final ArrayDeque<String> trace = new ArrayDeque<>();

    /**
     * @param coverage the counts of situations reached, added to by {@link #cover}
     */
    public StepLog(Map<String, Integer> coverage) {
        this.coverage = coverage;
    }

    /** Records one step for a failure's message, dropping the oldest beyond the trace length. */
    public void log(String step) {
        if (trace.size() == TRACE_LENGTH) {
            trace.removeFirst();
        }
        trace.addLast(step);
    }

    /** Counts one more occurrence of {@code situation}. */
    public void cover(String situation) {
        coverage.merge(situation, 1, Integer::sum);
    }

    /** {@link #run(Decisions, int, Runnable, Runnable, Runnable)} with nothing to finish. */
    public int run(Decisions d, int maxSteps, Runnable start, Runnable step) {
        return run(d, maxSteps, start, step, () -> {});
    }

    /**
     * Runs {@code start}, then {@code step} at most {@code maxSteps} times or until the decisions
     * run out, then {@code finish}.
     *
     * @return the number of steps run
     * @throws AssertionError naming the failing step (0 for {@code start}) and the steps before it
     */
    public int run(Decisions d, int maxSteps, Runnable start, Runnable step, Runnable finish) {
        int n = 0;
        try {
            start.run();
            for (n = 1; n <= maxSteps && !d.exhausted(); n++) {
                step.run();
            }
            finish.run();
            return n - 1;
        } catch (RuntimeException | AssertionError e) {
            StringBuilder message =
                    new StringBuilder("step ")
                            .append(n)
                            .append(" failed: ")
                            .append(e)
                            .append("\nrecent steps (oldest first):");
            for (String s : trace) {
                message.append("\n  ").append(s);
            }
            throw new AssertionError(message.toString(), e);
        }
    }
}
