package io.holstein.string;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.holstein.testing.ModelRun;

/** Coverage-guided exploration of {@link RopeModelDriver}: see {@link ModelRun#fuzz}. */
class RopeFuzzTest {

    /** Steps per input at most; an input usually runs dry earlier. */
    private static final int MAX_STEPS = 300;

    @FuzzTest(maxDuration = "10m")
    void fuzz_decisions_matchStringModel(FuzzedDataProvider data) {
        ModelRun.fuzz(data, MAX_STEPS, RopeModelDriver::new);
    }
}
