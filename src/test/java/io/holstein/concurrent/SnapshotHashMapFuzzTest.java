package io.holstein.concurrent;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.holstein.testing.ModelRun;

/** Coverage-guided exploration of {@link SnapshotHashMapModelDriver}: see {@link ModelRun#fuzz}. */
class SnapshotHashMapFuzzTest {

    private static final int MAX_STEPS = 500;

    @FuzzTest(maxDuration = "10m")
    void fuzz_decisions_matchHashMapModel(FuzzedDataProvider data) {
        ModelRun.fuzz(data, MAX_STEPS, SnapshotHashMapModelDriver::new);
    }
}
