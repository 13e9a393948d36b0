package io.holstein.concurrent;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.holstein.testing.FuzzedDecisions;
import java.util.HashMap;

/**
 * Coverage-guided exploration of {@link SnapshotVectorModelDriver}: Jazzer's input is the stream of
 * the driver's decisions.
 *
 * <p>Under {@code mvn verify} this runs in regression mode, once per input kept in {@code
 * src/test/resources/io/holstein/concurrent/SnapshotVectorFuzzTestInputs/fuzz_decisions_matchArrayListModel/};
 * {@code scripts/fuzz SnapshotVectorFuzzTest} runs it in fuzzing mode.
 */
class SnapshotVectorFuzzTest {

    /** Steps per input at most; an input usually runs dry earlier. */
    private static final int MAX_STEPS = 300;

    @FuzzTest(maxDuration = "10m")
    void fuzz_decisions_matchArrayListModel(FuzzedDataProvider data) {
        SnapshotVectorModelDriver.run(new FuzzedDecisions(data), MAX_STEPS, new HashMap<>());
    }
}
