package io.holstein.map;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.holstein.testing.ModelRun;

/** Coverage-guided exploration of {@link CowHashMapModelDriver}: see {@link ModelRun#fuzz}. */
class CowHashMapFuzzTest {

    /** Steps per input at most; an input usually runs dry earlier. */
    private static final int MAX_STEPS = 500;

    @FuzzTest(maxDuration = "10m")
    void fuzz_decisions_matchHashMapModel(FuzzedDataProvider data) {
        ModelRun.fuzz(data, MAX_STEPS, CowHashMapModelDriver::new);
    }
}
