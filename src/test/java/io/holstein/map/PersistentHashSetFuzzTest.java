package io.holstein.map;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.holstein.testing.ModelRun;

/**
 * Coverage-guided exploration of {@link PersistentHashSetModelDriver}: see {@link ModelRun#fuzz}.
 */
class PersistentHashSetFuzzTest {

    private static final int MAX_STEPS = 500;

    @FuzzTest(maxDuration = "10m")
    void fuzz_decisions_matchHashSetModel(FuzzedDataProvider data) {
        ModelRun.fuzz(data, MAX_STEPS, PersistentHashSetModelDriver::new);
    }
}
