package io.holstein.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * The checks a conformance suite's generator registers for what it keeps beside each container it
 * hands out (the other side of a fork, a persistent version): wire {@link #forget()} as the suite's
 * set-up and {@link #verify()} as its tear-down.
 */
public final class KeptChecks {

    private final List<Runnable> checks = new ArrayList<>();

    /** Registers {@code check} to run after the current test. */
    public void add(Runnable check) {
        checks.add(check);
    }

    /** Drops what earlier tests registered: the suite's set-up. */
    public void forget() {
        checks.clear();
    }

    /** Runs every registered check, then drops them: the suite's tear-down. */
    public void verify() {
        try {
            checks.forEach(Runnable::run);
        } finally {
            checks.clear();
        }
    }
}
