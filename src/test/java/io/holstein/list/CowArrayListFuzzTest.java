package io.holstein.list;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.holstein.testing.ModelRun;

/** Coverage-guided exploration of {@link CowArrayListModelDriver}: see {@link ModelRun#fuzz}. */
class CowArrayListFuzzTest {

    /** Steps per input at most; an input usually runs dry earlier. */
    private static final int MAX_STEPS = 500;

    @FuzzTest(maxDuration = "10m")
    void fuzz_decisions_matchArrayListModel(FuzzedDataProvider data) {
        ModelRun.fuzz(data, MAX_STEPS, CowArrayListModelDriver::new);
    }
}
