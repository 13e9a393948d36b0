package io.holstein.list;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.holstein.testing.FuzzedDecisions;
import java.util.HashMap;

/**
 * Coverage-guided exploration of {@link PersistentVectorModelDriver}: Jazzer's input is the stream
 * of the driver's decisions, its first byte choosing a 32-way or a 4-way trie.
 *
 * <p>Under {@code mvn verify} this runs in regression mode, once per input kept in {@code
 * src/test/resources/io/holstein/list/PersistentVectorFuzzTestInputs/fuzz_decisions_matchArrayListModel/}.
 */
class PersistentVectorFuzzTest {

    private static final int MAX_STEPS = 300;

    @FuzzTest(maxDuration = "10m")
    void fuzz_decisions_matchArrayListModel(FuzzedDataProvider data) {
        VectorShape shape = data.consumeBoolean() ? VectorShape.DEFAULT : new VectorShape(2);
        PersistentVectorModelDriver.run(
                new FuzzedDecisions(data), MAX_STEPS, shape, new HashMap<>());
    }
}
