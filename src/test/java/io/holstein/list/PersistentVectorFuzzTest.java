package io.holstein.list;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.holstein.testing.ModelRun;

/**
 * Coverage-guided exploration of {@link PersistentVectorModelDriver}, its first decision choosing a
 * 32-way or a 4-way trie: see {@link ModelRun#fuzz}.
 */
class PersistentVectorFuzzTest {

    private static final int MAX_STEPS = 300;

    @FuzzTest(maxDuration = "10m")
    void fuzz_decisions_matchArrayListModel(FuzzedDataProvider data) {
        ModelRun.fuzz(
                data,
                MAX_STEPS,
                d ->
                        new PersistentVectorModelDriver(
                                d, d.nextBoolean() ? VectorShape.DEFAULT : new VectorShape(2)));
    }
}
