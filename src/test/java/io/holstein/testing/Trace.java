package io.holstein.testing;

import java.util.ArrayDeque;

/**
 * The most recent steps of a model driver, one line per operation, printed with a failure so that
 * the seed or fuzzer input that caused it can be read as well as replayed. {@code
 * -Dholstein.traceLength=N} keeps the last {@code N} steps (default 40).
 */
public final class Trace {

    private static final int LENGTH = Integer.getInteger("holstein.traceLength", 40);

    private final ArrayDeque<String> steps = new ArrayDeque<>();

    /** Records one step, dropping the oldest beyond the trace length. */
    public void log(String step) {
        if (steps.size() == LENGTH) {
            steps.removeFirst();
        }
        steps.addLast(step);
    }

    /** The steps kept, oldest first, one per line. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("recent steps (oldest first):");
        for (String step : steps) {
            s.append("\n  ").append(step);
        }
        return s.toString();
    }
}
