package io.holstein.string;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.holstein.testing.FuzzedDecisions;
import java.util.HashMap;

/**
 * Coverage-guided exploration of {@link RopeModelDriver}: Jazzer's input is the stream of the
 * driver's decisions.
 *
 * <p>Under {@code mvn verify} this runs in regression mode, once per input kept in {@code
 * src/test/resources/io/holstein/string/RopeFuzzTestInputs/fuzz_decisions_matchStringModel/}.
 * {@code scripts/fuzz RopeFuzzTest} runs it in fuzzing mode; a finding is written into that
 * directory, where it stays as a regression input once its cause is fixed.
 */
class RopeFuzzTest {

    /** Steps per input at most; an input usually runs dry earlier. */
    private static final int MAX_STEPS = 300;

    @FuzzTest(maxDuration = "10m")
    void fuzz_decisions_matchStringModel(FuzzedDataProvider data) {
        RopeModelDriver.run(new FuzzedDecisions(data), MAX_STEPS, new HashMap<>());
    }
}
