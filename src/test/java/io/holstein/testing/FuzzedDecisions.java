package io.holstein.testing;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;

/**
 * Decisions read from a Jazzer {@link FuzzedDataProvider}, so that the fuzzer's coverage feedback
 * steers the driver. Once the input is consumed the provider returns defaults and {@link
 * #exhausted()} turns true, and the driver ends its run cleanly.
 */
public final class FuzzedDecisions implements Decisions {

    private final FuzzedDataProvider data;

    /**
     * Reads decisions from the fuzzer's input.
     *
     * @param data the fuzzer's input
     */
    public FuzzedDecisions(FuzzedDataProvider data) {
        this.data = data;
    }

    @Override
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        return bound == 1 ? 0 : data.consumeInt(0, bound - 1);
    }

    @Override
    public int nextInt(int min, int max) {
        if (max < min) {
            throw new IllegalArgumentException(min + " > " + max);
        }
        return data.consumeInt(min, max);
    }

    @Override
    public boolean nextBoolean() {
        return data.consumeBoolean();
    }

    @Override
    public boolean exhausted() {
        return data.remainingBytes() == 0;
    }

    @Override
    public String toString() {
        return "fuzzer input (" + data.remainingBytes() + " bytes left)";
    }
}
