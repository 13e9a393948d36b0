package io.holstein.map;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.holstein.testing.FuzzedDecisions;
import java.util.HashMap;

/**
 * Coverage-guided exploration of {@link PersistentHashMapModelDriver}. Under {@code mvn verify}
 * this runs in regression mode, once per input kept in {@code
 * src/test/resources/io/holstein/map/PersistentHashMapFuzzTestInputs/fuzz_decisions_matchHashMapModel/};
 * {@code scripts/fuzz PersistentHashMapFuzzTest 10m} fuzzes it.
 */
class PersistentHashMapFuzzTest {

    private static final int MAX_STEPS = 500;

    @FuzzTest(maxDuration = "10m")
    void fuzz_decisions_matchHashMapModel(FuzzedDataProvider data) {
        PersistentHashMapModelDriver.run(new FuzzedDecisions(data), MAX_STEPS, new HashMap<>());
    }
}
