package io.holstein.string;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.holstein.testing.ModelRun;

/** Coverage-guided exploration of {@link CowStringModelDriver}: see {@link ModelRun#fuzz}. */
class CowStringFuzzTest {

    /** Steps per input at most; an input usually runs dry earlier. */
    private static final int MAX_STEPS = 300;

    @FuzzTest(maxDuration = "10m")
    void fuzz_decisions_matchStringBuilderModel(FuzzedDataProvider data) {
        ModelRun.fuzz(data, MAX_STEPS, CowStringModelDriver::new);
    }
}
