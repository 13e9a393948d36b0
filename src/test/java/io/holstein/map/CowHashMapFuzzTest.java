package io.holstein.map;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.holstein.testing.FuzzedDecisions;
import java.util.HashMap;

/**
 * Coverage-guided exploration of {@link CowHashMapModelDriver}: Jazzer's input is the stream of the
 * driver's decisions.
 *
 * <p>Under {@code mvn verify} this runs in regression mode, once per input kept in {@code
 * src/test/resources/io/holstein/map/CowHashMapFuzzTestInputs/fuzz_decisions_matchHashMapModel/}.
 * {@code scripts/fuzz CowHashMapFuzzTest 10m} fuzzes it; a finding is written into that directory,
 * where it stays as a regression input once its cause is fixed.
 */
class CowHashMapFuzzTest {

    /** Steps per input at most; an input usually runs dry earlier. */
    private static final int MAX_STEPS = 500;

    @FuzzTest(maxDuration = "10m")
    void fuzz_decisions_matchHashMapModel(FuzzedDataProvider data) {
        CowHashMapModelDriver.run(new FuzzedDecisions(data), MAX_STEPS, new HashMap<>());
    }
}
