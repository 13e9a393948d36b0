package io.holstein.sorted;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.holstein.testing.ModelRun;

/**
 * Coverage-guided exploration of {@link PersistentTreeMapModelDriver}, its kind of keys chosen by
 * the input: see {@link ModelRun#fuzz}.
 */
class PersistentTreeMapFuzzTest {

    private static final int MAX_STEPS = 500;

    @FuzzTest(maxDuration = "10m")
    void fuzz_decisions_matchTreeMapModel(FuzzedDataProvider data) {
        ModelRun.fuzz(data, MAX_STEPS, PersistentTreeMapModelDriver::new);
    }
}
